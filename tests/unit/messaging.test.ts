import { describe, expect, test } from 'vitest';
import { receive } from '../../lib/messaging';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT}`;
const snapshot = {
  platform: 'demo-desk',
  externalId: 'T-1001',
  channel: 'ticket',
  url: 'http://127.0.0.1:8787/demo/interactions/T-1001',
  confidence: 1,
  missing: [],
  detectedAt: '2026-11-24T10:00:00.000Z',
};
const fromTab = { id: EXT, url: 'http://127.0.0.1:8787/demo/interactions/T-1001', tab: { id: 7 }, frameId: 0 };

describe('receive', () => {
  test('accepts a content script reporting its own page', () => {
    const result = receive({ type: 'interaction/detected', snapshot }, fromTab, EXT, ORIGIN);
    expect(result).toMatchObject({ ok: true, from: 'content-script', tabId: 7 });
  });

  test('refuses a content script reporting another site', () => {
    const result = receive({ type: 'interaction/detected', snapshot }, { ...fromTab, url: 'https://evil.example/' }, EXT, ORIGIN);
    expect(result).toEqual({ ok: false, error: 'a content script may only report its own page' });
  });

  test('refuses privileged messages from content scripts', () => {
    const result = receive({ type: 'sync/now' }, fromTab, EXT, ORIGIN);
    expect(result.ok).toBe(false);
  });

  test('accepts privileged messages from extension pages only', () => {
    const result = receive({ type: 'sync/now' }, { id: EXT, url: `${ORIGIN}/sidepanel.html` }, EXT, ORIGIN);
    expect(result).toMatchObject({ ok: true, from: 'extension-page' });
  });

  test('refuses messages from other extensions and from sub-frames', () => {
    expect(receive({ type: 'sync/now' }, { id: 'other', url: `${ORIGIN}/x.html` }, EXT, ORIGIN).ok).toBe(false);
    expect(receive({ type: 'interaction/none', url: fromTab.url }, { ...fromTab, frameId: 3 }, EXT, ORIGIN).ok).toBe(false);
  });

  test('names the offending field of a malformed snapshot', () => {
    const result = receive({ type: 'interaction/detected', snapshot: { ...snapshot, channel: 'pigeon' } }, fromTab, EXT, ORIGIN);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('snapshot.channel');
  });
});
