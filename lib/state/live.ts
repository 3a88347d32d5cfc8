import { signal, type Signal } from '@preact/signals';
import { liveQuery } from 'dexie';

/**
 * A signal that follows a Dexie query, in this context and in every other context
 * of the extension origin (Dexie broadcasts changes between them).
 */
export function liveSignal<T>(
  querier: () => Promise<T>,
  initial: T,
): { value: Signal<T>; stop: () => void; first: Promise<void> } {
  const value = signal<T>(initial);
  let settle: () => void = () => undefined;
  /** Settles with the query's first answer (or failure): what the panel waits for before its first paint. */
  const first = new Promise<void>((resolve) => (settle = resolve));
  const subscription = liveQuery(querier).subscribe({
    next: (result) => {
      value.value = result;
      settle();
    },
    error: (error: unknown) => {
      console.error('Laatu: live query failed', error);
      settle();
    },
  });
  return { value, stop: () => subscription.unsubscribe(), first };
}
