import Dexie from 'dexie';
import { describe, expect, test, vi } from 'vitest';
import { MAX_MONTHLY_TARGET } from '../../lib/domain/monthly-targets';
import { interactionKey, type EvaluationInput, type ScorecardVersion, type ScoreResult, type User } from '../../lib/domain';
import { liveSignal, startAfterPaint } from '../../lib/state/live';
import {
  cacheScorecards,
  countSelfAssessments,
  firstRead,
  getDraft,
  getSession,
  LaatuDb as Database,
  monthStart,
  publishedScorecards,
  recentEvaluations,
  recentlyHandled,
  recordHandled,
  saveDraft,
  saveSession,
  submitEvaluation,
  type LaatuDb,
  type UserHint,
} from '../../lib/store';
import { scorecard, snapshot, supervisor, testDb } from './fixtures';

const other: User = { ...supervisor, id: 'u-other', email: 'other@demo.laatu', name: 'Other Evaluator' };
const agent: User = { id: 'u-agent', email: 'agent1@demo.laatu', name: 'Aino Virtanen', role: 'agent', teamId: 't1' };
const T1 = interactionKey(snapshot('T-1'));

function memoryHint(initial: string | null): UserHint & { value: string | null } {
  const hint = { value: initial, get: () => hint.value, set: (id: string) => void (hint.value = id) };
  return hint;
}

const score: ScoreResult = { points: 1, maxPoints: 1, percent: 100, failedCritical: [], sections: [], answered: 1, total: 1 };

function evaluation(n: number, by: User): EvaluationInput {
  return {
    id: `e-${by.id}-${n}`,
    kind: 'supervisor',
    scorecardId: scorecard.scorecardId,
    scorecardVersion: scorecard.version,
    interaction: { platform: 'demo-desk', externalId: `T-${n}`, channel: 'ticket', url: 'http://127.0.0.1/' },
    agentEmail: 'agent1@demo.laatu',
    answers: { greets: { value: 'yes' } },
    comment: '',
    mode: 'recording',
    notes: [],
    startedAt: new Date(Date.UTC(2026, 10, 1, 9, n)).toISOString(),
    submittedAt: new Date(Date.UTC(2026, 10, 1, 10, n)).toISOString(),
    durationSeconds: 30,
  };
}
const meta = (by: User) => ({ evaluatorId: by.id, scorecardTitle: 'Call', score });

/** A database as the panel finds it: signed in, forms cached, 25 evaluations of the user's and 3 of another's, a draft. */
async function filled(db: LaatuDb, user: User | null = supervisor): Promise<void> {
  const named = (title: string, id: string): ScorecardVersion => ({ ...scorecard, scorecardId: id, title });
  await cacheScorecards(db, [named('Zeta call', 'z'), named('Alpha chat', 'a')]);
  await db.scorecards.put({ ...named('Old form', 'old'), status: 'archived', cachedAt: new Date().toISOString() });
  for (let n = 0; n < 25; n += 1) await submitEvaluation(db, evaluation(n, supervisor), meta(supervisor));
  for (let n = 0; n < 3; n += 1) await submitEvaluation(db, evaluation(n, other), meta(other));
  const draft = { interactionKey: T1, scorecardId: scorecard.scorecardId, scorecardVersion: 1, answers: {}, comment: 'Half done', startedAt: '2026-11-24T10:00:00.000Z', activeSeconds: 12 };
  await saveDraft(db, { ...draft, userId: supervisor.id });
  await saveDraft(db, { ...draft, userId: other.id, comment: 'Not yours' });
  if (user) await saveSession(db, 'http://127.0.0.1:8787', 'token', user);
}

/** A first read whose active tab answers (with `key`) only after the first transaction has completed. */
async function tabAnswersLate(key: string | null) {
  const db = testDb();
  await filled(db);
  let answer!: (key: string | null) => void;
  const early = firstRead(new Promise<string | null>((resolve) => (answer = resolve)), { name: db.name, hint: memoryHint(supervisor.id) });
  await early.history;
  await new Promise((resolve) => setTimeout(resolve, 20)); // the transaction completes meanwhile
  answer(key);
  return { db, early };
}

describe('the panel’s first read, without Dexie', () => {
  test('reads what Dexie reads: the session, the published forms in order, the newest history, the draft', async () => {
    const db = testDb();
    await filled(db);
    const early = firstRead(Promise.resolve(T1), { name: db.name, hint: memoryHint(null) });

    expect(await early.session).toEqual(await getSession(db));
    const forms = await early.scorecards;
    expect(forms).toEqual(await publishedScorecards(db));
    expect(forms.map((f) => f.title)).toEqual(['Alpha chat', 'Zeta call']);
    const history = await early.history;
    expect(history).toEqual(await recentEvaluations(db, supervisor.id));
    expect(history).toHaveLength(20);
    expect(history[0]!.id).toBe(`e-${supervisor.id}-24`);
    expect(await early.takeDraft(supervisor.id, T1)).toEqual(await getDraft(db, supervisor.id, T1));
    expect(await early.agent).toEqual({ handled: [], selfAssessmentsThisMonth: 0 }); // a supervisor's lists are empty
    // Given out once: a later load reads the draft afresh, through Dexie.
    expect(early.takeDraft(supervisor.id, T1)).toBeNull();
  });

  test('reads the history for the user signed in last time alongside the session, and checks it', async () => {
    const db = testDb();
    await filled(db);
    const hint = memoryHint(other.id); // someone else was signed in last time
    const early = firstRead(Promise.resolve(T1), { name: db.name, hint });
    expect((await early.history).every((e) => e.evaluatorId === supervisor.id)).toBe(true);
    expect((await early.takeDraft(supervisor.id, T1))?.comment).toBe('Half done');
    expect(hint.value).toBe(supervisor.id);

    const again = firstRead(Promise.resolve(T1), { name: db.name, hint });
    expect(await again.history).toEqual(await recentEvaluations(db, supervisor.id));
  });

  test('a draft read ahead for another interaction is not handed out as this one’s', async () => {
    const db = testDb();
    await filled(db);
    const early = firstRead(Promise.resolve(T1), { name: db.name, hint: memoryHint(null) });
    await expect(early.takeDraft(supervisor.id, interactionKey(snapshot('T-2')))).rejects.toThrow();
  });

  test('reads the draft in a transaction of its own when the active tab answers after the first read', async () => {
    const { db, early } = await tabAnswersLate(T1);
    expect(await early.takeDraft(supervisor.id, T1)).toEqual(await getDraft(db, supervisor.id, T1));
  });

  test('a tab that answers late without an interaction leaves the draft to the panel', async () => {
    const { early } = await tabAnswersLate(null);
    await expect(early.takeDraft(supervisor.id, T1)).rejects.toThrow();
  });

  test('reads an agent’s lists as Dexie does: the interactions they handled, their self-assessments this month', async () => {
    const db = testDb();
    await filled(db, agent);
    vi.useFakeTimers({ toFake: ['Date'] });
    for (let n = 0; n < 25; n += 1) {
      vi.setSystemTime(new Date(Date.UTC(2026, 10, 2, 9, n)));
      await recordHandled(db, agent.id, snapshot(`H-${n}`));
    }
    vi.useRealTimers();
    const since = monthStart();
    const at = (days: number) => new Date(Date.parse(since) + days * 86_400_000).toISOString();
    const submit = (n: number, kind: EvaluationInput['kind'], submittedAt: string, by = agent) =>
      submitEvaluation(db, { ...evaluation(100 + n, by), id: `s-${by.id}-${n}`, kind, submittedAt }, meta(by));
    await submit(1, 'self-assessment', since); // the month's first moment counts
    await submit(2, 'self-assessment', at(1));
    await submit(3, 'self-assessment', at(-1)); // last month's does not
    await submit(4, 'supervisor', at(1)); // nor another kind
    await submit(5, 'self-assessment', at(1), other); // nor another's

    const early = firstRead(Promise.resolve(T1), { name: db.name, hint: memoryHint(agent.id) });
    const lists = await early.agent;
    expect(lists.handled).toEqual(await recentlyHandled(db, agent.id));
    expect(lists.handled).toHaveLength(20);
    expect(lists.handled[0]!.interactionKey).toBe(interactionKey(snapshot('H-24')));
    expect(lists.selfAssessmentsThisMonth).toBe(2);
    expect(await countSelfAssessments(db, agent.id, since)).toBe(2);
    const mine = await db.evaluations.where('evaluatorId').equals(agent.id).toArray();
    expect(mine.filter((e) => e.kind === 'self-assessment' && e.submittedAt >= since)).toHaveLength(2);
  });

  test('counts an agent’s self-assessments only up to the highest monthly target: all that what is due needs', async () => {
    const db = testDb();
    await filled(db, agent);
    const since = monthStart();
    const rows = Array.from({ length: MAX_MONTHLY_TARGET + 5 }, (_, n) => ({
      ...evaluation(n, agent),
      ...meta(agent),
      id: `many-${n}`,
      kind: 'self-assessment' as const,
      interactionKey: `demo-desk:M-${n}`,
      submittedAt: new Date(Date.parse(since) + n * 1000).toISOString(),
      syncState: 'synced' as const,
    }));
    await db.evaluations.bulkPut(rows);
    const early = firstRead(Promise.resolve(T1), { name: db.name, hint: memoryHint(agent.id) });
    expect((await early.agent).selfAssessmentsThisMonth).toBe(MAX_MONTHLY_TARGET);
    expect(await countSelfAssessments(db, agent.id, since)).toBe(MAX_MONTHLY_TARGET);
  });

  test('counts by the agent’s own calendar month: in Helsinki, 00:30 on the 1st is the new month and 23:30 the evening before is not', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Helsinki';
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-12-01T06:00:00.000Z')); // 08:00 on 1 December in Helsinki
      expect(monthStart()).toBe('2026-11-30T22:00:00.000Z');
      expect(monthStart(new Date('2026-10-31T20:30:00.000Z'))).toBe('2026-09-30T21:00:00.000Z'); // summer time when October began
      const db = testDb();
      await filled(db, agent);
      const submit = (n: number, submittedAt: string) =>
        submitEvaluation(db, { ...evaluation(200 + n, agent), id: `h-${n}`, kind: 'self-assessment', submittedAt }, meta(agent));
      await submit(1, '2026-11-30T21:30:00.000Z'); // 23:30 on 30 November: last month's
      await submit(2, '2026-11-30T22:30:00.000Z'); // 00:30 on 1 December: this month's
      expect(await countSelfAssessments(db, agent.id, monthStart())).toBe(1);
      const early = firstRead(Promise.resolve(T1), { name: db.name, hint: memoryHint(agent.id) });
      expect((await early.agent).selfAssessmentsThisMonth).toBe(1);
    } finally {
      vi.useRealTimers();
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  test('a database from before the self-assessment index is upgraded by Dexie, its evaluations counted', async () => {
    const name = `laatu-v2-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      settings: 'key',
      scorecards: '[scorecardId+version], scorecardId, status',
      evaluations: 'id, evaluatorId, interactionKey, submittedAt, syncState, [evaluatorId+submittedAt]',
      drafts: 'key, userId, interactionKey, updatedAt',
      outbox: '++seq, entityId, nextAttemptAt',
    });
    old.version(2).stores({ handledInteractions: 'key, userId, [userId+lastSeenAt]', scorecardDrafts: 'id, userId, updatedAt' });
    await old.table('evaluations').put({ ...evaluation(1, agent), ...meta(agent), kind: 'self-assessment', submittedAt: new Date().toISOString() });
    old.close();

    // The first read finds the index missing and leaves the panel to Dexie, which adds it.
    const early = firstRead(Promise.resolve(T1), { name, hint: memoryHint(agent.id) });
    await expect(early.agent).rejects.toThrow();
    const db = new Database(name);
    expect(await countSelfAssessments(db, agent.id, monthStart())).toBe(1);
    db.close();
  });

  test('signed out: no session, no history, no draft', async () => {
    const db = testDb();
    await filled(db, null);
    const early = firstRead(Promise.resolve(T1), { name: db.name, hint: memoryHint(supervisor.id) });
    expect(await early.session).toBeUndefined();
    expect(await early.history).toEqual([]);
    await expect(early.takeDraft(supervisor.id, T1)).rejects.toThrow();
  });

  test('without a database it reads nothing and creates none: that is Dexie’s to do', async () => {
    const name = `never-created-${Date.now()}`;
    const early = firstRead(Promise.resolve(T1), { name, hint: memoryHint(null) });
    await expect(early.session).rejects.toThrow();
    await expect(early.history).rejects.toThrow();
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
  });

  test('does not hold Dexie up when it upgrades the database', async () => {
    const db = testDb();
    await filled(db);
    db.close();
    const early = firstRead(Promise.resolve(T1), { name: db.name, hint: memoryHint(null) });
    await early.session;
    const upgraded = new (db.constructor as new (name: string) => LaatuDb)(db.name);
    upgraded.version(4).stores({ extra: 'id' });
    await expect(upgraded.open()).resolves.toBeTruthy();
    upgraded.close();
  });
});

describe('a live signal that starts from an early answer', () => {
  test('shows the early answer, and follows the database only once told to', async () => {
    const db = testDb();
    await filled(db);
    let open = () => undefined as void;
    const after = new Promise<void>((resolve) => (open = resolve));
    const querier = vi.fn(publishedScorecards);
    const live = liveSignal(db, querier, [], { early: firstRead(Promise.resolve(null), { name: db.name, hint: memoryHint(null) }).scorecards, after });
    await live.first;
    expect(live.value.value.map((f) => f.title)).toEqual(['Alpha chat', 'Zeta call']);
    expect(querier).not.toHaveBeenCalled();

    open();
    await vi.waitFor(() => expect(querier).toHaveBeenCalled());
    await cacheScorecards(db, [{ ...scorecard, scorecardId: 'n', title: 'New form' }]);
    await vi.waitFor(() => expect(live.value.value.map((f) => f.title)).toEqual(['New form']));
    live.stop();
  });

  test('when the early read fails, it asks the database at once instead of after the first paint', async () => {
    const db = testDb();
    await filled(db);
    const neverPainted = new Promise<void>(() => undefined);
    const querier = vi.fn(publishedScorecards);
    const live = liveSignal(db, querier, [], startAfterPaint(Promise.reject(new Error('unreadable')), neverPainted));
    await live.first;
    expect(querier).toHaveBeenCalled();
    expect(live.value.value).toHaveLength(2);
    live.stop();
  });
});
