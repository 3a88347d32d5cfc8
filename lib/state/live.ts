import { signal, type Signal } from '@preact/signals';
import type { DbRef, LaatuDb } from '../store/db';

/** How a live signal starts when its first answer was read another way (see store/first-read.ts). */
export interface LiveStart<T> {
  /** The same answer, read before Dexie could: shown until the query answers; ignored if it fails. */
  early?: Promise<T>;
  /** The query starts following the database only once this settles (the panel's first paint). */
  after?: Promise<unknown>;
}

/**
 * A signal that follows a Dexie query, in this context and in every other context
 * of the extension origin (Dexie broadcasts changes between them). The query gets the
 * database once it is there (Dexie loads after the side panel's first paint) and may only
 * await Dexie's own promises, as liveQuery requires.
 */
export function liveSignal<T>(
  db: DbRef,
  querier: (db: LaatuDb) => Promise<T>,
  initial: T,
  { early, after }: LiveStart<T> = {},
): { value: Signal<T>; stop: () => void; first: Promise<void> } {
  const value = signal<T>(initial);
  let answered = false;
  let stopped = false;
  let settle: () => void = () => undefined;
  /** Settles with the first answer (or the query's failure): what the panel waits for before its first paint. */
  const first = new Promise<void>((resolve) => (settle = resolve));
  early?.then(
    (result) => {
      if (answered) return;
      value.value = result;
      settle();
    },
    () => undefined,
  );
  let unsubscribe = () => undefined as void;
  const follow = async () => {
    const [database, { liveQuery }] = await Promise.all([db, import('dexie')]);
    if (stopped) return;
    const subscription = liveQuery(() => querier(database)).subscribe({
      next: (result) => {
        answered = true;
        value.value = result;
        settle();
      },
      error: (error: unknown) => {
        console.error('Laatu: live query failed', error);
        settle();
      },
    });
    unsubscribe = () => subscription.unsubscribe();
  };
  const failed = (error: unknown) => {
    console.error('Laatu: the database did not open', error);
    settle();
  };
  if (after) void after.then(follow, follow).catch(failed);
  else follow().catch(failed);
  return {
    value,
    stop: () => {
      stopped = true;
      unsubscribe();
    },
    first,
  };
}

/**
 * How the panel starts a query whose answer `early` read ahead (or none): shown at once, and
 * followed through Dexie after the first paint, so that Dexie's opening and first answers do
 * not delay it. Without an early answer (it failed), the query starts at once.
 */
export function startAfterPaint<T>(early: Promise<T> | undefined, painted: Promise<unknown> | undefined): LiveStart<T> {
  if (!painted) return { early };
  return { early, after: early ? early.then(() => painted, () => undefined) : painted };
}
