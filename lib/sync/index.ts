import { cacheScorecards } from '../store/scorecards';
import { getSession } from '../store/session';
import type { LaatuDb } from '../store/db';
import { ApiClient, ApiFailure, type FetchLike } from './api';
import { withSyncLock } from './lock';
import { pushOutbox, type PushResult } from './outbox';
import { pullOwnEvaluations } from './pull';
import { pullDetectorRules } from './rules';

export * from './api';
export * from './backoff';
export * from './outbox';
export * from './pull';
export { withSyncLock } from './lock';

/** `pulled`: how many of the user's own evaluations came from the server and were stored. */
export type SyncResult = PushResult & { pulled?: number };
export type SyncOutcome = SyncResult | 'busy' | 'signed-out';

/**
 * One sync round: push the outbox, then refresh the cached scorecards and pull the user's own
 * evaluations (so a new device shows their history), then the detector rules.
 * Runs in at most one context at a time; callers may call it freely.
 */
export async function syncNow(db: LaatuDb, fetchImpl?: FetchLike): Promise<SyncOutcome> {
  return withSyncLock(async () => {
    const session = await getSession(db);
    if (!session || session.expired) return 'signed-out' as const;
    const api = new ApiClient(session.serverUrl, session.token, fetchImpl);
    const pushed = await pushOutbox(db, api, session.user.id);
    if (pushed.stoppedBy) return pushed;
    try {
      const { scorecards } = await api.scorecards();
      await cacheScorecards(db, scorecards);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
    }
    const pulled = await pullOwnEvaluations(db, api, session);
    // Refused as a push would be: the session is marked expired and sync waits for a new sign-in.
    if ('failed' in pulled && pulled.failed === 'unauthorized') return { ...pushed, stoppedBy: 'unauthorized' as const };
    await pullDetectorRules(session.serverUrl, session.token, fetchImpl);
    return 'stored' in pulled ? { ...pushed, pulled: pulled.stored } : pushed;
  });
}
