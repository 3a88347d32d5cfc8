import { useEffect } from 'preact/hooks';

/**
 * Puts `name` on the page's performance timeline once, after the first frame painted with
 * `shown` true (Preact runs effects after paint): how bench/panel.ts sees the panel become
 * usable without polling it from outside. Costs a few microseconds, once.
 */
export function useFirstPaintMark(name: string, shown: boolean): void {
  useEffect(() => {
    if (shown && performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  }, [name, shown]);
}
