import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstRead } from '../lib/store/first-read';
import { firstLook } from './sidepanel/browser-tabs';
import { handOver } from './sidepanel/start';

/**
 * The side panel's first script: a classic one, run while the page is still being parsed, so
 * it does not wait for the panel's modules (Preact, Dexie, zod, the model) to load and compile.
 * It only asks the browser for the active tab and IndexedDB for what the first paint shows;
 * entrypoints/sidepanel/main.tsx takes the answers over. Without Dexie or zod:
 * tests/unit/panel-start.test.ts keeps it so.
 */
export default defineUnlistedScript(() => {
  performance.mark('laatu:script-start');
  // The database is asked first: its answers take longest, and the active tab's come meanwhile.
  let interactionKey!: (key: Promise<string | null> | null) => void;
  const early = firstRead(new Promise((resolve) => (interactionKey = resolve)));
  // Embedded as a widget the URL names the interaction (main.tsx); otherwise the active tab does.
  const look = new URLSearchParams(location.search).has('interaction') ? null : firstLook();
  interactionKey(look?.interactionKey ?? null);
  handOver({ look, early });
});
