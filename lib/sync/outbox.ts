import type { LaatuDb, OutboxRow, SyncStatusRow } from '../store/db';
import { acknowledgeEvaluation, rejectEvaluation } from '../store/evaluations';
import { markSessionExpired } from '../store/session';
import { ApiFailure, type ApiClient } from './api';
import { backoffDelay } from './backoff';

export interface PushResult {
  sent: number;
  rejected: number;
  /** Why pushing stopped early, if it did. */
  stoppedBy?: 'network' | 'unauthorized' | 'server';
  remaining: number;
}

async function readStatus(db: LaatuDb): Promise<SyncStatusRow> {
  const row = await db.settings.get('sync');
  return row?.key === 'sync' ? row : { key: 'sync', consecutiveFailures: 0 };
}

/**
 * Sends due outbox rows in order, one at a time. A row leaves the outbox only when the
 * server acknowledged it; the server's upsert by client id makes a resend harmless,
 * so a crash between send and acknowledgement cannot create a second evaluation.
 */
export async function pushOutbox(db: LaatuDb, api: ApiClient, userId: string, now = Date.now()): Promise<PushResult> {
  const due = (await db.outbox.orderBy('seq').toArray()).filter(
    (row) => !row.rejected && row.userId === userId && row.nextAttemptAt <= now,
  );
  const result: PushResult = { sent: 0, rejected: 0, remaining: 0 };
  for (const row of due) {
    const outcome = await pushRow(db, api, row);
    if (outcome === 'sent') result.sent += 1;
    else if (outcome === 'rejected') result.rejected += 1;
    else {
      result.stoppedBy = outcome;
      break;
    }
  }
  const status = await readStatus(db);
  const failed = result.stoppedBy === 'network' || result.stoppedBy === 'server';
  const failures = failed ? status.consecutiveFailures + 1 : 0;
  const nextAttemptAt = failed ? Date.now() + backoffDelay(failures) : undefined;
  if (failed && nextAttemptAt !== undefined) {
    await db.outbox.where('nextAttemptAt').below(nextAttemptAt).modify((row) => {
      if (!row.rejected) row.nextAttemptAt = nextAttemptAt;
    });
  }
  await db.settings.put({
    key: 'sync',
    consecutiveFailures: failures,
    lastAttemptAt: new Date().toISOString(),
    lastSuccessAt: result.sent > 0 || !failed ? new Date().toISOString() : status.lastSuccessAt,
    lastError: failed ? (result.stoppedBy ?? 'error') : undefined,
    nextAttemptAt,
  });
  result.remaining = await db.outbox.filter((row) => !row.rejected).count();
  return result;
}

async function pushRow(
  db: LaatuDb,
  api: ApiClient,
  row: OutboxRow,
): Promise<'sent' | 'rejected' | 'network' | 'unauthorized' | 'server'> {
  const seq = row.seq;
  if (seq === undefined) return 'rejected';
  try {
    if (row.kind === 'evaluation.put') {
      const saved = await api.putEvaluation(row.payload, row.idempotencyKey);
      await acknowledgeEvaluation(db, seq, saved);
    } else {
      await api.putFeedback(row.payload, row.idempotencyKey);
      await db.outbox.delete(seq);
    }
    return 'sent';
  } catch (error) {
    const failure = error instanceof ApiFailure ? error : new ApiFailure('network', String(error));
    await db.outbox.update(seq, { attempts: row.attempts + 1, lastError: failure.message });
    if (failure.kind === 'rejected') {
      if (row.kind === 'evaluation.put') await rejectEvaluation(db, seq, row.entityId, failure.message);
      else await db.outbox.update(seq, { rejected: true, lastError: failure.message });
      return 'rejected';
    }
    if (failure.kind === 'unauthorized') await markSessionExpired(db);
    return failure.kind;
  }
}
