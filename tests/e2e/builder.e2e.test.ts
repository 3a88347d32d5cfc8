import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/universal';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ScorecardAdminListResponse, ScorecardVersion, ScorecardVersionListResponse } from '../../lib/domain';
import { parseCsv, scorecardToRows } from '../../lib/scorecard-io';
import { launchWithExtension, waitForDetector, type ExtensionBrowser } from './support/browser';
import { apiEvaluations, apiToken, panelActions } from './support/panel';
import { freePort, LaatuServer } from './support/server';

/**
 * A QA admin in the dashboard page: builds a three-section form with a critical item and
 * publishes it; exports it as .xlsx and imports that file back to the same form; and has
 * a broken sheet refused row by row, with nothing created. Then a supervisor scores an
 * interaction with the published form and the server re-computes the same score.
 */
describe('the scorecard builder in a real browser', () => {
  let server: LaatuServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let panel: Page;
  let token: string;

  const api = async (path: string) => {
    const response = await fetch(`${server.url}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return (await response.json()) as unknown;
  };
  const summaries = async () => ScorecardAdminListResponse.parse(await api('/admin/scorecards')).scorecards;

  beforeAll(async () => {
    server = new LaatuServer(await freePort());
    await server.start();
    browser = await launchWithExtension();
    panel = await browser.openPanel();
    await panelActions(panel).signIn(server.url, 'admin@demo.laatu');
    token = await apiToken(server.url, 'admin@demo.laatu');
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  test('an admin builds a three-section form with a critical item and publishes it', async () => {
    await page.getByLabel('New scorecard title').fill('E2E call form');
    await page.getByRole('button', { name: 'Create scorecard' }).click();
    await page.getByRole('heading', { name: 'Editing E2E call form, version 1' }).waitFor();

    const sections = [
      { title: 'Opening', items: ['Greets the customer by name', 'Introduces themself'] },
      { title: 'Solving', items: ['Maps the whole situation'] },
      { title: 'Closing', items: ['Summarises the agreed next steps'] },
    ];
    for (const [s, section] of sections.entries()) {
      await page.getByRole('button', { name: 'Add section' }).click();
      await page.getByLabel(`Section ${s + 1} title`).fill(section.title);
      for (const [i, item] of section.items.entries()) {
        await page.getByRole('button', { name: `Add item to ${section.title}` }).click();
        await page.getByLabel(`Text of item ${i + 1} in ${section.title}`).fill(item);
      }
    }
    await page.getByLabel('Critical for Maps the whole situation').selectOption('evaluation');
    await page.getByLabel('Explanation of Maps the whole situation').fill('Open questions find the real need.');
    await page.getByLabel('Scale of Summarises the agreed next steps').selectOption('yes-partly-no');
    await page.getByRole('checkbox', { name: 'Use for Ticket' }).check();

    // Reorder by keyboard: Alt+ArrowUp on the second item of Opening moves it first.
    await page.getByLabel('Text of item 2 in Opening').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.getByLabel('Text of item 1 in Opening').inputValue()).toBe('Introduces themself');
    // Past the section's last item, Alt+ArrowDown carries the item into the next section; focus stays on it.
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.getByLabel('Text of item 1 in Solving').inputValue()).toBe('Introduces themself');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.getByLabel('Text of item 2 in Opening').inputValue()).toBe('Introduces themself');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.getByLabel('Text of item 1 in Opening').inputValue()).toBe('Introduces themself');

    // Reorder by drag and drop: the Closing item dragged onto the first Solving item joins Solving.
    const item = (label: string) => page.locator('li[data-item-id]', { has: page.getByLabel(label) });
    await item('Text of item 1 in Closing').locator('.drag-handle').dragTo(item('Text of item 1 in Solving'));
    await expect.poll(() => page.getByLabel('Text of item 1 in Solving').inputValue()).toBe('Summarises the agreed next steps');
    await page.getByRole('button', { name: 'Move item Summarises the agreed next steps down' }).click();
    await item('Text of item 2 in Solving').locator('.drag-handle').dragTo(
      page.getByRole('region', { name: 'Section 3: Closing' }),
    );
    await expect.poll(() => page.getByLabel('Text of item 1 in Closing').inputValue()).toBe('Summarises the agreed next steps');

    // The live preview scores as the admin clicks, as the panel would.
    const preview = page.getByRole('complementary', { name: /Live preview/ });
    await preview.getByRole('radiogroup', { name: 'Maps the whole situation' }).getByRole('radio', { name: 'No', exact: true }).check();
    await expect.poll(() => preview.getByRole('status', { name: 'Score' }).innerText()).toContain('Failed critical item: Maps the whole situation');

    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    await page.getByRole('button', { name: 'Publish version 1' }).click();
    await page.getByText('Published version 1.').waitFor();

    const summary = (await summaries()).find((s) => s.title === 'E2E call form');
    expect(summary).toMatchObject({ status: 'published', activeVersion: 1 });
    const published = ScorecardVersion.parse(await api(`/scorecards/${summary!.id}/versions/1`));
    expect(published.sections.map((s) => s.title)).toEqual(['Opening', 'Solving', 'Closing']);
    expect(published.sections[0]!.items.map((i) => i.text)).toEqual(['Introduces themself', 'Greets the customer by name']);
    expect(published.sections[1]!.items[0]).toMatchObject({ critical: 'evaluation', explanation: 'Open questions find the real need.' });
  });

  test('an .xlsx export imports back to an identical scorecard', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as .xlsx' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();

    await page.getByRole('button', { name: 'Back to the list' }).click();
    const before = (await summaries()).length;
    await page.getByLabel('Import a scorecard (.json, .xlsx or .csv)').setInputFiles({
      name: 'E2E call form.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(file),
    });
    await page.getByText('Imported "E2E call form" as a new draft.').waitFor();
    const all = await summaries();
    expect(all.length).toBe(before + 1);

    const [original, copy] = all.filter((s) => s.title === 'E2E call form');
    const versions = async (id: string) => ScorecardVersionListResponse.parse(await api(`/scorecards/${id}/versions`)).versions[0]!;
    const a = await versions(original!.id);
    const b = await versions(copy!.id);
    expect(scorecardToRows(b)).toEqual(scorecardToRows(a));
    expect(b.sections.flatMap((s) => s.items).map(({ id: _, ...item }) => item)).toEqual(
      a.sections.flatMap((s) => s.items).map(({ id: _, ...item }) => item),
    );
  });

  test('a broken sheet is rejected with row-level messages and nothing is created', async () => {
    await page.getByRole('button', { name: 'Back to the list' }).click();
    const before = (await summaries()).length;
    const rows = parseCsv(readFileSync('tests/fixtures/scorecards/broken.csv', 'utf8')).filter((r) => r.some(Boolean));
    const broken = await writeXlsxFile(rows).toBlob();
    await page.getByLabel('Import a scorecard (.json, .xlsx or .csv)').setInputFiles({
      name: 'broken.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await broken.arrayBuffer()),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Nothing was imported: 5 problems.');
    expect(text).toContain('Row 4: Scale "maybe"');
    expect(text).toContain('Row 5: The item text is missing.');
    expect(text).toContain('Row 6: Points "lots"');
    expect(text).toContain('Row 7: Critical "always"');
    expect((await summaries()).length).toBe(before);
  });

  test('a form is typed by keyboard alone: Enter adds the next item, Enter on an untouched one the next section', async () => {
    await page.getByLabel('New scorecard title').fill('Keyboard form');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Editing Keyboard form, version 1' }).waitFor();
    await page.getByRole('button', { name: 'Add section' }).focus();
    let keys = 0;
    const press = async (key: string) => ((keys += 1), page.keyboard.press(key));
    const type = async (text: string) => ((keys += 1), page.keyboard.type(text));
    await press('Enter');
    for (const [s, section] of [['Opening', 'Greets the customer', 'Verifies identity'], ['Closing', 'Thanks the customer']].entries()) {
      const [title, ...items] = section;
      await type(title!);
      for (const item of items) {
        await press('Enter');
        await type(item);
      }
      if (s === 0) await press('Enter').then(() => press('Enter'));
    }
    await expect.poll(() => page.getByLabel('Text of item 1 in Closing').inputValue()).toBe('Thanks the customer');
    expect(await page.getByLabel('Text of item 2 in Opening').inputValue()).toBe('Verifies identity');
    expect(await page.getByLabel('Text of item 3 in Opening').count()).toBe(0);
    expect(keys).toBe(11);
    await page.getByRole('button', { name: 'Back to the list' }).click();
  });

  test('a supervisor scores an interaction with the published form and the server computes the same score', async () => {
    const ui = panelActions(panel);
    await panel.getByRole('button', { name: 'Sign out' }).click();
    await ui.signIn(server.url, 'supervisor1@demo.laatu');
    // Opening the panel syncs, which fetches the active scorecards the admin just published.
    await panel.reload();
    await waitForDetector(browser);
    const desk = await browser.context.newPage();
    await desk.goto(`${server.url}/demo/interactions/T-1001`);
    await desk.bringToFront();
    await ui.expectInteraction('T-1001');

    const chooser = panel.getByRole('combobox', { name: /^Scorecard/ });
    await expect.poll(() => chooser.locator('option', { hasText: 'E2E call form' }).count(), { timeout: 15_000 }).toBe(1);
    await chooser.selectOption({ label: 'E2E call form' });
    await panel.getByRole('heading', { name: /Scorecard: E2E call form/ }).waitFor();
    await ui.answer('Introduces themself', 'Yes');
    await ui.answer('Greets the customer by name', 'Yes');
    await ui.answer('Maps the whole situation', 'Yes');
    await ui.answer('Summarises the agreed next steps', 'Partly');
    await expect.poll(() => ui.score.innerText()).toContain('87.5 %');
    await ui.submit('Built in the dashboard minutes ago.');
    await expect.poll(() => ui.historyEntry('T-1001').innerText(), { timeout: 15_000 }).toContain('Synced');

    const evaluations = await apiEvaluations(server.url, await apiToken(server.url, 'supervisor1@demo.laatu'));
    const saved = evaluations.find((e) => e.interaction.externalId === 'T-1001');
    const summary = (await summaries()).find((s) => s.title === 'E2E call form' && s.status === 'published');
    expect(saved).toMatchObject({ scorecardId: summary!.id, scorecardVersion: 1, score: { percent: 87.5, failedCritical: [] } });
  });
});
