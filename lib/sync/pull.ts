import type { Evaluation } from '../domain';
import type { EvaluationPullRow, LaatuDb, LocalEvaluation, SessionRow } from '../store/db';
import { fromServer } from '../store/evaluations';
import { markSessionExpired } from '../store/session';
import { ApiFailure, type ApiClient, type FailureKind } from './api';

/** How far back a device that has pulled nothing yet looks: the history and this month's self-assessments need no more. */
export const PULL_WINDOW_DAYS = 90;
/** At most this many evaluations a pull, the newest first: a pull stays cheap for the busiest evaluator. */
export const PULL_LIMIT = 300;
/** Each pull asks again for a few minutes before the last: a write committed late may carry an earlier time. */
const PULL_OVERLAP_MS = 5 * 60_000;

export type PullResult = { stored: number } | { failed: FailureKind };

/**
 * Brings the signed-in user's own evaluations from the server, so a new device shows their
 * history and what they may still correct: each one missing here, or older here than on the
 * server, is stored as synced. Local work wins: a row waiting to be sent, refused, or with a
 * write in the outbox is never overwritten. Later pulls ask only for what changed since.
 */
export async function pullOwnEvaluations(db: LaatuDb, api: ApiClient, session: SessionRow, now = new Date()): Promise<PullResult> {
  const since = await pullSince(db, session, now);
  let evaluations: Evaluation[];
  try {
    ({ evaluations } = await api.evaluations({ mine: true, since, limit: PULL_LIMIT }));
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    if (error.kind === 'unauthorized') await markSessionExpired(db);
    return { failed: error.kind };
  }
  const own = evaluations.filter((e) => e.evaluatorId === session.user.id).slice(0, PULL_LIMIT);
  const stored = await db.transaction('rw', [db.settings, db.evaluations, db.outbox, db.scorecards], async () => {
    // Signed out or in as someone else meanwhile: these are no longer this device's user's.
    const current = await db.settings.get('session');
    if (current?.key !== 'session' || current.user.id !== session.user.id || current.serverUrl !== session.serverUrl) return 0;
    const rows = await newerHere(db, own, now.toISOString());
    await db.evaluations.bulkPut(rows);
    const cursor = await cursorOf(db, session);
    const pulledUpTo = newest([...own.map((e) => e.updatedAt), ...(cursor === undefined ? [] : [cursor])]);
    if (pulledUpTo) {
      await db.settings.put({ key: 'evaluationPull', serverUrl: session.serverUrl, userId: session.user.id, pulledUpTo });
    }
    return rows.length;
  });
  return { stored };
}

/** The local rows the server's evaluations make: only those missing here or at a newer revision, and never local work. */
async function newerHere(db: LaatuDb, evaluations: Evaluation[], syncedAt: string): Promise<LocalEvaluation[]> {
  const ids = evaluations.map((e) => e.id);
  const local = await db.evaluations.bulkGet(ids);
  const queued = new Set(await db.outbox.where('entityId').anyOf(ids).keys());
  const rows: LocalEvaluation[] = [];
  for (const [i, saved] of evaluations.entries()) {
    const here = local[i];
    if (queued.has(saved.id)) continue;
    if (here && (here.syncState !== 'synced' || (here.revision ?? 0) >= saved.revision)) continue;
    rows.push(fromServer(saved, await titleOf(db, saved, here), syncedAt));
  }
  return rows;
}

/** The scorecard's title as this device knows it; the server's list does not carry it. */
async function titleOf(db: LaatuDb, saved: Evaluation, here: LocalEvaluation | undefined): Promise<string> {
  const exact = await db.scorecards.get([saved.scorecardId, saved.scorecardVersion]);
  if (exact) return exact.title;
  if (here) return here.scorecardTitle;
  const other = await db.scorecards.where('scorecardId').equals(saved.scorecardId).last();
  return other?.title ?? saved.scorecardId;
}

async function cursorOf(db: LaatuDb, session: SessionRow): Promise<string | undefined> {
  const row = await db.settings.get('evaluationPull');
  const pull: EvaluationPullRow | undefined = row?.key === 'evaluationPull' ? row : undefined;
  // Another user's or another server's progress says nothing about this one's.
  return pull && pull.userId === session.user.id && pull.serverUrl === session.serverUrl ? pull.pulledUpTo : undefined;
}

/** Changes since the last pull, never further back than the window. */
async function pullSince(db: LaatuDb, session: SessionRow, now: Date): Promise<string> {
  const windowStart = now.getTime() - PULL_WINDOW_DAYS * 86_400_000;
  const cursor = await cursorOf(db, session);
  const since = cursor === undefined ? windowStart : Math.max(windowStart, Date.parse(cursor) - PULL_OVERLAP_MS);
  return new Date(since).toISOString();
}

/** The latest of some ISO times, as UTC ISO; the server's may carry an offset. */
function newest(times: string[]): string | undefined {
  return times.length > 0 ? new Date(Math.max(...times.map((t) => Date.parse(t)))).toISOString() : undefined;
}
