import type { Evaluation, EvaluationInput, ScoreResult } from '../domain';
import { interactionKey } from '../domain/interaction-key';
import { MAX_MONTHLY_TARGET } from '../domain/monthly-targets';
import type { AcceptedEvaluation, LaatuDb, LocalEvaluation } from './db';
import { draftKey } from './drafts';

/**
 * Saves a submitted evaluation and its outbox row in one transaction, and drops the
 * draft it came from: either all of it is on disk or none of it is. A correction (the id
 * is stored already) keeps the server's bookkeeping, so its window still counts from the
 * server's first receipt, and keeps what the server last accepted, shown again if the
 * server refuses the correction.
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
    const existing = await db.evaluations.get(input.id);
    if (existing) keepServerState(local, existing);
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

function keepServerState(correction: LocalEvaluation, existing: LocalEvaluation): void {
  if (existing.revision !== undefined) correction.revision = existing.revision;
  if (existing.serverCreatedAt !== undefined) correction.serverCreatedAt = existing.serverCreatedAt;
  // A correction of a correction still waiting keeps what the server accepted before both.
  const accepted = existing.syncState === 'synced' ? acceptedOf(existing) : existing.accepted;
  if (accepted) correction.accepted = accepted;
}

function acceptedOf(row: LocalEvaluation): AcceptedEvaluation {
  const content = { ...row };
  delete content.accepted;
  delete content.syncError;
  delete content.correctionRefused;
  return content;
}

/** The local row of an evaluation as the server has it, on the user's device. */
export function fromServer(saved: Evaluation, scorecardTitle: string, syncedAt: string): LocalEvaluation {
  const row: LocalEvaluation = {
    id: saved.id,
    interaction: saved.interaction,
    scorecardId: saved.scorecardId,
    scorecardVersion: saved.scorecardVersion,
    kind: saved.kind,
    answers: saved.answers,
    comment: saved.comment,
    mode: saved.mode,
    notes: saved.notes,
    durationSeconds: saved.durationSeconds,
    startedAt: saved.startedAt,
    submittedAt: saved.submittedAt,
    evaluatorId: saved.evaluatorId,
    interactionKey: interactionKey(saved.interaction),
    scorecardTitle,
    score: saved.score,
    syncState: 'synced',
    syncedAt,
    revision: saved.revision,
    serverCreatedAt: saved.createdAt,
  };
  if (saved.agentEmail !== undefined) row.agentEmail = saved.agentEmail;
  return row;
}

/** How many writes of this evaluation still wait to be sent; a refused one stays only to be shown. */
function queuedWrites(db: LaatuDb, id: string): Promise<number> {
  return db.outbox.where('entityId').equals(id).filter((row) => !row.rejected).count();
}

/** Records the server's acknowledgement: the outbox row goes, the evaluation takes the server's score. */
export async function acknowledgeEvaluation(db: LaatuDb, seq: number, saved: Evaluation): Promise<void> {
  await db.transaction('rw', db.evaluations, db.outbox, async () => {
    await db.outbox.delete(seq);
    const row = await db.evaluations.get(saved.id);
    if (!row) return;
    const stillQueued = (await queuedWrites(db, saved.id)) > 0;
    const syncedAt = new Date().toISOString();
    await db.evaluations.update(saved.id, {
      score: saved.score,
      revision: saved.revision,
      serverCreatedAt: saved.createdAt,
      syncState: stillQueued ? 'pending' : 'synced',
      syncedAt,
      syncError: undefined,
      correctionRefused: undefined,
      // A later correction still waits: should the server refuse it, this is what it has.
      accepted: stillQueued ? fromServer(saved, row.scorecardTitle, syncedAt) : undefined,
    });
  });
}

/**
 * Records the server's refusal: the outbox row stays, marked. A refused first submission is
 * shown as rejected; a refused correction gives way to what the server accepted before it,
 * saying why the correction did not go through.
 */
export async function rejectEvaluation(db: LaatuDb, seq: number, entityId: string, message: string): Promise<void> {
  await db.transaction('rw', db.evaluations, db.outbox, async () => {
    await db.outbox.update(seq, { rejected: true, lastError: message });
    const row = await db.evaluations.get(entityId);
    // A later correction still waits: the row shows it until the server answers that one too.
    if (!row || (await queuedWrites(db, entityId)) > 0) return;
    if (row.accepted) {
      await db.evaluations.put({ ...row.accepted, syncState: 'synced', syncError: message, correctionRefused: true });
    } else {
      await db.evaluations.update(entityId, { syncState: 'rejected', syncError: message });
    }
  });
}

/**
 * When this month began on the user's own calendar, as an ISO time: self-assessments fall due
 * per calendar month, and a Finnish agent's 00:30 on the 1st is the new month, not the old one.
 */
export function monthStart(now = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), 1).toISOString();
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
