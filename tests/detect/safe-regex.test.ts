// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkPattern } from '../../lib/detect/safe-regex';

describe('checkPattern', () => {
  it.each([
    ['Zendesk', '^/agent/tickets/(\\d+)'],
    ['Freshdesk', '^/a/tickets/(\\d+)'],
    ['Request Tracker', '^/Ticket/Display\\.html\\?(?:.*&)?id=(\\d+)'],
    ['Zammad', '#ticket/zoom/(\\d+)'],
    ['Genesys Cloud widget', '[?&]conversationId=([0-9a-f-]{36})'],
    ['a class holding quantifier characters', '^/x/([+*()|]+)$'],
    ['an optional repeated group', '^/(?:[a-z]+/)?(\\d+)'],
  ])('accepts the %s shape', (_, source) => {
    expect(checkPattern(source)).toMatchObject({ ok: true, groups: 1 });
  });

  it.each([
    ['(a+)+$', 'nested quantifier'],
    ['((ab)*c)*', 'nested quantifier'],
    ['(\\d{1,9}){2,}', 'nested quantifier'],
    ['(a|ab)+c', 'alternatives'],
    ['(?<x>a)\\k<x>', 'backreference'],
    ['.*.*.*=', 'unbounded repeats'],
    ['(', 'not a valid regular expression'],
    ['a'.repeat(301), 'longer than 300'],
  ])('refuses %s', (source, reason) => {
    const check = checkPattern(source);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
  });
});
