import { signal, type Signal } from '@preact/signals';
import { liveQuery } from 'dexie';

/**
 * A signal that follows a Dexie query, in this context and in every other context
 * of the extension origin (Dexie broadcasts changes between them).
 */
export function liveSignal<T>(querier: () => Promise<T>, initial: T): { value: Signal<T>; stop: () => void } {
  const value = signal<T>(initial);
  const subscription = liveQuery(querier).subscribe({
    next: (result) => {
      value.value = result;
    },
    error: (error: unknown) => console.error('Laatu: live query failed', error),
  });
  return { value, stop: () => subscription.unsubscribe() };
}
