import { computed } from '@preact/signals';
import type { DbRef, SyncStatusRow } from '../store/db';
import { syncNow, type FetchLike } from '../sync';
import { liveSignal } from './live';

interface Counts {
  pending: number;
  rejected: number;
  status: SyncStatusRow | null;
}

/**
 * Sync as the open panel sees it: how much waits, why, and a retry at the time the
 * backoff set, so an evaluation submitted offline leaves as soon as the server is back.
 */
/** `after`: when to start following the outbox (the panel's first paint; see state/live.ts). */
export function createSyncModel(db: DbRef, fetchImpl?: FetchLike, after?: Promise<unknown>) {
  const live = liveSignal<Counts>(db, async (database) => {
    const rows = await database.outbox.toArray();
    const status = await database.settings.get('sync');
    return {
      pending: rows.filter((r) => !r.rejected).length,
      rejected: rows.filter((r) => r.rejected).length,
      status: status?.key === 'sync' ? status : null,
    };
  }, { pending: 0, rejected: 0, status: null }, { after });
  const pending = computed(() => live.value.value.pending);
  const nextAttemptAt = computed(() => live.value.value.status?.nextAttemptAt ?? null);
  const offline = computed(() => (live.value.value.status?.consecutiveFailures ?? 0) > 0);
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  async function run(): Promise<void> {
    clearTimeout(retryTimer);
    const database = await db;
    const outcome = await syncNow(database, fetchImpl).catch(() => 'busy' as const);
    if (disposed) return;
    const status = await database.settings.get('sync');
    const next = status?.key === 'sync' ? status.nextAttemptAt : undefined;
    const remaining = typeof outcome === 'object' ? outcome.remaining : 0;
    if (outcome === 'busy') retryTimer = setTimeout(() => void run(), 2000);
    else if (remaining > 0 && next) retryTimer = setTimeout(() => void run(), Math.max(0, next - Date.now()));
  }

  return {
    pending,
    rejected: computed(() => live.value.value.rejected),
    offline,
    nextAttemptAt,
    run,
    dispose: () => {
      disposed = true;
      clearTimeout(retryTimer);
      live.stop();
    },
  };
}

export type SyncModel = ReturnType<typeof createSyncModel>;
