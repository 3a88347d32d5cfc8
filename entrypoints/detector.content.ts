import type { InteractionSnapshot } from '../lib/domain';
import { detect, mayChange, sameInteraction, traced, watchSelectorsFor, type DetectorRule, type ReadTrace } from '../lib/detect/engine';
import type { ContentScriptMessage } from '../lib/messaging';
import { answerEditorRequests, firstInjection, watchRules } from '../lib/picker/content-script';

/** After a navigation the desk re-renders within moments: read again as soon as it settles. */
const SETTLE_MS = 16;
/** How long after a navigation DOM changes count as "the new view rendering". */
const EAGER_MS = 1500;
/**
 * Otherwise DOM changes that may matter are read at most this often: a field changing in
 * place (an assignee set) may show a second late; a new interaction comes with a navigation,
 * or is read within a second on pages that show it only in their content. Changes that touch
 * none of the elements the last read looked at (a chat receiving messages) are not read at
 * all, unless that read missed something (then anything may be what it was waiting for).
 */
const BUSY_MS = 1000;

/**
 * The Navigation API (Chrome 102+) tells the isolated world about the page's own
 * pushState/replaceState at once; `currententrychange` fires after the URL changed.
 */
interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

/*
 * `chrome.runtime` rather than `browser` from wxt/browser: this file is injected into
 * every page of an enabled site and must stay small, and the one call it makes needs no
 * polyfill (Chrome's and Firefox's `chrome.runtime.sendMessage` both return a promise
 * in MV3). The service worker checks every message with zod (lib/messaging `receive`).
 */
declare const chrome: { runtime: { sendMessage(message: ContentScriptMessage): Promise<unknown> } };

/**
 * Reads which interaction the page shows and reports real changes to the service worker.
 * Page side stays thin: read text, report; the panel and service worker decide.
 * Registered at runtime only on sites the user enabled (see lib/sites).
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    if (!firstInjection('laatuDetector', ctx)) return; // injected twice

    let reported: { url: string; snapshot: InteractionSnapshot | null } | undefined;
    let timer: number | undefined;
    let eagerUntil = 0;
    let lastRead: ReadTrace = { elements: [], incomplete: true };
    // Rules arrive as data from storage.local (built-in ones from the worker, custom ones
    // from sync); until they do, nothing is detected.
    let rules: readonly DetectorRule[] = [];

    const report = () => {
      timer = undefined;
      if (ctx.isInvalid) return;
      const url = location.href;
      const { result: snapshot, trace } = traced(() => detect(new URL(url), document, rules));
      lastRead = snapshot ? trace : { elements: [], incomplete: true };
      watch(url);
      if (reported && isSame(reported.snapshot, snapshot) && (snapshot !== null || reported.url === url)) return;
      reported = { url, snapshot };
      const message: ContentScriptMessage = snapshot
        ? { type: 'interaction/detected', snapshot }
        : { type: 'interaction/none', url };
      // If the report is lost (extension reloading), the next page change sends it again.
      chrome.runtime.sendMessage(message).catch(() => {
        reported = undefined;
      });
    };
    // One plain timer cleared on invalidation: ctx.setTimeout adds an abort listener per
    // call that is never removed, which on a busy chat page would pile up all day.
    const schedule = (delay: number) => {
      timer ??= window.setTimeout(report, delay);
    };
    const navigated = () => {
      eagerUntil = performance.now() + EAGER_MS;
      window.clearTimeout(timer);
      timer = window.setTimeout(report, 0);
    };
    ctx.onInvalidated(() => window.clearTimeout(timer));
    const changed = (records: MutationRecord[]) => {
      if (performance.now() < eagerUntil) schedule(SETTLE_MS);
      else if (records.some((record) => mayChange(record, lastRead))) schedule(BUSY_MS);
    };

    // DOM changes matter only where the adapter for this URL reads: its `watch` selectors,
    // each with its whole subtree. Their ancestors are watched without their subtrees, for a
    // watched element being replaced (a view re-rendered) or an attribute of one changing;
    // a chat appending lines beside the watched part costs nothing. While none of them
    // exists yet (an app still loading), the document's element tree is watched instead.
    const observer = new MutationObserver(changed);
    let watching: { url: string; targets: Element[] } | undefined;
    const watch = (url: string) => {
      const selectors = watchSelectorsFor(new URL(url), rules);
      const targets = selectors.flatMap((selector) => [...safeQueryAll(selector)]);
      if (watching?.url === url && sameElements(watching.targets, targets)) return;
      watching = { url, targets };
      observer.disconnect();
      if (selectors.length === 0) return; // no adapter reads this URL: only navigation matters
      if (targets.length === 0) {
        observer.observe(document.documentElement, { childList: true, subtree: true });
        return;
      }
      // Ancestors first: observing a node again replaces its options, so a watched element
      // inside another keeps its subtree.
      for (const target of targets) {
        for (let node = target.parentNode; node; node = node.parentNode) {
          observer.observe(node, node instanceof Element ? { childList: true, attributes: true } : { childList: true });
        }
      }
      for (const target of targets) {
        observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
      }
    };
    ctx.onInvalidated(() => observer.disconnect());

    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (navigation) navigation.addEventListener('currententrychange', navigated, { signal: ctx.signal });
    else ctx.addEventListener(window, 'wxt:locationchange', navigated); // polls the URL once a second
    ctx.addEventListener(window, 'popstate', navigated);
    ctx.addEventListener(window, 'hashchange', navigated);
    watchRules(ctx.signal, (delivered) => {
      rules = delivered;
      navigated();
    });
    answerEditorRequests(ctx.signal);
    report();
  },
});

function isSame(a: InteractionSnapshot | null, b: InteractionSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return sameInteraction(a, b);
}

function safeQueryAll(selector: string): NodeListOf<Element> | [] {
  try {
    return document.querySelectorAll(selector);
  } catch {
    return [];
  }
}

function sameElements(a: Element[], b: Element[]): boolean {
  return a.length === b.length && a.every((element, i) => element === b[i]);
}
