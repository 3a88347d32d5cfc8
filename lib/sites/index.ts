import { browser } from 'wxt/browser';

/** The built detector content script, registered at runtime only for enabled sites. */
export const DETECTOR_FILE = '/content-scripts/detector.js';
const REGISTRATION_ID = 'laatu-detector';

/** The permission pattern for a site: its scheme and host, every port and path. */
export function sitePattern(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Granted site patterns, without the broad optional patterns themselves (every http or https
 * host): one host (`https://acme.example/*`) or one domain with its subdomains (`https://*.zendesk.com/*`).
 */
async function enabledPatterns(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => /^https?:\/\/(\*\.)?[^*/]+\/\*$/.test(o)).sort();
}

export async function isSiteEnabled(pageUrl: string): Promise<boolean> {
  const pattern = sitePattern(pageUrl);
  return pattern ? browser.permissions.contains({ origins: [pattern] }) : false;
}

/**
 * Makes the registered detector match exactly the sites the user has enabled, so that
 * granting or revoking a site's access is the one switch. Registrations persist across
 * browser restarts; reconciling on start-up heals any drift.
 */
export async function reconcileDetector(): Promise<string[]> {
  const patterns = await enabledPatterns();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  if (patterns.length === 0) return [];
  await browser.scripting.registerContentScripts([
    {
      id: REGISTRATION_ID,
      matches: patterns,
      js: [DETECTOR_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  await injectIntoOpenTabs(patterns);
  return patterns;
}

/** Tabs opened before a site was enabled get the detector now rather than on their next reload. */
async function injectIntoOpenTabs(patterns: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [DETECTOR_FILE] });
      } catch {
        // A tab that is loading or shows an error page gets the registered script on its next load.
      }
    }),
  );
}

/** Asks for a site's access; must be called straight from the user's click. */
export async function requestSite(pageUrl: string): Promise<boolean> {
  const pattern = sitePattern(pageUrl);
  if (!pattern) return false;
  return browser.permissions.request({ origins: [pattern] });
}

export async function disableSite(pageUrl: string): Promise<void> {
  const pattern = sitePattern(pageUrl);
  if (pattern) await browser.permissions.remove({ origins: [pattern] });
  await reconcileDetector();
}
