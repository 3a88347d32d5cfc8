/* global document */
import { launchWithExtension, waitUntil } from '../tests/e2e/support/browser.ts';
import { freePort, LaatuServer } from '../tests/e2e/support/server.ts';
const server = new LaatuServer(await freePort());
await server.start();
const browser = await launchWithExtension();
const worker = await browser.serviceWorker();
await waitUntil(async () => (await worker.evaluate(async () => (await globalThis.chrome.scripting.getRegisteredContentScripts()).length)) > 0, 'registration');
const page = await browser.context.newPage();
const cdp = await browser.context.newCDPSession(page);
const contexts = [];
cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
await cdp.send('Runtime.enable');
await page.goto(`${server.url}/demo/interactions/C-2001?chatRate=20`);
await page.locator('ol.chat').waitFor();
await page.waitForTimeout(500);
const iso = contexts.filter((c) => c.auxData?.type === 'isolated').at(-1);
console.log('isolated', iso?.name);
await cdp.send('Runtime.evaluate', { contextId: iso.id, expression: `
  window.__calls = [];
  const orig = Document.prototype.querySelectorAll;
  Document.prototype.querySelectorAll = function (s) { window.__calls.push(s + ' ' + new Error().stack.split('\\n').slice(2,5).join('|')); return orig.call(this, s); };
  const oq = Document.prototype.querySelector;
  Document.prototype.querySelector = function (s) { window.__calls.push('q ' + s); return oq.call(this, s); };
` });
await page.evaluate(() => {
  const list = document.querySelector('ol.chat');
  const template = list.querySelector('li');
  while (document.getElementsByTagName('*').length < 5000) list.prepend(template.cloneNode(true));
});
await page.waitForTimeout(1000);
await cdp.send('Runtime.evaluate', { contextId: iso.id, expression: 'window.__calls = []' });
await page.waitForTimeout(5000);
const { result } = await cdp.send('Runtime.evaluate', { contextId: iso.id, expression: 'JSON.stringify(window.__calls)', returnByValue: true });
const calls = JSON.parse(result.value);
console.log(calls.length);
console.log(calls.slice(0, 30).join('\n'));
await browser.close();
await server.dispose();
