import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, openDesk, startServerAndBrowser, waitForDetector, type ExtensionBrowser } from './support/browser';
import { apiEvaluations, apiToken, panelActions } from './support/panel';
import type { LaatuServer } from './support/server';

/**
 * A supervisor's history in real Chromium: an evaluation opened read-only, corrected into a
 * new revision the server keeps, and found again from another device.
 */
describe('history and corrections', () => {
  let server: LaatuServer;
  let browser: ExtensionBrowser;
  let other: ExtensionBrowser | undefined;

  beforeAll(async () => {
    ({ server, browser } = await startServerAndBrowser());
  }, 60_000);

  afterAll(async () => {
    await other?.close();
    await browser?.close();
    await server?.dispose();
  });

  test('opens an evaluation read-only, corrects it into a new revision, and another device has it', async () => {
    const desk = await openDesk(browser, server, 'T-1001');
    const panel = await browser.openPanel();
    const ui = panelActions(panel);
    await ui.signIn(server.url, 'supervisor2@demo.laatu');
    await desk.bringToFront();
    await ui.expectInteraction('T-1001');
    await ui.answerAll('Yes');
    await ui.submit('First look.');
    await expect.poll(() => ui.historyEntry('T-1001').innerText(), { timeout: 15_000 }).toContain('Synced');

    // Read-only, with the version it was scored on; focus goes to it and comes back.
    const open = ui.historyEntry('T-1001').getByRole('button', { name: 'Open T-1001' });
    await open.click();
    const heading = panel.getByRole('heading', { name: /Evaluation of T-1001 \(read-only, version \d+\)/ });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await panel.getByRole('radio', { checked: true, disabled: true }).count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);

    // Corrected by keyboard: the first item answered "no", submitted; the server keeps both revisions.
    await ui.historyEntry('T-1001').getByRole('button', { name: 'Correct T-1001' }).click();
    await panel.getByText('Correcting a submitted evaluation: submitting saves a new revision.').waitFor();
    const first = panel.getByRole('radiogroup').first();
    await expect.poll(() => first.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await panel.keyboard.press('3');
    await panel.keyboard.press('Control+Enter');
    const token = await apiToken(server.url, 'supervisor2@demo.laatu');
    await expect
      .poll(async () => (await apiEvaluations(server.url, token)).find((e) => e.interaction.externalId === 'T-1001')?.revision, { timeout: 15_000 })
      .toBe(2);
    const [saved] = (await apiEvaluations(server.url, token)).filter((e) => e.interaction.externalId === 'T-1001');
    expect(Object.values(saved!.answers).some((a) => a.value === 'no')).toBe(true);
    expect(saved!.comment).toBe('First look.');
    const revisions = (await (
      await fetch(`${server.url}/api/v1/evaluations/${saved!.id}/revisions`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as { revisions: { revision: number }[] };
    expect(revisions.revisions.map((r) => r.revision)).toEqual([1, 2]);

    // Another device: a fresh browser profile signs in and finds the evaluation, as corrected.
    other = await launchWithExtension();
    await waitForDetector(other);
    const otherDesk = await openDesk(other, server, 'T-1001');
    const otherPanel = await other.openPanel();
    const otherUi = panelActions(otherPanel);
    await otherUi.signIn(server.url, 'supervisor2@demo.laatu');
    await otherDesk.bringToFront();
    await expect.poll(() => otherUi.historyEntry('T-1001').innerText(), { timeout: 15_000 }).toContain('Synced');
    const own = otherPanel.getByRole('region', { name: 'Your evaluation of this interaction' });
    await expect.poll(() => own.innerText(), { timeout: 10_000 }).toMatch(/You evaluated this interaction on/);
    await own.getByRole('button', { name: 'Open your evaluation' }).click();
    const view = otherPanel.getByRole('heading', { name: /Evaluation of T-1001/ }).locator('xpath=..');
    await expect.poll(() => view.getByRole('radio', { name: 'No', checked: true }).count()).toBe(1);
  }, 90_000);
});
