// What the panel's component tests share: a fake tab, a panel rendered over a test database,
// and evaluations stored as if submitted earlier.
import { cleanup, render } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { App } from '../../entrypoints/sidepanel/App';
import { toInteractionRef, type Evaluation, type ScorecardVersion, type User } from '../../lib/domain';
import type { TabsPort } from '../../lib/state/active-interaction';
import { createPanelModel, type PanelModel } from '../../lib/state/panel';
import { cacheScorecards, saveSession, submitEvaluation, type LaatuDb, type LocalEvaluation } from '../../lib/store';
import type { FetchLike } from '../../lib/sync';
import { scorecard, snapshot, supervisor } from './fixtures';

/** The active tab, as the service worker's registry reports it; `report` changes what it shows. */
export function fakeTabs(initial: unknown) {
  let stored = initial;
  let notify = () => {};
  const port: TabsPort = {
    activeTab: () => Promise.resolve({ id: 1, url: 'http://127.0.0.1:8787/demo/interactions/T-1001' }),
    readInteraction: () => Promise.resolve(stored),
    isSiteEnabled: () => Promise.resolve(true),
    onChange: (callback) => {
      notify = callback;
      return () => {};
    },
  };
  return { port, report: (value: unknown) => ((stored = value), notify()) };
}

/** A registry entry for the tab showing `externalId`. */
export const tabEntry = (externalId: string) => ({ tabId: 1, snapshot: snapshot(externalId), pageUrl: 'x', reportedAt: 'now' });

export const offline: FetchLike = () => Promise.reject(new Error('offline'));

let current: PanelModel | undefined;
afterEach(() => {
  cleanup();
  current?.dispose();
  current = undefined;
});

/** Renders the panel over `db` (disposed after the test); a panel rendered before in the same test is closed first. */
export function renderPanel(db: LaatuDb, tabs = fakeTabs(tabEntry('T-1001')), fetchImpl: FetchLike = offline): PanelModel {
  cleanup();
  current?.dispose();
  const model = createPanelModel(db, tabs.port, fetchImpl);
  current = model;
  render(<App model={model} enableSite={() => Promise.resolve(true)} disableSite={() => Promise.resolve(true)} platformFor={() => null} />);
  return model;
}

/** `who` signed in, the scorecards cached, and the panel rendered. */
export async function signedInPanel(
  db: LaatuDb,
  tabs = fakeTabs(tabEntry('T-1001')),
  who: User = supervisor,
  cards: ScorecardVersion[] = [scorecard],
  fetchImpl: FetchLike = offline,
) {
  await saveSession(db, 'http://127.0.0.1:8787', 'token-token-token-token', who);
  await cacheScorecards(db, cards);
  renderPanel(db, tabs, fetchImpl);
  return tabs;
}

/** Stores `who`'s submitted evaluation of `externalId` on `card`, `minutesAgo` minutes ago. */
export async function storeEvaluation(
  db: LaatuDb,
  externalId: string,
  minutesAgo: number,
  who: User = supervisor,
  card: ScorecardVersion = scorecard,
): Promise<LocalEvaluation> {
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  return submitEvaluation(
    db,
    {
      id: crypto.randomUUID(),
      interaction: toInteractionRef(snapshot(externalId)),
      scorecardId: card.scorecardId,
      scorecardVersion: card.version,
      kind: who.role === 'agent' ? 'self-assessment' : 'supervisor',
      mode: 'live',
      answers: { greets: { value: 'yes' }, agenda: { value: 'yes' }, identity: { value: 'yes' } },
      comment: '',
      notes: [{ id: 'n1', atSeconds: 75, text: 'Skipped the greeting', itemId: 'greets' }],
      durationSeconds: 60,
      startedAt: at,
      submittedAt: at,
    },
    { evaluatorId: who.id, scorecardTitle: card.title, score: { points: 3, maxPoints: 3, percent: 100, failedCritical: [], sections: [], answered: 3, total: 3 } },
  );
}

/**
 * A fetch answering as the Laatu API would: `route` gets the method, the path under /api/v1
 * (with its query) and the JSON body, and returns the JSON to answer with, a Response, or
 * undefined for 404.
 */
export function fakeServer(route: (method: string, path: string, body: unknown) => unknown): FetchLike {
  return (input, init) => {
    const url = new URL(input);
    const path = url.pathname.replace(/^\/api\/v1/, '') + url.search;
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const answer = route(init?.method ?? 'GET', path, body);
    if (answer instanceof Response) return Promise.resolve(answer);
    if (answer === undefined) return Promise.resolve(Response.json({ error: 'Not found' }, { status: 404 }));
    return Promise.resolve(Response.json(answer));
  };
}

/** An evaluation as the server answers with it: by `by`, of `externalId`, with `answers`. */
export function serverEvaluation(by: User, externalId: string, answers: Record<string, string>, overrides: Partial<Evaluation> = {}): Evaluation {
  const at = new Date(Date.now() - 60_000).toISOString();
  return {
    id: crypto.randomUUID(),
    interaction: toInteractionRef(snapshot(externalId)),
    scorecardId: scorecard.scorecardId,
    scorecardVersion: scorecard.version,
    kind: by.role === 'agent' ? 'self-assessment' : 'supervisor',
    mode: 'recording',
    answers: Object.fromEntries(Object.entries(answers).map(([item, value]) => [item, { value }])),
    comment: '',
    notes: [],
    durationSeconds: 30,
    startedAt: at,
    submittedAt: at,
    evaluatorId: by.id,
    evaluatorName: by.name,
    agentId: null,
    score: { points: 0, maxPoints: 0, percent: null, failedCritical: [], sections: [], answered: 0, total: 0 },
    revision: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** The model of the panel rendered last. */
export function renderedModel(): PanelModel {
  if (!current) throw new Error('no panel rendered');
  return current;
}
