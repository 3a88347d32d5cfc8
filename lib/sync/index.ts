import { cacheScorecards } from '../store/scorecards';
import { getSession } from '../store/session';
import type { LaatuDb } from '../store/db';
import { ApiClient, ApiFailure, type FetchLike } from './api';
import { withSyncLock } from './lock';
import { pushOutbox, type PushResult } from './outbox';
import { pullDetectorRules } from './rules';

export * from './api';
export * from './backoff';
export * from './outbox';
export { withSyncLock } from './lock';

export type SyncOutcome = PushResult | 'busy' | 'signed-out';

/**
 * One sync round: push the outbox, then refresh the cached scorecards.
 * Runs in at most one context at a time; callers may call it freely.
 */
export async function syncNow(db: LaatuDb, fetchImpl?: FetchLike): Promise<SyncOutcome> {
  return withSyncLock(async () => {
    const session = await getSession(db);
    if (!session || session.expired) return 'signed-out' as const;
    const api = new ApiClient(session.serverUrl, session.token, fetchImpl);
    const pushed = await pushOutbox(db, api, session.user.id);
    if (!pushed.stoppedBy) {
      try {
        const { scorecards } = await api.scorecards();
        await cacheScorecards(db, scorecards);
      } catch (error) {
        if (!(error instanceof ApiFailure)) throw error;
      }
      await pullDetectorRules(session.serverUrl, session.token, fetchImpl);
    }
    return pushed;
  });
}
