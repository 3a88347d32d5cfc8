import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { freePort, LaatuServer } from './server';

export const TEST_EXTENSION = resolve('.output-test/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  openPanel(): Promise<Page>;
  stopServiceWorkers(): Promise<void>;
  close(): Promise<void>;
}

/** Opens `url` in a new window of its own (Playwright's newPage would open a tab beside the others). */
export async function openInOwnWindow(context: BrowserContext, url: string): Promise<Page> {
  const opener = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(opener);
  const [page] = await Promise.all([
    context.waitForEvent('page', (p) => p.url() === url),
    cdp.send('Target.createTarget', { url, newWindow: true }),
  ]);
  await cdp.detach();
  return page;
}

/** Debian's Chromium with the built extension loaded, headless, on a fresh profile; `locale` is the browser's language. */
export async function launchWithExtension(extensionDir = TEST_EXTENSION, { locale }: { locale?: string } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'laatu-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(locale ? { locale } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Pages Playwright does not attach to (the side panel) take the language from here.
      ...(locale ? [`--lang=${locale}`, `--accept-lang=${locale}`] : []),
    ],
  });
  const serviceWorker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    context.waitForEvent('serviceworker', { timeout: 15_000 });
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    /**
     * Opens the panel in a window of its own, as the side panel sits beside the host page:
     * both stay visible, so neither is throttled as a background tab would be.
     */
    async openPanel() {
      const page = await openInOwnWindow(context, `chrome-extension://${extensionId}/sidepanel.html`);
      await page.waitForLoadState('domcontentloaded');
      return page;
    },
    async stopServiceWorkers() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds; for hooks, where expect.poll is not available. */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits until the service worker has registered the detector for the test origins (done at install). */
export async function waitForDetector(browser: ExtensionBrowser): Promise<void> {
  const worker = await browser.serviceWorker();
  await waitUntil(async () => (await worker.evaluate(registeredScriptCount)) > 0, 'the detector registration');
}

/** Runs inside the service worker. */
async function registeredScriptCount(): Promise<number> {
  const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } })
    .chrome;
  return (await api.scripting.getRegisteredContentScripts()).length;
}

/** The real server on a free port, and the browser with the extension and its detector registered: where a suite starts. */
export async function startServerAndBrowser(options: { locale?: string } = {}): Promise<{ server: LaatuServer; browser: ExtensionBrowser }> {
  const server = new LaatuServer(await freePort());
  await server.start();
  const browser = await launchWithExtension(undefined, options);
  // The test build is granted the local origins at install; the worker registers the detector then.
  await waitForDetector(browser);
  return { server, browser };
}

/** A new tab in the browser's window on the demo desk's interaction `id`. */
export async function openDesk(browser: ExtensionBrowser, server: LaatuServer, id: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/demo/interactions/${id}`);
  return page;
}
