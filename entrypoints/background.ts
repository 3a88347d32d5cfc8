import '../lib/domain/no-eval';
import { browser } from 'wxt/browser';
import { originOf, receive, type ContentScriptMessage } from '../lib/messaging';
import { tabKey, type TabInteraction } from '../lib/messaging/tab-interactions';
import { deliverBuiltInRules } from '../lib/detect/delivery';
import { reconcileDetector } from '../lib/sites';
import { getDb } from '../lib/store';
import { syncNow } from '../lib/sync';

const SYNC_ALARM = 'laatu-sync';

/**
 * The service worker keeps the tab registry and syncs when no panel is open.
 * It holds no state in memory that matters: it may be stopped at any moment.
 */
export default defineBackground(() => {
  const extensionOrigin = originOf(browser.runtime.getURL('/')) ?? '';

  browser.runtime.onInstalled.addListener(() => void start());
  browser.runtime.onStartup.addListener(() => void start());
  browser.permissions.onAdded.addListener(() => void reconcileDetector());
  browser.permissions.onRemoved.addListener(() => void reconcileDetector());

  // Returning a promise is how a webextension-polyfill listener answers a message.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((raw, sender) => {
    const received = receive(raw, sender, browser.runtime.id, extensionOrigin);
    if (!received.ok) {
      console.warn('Laatu: message refused:', received.error);
      return undefined;
    }
    if (received.from === 'content-script') return recordInteraction(received.tabId, received.message);
    switch (received.message.type) {
      case 'sync/now':
        return syncNow(getDb()).then(() => ({ ok: true }));
      case 'sites/reconcile':
        return reconcileDetector().then((patterns) => ({ ok: true, patterns }));
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncNow(getDb());
  });
});

async function start(): Promise<void> {
  // Chrome opens the side panel from the toolbar button; Firefox uses its sidebar instead.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel;
  await sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 0.5 });
  // Rules first: a detector registered below reads them at its first run.
  await deliverBuiltInRules(browser.storage.local);
  await reconcileDetector();
  await syncNow(getDb());
}

async function recordInteraction(tabId: number, message: ContentScriptMessage): Promise<{ ok: true }> {
  const entry: TabInteraction = {
    tabId,
    snapshot: message.type === 'interaction/detected' ? message.snapshot : null,
    pageUrl: message.type === 'interaction/detected' ? message.snapshot.url : message.url,
    reportedAt: new Date().toISOString(),
  };
  await browser.storage.session.set({ [tabKey(tabId)]: entry });
  return { ok: true };
}
