// Where the time goes while the panel opens in Chrome's side panel: a Chrome trace of each open,
// summed by event on the panel's main thread, with the main thread's busy time. TASKS=1 lists its tasks over 1 ms.
// Run: LAATU_TEST_HOSTS=1 npx wxt build && RUNS=4 npx tsx bench/panel-trace.ts   (asserts nothing)
import { launchWithExtension, openInOwnWindow, waitForDetector, waitUntil } from '../tests/e2e/support/browser';
import { panelActions } from '../tests/e2e/support/panel';
import { sidePanelOpener } from '../tests/e2e/support/side-panel';
import { freePort, LaatuServer } from '../tests/e2e/support/server';

const server = new LaatuServer(await freePort());
await server.start();
// BENCH_EXTENSION=DIR traces another build.
const browser = await launchWithExtension(process.env.BENCH_EXTENSION);
const totals = new Map<string, number>();
const runs = Number(process.env.RUNS ?? 4);
try {
  await waitForDetector(browser);
  const desk = await browser.context.newPage();
  await desk.goto(`${server.url}/demo/interactions/T-1001`);
  const panel = await browser.openPanel();
  const ui = panelActions(panel);
  await ui.signIn(server.url, 'supervisor1@demo.laatu');
  await desk.bringToFront();
  await waitUntil(async () => (await ui.interaction.innerText()).includes('T-1001'), 'detection');
  await panel.waitForTimeout(1500);
  await panel.close();
  // The real side panel, opened by a click beside the desk (tests/e2e/support/side-panel.ts).
  const opener = await openInOwnWindow(browser.context, `chrome-extension://${browser.extensionId}/rules.html`);
  const sidePanel = await sidePanelOpener(opener, `${server.url}/demo/`);
  for (let run = 0; run < runs; run += 1) {
    const cdp = await browser.context.newCDPSession(opener);
    const events: { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: Record<string, unknown> }[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8,blink.user_timing,loading,IndexedDB,extensions', transferMode: 'ReportEvents' });
    const open = await sidePanel.open(['laatu:form-shown']);
    const at = open.marks['laatu:form-shown']!;
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    // Main thread of the renderer that ran the page: the one with the user timing mark.
    const mark = events.find((e) => e.name === 'laatu:form-shown');
    const nav = events.find((e) => e.name === 'navigationStart' && e.pid === mark?.pid) ?? events.find((e) => e.name === 'laatu:script-start');
    if (!mark || !nav) { console.log('no mark'); continue; }
    const main = events.filter((e) => e.pid === mark.pid && e.ph === 'X' && e.ts >= nav.ts && e.ts <= mark.ts);
    const tid = events.find((e) => e.pid === mark.pid && e.name === 'ParseHTML')?.tid;
    const top = main.filter((e) => e.tid === tid);
    // self time of top-level-ish events: sum durations by name, nested counted separately
    for (const e of top) totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    console.log(`run ${run}: form-shown ${at.toFixed(0)} ms after the click; nav->mark in trace ${((mark.ts - nav.ts) / 1000).toFixed(0)} ms`);
    const tasks = top.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
    const busy = tasks.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
    const script = events.find((e) => e.name === 'laatu:script-start' && e.pid === mark.pid);
    console.log(`   main thread busy ${busy.toFixed(0)} ms of ${((mark.ts - nav.ts) / 1000).toFixed(0)}; script-start at ${script ? ((script.ts - nav.ts) / 1000).toFixed(0) : '?'}`);
    if (process.env.TASKS) {
      let last = nav.ts;
      const marks = events.filter((x) => x.pid === mark.pid && x.ph === 'R' || (x.pid === mark.pid && x.name.startsWith('laatu:')));
      for (const e of tasks.sort((a, b) => a.ts - b.ts)) {
        for (const m of marks.filter((x) => x.ts >= last && x.ts < e.ts)) console.log(`  ${((m.ts - nav.ts) / 1000).toFixed(0).padStart(5)} mark ${m.name}`);
        if ((e.dur ?? 0) < 1000) continue;
        const inner = top.filter((x) => x.ts >= e.ts && x.ts < e.ts + (e.dur ?? 0) && x !== e && (x.dur ?? 0) > 500 && !x.name.includes('RunTask')).map((x) => `${x.name}${x.args?.data && (x.args.data as {functionName?: string}).functionName ? ':' + (x.args.data as {functionName: string}).functionName : ''}(${((x.dur ?? 0) / 1000).toFixed(1)})`).slice(0, 4).join(' ');
        console.log(`  ${((e.ts - nav.ts) / 1000).toFixed(0).padStart(5)} gap ${((e.ts - last) / 1000).toFixed(0).padStart(4)} task ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${inner}`);
        last = e.ts + (e.dur ?? 0);
      }
    }
    if (process.env.TIMELINE && run === runs - 1) {
      for (const e of top.filter((x) => (x.dur ?? 0) > 2000).sort((a, b) => a.ts - b.ts)) console.log(`  ${((e.ts - nav.ts) / 1000).toFixed(0).padStart(5)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ${e.name} ${JSON.stringify(e.args?.data ?? {}).slice(0, 100)}`);
    }
    await sidePanel.close();
    await opener.waitForTimeout(500);
  }
} finally {
  await browser.close();
  await server.dispose();
}
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / runs).toFixed(1).padStart(8), k);
