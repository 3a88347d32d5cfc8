// Panel open time of two builds, side by side: both loaded in one browser, set up alike
// (signed in, a 60-item form, a draft, 10,000 evaluations), their real side panels opened in
// turn by a click, beside the demo desk; times are counted from the click.
// This machine's speed drifts by up to 2x within minutes; only opens interleaved like this
// compare two builds fairly.
// Run: AB=DIR_A,DIR_B npx tsx bench/panel-ab.ts   (ROUNDS=20; prints medians; asserts nothing;
// BENCH_USER=agent1@demo.laatu compares an agent's panels)
// A build to compare: `git worktree add /tmp/old REV && cd /tmp/old && npm ci &&
// LAATU_TEST_HOSTS=1 npx wxt build`, then copy its .output-test/chrome-mv3 somewhere.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { openInOwnWindow } from '../tests/e2e/support/browser';
import { panelActions } from '../tests/e2e/support/panel';
import { sidePanelOpener } from '../tests/e2e/support/side-panel';
import { freePort, LaatuServer } from '../tests/e2e/support/server';
import { BENCH_INTERACTION, BENCH_USER, benchEvaluation, benchScorecard, interactiveAt, INTERACTIVE_MARKS, percentile, putRows, readSessionUser } from './support';

const dirs = (process.env.AB ?? '').split(',').filter(Boolean).map((d) => resolve(d));
if (dirs.length < 2) throw new Error('AB=DIR_A,DIR_B: two unpacked builds to compare');
const rounds = Number(process.env.ROUNDS ?? 20);
const MARKER = 'bench-ab-name.txt';

dirs.forEach((dir, i) => writeFileSync(join(dir, MARKER), String(i)));
const server = new LaatuServer(await freePort());
await server.start();
const profile = mkdtempSync(join(tmpdir(), 'laatu-ab-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    `--disable-extensions-except=${dirs.join(',')}`,
    `--load-extension=${dirs.join(',')}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const results = dirs.map(() => ({ interactive: [] as number[], scriptStart: [] as number[] }));
try {
  const deadline = Date.now() + 15_000;
  while (context.serviceWorkers().length < dirs.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  // Which extension id is which build: each build's marker file names its place in AB.
  const ids: string[] = [];
  const probe = context.pages()[0] ?? (await context.newPage());
  for (const id of new Set(context.serviceWorkers().map((w) => new URL(w.url()).host))) {
    await probe.goto(`chrome-extension://${id}/${MARKER}`);
    ids[Number((await probe.innerText('body')).trim())] = id;
  }
  await probe.goto('about:blank');
  const desk = await context.newPage();
  await desk.goto(`${server.url}/demo/interactions/${BENCH_INTERACTION}`);

  for (const id of ids) {
    const panel = await openInOwnWindow(context, `chrome-extension://${id}/sidepanel.html`);
    await panelActions(panel).signIn(server.url, BENCH_USER);
    await panel.waitForTimeout(1500); // the first sync caches the server's scorecards
    await panel.close();
  }
  // Offline from here: the bench form exists only locally, and a sync would retire it.
  await server.stop();
  for (const id of ids) {
    const panel = await openInOwnWindow(context, `chrome-extension://${id}/sidepanel.html`);
    const user = await readSessionUser(panel);
    await putRows(panel, 'scorecards', [benchScorecard('bench-60', 60)]);
    for (let start = 0; start < 10_000; start += 2_000) {
      await putRows(panel, 'evaluations', Array.from({ length: 2_000 }, (_, i) => benchEvaluation(start + i + 100, user, server.url)));
    }
    await panel.reload(); // raw IndexedDB writes bypass Dexie's change tracking
    await desk.bringToFront();
    await panel.waitForFunction(() => document.querySelectorAll('[role="radiogroup"]').length === 60);
    await panel.getByRole('radiogroup').first().getByRole('radio').first().focus();
    for (let i = 0; i < 5; i += 1) await panel.keyboard.press('1'); // a draft to restore
    await panel.waitForTimeout(500);
    await panel.close();
  }
  await desk.bringToFront();
  await new Promise((r) => setTimeout(r, Number(process.env.BENCH_SETTLE_MS ?? 10_000)));

  // Each build's side panel is opened by a click in a page of its own extension (tests/e2e/support/side-panel.ts).
  const openers = [];
  for (const id of ids) {
    const opener = await openInOwnWindow(context, `chrome-extension://${id}/${MARKER}`);
    openers.push(await sidePanelOpener(opener, `${server.url}/demo/`));
  }
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? ids.map((_, i) => i) : ids.map((_, i) => ids.length - 1 - i);
    for (const which of order) {
      const open = await openers[which]!.open(INTERACTIVE_MARKS);
      results[which]!.interactive.push(interactiveAt(open));
      results[which]!.scriptStart.push(open.marks['laatu:script-start']!);
      await openers[which]!.close();
      // Seconds apart, as a user opens it: the last open's garbage is collected meanwhile.
      await new Promise((r) => setTimeout(r, Number(process.env.BENCH_GAP_MS ?? 1500)));
    }
  }
} finally {
  await context.close();
  await server.dispose();
  rmSync(profile, { recursive: true, force: true });
  for (const dir of dirs) rmSync(join(dir, MARKER), { force: true });
}
console.table(
  Object.fromEntries(
    dirs.map((dir, i) => {
      const { interactive, scriptStart } = results[i]!;
      return [
        dir,
        {
          'interactive, median (ms)': percentile(interactive, 50).toFixed(0),
          'script start, median (ms)': percentile(scriptStart, 50).toFixed(0),
          'script start → interactive, median (ms)': percentile(interactive.map((at, j) => at - scriptStart[j]!), 50).toFixed(0),
          opens: interactive.length,
        },
      ];
    }),
  ),
);
