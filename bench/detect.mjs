// Figures for detection (issue 5), measured in real Chromium with the test build:
//  (a) the detector content script's size, minified and gzipped;
//  (b) a chat page of ~5,000 nodes receiving 20 messages a second for 10 s: the page's
//      main-thread script time (CDP Performance.getMetrics ScriptDuration) with the
//      extension over without it, median of several paired runs, and the detector's share of
//      the script time in a CPU profile of the same page (goal: 1.03 or less);
//  (c) time from an in-page navigation (the desk's pushState) to the panel showing the
//      new interaction, p95 over 50 navigations (goal: 100 ms or less).
// Run: node --import tsx bench/detect.mjs   (builds the test build first; prints a table; asserts nothing)
// BENCH_RUNS=N changes the number of runs per variant in (b) (default 5); BENCH_ONLY=nav skips (b);
// BENCH_DEBUG=1 prints each navigation's latency.
/* global document, MutationObserver -- page functions run in the browser */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launchWithExtension, waitUntil } from '../tests/e2e/support/browser.ts';
import { panelActions } from '../tests/e2e/support/panel.ts';
import { freePort, LaatuServer } from '../tests/e2e/support/server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHAT_RATE = 20;
const CHAT_SECONDS = 10;
const TARGET_NODES = 5000;
const NAVIGATIONS = 50;

const rows = [];
const record = (what, value, goal = '') => rows.push({ what, value, goal });

// (a) size
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, LAATU_TEST_HOSTS: '1' } });
if (build.status !== 0) throw new Error('LAATU_TEST_HOSTS=1 wxt build failed');
const script = readFileSync('.output-test/chrome-mv3/content-scripts/detector.js');
record('detector.js minified', `${(script.length / 1024).toFixed(1)} KB`, '≤ 15 KB');
record('detector.js gzipped', `${(gzipSync(script).length / 1024).toFixed(1)} KB`);

const server = new LaatuServer(await freePort());
await server.start();
const chatUrl = `${server.url}/demo/interactions/C-2001?chatRate=${CHAT_RATE}`;

try {
  // (b) script time on a busy chat page, with and without the extension
  const ratios = [];
  const withTimes = [];
  const withoutTimes = [];
  let nodes = 0;
  for (let run = 0; run < (process.env.BENCH_ONLY === 'nav' ? 0 : RUNS); run += 1) {
    const without = await chatScriptTime(await plainBrowser());
    const withExt = await chatScriptTime(await extensionBrowser());
    nodes = withExt.nodes;
    withoutTimes.push(without.script);
    withTimes.push(withExt.script);
    ratios.push(withExt.script / without.script);
  }
  if (ratios.length > 0) {
  record('chat page elements when measuring', String(nodes), `~${TARGET_NODES}`);
  record(`script time over ${CHAT_SECONDS} s without extension, median (ms)`, (median(withoutTimes) * 1000).toFixed(0));
  record(`script time over ${CHAT_SECONDS} s with extension, median (ms)`, (median(withTimes) * 1000).toFixed(0));
  record(`script time with / without, median of ${RUNS} paired runs`, median(ratios).toFixed(3), '≤ 1.03');
  record('  (each run\'s ratio)', ratios.map((r) => r.toFixed(3)).join(' '));
  // Separate browsers differ by more than the detector costs (the paired ratio swings by
  // ±0.1 between runs on this 2-core machine), so the same page is also profiled with the
  // extension: the script time spent in the detector (its functions and the DOM calls they
  // make) over the page's whole script time, in one run.
  const shares = [];
  for (let run = 0; run < RUNS; run += 1) shares.push(await detectorShare(await extensionBrowser()));
  const ratio = (share) => 1 / (1 - share.detector / share.total);
  record('detector script time in a CPU profile, median (ms)', median(shares.map((s) => s.detector)).toFixed(1));
  record('page script time in a CPU profile, median (ms)', median(shares.map((s) => s.total)).toFixed(0));
  record('script time with / without, from the profile, median', median(shares.map(ratio)).toFixed(3), '≤ 1.03');
  record('  (each run\'s ratio)', shares.map((s) => ratio(s).toFixed(3)).join(' '));
  }

  // (c) navigation → panel
  const { latencies, fieldLatencies } = await navigationLatencies();
  latencies.sort((a, b) => a - b);
  fieldLatencies.sort((a, b) => a - b);
  record(`navigation → panel shows the new interaction, median of ${latencies.length} (ms)`, median(latencies).toFixed(0));
  record(`navigation → panel shows the new interaction, p95 of ${latencies.length} (ms)`, percentile(latencies, 0.95).toFixed(0), '≤ 100 ms');
  // The desk renders a navigated-to interaction 80 ms after pushState (desk.js LOAD_DELAY_MS),
  // as if fetched; the detector cannot read its customer before the page shows it.
  record(`navigation → panel shows its customer, median (ms)`, median(fieldLatencies).toFixed(0));
  record(`navigation → panel shows its customer, p95 (ms)`, percentile(fieldLatencies, 0.95).toFixed(0));
  record('  of which the demo desk\'s simulated load (ms)', '80');
} finally {
  await server.dispose();
}

console.table(rows);

/** Chromium without the extension, on a fresh profile. */
async function plainBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'laatu-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Chromium with the test build, the detector registered for 127.0.0.1. */
async function extensionBrowser() {
  const browser = await launchWithExtension();
  const worker = await browser.serviceWorker();
  await waitUntil(async () => (await worker.evaluate(registeredCount)) > 0, 'the detector registration');
  return { context: browser.context, close: () => browser.close(), browser };
}

/**
 * Opens the chat with simulated messages, fills its history up to ~5,000 elements, then
 * measures the renderer's main-thread script time over CHAT_SECONDS.
 */
async function chatScriptTime({ context, close }) {
  try {
    const page = await busyChat(context);
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const lines = () => page.locator('ol.chat > li').count();
    const linesBefore = await lines();
    const before = await scriptDuration(cdp);
    await page.waitForTimeout(CHAT_SECONDS * 1000);
    const after = await scriptDuration(cdp);
    const received = (await lines()) - linesBefore;
    if (received < CHAT_RATE * CHAT_SECONDS * 0.9) throw new Error(`the chat received ${received} messages, not ${CHAT_RATE * CHAT_SECONDS}`);
    return { script: after - before, nodes };
  } finally {
    await close();
  }
}

/** The chat page receiving messages, its history filled up to ~5,000 elements, settled. */
async function busyChat(context) {
  const page = await context.newPage();
  await page.goto(chatUrl);
  await page.locator('ol.chat').waitFor();
  await page.evaluate((target) => {
    const list = document.querySelector('ol.chat');
    const template = list.querySelector('li');
    while (document.getElementsByTagName('*').length < target) list.prepend(template.cloneNode(true));
  }, TARGET_NODES);
  await page.waitForTimeout(1000); // the detector's first reports settle
  return page;
}

/** The chat page as above, under a CPU profile: its script time and the detector's part in it. */
async function detectorShare({ context, close }) {
  try {
    const page = await busyChat(context);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.waitForTimeout(CHAT_SECONDS * 1000);
    const { profile } = await cdp.send('Profiler.stop');
    const inDetector = new Map();
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const detectorFrame = (id) => {
      if (inDetector.has(id)) return inDetector.get(id);
      const node = byId.get(id);
      const own = node.callFrame.url.includes('/content-scripts/detector.js');
      const result = own || (parent.has(id) && detectorFrame(parent.get(id)));
      inDetector.set(id, result);
      return result;
    };
    let total = 0;
    let detector = 0;
    profile.samples.forEach((id, i) => {
      const name = byId.get(id).callFrame.functionName;
      if (name === '(idle)' || name === '(program)' || name === '(root)') return;
      const us = profile.timeDeltas[i + 1] ?? 0;
      total += us;
      if (detectorFrame(id)) detector += us;
    });
    return { total: total / 1000, detector: detector / 1000 };
  } finally {
    await close();
  }
}

async function scriptDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value;
}

/** The desk's queue links clicked one after another; each timed until the panel shows its id. */
async function navigationLatencies() {
  const { browser, close } = await extensionBrowser();
  try {
    const desk = await browser.context.newPage();
    await desk.goto(`${server.url}/demo/interactions/T-1001`);
    const panel = await browser.openPanel();
    const ui = panelActions(panel);
    await ui.signIn(server.url, 'supervisor1@demo.laatu');
    await desk.bringToFront();
    await waitUntil(async () => (await ui.interaction.innerText()).includes('T-1001'), 'the panel showing T-1001');
    const links = await desk.locator('nav[aria-label="Queue"] a[href*="/demo/interactions/"]').evaluateAll((as) =>
      as.map((a) => a.getAttribute('href').split('/').pop()),
    );
    const latencies = [];
    const fieldLatencies = [];
    let current = 'T-1001';
    for (let i = 0; latencies.length < NAVIGATIONS; i += 1) {
      const next = links[i % links.length];
      if (next === current) continue;
      // The panel stamps the moments its "Current interaction" region first shows the new id,
      // and then the fields read from the page (the customer).
      const shown = panel.evaluate(
        (id) =>
          new Promise((resolve) => {
            let idAt;
            // Looked up on every change: the panel may replace the region's element.
            const check = () => {
              const region = document.querySelector('[aria-labelledby="interaction-heading"]');
              if (!region?.textContent.includes(id)) return;
              idAt ??= Date.now();
              if (region.querySelector('dd[data-field="customer"]:not(.muted)')) {
                observer.disconnect();
                resolve({ idAt, fieldsAt: Date.now() });
              }
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            check();
          }),
        next,
      );
      await panel.waitForTimeout(20); // the observer is in place
      shown.catch(() => {}); // awaited below; a failure elsewhere must not go unhandled
      const clicked = await desk.evaluate((id) => {
        const link = document.querySelector(`nav[aria-label="Queue"] a[href$="/${id}"]`);
        const at = Date.now();
        link.click();
        return at;
      }, next);
      const { idAt, fieldsAt } = await shown;
      latencies.push(idAt - clicked);
      fieldLatencies.push(fieldsAt - clicked);
      if (process.env.BENCH_DEBUG) console.log(next, latencies.at(-1), fieldLatencies.at(-1));
      current = next;
      await desk.waitForTimeout(150);
    }
    return { latencies, fieldLatencies };
  } finally {
    await close();
  }
}

function median(values) {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/** Runs inside the service worker. */
async function registeredCount() {
  return (await globalThis.chrome.scripting.getRegisteredContentScripts()).length;
}
