import { browser } from 'wxt/browser';
import type { TabsPort } from '../../lib/state/active-interaction';
import { interactionKey } from '../../lib/domain/interaction-key';
import { tabKey } from '../../lib/messaging/tab-key';
import { isSiteEnabled } from '../../lib/sites';

// No zod or Dexie here: the panel's first script (entrypoints/panel-start.ts) asks its first questions with this.

type HostTab = { id: number; url: string };

const ownOrigin = browser.runtime.getURL('/');

/**
 * The active tab of the panel's window, ignoring the extension's own pages. In the side panel,
 * the host tab is the active tab of the panel's own window. The panel opened as a page of its
 * own window (tests, a pinned panel window) follows the host tab the user activated last in
 * any window. Asked all at once: each question is a round trip to the browser process.
 */
async function activeHostTab(): Promise<HostTab | null> {
  const [self, anyWindow, ownWindow] = await Promise.all([
    browser.tabs.getCurrent(),
    browser.tabs.query({ active: true }),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  const candidates = (self ? anyWindow : ownWindow).filter((tab) => tab.id !== undefined && tab.url && !tab.url.startsWith(ownOrigin));
  const [tab] = candidates.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (tab?.id === undefined || !tab.url) return null;
  return { id: tab.id, url: tab.url };
}

/** The key of the interaction a tab registry entry names, unchecked (see store/first-read.ts). */
function namedKey(entry: unknown): string | null {
  const snapshot = (entry as { snapshot?: { platform?: unknown; externalId?: unknown } } | undefined)?.snapshot;
  const { platform, externalId } = snapshot ?? {};
  return typeof platform === 'string' && typeof externalId === 'string' ? interactionKey({ platform, externalId }) : null;
}

/** The panel's first questions to the browser, asked as it starts (entrypoints/panel-start.ts). */
export interface FirstLook {
  activeTab: Promise<HostTab | null>;
  /** The whole tab registry (storage.session). */
  registry: Promise<Record<string, unknown>>;
  /** The interaction the active tab's page reported, unchecked: for reading its draft ahead. */
  interactionKey: Promise<string | null>;
}

export function firstLook(): FirstLook {
  const activeTab = activeHostTab();
  const registry = browser.storage.session.get(null);
  const named = Promise.all([activeTab, registry]).then(
    ([tab, entries]) => (tab ? namedKey(entries[tabKey(tab.id)]) : null),
    () => null,
  );
  // Whoever asks next handles a failure; unasked, it is no error.
  activeTab.catch(() => undefined);
  registry.catch(() => undefined);
  return { activeTab, registry, interactionKey: named };
}

/**
 * The browser side of following the active tab, for the panel in the side panel or in a tab.
 * `first`: its first answers, asked for already; later questions follow onChange.
 */
export function browserTabs(first: FirstLook | null = null): TabsPort {
  let firstTab = first?.activeTab;
  let prefetched = first?.registry;
  return {
    activeTab() {
      const early = firstTab;
      firstTab = undefined;
      return early ? early.catch(() => activeHostTab()) : activeHostTab();
    },
    async readInteraction(tabId) {
      const key = tabKey(tabId);
      const early = prefetched;
      prefetched = undefined;
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
