/* global document */
import { launchWithExtension, waitUntil } from '../tests/e2e/support/browser.ts';
import { freePort, LaatuServer } from '../tests/e2e/support/server.ts';
const server = new LaatuServer(await freePort());
await server.start();
const browser = await launchWithExtension();
const worker = await browser.serviceWorker();
await waitUntil(async () => (await worker.evaluate(async () => (await globalThis.chrome.scripting.getRegisteredContentScripts()).length)) > 0, 'registration');
const page = await browser.context.newPage();
await page.goto(`${server.url}/demo/interactions/C-2001?chatRate=20`);
await page.locator('ol.chat').waitFor();
await page.evaluate(() => {
  const list = document.querySelector('ol.chat');
  const template = list.querySelector('li');
  while (document.getElementsByTagName('*').length < 5000) list.prepend(template.cloneNode(true));
});
await page.waitForTimeout(1000);
const cdp = await browser.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.waitForTimeout(10_000);
const { profile } = await cdp.send('Profiler.stop');
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const stack = (id) => { const s = []; for (let x = id; x !== undefined; x = parent.get(x)) { const f = byId.get(x).callFrame; s.push(`${f.functionName || '?'}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`); } return s; };
const agg = new Map();
profile.samples.forEach((id, i) => {
  const s = stack(id);
  if (!s.some((x) => x.includes('detector.js'))) return;
  const key = s.slice(0, 6).join(' < ');
  agg.set(key, (agg.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
});
console.log("detector total", ([...agg.values()].reduce((a, b) => a + b, 0) / 1000).toFixed(2)); for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log((v / 1000).toFixed(2), k);
await browser.close();
await server.dispose();
