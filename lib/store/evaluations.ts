import type { Evaluation, EvaluationInput, ScoreResult } from '../domain';
import { interactionKey } from '../domain/interaction-key';
import { MAX_MONTHLY_TARGET } from '../domain/monthly-targets';
import type { LaatuDb, LocalEvaluation } from './db';
import { draftKey } from './drafts';

/**
 * Saves a submitted evaluation and its outbox row in one transaction, and drops the
 * draft it came from: either all of it is on disk or none of it is.
 */
export async function submitEvaluation(
  db: LaatuDb,
  input: EvaluationInput,
  meta: { evaluatorId: string; scorecardTitle: string; score: ScoreResult },
): Promise<LocalEvaluation> {
  const key = interactionKey(input.interaction);
  const local: LocalEvaluation = {
    ...input,
    evaluatorId: meta.evaluatorId,
    interactionKey: key,
    scorecardTitle: meta.scorecardTitle,
    score: meta.score,
    syncState: 'pending',
  };
  await db.transaction('rw', db.evaluations, db.outbox, db.drafts, async () => {
    await db.evaluations.put(local);
    await db.outbox.add({
      kind: 'evaluation.put',
      entityId: input.id,
      userId: meta.evaluatorId,
      idempotencyKey: `${input.id}:${input.submittedAt}`,
      payload: input,
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: new Date().toISOString(),
    });
    await db.drafts.delete(draftKey(meta.evaluatorId, key));
  });
  return local;
}

/** Records the server's acknowledgement: the outbox row goes, the evaluation takes the server's score. */
export async function acknowledgeEvaluation(db: LaatuDb, seq: number, saved: Evaluation): Promise<void> {
  await db.transaction('rw', db.evaluations, db.outbox, async () => {
    await db.outbox.delete(seq);
    const stillQueued = await db.outbox.where('entityId').equals(saved.id).count();
    await db.evaluations.update(saved.id, {
      score: saved.score,
      revision: saved.revision,
      serverCreatedAt: saved.createdAt,
      syncState: stillQueued > 0 ? 'pending' : 'synced',
      syncedAt: new Date().toISOString(),
      syncError: undefined,
    });
  });
}

export async function rejectEvaluation(db: LaatuDb, seq: number, entityId: string, message: string): Promise<void> {
  await db.transaction('rw', db.evaluations, db.outbox, async () => {
    await db.outbox.update(seq, { rejected: true, lastError: message });
    await db.evaluations.update(entityId, { syncState: 'rejected', syncError: message });
  });
}

/** When this month began (UTC): self-assessments fall due per calendar month. */
export function monthStart(now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
}

/** The key range of `evaluatorId`'s self-assessments submitted since `since`, in the index `[evaluatorId+kind+submittedAt]`. */
export function selfAssessmentsSince(evaluatorId: string, since: string): [lower: string[], upper: string[]] {
  return [
    [evaluatorId, 'self-assessment', since],
    [evaluatorId, 'self-assessment', '\uffff'],
  ];
}

/**
 * How many self-assessments the user has submitted since `since` (ISO), read from the index and
 * counted up to the highest monthly target: what is due needs no more, and counting every key
 * of a month with thousands of them keeps IndexedDB busy for hundreds of milliseconds.
 */
export async function countSelfAssessments(db: LaatuDb, evaluatorId: string, since: string): Promise<number> {
  const [lower, upper] = selfAssessmentsSince(evaluatorId, since);
  const keys = await db.evaluations.where('[evaluatorId+kind+submittedAt]').between(lower, upper).limit(MAX_MONTHLY_TARGET).primaryKeys();
  return keys.length;
}

/** How many of the user's evaluations the panel's history lists. */
export const HISTORY_LENGTH = 20;

export async function recentEvaluations(db: LaatuDb, evaluatorId: string, limit = HISTORY_LENGTH): Promise<LocalEvaluation[]> {
  return db.evaluations
    .where('[evaluatorId+submittedAt]')
    .between([evaluatorId, ''], [evaluatorId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
}

/** The user's latest evaluation of one interaction (a correction replaces its row), if any. */
export async function latestOwnEvaluation(db: LaatuDb, evaluatorId: string, key: string): Promise<LocalEvaluation | undefined> {
  const rows = await db.evaluations.where('interactionKey').equals(key).filter((e) => e.evaluatorId === evaluatorId).toArray();
  return rows.reduce<LocalEvaluation | undefined>((latest, row) => (!latest || row.submittedAt > latest.submittedAt ? row : latest), undefined);
}
