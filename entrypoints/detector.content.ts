import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InteractionSnapshot } from '../lib/domain';
import { detect, sameInteraction } from '../lib/detect';
import type { ContentScriptMessage } from '../lib/messaging';

/** Coalesces bursts of page changes (a chat receiving messages) into one detection. */
const SETTLE_MS = 40;

type Marked = typeof globalThis & { laatuDetector?: ContentScriptContext };

/**
 * Reads which interaction the page shows and reports real changes to the service worker.
 * Page side stays thin: read text, report; the panel and service worker decide.
 * Registered at runtime only on sites the user enabled (see lib/sites).
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const marked = globalThis as Marked;
    if (marked.laatuDetector && !marked.laatuDetector.isInvalid) return; // injected twice
    marked.laatuDetector = ctx;

    let reported: { url: string; snapshot: InteractionSnapshot | null } | undefined;
    let timer: number | undefined;

    const report = () => {
      timer = undefined;
      if (ctx.isInvalid) return;
      const url = location.href;
      const snapshot = detect(new URL(url), document);
      if (reported && isSame(reported.snapshot, snapshot) && (snapshot !== null || reported.url === url)) return;
      reported = { url, snapshot };
      const message: ContentScriptMessage = snapshot
        ? { type: 'interaction/detected', snapshot }
        : { type: 'interaction/none', url };
      // If the report is lost (extension reloading), the next page change sends it again.
      browser.runtime.sendMessage(message).catch(() => {
        reported = undefined;
      });
    };
    const schedule = () => {
      timer ??= ctx.setTimeout(report, SETTLE_MS);
    };

    // Single-page desks change the URL with pushState and then re-render: the DOM change
    // is what tells the isolated world that something happened.
    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'popstate', schedule);
    ctx.addEventListener(window, 'hashchange', schedule);
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    report();
  },
});

function isSame(a: InteractionSnapshot | null, b: InteractionSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return sameInteraction(a, b);
}
