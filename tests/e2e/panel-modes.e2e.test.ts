import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDesk, startServerAndBrowser, waitUntil, type ExtensionBrowser } from './support/browser';
import { apiEvaluations, apiToken, panelActions } from './support/panel';
import type { LaatuServer } from './support/server';

/**
 * The three ways the panel is used, in real Chromium on the demo desk: a supervisor's
 * keyboard-only evaluation, live co-listening with stamped notes and the rush-hour
 * switch, and an agent's self-assessment beside the supervisor's evaluation.
 */
describe('the evaluator panel in its three modes', () => {
  let server: LaatuServer;
  let browser: ExtensionBrowser;
  let desk: Page;
  let panel: Page;
  let ui: ReturnType<typeof panelActions>;

  beforeAll(async () => {
    ({ server, browser } = await startServerAndBrowser());
    desk = await openDesk(browser, server, 'C-2001');
    panel = await browser.openPanel();
    ui = panelActions(panel);
    await ui.signIn(server.url, 'supervisor1@demo.laatu');
    await desk.bringToFront();
    // expect.poll belongs to tests; here the panel is waited for plainly.
    await waitUntil(async () => (await ui.interaction.innerText()).includes('C-2001'), 'the detected chat');
    await panel.getByRole('radiogroup').first().waitFor(); // the scorecards arrive with the first sync
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  test('a supervisor scores and submits by keyboard alone', async () => {
    const groups = await panel.getByRole('radiogroup').all();
    await groups[0]!.getByRole('radio').first().focus();
    let keystrokes = 1;
    for (let i = 0; i < groups.length; i += 1) {
      // The second item is answered "no" (3), the rest "yes" (1); focus moves on by itself.
      await panel.keyboard.press(i === 2 ? '3' : '1');
      keystrokes += 1;
    }
    await expect.poll(() => ui.score.innerText()).toMatch(/\d+\.\d %/);
    await panel.keyboard.press('Control+Enter');
    keystrokes += 1;
    await expect.poll(() => ui.historyEntry('C-2001').innerText(), { timeout: 15_000 }).toContain('Synced');
    expect(keystrokes).toBe(groups.length + 2);
    // The form stays for another evaluation, and says that this one is done.
    await expect.poll(() => panel.getByRole('region', { name: 'Your evaluation of this interaction' }).innerText()).toMatch(/You evaluated this interaction on/);
    const evaluations = await apiEvaluations(server.url, await apiToken(server.url, 'supervisor1@demo.laatu'));
    const saved = evaluations.find((e) => e.interaction.externalId === 'C-2001')!;
    expect(Object.values(saved.answers).filter((a) => a.value === 'no')).toHaveLength(1);
  });

  test('co-listening live: a running timer, notes stamped by one shortcut, the rush-hour switch', async () => {
    // As narrow as Chrome's side panel: nothing in it may scroll sideways.
    await panel.setViewportSize({ width: 360, height: 800 });
    await desk.getByRole('navigation', { name: 'Queue' }).getByRole('link', { name: /P-3001/ }).click();
    await ui.expectInteraction('P-3001');
    await panel.getByRole('radio', { name: 'Co-listened live' }).check();
    const timer = panel.getByRole('timer', { name: 'Time since start' });
    await expect.poll(() => timer.innerText()).toMatch(/^\d{2}:\d{2}/);
    const firstItem = panel.getByRole('radiogroup').first();
    const itemName = await firstItem.getAttribute('aria-label');
    await firstItem.getByRole('radio').first().focus();
    await panel.keyboard.press('n');
    await expect.poll(() => panel.getByRole('textbox', { name: 'Note at the current time' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.keyboard.type('Greets warmly, uses own name');
    await panel.keyboard.press('Enter');
    const notes = panel.getByRole('list', { name: 'Co-listening notes' });
    await expect.poll(() => notes.innerText()).toMatch(/\d{2}:\d{2} Greets warmly, uses own name/);
    expect(await notes.innerText()).toContain(itemName!);
    expect(await sidewaysScroll(panel)).toBe(0);

    await panel.getByRole('switch', { name: 'Rush-hour mode' }).check();
    await panel.getByRole('button', { name: 'Great start, warm greeting!' }).click();
    await panel.getByText(/Sent to agent1@demo\.laatu/).waitFor();
    expect(await notes.innerText()).toContain(itemName!); // the note's item is named on the full form only
    expect(await sidewaysScroll(panel)).toBe(0);
    await ui.answerAll('Yes');
    await ui.submit('Live during the rush hour.');
    await expect.poll(() => ui.historyEntry('P-3001').innerText(), { timeout: 15_000 }).toContain('Synced');
    const evaluations = await apiEvaluations(server.url, await apiToken(server.url, 'supervisor1@demo.laatu'));
    const saved = evaluations.find((e) => e.interaction.externalId === 'P-3001') as unknown as {
      mode: string;
      notes: { text: string; atSeconds: number }[];
    };
    expect(saved.mode).toBe('live');
    expect(saved.notes.map((n) => n.text)).toEqual(['Greets warmly, uses own name']);
  });

  test("an agent's self-assessment beside the supervisor's evaluation of the same chat", async () => {
    await panel.getByRole('button', { name: 'Sign out' }).click();
    await ui.signIn(server.url, 'agent2@demo.laatu');
    await desk.getByRole('navigation', { name: 'Queue' }).getByRole('link', { name: /C-2001/ }).click();
    await ui.expectInteraction('C-2001');
    const handled = panel.getByRole('region', { name: 'Your recent interactions' });
    await handled.getByRole('button', { name: 'Self-assess C-2001' }).waitFor();
    const due = handled.getByRole('status');
    const dueBefore = Number(/^(\d+) self-assessments due/.exec(await due.innerText())?.[1]);
    expect(dueBefore).toBeGreaterThan(0);
    await ui.answerAll('Yes');
    await ui.submit('I think this went well.');
    const table = panel.getByRole('table', { name: /Mikko Korhonen’s self-assessment beside Kaisa Lehtonen’s evaluation/ });
    await table.waitFor({ timeout: 20_000 });
    const differing = table.getByRole('row').filter({ hasText: 'differs' });
    expect(await differing.count()).toBe(1);
    expect(await sidewaysScroll(panel)).toBe(0);
    const dueAfter = `${dueBefore - 1} self-assessments due this month`;
    await waitUntil(async () => (await due.innerText()) === dueAfter, 'one self-assessment fewer due');
    // Opened again, the panel reads the agent's lists before Dexie loads: the same list and count.
    await panel.reload();
    await handled.getByRole('button', { name: 'Self-assess C-2001' }).waitFor();
    expect(await due.innerText()).toBe(dueAfter);
    // The agent sees only what concerns them.
    const seen = await apiEvaluations(server.url, await apiToken(server.url, 'agent2@demo.laatu'));
    expect(seen.every((e) => e.interaction.agentEmail === 'agent2@demo.laatu')).toBe(true);
  }, 60_000);

  test('the agent reads the encouragement sent during co-listening and acknowledges it', async () => {
    await panel.getByRole('button', { name: 'Sign out' }).click();
    await ui.signIn(server.url, 'agent1@demo.laatu');
    const received = panel.getByRole('region', { name: 'Feedback for you' });
    await received.getByText('Great start, warm greeting!').waitFor({ timeout: 15_000 });
    await received.getByRole('button', { name: /Acknowledge feedback from Kaisa Lehtonen/ }).click();
    await received.getByText('Acknowledged').waitFor();
  });
});

/** How far the page scrolls sideways (0: it fits the panel's width). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
