/**
 * Runs `task` unless another sync already runs anywhere in the extension (service worker,
 * any open panel): Web Locks are shared by every context of the extension origin.
 * Where Web Locks are missing (unit tests), an in-process flag does the same job.
 */
let localBusy = false;

export async function withSyncLock<T>(task: () => Promise<T>): Promise<T | 'busy'> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) {
    return locks.request('laatu-sync', { ifAvailable: true }, async (lock) => (lock ? task() : 'busy' as const));
  }
  if (localBusy) return 'busy';
  localBusy = true;
  try {
    return await task();
  } finally {
    localBusy = false;
  }
}
