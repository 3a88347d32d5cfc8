import { beforeEach, describe, expect, test } from 'vitest';
import { elementText, looksStable, matchesOnly, proposeSelector } from '../../lib/picker/propose';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const el = (selector: string) => document.querySelector(selector)!;

describe('proposeSelector', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  test('prefers a stable id', () => {
    page('<div><span id="customer-name" class="x">Maija</span></div>');
    expect(proposeSelector(el('span'))).toBe('#customer-name');
  });

  test('skips generated ids and uses a data-* attribute, test ids first', () => {
    page('<div><span id="ember1234" data-role="value" data-testid="customer">Maija</span><span data-role="value">x</span></div>');
    expect(proposeSelector(el('[data-testid]'))).toBe('[data-testid="customer"]');
  });

  test('uses an aria-label when there is no id or data attribute', () => {
    page('<section><p aria-label="Customer">Maija</p><p aria-label="Agent">Aino</p></section>');
    expect(proposeSelector(el('[aria-label="Agent"]'))).toBe('p[aria-label="Agent"]');
  });

  test('anchors a short class path on the nearest uniquely named ancestor', () => {
    page(`
      <div id="case-header"><dl><dd class="value">Maija Meikäläinen</dd></dl></div>
      <div id="sidebar"><dl><dd class="value">Other</dd></dl></div>`);
    const picked = el('#case-header dd');
    const selector = proposeSelector(picked)!;
    expect(selector).toBe('#case-header dd.value');
    expect(matchesOnly(document, selector, picked)).toBe(true);
  });

  test('ignores CSS-module hash classes', () => {
    expect(looksStable('customer-name')).toBe(true);
    expect(looksStable('css-1x2y3z')).toBe(false);
    expect(looksStable('Header_title__a8Fk2')).toBe(false);
    expect(looksStable('row-20231120')).toBe(false);
  });

  test('falls back to nth-of-type only when nothing else tells the element apart, and still matches only it', () => {
    page('<table><tr><td>Ticket</td><td>4711</td><td>Maija</td></tr></table>');
    const picked = el('td:nth-of-type(3)');
    const selector = proposeSelector(picked)!;
    expect(selector).toContain(':nth-of-type(3)');
    expect(matchesOnly(document, selector, picked)).toBe(true);
  });

  test('every proposal on a busy page matches exactly the picked element', () => {
    page(`
      <main data-view="case">
        <header><h1 class="title">Printer on fire</h1><span class="badge">Chat</span></header>
        <ul class="messages"><li class="msg">Hi</li><li class="msg">Hello <b>there</b></li><li class="msg">Bye</li></ul>
        <aside><div class="card"><span class="label">Customer</span><span class="value">Maija</span></div>
               <div class="card"><span class="label">Agent</span><span class="value">Aino</span></div></aside>
      </main>`);
    for (const picked of document.body.querySelectorAll('main *')) {
      const selector = proposeSelector(picked);
      expect(selector, picked.outerHTML).not.toBeNull();
      expect(matchesOnly(document, selector!, picked), `${selector} for ${picked.outerHTML}`).toBe(true);
    }
  });

  test('reads the element text with whitespace collapsed', () => {
    page('<p id="s">  Printer\n   on   fire </p>');
    expect(elementText(el('#s'))).toBe('Printer on fire');
  });
});
