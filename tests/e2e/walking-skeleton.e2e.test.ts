import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDesk, startServerAndBrowser, type ExtensionBrowser } from './support/browser';
import { apiEvaluations, apiToken, panelActions } from './support/panel';
import type { LaatuServer } from './support/server';

/**
 * The walking skeleton as a supervisor meets it: sign in from the panel, see the
 * interaction open on the demo desk follow navigation and tab switches, score it,
 * submit, and find it on the server, also when the server or the worker was down.
 */
describe('detect, evaluate, store and sync in a real browser', () => {
  let server: LaatuServer;
  let browser: ExtensionBrowser;
  let desk: Page;
  let call: Page;
  let panel: Page;
  let ui: ReturnType<typeof panelActions>;

  beforeAll(async () => {
    ({ server, browser } = await startServerAndBrowser());
    // Two host tabs in one window; the panel opens in a window of its own beside them.
    call = await openDesk(browser, server, 'P-3001');
    desk = await openDesk(browser, server, 'T-1001');
    panel = await browser.openPanel();
    ui = panelActions(panel);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  test('signs in from the panel and shows the interaction open in the active tab', async () => {
    await ui.signIn(server.url, 'supervisor1@demo.laatu');
    await desk.bringToFront();
    await ui.expectInteraction('T-1001');
    const shown = await ui.interaction.innerText();
    expect(shown).toContain('Ticket');
    expect(shown).toMatch(/agent\d@demo\.laatu/);
  });

  test('follows in-page navigation and tab switches', async () => {
    await desk.getByRole('navigation', { name: 'Queue' }).getByRole('link', { name: /C-2001/ }).click();
    expect(desk.url()).toContain('/demo/interactions/C-2001');
    await ui.expectInteraction('C-2001');
    expect(await ui.interaction.innerText()).toContain('Chat');

    await call.bringToFront();
    await ui.expectInteraction('P-3001');
    await desk.bringToFront();
    await ui.expectInteraction('C-2001');
  });

  test('scores as the user answers, submits, and the server has it with the same score', async () => {
    await ui.answerAll('Yes');
    await expect.poll(() => ui.score.innerText()).toContain('100.0 %');
    const groups = await panel.getByRole('radiogroup').all();
    // Failing the critical item zeroes the whole evaluation, and the panel says which item failed.
    const critical = panel.getByRole('radiogroup').filter({ hasText: 'Critical' }).first();
    const criticalItem = await critical.getAttribute('aria-label');
    await critical.getByRole('radio', { name: 'No', exact: true }).check();
    await expect.poll(() => ui.score.innerText()).toContain('0.0 %');
    const lowered = await ui.score.innerText();
    expect(lowered).toContain(`Failed critical item: ${criticalItem}`);
    await critical.getByRole('radio', { name: 'Yes', exact: true }).check();
    await ui.submit('Friendly and clear; greet with your name.');
    await expect.poll(() => ui.historyEntry('C-2001').innerText(), { timeout: 15_000 }).toContain('Synced');

    const token = await apiToken(server.url, 'supervisor1@demo.laatu');
    const evaluations = await apiEvaluations(server.url, token);
    expect(evaluations).toHaveLength(1);
    const [saved] = evaluations;
    expect(saved!.interaction.externalId).toBe('C-2001');
    expect(saved!.comment).toBe('Friendly and clear; greet with your name.');
    expect(Object.keys(saved!.answers)).toHaveLength(groups.length);
    expect(await ui.historyEntry('C-2001').innerText()).toContain(`${saved!.score.percent!.toFixed(1)} %`);
    expect(saved!.score.percent).toBe(100);
  });

  test('an evaluation submitted while the server is down syncs once it is back, exactly once', async () => {
    await server.stop();
    await desk.getByRole('navigation', { name: 'Queue' }).getByRole('link', { name: /T-1002/ }).click();
    await ui.expectInteraction('T-1002');
    await ui.answerAll('Yes');
    await ui.submit('Scored while the server was away.');
    await expect.poll(() => ui.historyEntry('T-1002').innerText()).toContain('Pending sync');

    await server.start();
    await expect.poll(() => ui.historyEntry('T-1002').innerText(), { timeout: 45_000, interval: 500 }).toContain('Synced');
    const token = await apiToken(server.url, 'supervisor1@demo.laatu');
    const evaluations = await apiEvaluations(server.url, token);
    expect(evaluations.filter((e) => e.interaction.externalId === 'T-1002')).toHaveLength(1);
    expect(evaluations).toHaveLength(2);
  }, 90_000);

  test('a stopped service worker and a closed panel lose nothing', async () => {
    await desk.getByRole('navigation', { name: 'Queue' }).getByRole('link', { name: /E-4001/ }).click();
    await ui.expectInteraction('E-4001');
    const groups = await panel.getByRole('radiogroup').all();
    const half = groups.slice(0, Math.ceil(groups.length / 2));
    for (const group of half) await group.getByRole('radio', { name: 'Yes', exact: true }).check();
    await panel.getByText('Draft saved on this device').waitFor();

    await browser.stopServiceWorkers();
    await panel.close();
    // In-page navigation wakes the worker through the detector's report.
    await desk.getByRole('navigation', { name: 'Queue' }).getByRole('link', { name: /C-2002/ }).click();
    panel = await browser.openPanel();
    ui = panelActions(panel);
    await desk.bringToFront();
    await ui.expectInteraction('C-2002');
    await desk.goBack();
    await ui.expectInteraction('E-4001');
    await panel.getByText('Your draft for this interaction was restored.').waitFor();
    const restored = await panel.getByRole('radio', { name: 'Yes', exact: true, checked: true }).count();
    expect(restored).toBe(half.length);

    await browser.stopServiceWorkers();
    await ui.answerAll('Yes');
    await ui.submit('Completed after the worker stopped.');
    await expect.poll(() => ui.historyEntry('E-4001').innerText(), { timeout: 15_000 }).toContain('Synced');
    const token = await apiToken(server.url, 'supervisor1@demo.laatu');
    const evaluations = await apiEvaluations(server.url, token);
    expect(evaluations.filter((e) => e.interaction.externalId === 'E-4001')).toHaveLength(1);
  }, 60_000);
});

