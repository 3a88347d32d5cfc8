import type { FirstRead } from '../../lib/store/first-read';
import type { FirstLook } from './browser-tabs';

/**
 * What the panel's first script (entrypoints/panel-start.ts) started, for the panel's modules
 * to take over once they have loaded. Both run in the same page; nothing crosses a boundary.
 */
export interface PanelStart {
  /** The active tab and its interaction, asked for; null in widget mode (the URL names it). */
  look: FirstLook | null;
  /** What the first paint shows, being read from IndexedDB. */
  early: FirstRead;
}

const SLOT = '__laatuPanelStart';
type Slot = { [SLOT]?: PanelStart };

export function handOver(start: PanelStart): void {
  (globalThis as Slot)[SLOT] = start;
}

/** What the first script started, once; null without it (it failed to load or run). */
export function takeOver(): PanelStart | null {
  const start = (globalThis as Slot)[SLOT] ?? null;
  delete (globalThis as Slot)[SLOT];
  return start;
}
