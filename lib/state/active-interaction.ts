import { signal } from '@preact/signals';
import type { InteractionSnapshot } from '../domain';
import { readTabInteraction } from '../messaging/tab-interactions';

/** What the panel needs from the browser to follow the active tab; faked in tests. */
export interface TabsPort {
  /** The active tab of the panel's window, ignoring the extension's own pages. */
  activeTab(): Promise<{ id: number; url: string } | null>;
  readInteraction(tabId: number): Promise<unknown>;
  isSiteEnabled(url: string): Promise<boolean>;
  /** Calls back whenever the active tab, its URL or any tab's interaction may have changed. */
  onChange(callback: () => void): () => void;
}

/**
 * Follows the interaction open in the active tab: tab switches, in-page navigation
 * (reported by the detector through the tab registry) and sites being enabled.
 */
export function createActiveInteractionModel(port: TabsPort) {
  const tabId = signal<number | null>(null);
  const pageUrl = signal<string | null>(null);
  const snapshot = signal<InteractionSnapshot | null>(null);
  const siteEnabled = signal<boolean | null>(null);
  let generation = 0;

  async function refresh(): Promise<void> {
    const mine = ++generation;
    const tab = await port.activeTab();
    if (!tab) return; // keep showing the last host tab while an extension page is in front
    const [stored, enabled] = await Promise.all([port.readInteraction(tab.id), port.isSiteEnabled(tab.url)]);
    if (mine !== generation) return; // a newer refresh has started meanwhile
    const entry = readTabInteraction(stored);
    tabId.value = tab.id;
    pageUrl.value = tab.url;
    siteEnabled.value = enabled;
    snapshot.value = entry?.snapshot ?? null;
  }

  const stop = port.onChange(() => void refresh());
  void refresh();
  return { tabId, pageUrl, snapshot, siteEnabled, refresh, dispose: stop };
}

export type ActiveInteractionModel = ReturnType<typeof createActiveInteractionModel>;
