// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { builtInRules, detect } from '../../lib/detect';
import { mayChange, traced } from '../../lib/detect/engine';
import { NOW, deskFixture } from './fixtures';

const chatUrl = new URL('http://127.0.0.1:8787/demo/interactions/C-2001');

/** The records a MutationObserver delivers for `change`, made on the document's `main`. */
async function recordsOf(doc: Document, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(doc.querySelector('main')!, { childList: true, subtree: true, characterData: true, attributes: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('what a detection read, and which DOM changes may change it', () => {
  it('traces the elements a detection read, complete on the demo desk chat', () => {
    const doc = deskFixture('chat');
    const { result, trace } = traced(() => detect(chatUrl, doc, builtInRules, NOW));
    expect(result?.externalId).toBe('C-2001');
    expect(trace.incomplete).toBe(false);
    expect(trace.elements).toContainEqual({ element: doc.querySelector('[data-field="customer"]'), reads: { text: true } });
  });

  it('a chat line appended outside what was read is not worth a read', async () => {
    const doc = deskFixture('chat');
    const { trace } = traced(() => detect(chatUrl, doc, builtInRules, NOW));
    const records = await recordsOf(doc, () => {
      const line = doc.createElement('li');
      line.textContent = 'Thanks!';
      doc.querySelector('ol.chat')!.append(line);
    });
    expect(records.length).toBeGreaterThan(0);
    expect(records.some((record) => mayChange(record, trace))).toBe(false);
  });

  it('a field changing in place, an attribute changing or the view being replaced is', async () => {
    const changes: ((doc: Document) => void)[] = [
      (doc) => (doc.querySelector('[data-field="customer"]')!.textContent = 'Someone Else'),
      (doc) => ((doc.querySelector('[data-field="customer"]')!.firstChild as Text).data = 'Someone Else'),
      (doc) => doc.querySelector('[data-interaction-id]')!.setAttribute('data-channel', 'email'),
      (doc) => doc.querySelector('main')!.replaceChildren(doc.createElement('p')),
      (doc) => doc.querySelector('[data-field="agent"]')!.remove(),
    ];
    for (const change of changes) {
      const doc = deskFixture('chat');
      const { trace } = traced(() => detect(chatUrl, doc, builtInRules, NOW));
      const records = await recordsOf(doc, () => change(doc));
      expect(records.some((record) => mayChange(record, trace)), change.toString()).toBe(true);
    }
  });

  it('after a read that missed a field, any change may bring it', async () => {
    const doc = deskFixture('chat');
    doc.querySelector('[data-field="queue"]')!.remove();
    const { result, trace } = traced(() => detect(chatUrl, doc, builtInRules, NOW));
    expect(result?.missing).toContain('queue');
    expect(trace.incomplete).toBe(true);
    const records = await recordsOf(doc, () => doc.querySelector('ol.chat')!.append(doc.createElement('li')));
    expect(records.some((record) => mayChange(record, trace))).toBe(true);
  });

  it('leaves nothing traced outside `traced`', () => {
    const doc = deskFixture('chat');
    traced(() => detect(chatUrl, doc, builtInRules, NOW));
    const { trace } = traced(() => 0);
    expect(trace).toEqual({ elements: [], incomplete: false });
  });
});

describe('tracing across rules', () => {
  it('keeps only what the rule that read the page looked at', () => {
    const doc = deskFixture('chat');
    // A rule before the desk's that looks for an id the page does not have.
    const other = { ...builtInRules.find((rule) => rule.id === 'demo-desk')!, id: 'other', requires: [], externalId: { from: 'selector' as const, selector: '#no-such-id' } };
    const { result, trace } = traced(() => detect(chatUrl, doc, [other, ...builtInRules], NOW));
    expect(result?.platform).toBe('demo-desk');
    expect(trace.incomplete).toBe(false);
  });
});
