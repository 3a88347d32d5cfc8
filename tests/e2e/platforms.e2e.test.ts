import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, waitUntil, type ExtensionBrowser } from './support/browser';
import { panelActions } from './support/panel';
import { freePort, LaatuServer } from './support/server';

const FIXTURES = resolve('tests/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8');

/**
 * SaaS contact-center platforms as users meet them: each fixture page (tests/fixtures/)
 * is served under the platform's real URL through Playwright's request routing, so the
 * detector's host and URL patterns are tested on real URLs in Chromium, with the test
 * build granted those origins at install (wxt.config.ts TEST_ORIGINS).
 */
describe('built-in platforms detected on their real URLs', () => {
  let server: LaatuServer;
  let browser: ExtensionBrowser;
  let panel: Page;
  let ui: ReturnType<typeof panelActions>;

  beforeAll(async () => {
    server = new LaatuServer(await freePort());
    [, browser] = await Promise.all([server.start(), launchWithExtension()]);
    const { context } = browser;
    // Each origin answers every path with its platform's fixture page.
    const serve = (pattern: string, name: string) =>
      context.route(pattern, (route) =>
        route.request().resourceType() === 'document'
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(name) })
          : route.fulfill({ status: 404, body: '' }),
      );
    await serve('https://acme.zendesk.com/**', 'zendesk/ticket');
    await serve('https://acme.freshdesk.com/**', 'freshdesk/ticket');
    await serve('https://acme.lightning.force.com/lightning/r/Case/**', 'salesforce/case');
    await serve('https://acme.lightning.force.com/lightning/r/VoiceCall/**', 'salesforce/voice-call');
    await serve('https://apps.mypurecloud.com/**', 'genesys-cloud/live-call');
    await serve('https://helpdesk.example.org/**', 'zammad/ticket');
    const worker = await browser.serviceWorker();
    await waitUntil(async () => (await worker.evaluate(registeredMatches)).includes('https://*.zendesk.com/*'), 'the detector registration');
    panel = await browser.openPanel();
    ui = panelActions(panel);
    await ui.signIn(server.url, 'supervisor1@demo.laatu');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    return page;
  }

  test('Zendesk ticket, then another ticket opened in the single-page app', async () => {
    const page = await open('https://acme.zendesk.com/agent/tickets/4711');
    await ui.expectInteraction('4711');
    expect(await facts(panel)).toMatchObject({ Id: '4711', Customer: 'Elina Koskinen', Agent: 'Aino Virtanen', Queue: 'Tier 2' });

    // As the workspace does: URL first, the new pane a moment later.
    await page.evaluate(() => {
      history.pushState(null, '', '/agent/tickets/4800');
      setTimeout(() => {
        const pane = document.querySelector('[data-ticket-id="4711"]')!;
        pane.setAttribute('data-ticket-id', '4800');
        pane.querySelector('[data-test-id="ticket-requester"]')!.textContent = 'Pekka Heikkinen';
      }, 50);
    });
    await ui.expectInteraction('4800');
    await expect.poll(async () => (await facts(panel)).Customer).toBe('Pekka Heikkinen');
    await page.close();
  });

  test('Freshdesk ticket', async () => {
    const page = await open('https://acme.freshdesk.com/a/tickets/2310');
    await ui.expectInteraction('2310');
    expect(await facts(panel)).toMatchObject({ Id: '2310', Customer: 'Matti Lehtonen', Channel: 'Call' });
    await page.close();
  });

  test('Salesforce Case and Voice Call records, channel from the record type', async () => {
    const page = await open('https://acme.lightning.force.com/lightning/r/Case/5003X00002AbCdEQAV/view');
    await ui.expectInteraction('5003X00002AbCdEQAV');
    expect(await facts(panel)).toMatchObject({ Channel: 'Ticket', Customer: 'Kaisa Laaksonen' });
    await page.goto('https://acme.lightning.force.com/lightning/r/VoiceCall/0LQ3X000000AbCdWAK/view');
    await ui.expectInteraction('0LQ3X000000AbCdWAK');
    expect(await facts(panel)).toMatchObject({ Channel: 'Call', Customer: '+358 40 555 1234' });
    await page.close();
  });

  test('Genesys Cloud live call read from the page under a hash route', async () => {
    const page = await open('https://apps.mypurecloud.com/directory/#/engage/admin/interactions');
    await ui.expectInteraction('8f14e45f-ceea-467a-9a3b-7a1c2b3d4e5f');
    expect(await facts(panel)).toMatchObject({ Channel: 'Call', Customer: '+358 40 555 1234' });
    await page.close();
  });

  test('Zammad ticket under its #ticket/zoom/ID hash route on a self-hosted host', async () => {
    const page = await open('https://helpdesk.example.org/#ticket/zoom/17');
    await ui.expectInteraction('17');
    expect(await facts(panel)).toMatchObject({ Id: '17', Customer: 'Heikki Salminen', Subject: 'Printer on 3rd floor jams' });
    await page.close();
  });
});

/** The panel's "Current interaction" facts as label → value. */
async function facts(panel: Page): Promise<Record<string, string>> {
  const region = panelActions(panel).interaction;
  const terms = await region.getByRole('term').allInnerTexts();
  const values = await region.getByRole('definition').allInnerTexts();
  return Object.fromEntries(terms.map((term, i) => [term.trim(), (values[i] ?? '').trim()]));
}

/** Runs inside the service worker: every match pattern the detector is registered for. */
async function registeredMatches(): Promise<string[]> {
  const api = (globalThis as unknown as {
    chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
  }).chrome;
  return (await api.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
}
