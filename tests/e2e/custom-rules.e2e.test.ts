import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, waitForDetector, type ExtensionBrowser } from './support/browser';
import { apiToken, panelActions } from './support/panel';
import { freePort, LaatuServer } from './support/server';

/**
 * A made-up home-grown help desk no adapter knows: the case id is in the URL, the customer
 * sits in a plain side card, the subject in the heading after "Case N: ".
 */
const HOME_DESK = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Helpdesk</title></head>
<body>
  <nav><a href="/helpdesk">All cases</a></nav>
  <main>
    <h1>Case 4711: Invoice paid twice</h1>
    <aside class="card">
      <div class="row"><span class="label">Customer</span><span class="value" data-role="customer-name">Maija Meikäläinen</span></div>
      <div class="row"><span class="label">Owner</span><span class="value" data-role="owner">Aino Virtanen</span></div>
    </aside>
    <p>The customer says the March invoice was charged twice.</p>
  </main>
</body></html>`;

describe('custom detector rules for a home-grown desk', () => {
  let server: LaatuServer;
  let desk: Server;
  let deskUrl: string;
  let browser: ExtensionBrowser;
  let hostPage: Page;
  let panel: Page;
  let rules: Page;

  beforeAll(async () => {
    server = new LaatuServer(await freePort());
    await server.start();
    const port = await freePort();
    desk = createServer((request, response) => {
      const ok = request.url?.startsWith('/helpdesk/case/4711');
      response.writeHead(ok ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(ok ? HOME_DESK : 'not found');
    });
    await new Promise<void>((resolve) => desk.listen(port, '127.0.0.1', resolve));
    deskUrl = `http://127.0.0.1:${port}/helpdesk/case/4711`;

    browser = await launchWithExtension();
    await waitForDetector(browser);
    panel = await browser.openPanel();
    await panelActions(panel).signIn(server.url, 'admin@demo.laatu');
    hostPage = await browser.context.newPage();
    await hostPage.goto(deskUrl);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    await new Promise((resolve) => desk?.close(resolve));
  });

  test('the panel reads nothing there before a rule exists', async () => {
    await hostPage.bringToFront();
    await expect.poll(() => panelActions(panel).interaction.innerText()).toContain('No interaction detected');
  });

  test('a QA admin writes a rule in the editor, tests it live and picks the customer from the page', async () => {
    rules = await browser.context.newPage();
    await rules.goto(`chrome-extension://${browser.extensionId}/rules.html`);
    await rules.getByRole('button', { name: 'New rule' }).click();
    await rules.getByLabel('Name').fill('Home-grown desk');
    await rules.getByLabel('Rule id').fill('home-desk');
    await rules.getByLabel('Host patterns').fill('127.0.0.1');
    await rules.getByLabel('Path pattern (regular expression)').fill('^/helpdesk/case/');
    await rules.getByLabel(/Interaction id from the URL/).fill('^/helpdesk/case/(\\d+');
    await expect.poll(() => rules.getByText(/not a valid regular expression/).count()).toBe(1);
    await rules.getByLabel(/Interaction id from the URL/).fill('^/helpdesk/case/(\\d+)');
    await rules.getByLabel('Subject selector', { exact: true }).fill('main h1');
    await rules.getByLabel('Subject selector text pattern').fill('^Case \\d+: (.+)$');

    const result = rules.getByRole('region', { name: 'Test on the current tab' });
    await expect.poll(() => result.innerText(), { timeout: 10_000 }).toContain('4711');
    expect(await result.innerText()).toContain('Invoice paid twice');
    expect(await result.innerText()).toContain('not read'); // the customer, not yet chosen

    await rules.getByRole('button', { name: 'Pick customer selector from page' }).click();
    const customer = hostPage.getByText('Maija Meikäläinen');
    await customer.hover();
    await customer.click();
    await expect.poll(() => rules.getByLabel('Customer selector', { exact: true }).inputValue()).toBe('[data-role="customer-name"]');
    await expect.poll(() => result.innerText(), { timeout: 10_000 }).toContain('Maija Meikäläinen');

    await rules.getByRole('button', { name: 'Save rule' }).click();
    await rules.getByRole('list', { name: 'Custom detector rules' }).getByRole('button', { name: 'Edit Home-grown desk' }).waitFor();
    const token = await apiToken(server.url, 'agent1@demo.laatu');
    const response = await fetch(`${server.url}/api/v1/detector-rules`, { headers: { Authorization: `Bearer ${token}` } });
    const listed = (await response.json()) as { rules: { id: string }[] };
    expect(listed.rules.map((r) => r.id)).toEqual(['home-desk']);
  });

  test('after a sync the panel detects the case id, customer and subject on the home-grown desk', async () => {
    // What the panel and the worker's alarm do; here from the rules page, an extension page.
    await rules.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ type: 'sync/now' });
    });
    await hostPage.bringToFront();
    const ui = panelActions(panel);
    await ui.expectInteraction('4711');
    const shown = await ui.interaction.innerText();
    expect(shown).toContain('Maija Meikäläinen');
    expect(shown).toContain('Invoice paid twice');
  });

  test('the panel follows the desk re-rendering in place: the rule watches the elements it reads', async () => {
    await hostPage.evaluate(() => {
      document.querySelector('[data-role="customer-name"]')!.textContent = 'Matti Meikäläinen';
    });
    await expect.poll(() => panelActions(panel).interaction.innerText(), { timeout: 10_000 }).toContain('Matti Meikäläinen');
  });
});

