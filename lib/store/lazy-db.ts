import type { LaatuDb } from './db';

/**
 * The database, with Dexie loaded only when something first awaits it. The side panel reads
 * what its first paint shows without Dexie (first-read.ts) and follows the database after
 * that paint, so Dexie's hundred kilobytes load and run after it, not before; whatever needs
 * the database sooner (a draft not read ahead) awaits it and loads it then.
 */
export function lazyDb(): PromiseLike<LaatuDb> {
  let loading: Promise<LaatuDb> | undefined;
  return {
    then(onLoaded, onFailed) {
      loading ??= import('./db').then(({ getDb }) => getDb());
      return loading.then(onLoaded, onFailed);
    },
  };
}
