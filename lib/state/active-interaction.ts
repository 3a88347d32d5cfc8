import { batch, signal } from '@preact/signals';
import { interactionKey, type InteractionSnapshot } from '../domain';
import { UNCONFIRMED_CONFIDENCE } from '../detect/engine';
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
 * How long the panel waits for a page that has changed its URL to show the interaction,
 * before it offers the form without what the page would have told (its channel, its agent).
 */
export const PAGE_WAIT_MS = 1500;

/**
 * Follows the interaction open in the active tab: tab switches, in-page navigation
 * (reported by the detector through the tab registry) and sites being enabled.
 */
export function createActiveInteractionModel(port: TabsPort) {
  const tabId = signal<number | null>(null);
  const pageUrl = signal<string | null>(null);
  const snapshot = signal<InteractionSnapshot | null>(null);
  const siteEnabled = signal<boolean | null>(null);
  /** The page names a new interaction in its URL but does not show it yet (see PAGE_WAIT_MS). */
  const awaitingPage = signal(false);
  let waitingFor: string | null = null;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let looked: () => void = () => undefined;
  /** Settles once the panel knows what the active tab shows (an interaction, or nothing). */
  const first = new Promise<void>((resolve) => (looked = resolve));

  function follow(next: InteractionSnapshot | null): void {
    const unconfirmed = next !== null && next.confidence <= UNCONFIRMED_CONFIDENCE;
    const id = next ? interactionKey(next) : null;
    if (!unconfirmed) {
      clearTimeout(waitTimer);
      waitingFor = null;
      awaitingPage.value = false;
    } else if (id !== waitingFor) {
      // Waited for once per interaction: a page that never shows the id keeps its form.
      clearTimeout(waitTimer);
      waitingFor = id;
      awaitingPage.value = true;
      waitTimer = setTimeout(() => (awaitingPage.value = false), PAGE_WAIT_MS);
    }
    snapshot.value = next;
  }

  async function refresh(): Promise<void> {
    const mine = ++generation;
    const tab = await port.activeTab();
    if (!tab) return; // keep showing the last host tab while an extension page is in front
    const enabled = port.isSiteEnabled(tab.url);
    const entry = readTabInteraction(await port.readInteraction(tab.id));
    if (mine !== generation) return; // a newer refresh has started meanwhile
    // An interaction on the page is shown at once; whether the site is enabled matters only without one.
    if (entry?.snapshot) {
      follow(entry.snapshot);
      looked();
    }
    const on = await enabled;
    if (mine !== generation) return;
    batch(() => {
      tabId.value = tab.id;
      pageUrl.value = tab.url;
      siteEnabled.value = on;
      follow(entry?.snapshot ?? null);
    });
    looked();
  }

  const stop = port.onChange(() => void refresh());
  void refresh().then(looked, (error: unknown) => {
    console.error('Laatu: reading the active tab failed', error);
    looked();
  });
  return {
    first,
    tabId,
    pageUrl,
    snapshot,
    siteEnabled,
    awaitingPage,
    refresh,
    dispose: () => {
      stop();
      clearTimeout(waitTimer);
    },
  };
}

export type ActiveInteractionModel = ReturnType<typeof createActiveInteractionModel>;
