import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { answerEditorRequests, looksLikeRule, watchRules } from '../../lib/picker/content-script';
import { pickElement } from '../../lib/picker/overlay';
import type { DetectorRule } from '../../lib/detect/rule';

type Listener = (...args: never[]) => unknown;
const rule: DetectorRule = {
  id: 'home-desk',
  name: 'Home desk',
  hosts: ['*'],
  pathPattern: '^/',
  requires: [],
  externalId: { from: 'selector', selector: '#case-id' },
  channel: 'ticket',
  customer: { selector: '[data-role="customer-name"]' },
  watch: [],
};

/** A fake of the few chrome.* APIs the content script's custom-rule side uses. */
function fakeChrome(stored: Record<string, unknown>) {
  const messages: Listener[] = [];
  const changes: Listener[] = [];
  const api = {
    runtime: {
      id: 'laatu',
      onMessage: { addListener: (l: Listener) => messages.push(l), removeListener: (l: Listener) => messages.splice(messages.indexOf(l), 1) },
    },
    storage: {
      local: { get: (key: string) => Promise.resolve({ [key]: stored[key] }) },
      onChanged: { addListener: (l: Listener) => changes.push(l), removeListener: (l: Listener) => changes.splice(changes.indexOf(l), 1) },
    },
  };
  (globalThis as unknown as { chrome: unknown }).chrome = api;
  return { messages, changes };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  document.body.innerHTML = '';
});

describe('custom rules in the content script', () => {
  test('reads custom rules before built-in ones, follows changes, ignores what is not shaped like a rule, and lets go on abort', async () => {
    const builtIn = { ...rule, id: 'zendesk' };
    const { changes } = fakeChrome({ detectorRules: [rule, { id: 'half' }, 'junk'], builtInDetectorRules: [builtIn] });
    const seen: string[][] = [];
    const stop = new AbortController();
    watchRules(stop.signal, (rules) => seen.push(rules.map((r) => r.id)));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([['home-desk', 'zendesk']]);
    (changes[0] as (c: object, area: string) => void)({ detectorRules: { newValue: [] } }, 'local');
    expect(seen.at(-1)).toEqual(['zendesk']);
    stop.abort();
    expect(changes).toHaveLength(0);
    expect(looksLikeRule(rule)).toBe(true);
  });

  test('answers the editor’s detect/test with what that one rule reads, only for its own extension', () => {
    document.body.innerHTML = '<b id="case-id">4711</b><span data-role="customer-name">Maija</span>';
    const { messages } = fakeChrome({});
    answerEditorRequests(new AbortController().signal);
    const listener = messages[0] as (m: unknown, s: { id?: string }, answer: (a: unknown) => void) => boolean;
    const answers: unknown[] = [];
    listener({ type: 'detect/test', rule }, { id: 'other-extension' }, (a) => answers.push(a));
    expect(answers).toEqual([]);
    listener({ type: 'detect/test', rule }, { id: 'laatu' }, (a) => answers.push(a));
    expect(answers[0]).toMatchObject({ snapshot: { externalId: '4711', customer: 'Maija', platform: 'home-desk' } });
  });
});

describe('the element picker overlay', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main><p><span data-role="customer-name">Maija</span></p></main>';
  });

  test('a click picks the element under the pointer and the page never sees the click', async () => {
    let pageSawClick = false;
    document.body.addEventListener('click', () => (pageSawClick = true));
    const picking = pickElement(document, new AbortController().signal);
    const target = document.querySelector('span')!;
    target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(await picking).toEqual({ selector: '[data-role="customer-name"]', text: 'Maija' });
    expect(pageSawClick).toBe(false);
    expect(document.querySelectorAll('[aria-hidden="true"]')).toHaveLength(0); // overlay removed
  });

  test('Esc cancels', async () => {
    const picking = pickElement(document, new AbortController().signal);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await picking).toEqual({ cancelled: true });
  });
});
