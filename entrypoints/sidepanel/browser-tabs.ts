import { browser } from 'wxt/browser';
import type { TabsPort } from '../../lib/state/active-interaction';
import { tabKey } from '../../lib/messaging/tab-interactions';
import { isSiteEnabled } from '../../lib/sites';

const ownOrigin = browser.runtime.getURL('/');

/** The browser side of following the active tab, for the panel in the side panel or in a tab. */
export function browserTabs(): TabsPort {
  // The panel's first read of the tab registry starts with the panel, alongside the question
  // which tab is active, rather than one round trip to the browser after it.
  let prefetched: Promise<Record<string, unknown>> | null = browser.storage.session.get(null);
  return {
    async activeTab() {
      // In the side panel, the host tab is the active tab of the panel's own window. The
      // panel opened as a page of its own window (tests, a pinned panel window) follows the
      // host tab the user activated last in any window. Asked all at once: each question is
      // a round trip to the browser process.
      const [self, anyWindow, ownWindow] = await Promise.all([
        browser.tabs.getCurrent(),
        browser.tabs.query({ active: true }),
        browser.tabs.query({ active: true, currentWindow: true }),
      ]);
      const candidates = (self ? anyWindow : ownWindow).filter(
        (tab) => tab.id !== undefined && tab.url && !tab.url.startsWith(ownOrigin),
      );
      const [tab] = candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
      if (tab?.id === undefined || !tab.url) return null;
      return { id: tab.id, url: tab.url };
    },
    async readInteraction(tabId) {
      const key = tabKey(tabId);
      const early = prefetched;
      prefetched = null; // later reads follow changes, reported by onChange
      const stored = early ? await early.catch(() => browser.storage.session.get(key)) : await browser.storage.session.get(key);
      return stored[key];
    },
    isSiteEnabled,
    onChange(callback) {
      const onActivated = () => callback();
      const onUpdated = (_id: number, info: { url?: string; status?: string }) => {
        if (info.url || info.status === 'complete') callback();
      };
      const onStorage = (_changes: unknown, area: string) => {
        if (area === 'session') callback();
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.storage.onChanged.addListener(onStorage);
      browser.permissions.onAdded.addListener(onActivated);
      browser.permissions.onRemoved.addListener(onActivated);
      browser.windows.onFocusChanged.addListener(onActivated);
      return () => {
        browser.windows.onFocusChanged.removeListener(onActivated);
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.storage.onChanged.removeListener(onStorage);
        browser.permissions.onAdded.removeListener(onActivated);
        browser.permissions.onRemoved.removeListener(onActivated);
      };
    },
  };
}
