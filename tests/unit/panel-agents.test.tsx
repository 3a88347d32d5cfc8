import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import type { Feedback, ScorecardVersion, User } from '../../lib/domain';
import { FEEDBACK_POLL_MS } from '../../lib/state/agent';
import { scorecard, snapshot, supervisor, testDb } from './fixtures';
import { fakeServer, fakeTabs, renderedModel, serverEvaluation, signedInPanel, tabEntry } from './panel-support';

const agent1: User = { id: 'u-a1', email: 'agent1@demo.laatu', name: 'Aino Virtanen', role: 'agent', teamId: 't1' };
const agent2: User = { id: 'u-a2', email: 'agent2@demo.laatu', name: 'Mikko Korhonen', role: 'agent', teamId: 't1' };

const feedbackFor = (to: User, text: string): Feedback => ({
  id: crypto.randomUUID(),
  agentEmail: to.email,
  kind: 'encouragement',
  text,
  sentAt: new Date().toISOString(),
  fromUserId: supervisor.id,
  fromName: supervisor.name,
  agentId: to.id,
  acknowledgedAt: null,
});

/**
 * The server as each agent sees it: their self-assessment of T-1001 and a supervisor's
 * evaluation of it, and their feedback; `signIn` answers for agent2.
 */
function serverFor(feedback: Map<string, Feedback[]>, loggedOut: User[] = []) {
  let token = 'token-token-token-token';
  const whoFor = () => (token === 'token-token-token-token' ? agent1 : agent2);
  const fetchImpl = fakeServer((method, path, body) => {
    if (method === 'POST' && path === '/auth/logout') {
      loggedOut.push(whoFor());
      return null;
    }
    if (method === 'POST' && path === '/auth/login') {
      token = 'token-of-agent-2-token';
      return { token, user: (body as { email: string }).email === agent2.email ? agent2 : agent1 };
    }
    if (path.startsWith('/evaluations?interaction=')) {
      const who = whoFor();
      return {
        evaluations: [
          serverEvaluation(who, 'T-1001', { greets: 'no', agenda: 'yes', identity: 'yes' }),
          serverEvaluation(supervisor, 'T-1001', { greets: 'yes', agenda: 'yes', identity: 'yes' }),
        ],
      };
    }
    if (path === '/feedback') return { feedback: feedback.get(whoFor().id) ?? [] };
    if (path === '/settings') return { correctionWindowHours: 72, selfAssessmentsPerMonth: 4, evaluationsPerAgentPerMonth: 4 };
    return undefined;
  });
  return fetchImpl;
}

const ownDesk = (who: User) => fakeTabs({ ...tabEntry('T-1001'), snapshot: { ...snapshot('T-1001'), agentEmail: who.email } });

describe("an agent's panel", () => {
  test('keeps nothing of one agent for the next to sign in', async () => {
    const db = testDb();
    const feedback = new Map([[agent1.id, [feedbackFor(agent1, 'Great start, warm greeting!')]]]);
    const loggedOut: User[] = [];
    const model = await signedInPanelWith(db, agent1, serverFor(feedback, loggedOut));
    await screen.findByRole('table', { name: /Aino Virtanen’s self-assessment beside Kaisa Lehtonen’s evaluation/ });
    await screen.findByText('Great start, warm greeting!');

    await model.signOut();
    await screen.findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(loggedOut).toEqual([agent1])); // the server revokes agent 1's token
    fireEvent.input(screen.getByLabelText('E-mail'), { target: { value: agent2.email } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('button', { name: 'Sign out' });
    // Agent 2's own comparison comes from the server; agent 1's is gone at once, and so is their feedback.
    expect(screen.queryByRole('table', { name: /Aino Virtanen/ })).toBeNull();
    expect(screen.queryByText('Great start, warm greeting!')).toBeNull();
    await screen.findByRole('table', { name: /Mikko Korhonen’s self-assessment/ });
    expect(screen.queryByText('Great start, warm greeting!')).toBeNull();
  });

  test('receives feedback sent while it is open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    try {
      const feedback = new Map<string, Feedback[]>();
      await signedInPanelWith(testDb(), agent1, serverFor(feedback));
      await screen.findByRole('region', { name: 'Your recent interactions' });
      feedback.set(agent1.id, [feedbackFor(agent1, 'Nice and calm under pressure, keep it up.')]);
      expect(screen.queryByText('Nice and calm under pressure, keep it up.')).toBeNull();
      vi.advanceTimersByTime(FEEDBACK_POLL_MS);
      expect(await screen.findByText('Nice and calm under pressure, keep it up.')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  test('compares on the version the agent scored, fetched when this device does not have it', async () => {
    const db = testDb();
    const version1: ScorecardVersion = { ...scorecard, version: 1, status: 'archived' }; // superseded, as the server says
    const version2: ScorecardVersion = { ...scorecard, version: 2, sections: [scorecard.sections[0]!] };
    const fetchImpl = fakeServer((_method, path) => {
      if (path.startsWith('/evaluations?interaction=')) {
        return {
          evaluations: [
            serverEvaluation(agent1, 'T-1001', { greets: 'no', agenda: 'na', identity: 'yes' }),
            // On the newer version, without the identity item: compared where the items are the same.
            serverEvaluation(supervisor, 'T-1001', { greets: 'yes', agenda: 'na' }, { scorecardVersion: 2 }),
          ],
        };
      }
      if (path === `/scorecards/${scorecard.scorecardId}/versions/1`) return version1;
      if (path === '/feedback') return { feedback: [] };
      return undefined;
    });
    const model = await signedInPanelWith(db, agent1, fetchImpl, [version2]);
    const table = await screen.findByRole('table', { name: /self-assessment beside/ });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Greets the customer by namediffers', 'No', 'Yes'],
      ['Tells what the call will cover', 'N/A', 'N/A'],
      ['Verifies identity firstdiffers', 'Yes', '–'],
    ]);
    expect(model.scorecards.value.map((c) => c.version)).toEqual([2]); // the fetched version is kept, not published
  });

  test("is not offered the form for an interaction the page shows another agent handling", async () => {
    await signedInPanelWith(testDb(), agent2, fakeServer(() => undefined), [scorecard], fakeTabs(tabEntry('T-1001')));
    const note = await screen.findByText(/This interaction was handled by Aino Virtanen/);
    expect(note.textContent).toContain('You can self-assess your own interactions only.');
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  test('self-assesses as themself, with no agent to name', async () => {
    const db = testDb();
    // Typed in by hand: the page named no agent.
    await signedInPanelWith(db, agent2, fakeServer(() => undefined), [scorecard], fakeTabs(null));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Interaction id or link' }), { target: { value: 'T-7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this interaction' }));
    await screen.findByRole('radiogroup', { name: 'Greets the customer by name' });
    expect(screen.queryByRole('textbox', { name: 'Agent being evaluated (e-mail)' })).toBeNull();
    for (const name of ['Greets the customer by name', 'Tells what the call will cover', 'Verifies identity first']) {
      fireEvent.click(within(screen.getByRole('radiogroup', { name })).getByRole('radio', { name: 'Yes' }));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    await waitFor(async () => expect(await db.evaluations.count()).toBe(1));
    expect((await db.evaluations.toArray())[0]).toMatchObject({ kind: 'self-assessment', agentEmail: agent2.email });
  });
});

/** `who`'s panel on their own desk, connected to `fetchImpl` as it is once painted. */
async function signedInPanelWith(
  db: ReturnType<typeof testDb>,
  who: User,
  fetchImpl: ReturnType<typeof fakeServer>,
  cards: ScorecardVersion[] = [scorecard],
  tabs = ownDesk(who),
) {
  await signedInPanel(db, tabs, who, cards, fetchImpl);
  const model = renderedModel();
  model.connect();
  return model;
}
