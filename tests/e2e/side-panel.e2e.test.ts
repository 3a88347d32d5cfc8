import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDesk, openInOwnWindow, startServerAndBrowser, type ExtensionBrowser } from './support/browser';
import { apiEvaluations, apiToken } from './support/panel';
import type { LaatuServer } from './support/server';
import { sidePanelOpener, type SidePanelDriver } from './support/side-panel';
import { fi } from '../../lib/i18n/messages/fi';

/**
 * The panel where users have it: Chrome's own side panel beside the desk, opened by a click
 * (the other end-to-end tests open its page in a window, which Playwright can drive). Here
 * it is driven through a DevTools session with trusted keystrokes and found by role and
 * name: signing in, following the active tab of its window, scoring and submitting by
 * keyboard alone, and a draft kept across closing the side panel.
 */
describe("the evaluator's panel in Chrome's side panel", () => {
  let server: LaatuServer;
  let browser: ExtensionBrowser;
  let desk: Page;
  let call: Page;
  let sidePanel: Awaited<ReturnType<typeof sidePanelOpener>>;
  let panel: SidePanelDriver | undefined;

  beforeAll(async () => {
    ({ server, browser } = await startServerAndBrowser());
    // Two host tabs in one window; the side panel opens in that window.
    call = await openDesk(browser, server, 'P-3001');
    desk = await openDesk(browser, server, 'T-1001');
    const opener = await openInOwnWindow(browser.context, `chrome-extension://${browser.extensionId}/rules.html`);
    sidePanel = await sidePanelOpener(opener, `${server.url}/demo/interactions/T-1001`);
  }, 60_000);

  afterAll(async () => {
    await panel?.detach();
    await browser?.close();
    await server?.dispose();
  });

  const radiogroups = () => panel!.evaluate<number>('document.querySelectorAll("[role=radiogroup]").length');

  test('opens by a click, signs in by keyboard and follows the active tab of its window', async () => {
    await sidePanel.open();
    panel = await sidePanel.drive();
    await panel.focus('textbox', 'Server address');
    await panel.press('Control+a');
    await panel.type(server.url);
    await panel.press('Tab');
    await panel.type('supervisor1@demo.laatu');
    await panel.press('Tab');
    await panel.type('demo');
    await panel.press('Enter');
    await panel.waitFor('button', 'Sign out');

    await expect.poll(() => panel!.text('region', 'Current interaction'), { timeout: 10_000 }).toContain('T-1001');
    await call.bringToFront();
    await expect.poll(() => panel!.text('region', 'Current interaction'), { timeout: 10_000 }).toContain('P-3001');
    await desk.bringToFront();
    await expect.poll(() => panel!.text('region', 'Current interaction'), { timeout: 10_000 }).toContain('T-1001');
  });

  test('scores every item and submits with the keyboard alone', async () => {
    await panel!.waitFor('radiogroup');
    // Long forms arrive a frame at a time: wait until the count holds still.
    let items = 0;
    await expect.poll(async () => {
      const before = items;
      items = await radiogroups();
      return items > 0 && items === before;
    }).toBe(true);
    await panel!.focus('radio', 'Yes');
    for (let i = 0; i < items; i += 1) await panel!.press(i === 1 ? '3' : '1');
    await expect.poll(() => panel!.text('status', 'Score')).toContain(`${items} of ${items} answered`);
    await panel!.press('Control+Enter');

    const history = () => panel!.text('list', 'Your recent evaluations');
    await expect.poll(history, { timeout: 15_000 }).toContain('T-1001');
    await expect.poll(history, { timeout: 15_000 }).toContain('Synced');
    const evaluations = await apiEvaluations(server.url, await apiToken(server.url, 'supervisor1@demo.laatu'));
    const saved = evaluations.find((e) => e.interaction.externalId === 'T-1001')!;
    expect(Object.values(saved.answers)).toHaveLength(items);
    expect(Object.values(saved.answers).filter((a) => a.value === 'no')).toHaveLength(1);
  });

  test('a draft is there again when the side panel is opened again', async () => {
    await desk.getByRole('navigation', { name: 'Queue' }).getByRole('link', { name: /C-2001/ }).click();
    await expect.poll(() => panel!.text('region', 'Current interaction'), { timeout: 10_000 }).toContain('C-2001');
    await panel!.waitFor('radiogroup');
    await panel!.focus('radio', 'Yes');
    await panel!.press('1');
    await panel!.press('1');
    await expect.poll(() => panel!.text('status', 'Score')).toMatch(/^Score: .*· 2 of \d+ answered/);

    const opened = await panel!.evaluate<number>('performance.timeOrigin');
    await panel!.detach();
    panel = undefined;
    await sidePanel.close();
    await sidePanel.open(['laatu:form-shown']);
    panel = await sidePanel.drive();
    expect(await panel.evaluate<number>('performance.timeOrigin')).toBeGreaterThan(opened); // a new page, not the old one
    expect(await panel.text('region', 'Current interaction')).toContain('C-2001');
    await expect.poll(() => panel!.text('status', 'Score')).toMatch(/· 2 of \d+ answered/);
  });
});

/** The browser's language picks the panel's: its Finnish texts load with it (English is built in). */
describe("the side panel in the browser's language", () => {
  let server: LaatuServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ server, browser } = await startServerAndBrowser({ locale: 'fi-FI' }));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  test('a Finnish browser gets the panel in Finnish, from signing in to the interaction', async () => {
    await openDesk(browser, server, 'T-1001');
    const opener = await openInOwnWindow(browser.context, `chrome-extension://${browser.extensionId}/rules.html`);
    const sidePanel = await sidePanelOpener(opener, `${server.url}/demo/interactions/T-1001`);
    await sidePanel.open(['laatu:script-start']);
    const panel = await sidePanel.drive();
    try {
      // Named once the Finnish texts are in, before the first render.
      await expect.poll(() => panel.evaluate<string>('document.documentElement.lang')).toBe('fi');
      await panel.focus('textbox', fi['signIn.server']);
      await panel.press('Control+a');
      await panel.type(server.url);
      await panel.focus('textbox', fi['signIn.email']);
      await panel.type('supervisor1@demo.laatu');
      await panel.press('Tab');
      await panel.type('demo');
      await panel.press('Enter');
      await panel.waitFor('button', fi['session.signOut']);
      await expect.poll(() => panel.text('region', fi['interaction.heading']), { timeout: 10_000 }).toContain('T-1001');
    } finally {
      await panel.detach();
    }
  });
});
