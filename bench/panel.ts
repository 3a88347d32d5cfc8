// Figures for the evaluator's panel (issue 6), measured in real Chromium with the test build:
//  - keystrokes to complete and submit a 20-item scorecard,
//  - time from a keystroke to the updated score on a 60-item form,
//  - panel open to interactive with 10,000 evaluations stored locally.
// Run: LAATU_TEST_HOSTS=1 npx wxt build && npx tsx bench/panel.ts   (prints a table; asserts nothing)
// As an agent (their lists, 10,000 self-assessments): BENCH_USER=agent1@demo.laatu npx tsx bench/panel.ts
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openInOwnWindow, TEST_EXTENSION, waitForDetector, waitUntil } from '../tests/e2e/support/browser';
import { panelActions } from '../tests/e2e/support/panel';
import { sidePanelOpener } from '../tests/e2e/support/side-panel';
import { freePort, LaatuServer } from '../tests/e2e/support/server';
import { BENCH_INTERACTION, BENCH_USER, benchEvaluation, benchScorecard, interactiveAt, INTERACTIVE_MARKS, percentile, putRows, readSessionUser } from './support';

/**
 * The floor: an extension page that only opens the IndexedDB, reads the session and paints a
 * line. Written into the unpacked build for the run (Chrome serves its files from disk) and
 * opened between the panel's opens: how much of the panel's time the browser takes anyway.
 */
const FLOOR_HTML = '<!doctype html><meta charset="utf-8"><title>floor</title><script type="module" src="/bench-floor.js"></script><p id="out"></p>';
const FLOOR_JS = `performance.mark('laatu:script-start');
const request = indexedDB.open('laatu');
request.onsuccess = () => {
  const get = request.result.transaction('settings').objectStore('settings').get('session');
  get.onsuccess = () => {
    document.getElementById('out').textContent = get.result ? get.result.user.name : '-';
    requestAnimationFrame(() => setTimeout(() => performance.mark('laatu:floor-shown')));
  };
};`;

const extensionDir = process.env.BENCH_EXTENSION ?? TEST_EXTENSION;
writeFileSync(join(extensionDir, 'bench-floor.html'), FLOOR_HTML);
writeFileSync(join(extensionDir, 'bench-floor.js'), FLOOR_JS);
const server = new LaatuServer(await freePort());
await server.start();
// BENCH_EXTENSION=DIR measures another build; bench/panel-ab.ts compares two side by side.
const browser = await launchWithExtension(extensionDir);
const rows: Record<string, string | number> = {};
try {
  await waitForDetector(browser);
  const desk = await browser.context.newPage();
  await desk.goto(`${server.url}/demo/interactions/T-1001`);
  const panel = await browser.openPanel();
  const ui = panelActions(panel);
  await ui.signIn(server.url, BENCH_USER);
  await desk.bringToFront();
  await waitUntil(async () => (await ui.interaction.innerText()).includes('T-1001'), 'detection');
  // Offline from here: the bench forms exist only locally, and a sync would retire them.
  await server.stop();

  // 1. Keystrokes for a 20-item form: focus the first item, one digit per item, Ctrl+Enter.
  await putRows(panel, 'scorecards', [benchScorecard('bench-20', 20)]);
  await panel.reload(); // raw IndexedDB writes bypass Dexie's change tracking
  await waitUntil(async () => (await panel.getByRole('radiogroup').count()) === 20, '20-item form');
  let keystrokes = 0;
  await panel.getByRole('radiogroup').first().getByRole('radio').first().focus();
  keystrokes += 1; // one Tab/click into the panel
  for (let i = 0; i < 20; i += 1) {
    await panel.keyboard.press('1');
    keystrokes += 1;
  }
  await panel.keyboard.press('Control+Enter');
  keystrokes += 1;
  await waitUntil(async () => (await ui.history.innerText()).includes('T-1001'), 'submitted');
  rows['keystrokes to complete and submit a 20-item scorecard'] = keystrokes;

  // 2. Keystroke → score on a 60-item form, measured inside the page.
  await desk.getByRole('navigation', { name: 'Queue' }).getByRole('link', { name: new RegExp(BENCH_INTERACTION) }).click();
  await putRows(panel, 'scorecards', [benchScorecard('bench-60', 60)]);
  await panel.reload();
  await waitUntil(async () => (await panel.getByRole('radiogroup').count()) === 60, '60-item form');
  await panel.evaluate(() => {
    const w = window as unknown as { laatuBench: number[]; laatuKeyAt: number };
    w.laatuBench = [];
    window.addEventListener('keydown', () => (w.laatuKeyAt = performance.now()), true);
    const score = document.querySelector('[role="status"][aria-label="Score"]')!;
    new MutationObserver(() => w.laatuBench.push(performance.now() - w.laatuKeyAt)).observe(score, {
      subtree: true,
      characterData: true,
      childList: true,
    });
  });
  await panel.getByRole('radiogroup').first().getByRole('radio').first().focus();
  for (let i = 0; i < 59; i += 1) await panel.keyboard.press(i % 3 === 0 ? '3' : '1');
  const latencies = await panel.evaluate(() => (window as unknown as { laatuBench: number[] }).laatuBench);
  rows['keystroke → score, 60 items, p50 (ms)'] = percentile(latencies, 50).toFixed(1);
  rows['keystroke → score, 60 items, p95 (ms)'] = percentile(latencies, 95).toFixed(1);
  rows['keystroke → score, 60 items, max (ms)'] = Math.max(...latencies).toFixed(1);

  // 3. Panel open → interactive with 10,000 evaluations stored: Chrome's real side panel,
  // opened by a click beside the desk, as a user opens it.
  // The 60-item form's answers above are the draft each open restores.
  const session = await readSessionUser(panel);
  await panel.waitForTimeout(500);
  await panel.close();
  const opener = await openInOwnWindow(browser.context, `chrome-extension://${browser.extensionId}/bench-floor.html`);
  const sidePanel = await sidePanelOpener(opener, `${server.url}/demo/`);
  const opens = Number(process.env.BENCH_OPENS ?? 15);
  // Between opens: a user opens the panel seconds apart, and the browser collects the last
  // one's garbage meanwhile; opened back to back, each open would pay for the one before.
  const gapMs = Number(process.env.BENCH_GAP_MS ?? 1500);
  /**
   * Opens the side panel `opens` times, each followed by the floor in the same side panel.
   * Interactive: the first frame painted with the form (its first items answerable) and the
   * history in it, from the panel's own marks (components/useFirstPaintMark), counted from
   * the click.
   */
  const measureOpens = async () => {
    const interactive: number[] = [];
    const scriptStart: number[] = [];
    const floor: number[] = [];
    const floorScriptStart: number[] = [];
    for (let run = 0; run < opens; run += 1) {
      await sidePanel.setPath('/sidepanel.html');
      const open = await sidePanel.open(INTERACTIVE_MARKS);
      const text = await sidePanel.text();
      if (!text.includes(BENCH_INTERACTION) || !text.includes('Bench 60 items')) throw new Error(`the side panel did not show the interaction and form:\n${text}`);
      const ready = interactiveAt(open);
      if (process.env.BENCH_DEBUG) console.log(`interactive ${ready.toFixed(0)} :: ${JSON.stringify(open)}\n${text.slice(text.indexOf("Scorecard:"), text.indexOf("Scorecard:") + 300)}`);
      interactive.push(ready);
      scriptStart.push(open.marks['laatu:script-start']!);
      await sidePanel.close();
      await opener.waitForTimeout(gapMs);
      await sidePanel.setPath('/bench-floor.html');
      const empty = await sidePanel.open(['laatu:floor-shown']);
      floor.push(empty.marks['laatu:floor-shown']!);
      floorScriptStart.push(empty.marks['laatu:script-start']!);
      await sidePanel.close();
      await opener.waitForTimeout(gapMs);
    }
    return { interactive, scriptStart, floor, floorScriptStart };
  };
  const baseline = await measureOpens();
  rows[`side panel click → interactive, 2 evaluations, median of ${opens} (ms)`] = percentile(baseline.interactive, 50).toFixed(0);
  for (let start = 0; start < 10_000; start += 2_000) {
    await putRows(opener, 'evaluations', Array.from({ length: 2_000 }, (_, i) => benchEvaluation(start + i + 100, session, server.url)));
  }
  // As a user's panel would meet them: written earlier, not the moment before (IndexedDB's
  // store settles a freshly written 10,000 rows in the background for a few seconds).
  await opener.waitForTimeout(Number(process.env.BENCH_SETTLE_MS ?? 10_000));
  const full = await measureOpens();
  rows[`side panel click → interactive, 10,000 evaluations, median of ${opens} (ms)`] = percentile(full.interactive, 50).toFixed(0);
  rows['  … p90 (ms)'] = percentile(full.interactive, 90).toFixed(0);
  rows['  … fastest, slowest (ms)'] = `${Math.min(...full.interactive).toFixed(0)}, ${Math.max(...full.interactive).toFixed(0)}`;
  // The browser's share: the side panel's page and the navigation, up to the panel's first
  // (classic) script; the rest is loading and evaluating the modules while that script's reads
  // run, one render and the first frame.
  rows['  of which before the panel’s first script (panel-start.js) runs, median (ms)'] = percentile(full.scriptStart, 50).toFixed(0);
  rows['  of which from script start to interactive, median (ms)'] = percentile(
    full.interactive.map((at, i) => at - full.scriptStart[i]!),
    50,
  ).toFixed(0);
  // The floor in each phase: the machine's own speed at the time, to read the panel's figures against.
  rows[`floor: the side panel showing an empty page that reads one IndexedDB row, with 2 evaluations, median of ${opens} (ms)`] = percentile(baseline.floor, 50).toFixed(0);
  rows[`floor: the same, with 10,000 evaluations, median of ${opens} (ms)`] = percentile(full.floor, 50).toFixed(0);
  rows['  … the floor’s script starts at, median (ms)'] = percentile(full.floorScriptStart, 50).toFixed(0);
} finally {
  await browser.close();
  await server.dispose();
  rmSync(join(extensionDir, 'bench-floor.html'), { force: true });
  rmSync(join(extensionDir, 'bench-floor.js'), { force: true });
}
console.table(rows);
