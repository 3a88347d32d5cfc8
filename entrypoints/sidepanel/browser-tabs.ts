import { browser } from 'wxt/browser';
import type { TabsPort } from '../../lib/state/active-interaction';
import { tabKey } from '../../lib/messaging/tab-interactions';
import { isSiteEnabled } from '../../lib/sites';

const ownOrigin = new URL(browser.runtime.getURL('/')).origin;

/** The browser side of following the active tab, for the panel in the side panel or in a tab. */
export function browserTabs(): TabsPort {
  let windowId: number | undefined;
  return {
    async activeTab() {
      windowId ??= (await browser.windows.getCurrent()).id;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      if (!tab?.id || !tab.url || tab.url.startsWith(ownOrigin)) return null;
      return { id: tab.id, url: tab.url };
    },
    async readInteraction(tabId) {
      const key = tabKey(tabId);
      const stored = await browser.storage.session.get(key);
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
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.storage.onChanged.removeListener(onStorage);
        browser.permissions.onAdded.removeListener(onActivated);
        browser.permissions.onRemoved.removeListener(onActivated);
      };
    },
  };
}
