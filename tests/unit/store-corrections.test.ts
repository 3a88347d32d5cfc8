import { describe, expect, test } from 'vitest';
import type { Evaluation, EvaluationInput, ScoreResult } from '../../lib/domain';
import { acknowledgeEvaluation, rejectEvaluation, submitEvaluation, type LaatuDb } from '../../lib/store';
import { scorecard, snapshot, supervisor, testDb } from './fixtures';

/** A correction on this device, as the panel's history shows it while and after the server answers. */
const score = (percent: number): ScoreResult => ({ points: percent, maxPoints: 100, percent, failedCritical: [], sections: [], answered: 3, total: 3 });
const meta = (percent: number) => ({ evaluatorId: supervisor.id, scorecardTitle: scorecard.title, score: score(percent) });

const original: EvaluationInput = {
  id: '5b0c3f5e-8a61-4c1e-9d2a-1f1f7f6c0a01',
  interaction: { platform: 'demo-desk', externalId: 'T-7001', channel: 'ticket', url: snapshot('T-7001').url },
  scorecardId: scorecard.scorecardId,
  scorecardVersion: scorecard.version,
  kind: 'supervisor',
  mode: 'recording',
  notes: [],
  answers: { greets: { value: 'yes' }, agenda: { value: 'yes' }, identity: { value: 'yes' } },
  comment: 'Good call',
  durationSeconds: 60,
  startedAt: '2026-11-24T10:00:00.000Z',
  submittedAt: '2026-11-24T10:01:00.000Z',
};

function corrected(comment: string, at: string, changes: Partial<EvaluationInput> = {}): EvaluationInput {
  return { ...original, answers: { ...original.answers, agenda: { value: 'no' } }, comment, submittedAt: at, ...changes };
}

/** What the server answers to an accepted PUT. */
function accepted(input: EvaluationInput, revision: number, percent: number): Evaluation {
  return {
    ...input,
    evaluatorId: supervisor.id,
    evaluatorName: supervisor.name,
    agentId: null,
    score: score(percent),
    revision,
    createdAt: '2026-11-24T10:01:05.000Z',
    updatedAt: `2026-11-24T1${revision}:00:05.000Z`,
  };
}

/** Sends the outbox as sync would, the server answering each row with `answer`. */
async function serverAnswers(db: LaatuDb, ...answers: (Evaluation | string)[]): Promise<void> {
  const rows = (await db.outbox.orderBy('seq').toArray()).filter((row) => !row.rejected);
  for (const [i, row] of rows.entries()) {
    const answer = answers[i];
    if (answer === undefined) return;
    if (typeof answer === 'string') await rejectEvaluation(db, row.seq!, row.entityId, answer);
    else await acknowledgeEvaluation(db, row.seq!, answer);
  }
}

async function syncedOriginal(): Promise<LaatuDb> {
  const db = testDb();
  await submitEvaluation(db, original, meta(100));
  await serverAnswers(db, accepted(original, 1, 100));
  return db;
}

describe('a correction on this device', () => {
  test('keeps the server’s first receipt and revision while it waits: the correction window does not restart', async () => {
    const db = await syncedOriginal();
    const correction = corrected('Missed the agenda', '2026-11-25T09:00:00.000Z');
    await submitEvaluation(db, correction, meta(67));

    const row = await db.evaluations.get(original.id);
    expect(row).toMatchObject({ comment: 'Missed the agenda', syncState: 'pending', revision: 1, serverCreatedAt: '2026-11-24T10:01:05.000Z' });
    expect(row?.score.percent).toBe(67);

    await serverAnswers(db, accepted(correction, 2, 67));
    expect(await db.evaluations.get(original.id)).toMatchObject({ comment: 'Missed the agenda', syncState: 'synced', revision: 2 });
    expect((await db.evaluations.get(original.id))?.syncError).toBeUndefined();
  });

  test('refused by the server, gives way to what the server has, saying the correction was refused and why', async () => {
    const db = await syncedOriginal();
    const before = await db.evaluations.get(original.id);
    await submitEvaluation(db, corrected('Too late', '2026-11-28T09:00:00.000Z', { notes: [{ id: 'n1', atSeconds: 5, text: 'late note' }] }), meta(67));
    await serverAnswers(db, 'The correction window of 72 hours has closed');

    const row = await db.evaluations.get(original.id);
    expect(row).toMatchObject({
      comment: 'Good call',
      answers: original.answers,
      notes: [],
      submittedAt: original.submittedAt,
      score: score(100),
      revision: 1,
      serverCreatedAt: '2026-11-24T10:01:05.000Z',
      syncState: 'synced',
    });
    expect(row).toEqual({ ...before, syncState: 'synced', syncError: 'The correction window of 72 hours has closed', correctionRefused: true });
    // The refused write stays in the outbox, marked, as every refusal does.
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ rejected: true, lastError: 'The correction window of 72 hours has closed' })]);
  });

  test('a first submission the server refuses stays shown as refused, with its content', async () => {
    const db = testDb();
    await submitEvaluation(db, original, meta(100));
    await serverAnswers(db, 'scorecardVersion: customer-service version 1 has not been published');
    expect(await db.evaluations.get(original.id)).toMatchObject({
      comment: 'Good call',
      syncState: 'rejected',
      syncError: 'scorecardVersion: customer-service version 1 has not been published',
    });
  });

  test('two corrections in a row: when the second is refused, the first one, which the server took, is shown', async () => {
    const db = await syncedOriginal();
    const first = corrected('First look again', '2026-11-25T09:00:00.000Z');
    await submitEvaluation(db, first, meta(67));
    await submitEvaluation(db, corrected('Second look again', '2026-11-25T10:00:00.000Z'), meta(33));
    expect(await db.evaluations.get(original.id)).toMatchObject({ comment: 'Second look again', syncState: 'pending', revision: 1 });

    await serverAnswers(db, accepted(first, 2, 67), 'A correction cannot change the scorecard version (1 → 2)');
    const row = await db.evaluations.get(original.id);
    expect(row).toMatchObject({ comment: 'First look again', score: score(67), revision: 2, syncState: 'synced' });
    expect(row).toMatchObject({ syncError: 'A correction cannot change the scorecard version (1 → 2)', correctionRefused: true });
  });

  test('a refused correction while a later one waits: the later one is shown until the server answers it', async () => {
    const db = await syncedOriginal();
    await submitEvaluation(db, corrected('First look again', '2026-11-25T09:00:00.000Z'), meta(67));
    const second = corrected('Second look again', '2026-11-25T10:00:00.000Z');
    await submitEvaluation(db, second, meta(33));

    await serverAnswers(db, 'The correction window of 72 hours has closed');
    expect(await db.evaluations.get(original.id)).toMatchObject({ comment: 'Second look again', syncState: 'pending' });
    await serverAnswers(db, accepted(second, 2, 33));
    expect(await db.evaluations.get(original.id)).toMatchObject({ comment: 'Second look again', syncState: 'synced', revision: 2 });
  });

  test('submitted again after the server refused it, and taken: synced, though the refusal stays in the outbox', async () => {
    const db = testDb();
    await submitEvaluation(db, original, meta(100));
    await serverAnswers(db, 'answers.identity: not answered; a submitted evaluation answers every item');
    const again = corrected('Answered it all', '2026-11-24T11:00:00.000Z');
    await submitEvaluation(db, again, meta(67));
    await serverAnswers(db, accepted(again, 1, 67));
    const row = await db.evaluations.get(original.id);
    expect(row).toMatchObject({ comment: 'Answered it all', syncState: 'synced', revision: 1 });
    expect(row?.syncError).toBeUndefined();
  });
});
