// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { interactionKey, type EvaluationInput, type ScorecardVersion, type User } from '../../lib/domain';
import { scoreEvaluation } from '../../lib/scoring';
import {
  countSelfAssessments,
  getSession,
  latestOwnEvaluation,
  monthStart,
  recentEvaluations,
  saveSession,
  submitEvaluation,
  type LaatuDb,
} from '../../lib/store';
import { ApiClient, PULL_LIMIT, PULL_WINDOW_DAYS, pullOwnEvaluations, syncNow, type FetchLike } from '../../lib/sync';
import { createApp } from '../../server/app';
import { migrateToLatest, openDatabase, type Database } from '../../server/db';
import { seedDemoOrganisation } from '../../server/db/seed';
import { snapshot, testDb } from './fixtures';

/** A user's own evaluations reaching a device that has not seen them: a new browser, a second computer. */
let server: Kysely<Database>;
let app: ReturnType<typeof createApp>;
/** The server's clock; real time unless a test moves it. */
let serverTime: Date | null = null;
const SERVER = 'http://laatu.test';
const DAY = 86_400_000;
/** Every GET /evaluations the extension sent, as URLs. */
let pulls: URL[] = [];
/** When set, the server answers GET /evaluations with this status. */
let pullStatus: number | null = null;

const fetchImpl: FetchLike = async (url, init) => {
  const at = new URL(url);
  if (at.pathname === '/api/v1/evaluations' && (init?.method ?? 'GET') === 'GET') {
    pulls.push(at);
    if (pullStatus) return Response.json({ error: 'The session has ended: sign in again' }, { status: pullStatus });
  }
  return app.fetch(new Request(url, init));
};

let card: ScorecardVersion;
beforeAll(async () => {
  server = openDatabase({ kind: 'sqlite', file: join(mkdtempSync(join(tmpdir(), 'laatu-pull-')), 'db.sqlite') });
  await migrateToLatest(server);
  await seedDemoOrganisation(server);
  app = createApp({ db: server, demoDeskDir: tmpdir(), now: () => serverTime ?? new Date() });
  const { token } = await new ApiClient(SERVER, null, fetchImpl).login({ email: 'supervisor1@demo.laatu', password: 'demo' });
  card = (await new ApiClient(SERVER, token, fetchImpl).scorecards()).scorecards.find((c) => c.scorecardId === 'customer-service')!;
});
afterAll(() => server.destroy());

interface Device {
  db: LaatuDb;
  user: User;
}

/** A browser the user has just signed in on: nothing in it but the session. */
async function device(email: string): Promise<Device> {
  const db = testDb();
  const { token, user } = await new ApiClient(SERVER, null, fetchImpl).login({ email, password: 'demo' });
  await saveSession(db, SERVER, token, user);
  return { db, user };
}

function evaluation(externalId: string, changes: Partial<EvaluationInput> = {}): EvaluationInput {
  const answers = Object.fromEntries(card.sections.flatMap((s) => s.items).map((i) => [i.id, { value: 'yes' }]));
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    interaction: { ...snapshot(externalId) },
    scorecardId: card.scorecardId,
    scorecardVersion: card.version,
    kind: 'supervisor',
    mode: 'recording',
    notes: [],
    answers,
    comment: `About ${externalId}`,
    durationSeconds: 42,
    startedAt: now,
    submittedAt: now,
    ...changes,
  };
}

async function submit({ db, user }: Device, input: EvaluationInput): Promise<void> {
  await submitEvaluation(db, input, { evaluatorId: user.id, scorecardTitle: card.title, score: scoreEvaluation(card, input.answers) });
}

/** Submits on the device and syncs, so the server has it. */
async function sent(on: Device, input: EvaluationInput): Promise<EvaluationInput> {
  await submit(on, input);
  expect(await syncNow(on.db, fetchImpl)).toMatchObject({ remaining: 0, rejected: 0 });
  return input;
}

describe('pulling the user’s own evaluations', () => {
  test('a new device shows the user’s history as the server has it, ready to open and correct', async () => {
    const laptop = await device('supervisor1@demo.laatu');
    const first = await sent(laptop, evaluation('T-8001'));
    const second = await sent(laptop, evaluation('T-8002', { comment: 'Second one' }));
    const colleagues = await sent(await device('supervisor2@demo.laatu'), evaluation('T-8001'));
    const original = await laptop.db.evaluations.get(first.id);

    const desktop = await device('supervisor1@demo.laatu');
    expect(await syncNow(desktop.db, fetchImpl)).toMatchObject({ sent: 0, pulled: expect.any(Number) as number });

    const row = await desktop.db.evaluations.get(first.id);
    expect(row).toMatchObject({
      evaluatorId: laptop.user.id,
      interactionKey: interactionKey(first.interaction),
      scorecardTitle: card.title,
      answers: first.answers,
      comment: first.comment,
      score: original!.score,
      revision: 1,
      serverCreatedAt: original!.serverCreatedAt,
      syncState: 'synced',
    });
    const history = (await recentEvaluations(desktop.db, desktop.user.id)).map((e) => e.id);
    expect(history.slice(0, 2)).toEqual([second.id, first.id]);
    expect((await latestOwnEvaluation(desktop.db, desktop.user.id, interactionKey(first.interaction)))?.id).toBe(first.id);
    // Only the user's own, and nothing made up: no drafts, nothing to send.
    expect(await desktop.db.evaluations.get(colleagues.id)).toBeUndefined();
    expect(await desktop.db.drafts.count()).toBe(0);
    expect(await desktop.db.outbox.count()).toBe(0);
  });

  test('an agent’s new device counts the self-assessments they made this month, not the evaluations of them', async () => {
    const agentLaptop = await device('agent1@demo.laatu');
    const own = await sent(agentLaptop, evaluation('T-8101', { kind: 'self-assessment', agentEmail: 'agent1@demo.laatu' }));
    const ofThem = await sent(await device('supervisor1@demo.laatu'), evaluation('T-8101'));

    const agentDesktop = await device('agent1@demo.laatu');
    expect(await countSelfAssessments(agentDesktop.db, agentDesktop.user.id, monthStart())).toBe(0);
    await syncNow(agentDesktop.db, fetchImpl);
    expect(await countSelfAssessments(agentDesktop.db, agentDesktop.user.id, monthStart())).toBe(1);
    expect((await agentDesktop.db.evaluations.toArray()).map((e) => e.id)).toEqual([own.id]);
    expect(await agentDesktop.db.evaluations.get(ofThem.id)).toBeUndefined();
  });

  test('a correction made elsewhere replaces the older copy here; work waiting here is never overwritten', async () => {
    const laptop = await device('supervisor1@demo.laatu');
    const x = await sent(laptop, evaluation('T-8201'));
    const y = await sent(laptop, evaluation('T-8202'));
    const desktop = await device('supervisor1@demo.laatu');
    await syncNow(desktop.db, fetchImpl);
    expect(await desktop.db.evaluations.get(x.id)).toMatchObject({ revision: 1 });

    await sent(laptop, { ...x, comment: 'Corrected on the laptop' });
    await sent(laptop, { ...y, comment: 'Corrected on the laptop' });
    // On the desktop, a correction of y waits in the outbox (not due yet, so this sync leaves it).
    await submit(desktop, { ...y, comment: 'Corrected on the desktop' });
    await desktop.db.outbox.toCollection().modify({ nextAttemptAt: Date.now() + DAY });

    expect(await syncNow(desktop.db, fetchImpl)).toMatchObject({ sent: 0, remaining: 1 });
    expect(await desktop.db.evaluations.get(x.id)).toMatchObject({ comment: 'Corrected on the laptop', revision: 2, syncState: 'synced' });
    expect(await desktop.db.evaluations.get(y.id)).toMatchObject({ comment: 'Corrected on the desktop', syncState: 'pending' });
  });

  test('asks for a bounded window first, then only for what changed since, for whoever is signed in', async () => {
    const tablet = await device('supervisor2@demo.laatu');
    const sinceAsked = () => Date.parse(pulls.at(-1)!.searchParams.get('since')!);
    pulls = [];
    const before = Date.now();
    const own = await sent(tablet, evaluation('T-8301'));
    expect(pulls[0]?.searchParams.get('mine')).toBe('1');
    expect(pulls[0]?.searchParams.get('limit')).toBe(String(PULL_LIMIT));
    expect(sinceAsked()).toBeGreaterThanOrEqual(before - PULL_WINDOW_DAYS * DAY);
    expect(sinceAsked()).toBeLessThanOrEqual(Date.now() - PULL_WINDOW_DAYS * DAY);

    // From the newest change pulled (a few minutes before it, for writes committed late).
    const firstReceipt = Date.parse((await tablet.db.evaluations.get(own.id))!.serverCreatedAt!);
    await syncNow(tablet.db, fetchImpl);
    expect(sinceAsked()).toBe(firstReceipt - 5 * 60_000);
    serverTime = new Date(Date.now() + 60 * 60_000);
    try {
      await sent(tablet, { ...own, comment: 'Corrected an hour later' });
    } finally {
      serverTime = null;
    }
    await syncNow(tablet.db, fetchImpl);
    expect(sinceAsked()).toBeGreaterThan(firstReceipt + 50 * 60_000);

    // Another user signing in on the same device starts from the window again.
    const other = await device('coach@demo.laatu');
    const session = (await getSession(other.db))!;
    await saveSession(tablet.db, SERVER, session.token, session.user);
    await syncNow(tablet.db, fetchImpl);
    expect(sinceAsked()).toBeLessThanOrEqual(Date.now() - PULL_WINDOW_DAYS * DAY);
  });

  test('leaves evaluations older than the window on the server', async () => {
    const laptop = await device('supervisor1@demo.laatu');
    serverTime = new Date(Date.now() - (PULL_WINDOW_DAYS + 10) * DAY);
    const old = await sent(laptop, evaluation('T-8401', { submittedAt: serverTime.toISOString(), startedAt: serverTime.toISOString() }));
    serverTime = null;
    const recent = await sent(laptop, evaluation('T-8402'));
    const desktop = await device('supervisor1@demo.laatu');
    await syncNow(desktop.db, fetchImpl);
    expect(await desktop.db.evaluations.get(recent.id)).toBeDefined();
    expect(await desktop.db.evaluations.get(old.id)).toBeUndefined();
  });

  test('names the form by its id when this device has not cached it', async () => {
    const laptop = await device('supervisor1@demo.laatu');
    const input = await sent(laptop, evaluation('T-8501'));
    const desktop = await device('supervisor1@demo.laatu');
    const session = (await getSession(desktop.db))!;
    expect(await pullOwnEvaluations(desktop.db, new ApiClient(SERVER, session.token, fetchImpl), session)).toMatchObject({
      stored: expect.any(Number) as number,
    });
    expect(await desktop.db.evaluations.get(input.id)).toMatchObject({ scorecardTitle: card.scorecardId, syncState: 'synced' });
  });

  test('a 401 stops sync as a refused push does: the session is marked expired and nothing is stored', async () => {
    const laptop = await device('supervisor1@demo.laatu');
    await sent(laptop, evaluation('T-8601'));
    const desktop = await device('supervisor1@demo.laatu');
    pullStatus = 401;
    try {
      expect(await syncNow(desktop.db, fetchImpl)).toMatchObject({ stoppedBy: 'unauthorized' });
    } finally {
      pullStatus = null;
    }
    expect((await getSession(desktop.db))?.expired).toBe(true);
    expect(await desktop.db.evaluations.count()).toBe(0);
    expect(await syncNow(desktop.db, fetchImpl)).toBe('signed-out');
  });
});
