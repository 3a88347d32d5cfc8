// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { DetectorRule, parseDetectorRule, type DetectorRuleInput } from '../../lib/detect/rule';
import { MAX_MATCH_INPUT } from '../../lib/detect/safe-regex';
import { parse } from './fixtures';

/** A Zendesk-shaped custom rule, as an admin would store it as JSON. */
const zendeskLike: DetectorRuleInput = {
  id: 'acme-zendesk',
  name: 'ACME Zendesk',
  hosts: ['*.zendesk.com'],
  pathPattern: '^/agent/tickets/',
  externalId: { from: 'url', pattern: '^/agent/tickets/(\\d+)' },
  channel: 'ticket',
  customer: { selector: '[data-test-id="requester"]' },
  subject: { selector: 'input[name="subject"]', attribute: 'value' },
  queue: { selector: '.group-field', pattern: 'Group:\\s*(.+)' },
  watch: ['#main_panes'],
};

const zendeskPage = parse(`<!doctype html><div id="main_panes">
  <span data-test-id="requester">Ada Lovelace</span>
  <input name="subject" value="Cannot log in">
  <p class="group-field">Group: Tier 2</p></div>`);

const rule = (input: DetectorRuleInput) => DetectorRule.parse(input);

describe('custom rules are data, read by the same interpreter', () => {
  it('reads a ticket whose id is in the URL', () => {
    const snapshot = detect(new URL('https://acme.zendesk.com/agent/tickets/4711'), zendeskPage, [rule(zendeskLike)]);
    expect(snapshot).toMatchObject({
      platform: 'acme-zendesk',
      externalId: '4711',
      channel: 'ticket',
      customer: 'Ada Lovelace',
      subject: 'Cannot log in',
      queue: 'Tier 2',
      confidence: 0.9,
      missing: [],
    });
  });

  it('reads a live call shown only in the page content, mapping the channel text', () => {
    const voice = rule({
      id: 'cloud-voice',
      name: 'Cloud voice',
      hosts: ['apps.voice.example'],
      pathPattern: '^/directory',
      externalId: { from: 'selector', selector: '.interaction-card', attribute: 'data-conversation-id' },
      channel: { selector: '.interaction-card .media-type', map: { Voice: 'call', Message: 'chat' } },
      customer: { selector: '.interaction-card .participant' },
      startedAt: { selector: '.interaction-card time', attribute: 'datetime' },
    });
    const page = parse(`<div class="interaction-card" data-conversation-id="8f14e45f-ceea-467a">
      <span class="media-type">VOICE</span><span class="participant"> +358 40 555 1234 </span></div>`);
    const snapshot = detect(new URL('https://apps.voice.example/directory/#/engage'), page, [voice]);
    expect(snapshot).toMatchObject({
      externalId: '8f14e45f-ceea-467a',
      channel: 'call',
      customer: '+358 40 555 1234',
      missing: ['startedAt'],
    });
    // Id from the page only (0.8), 2 of 3 declared fields read.
    expect(snapshot?.confidence).toBeCloseTo(0.67, 2);
  });

  it.each([
    ['https://acme.zendesk.com/agent/tickets/1', true],
    ['https://zendesk.com/agent/tickets/1', true],
    ['https://eu.acme.zendesk.com:8443/agent/tickets/1', true],
    ['https://zendesk.com.evil.example/agent/tickets/1', false],
    ['https://notzendesk.com/agent/tickets/1', false],
    ['https://acme.zendesk.com/agent/users/1', false],
  ])('host *.zendesk.com and path ^/agent/tickets/: %s → %s', (url, matches) => {
    expect(detect(new URL(url), zendeskPage, [rule(zendeskLike)]) !== null).toBe(matches);
  });

  it.each([
    ['http://127.0.0.1:8787/t/1', true],
    ['http://127.0.0.1:8788/t/1', false],
    ['http://127.0.0.1/t/1', false],
  ])('host 127.0.0.1:8787 matches only that port: %s → %s', (url, matches) => {
    const local = rule({ ...zendeskLike, hosts: ['127.0.0.1:8787'], pathPattern: '^/t/', externalId: { from: 'url', pattern: '^/t/(\\d+)' } });
    expect(detect(new URL(url), zendeskPage, [local]) !== null).toBe(matches);
  });

  it('tries rules in order, so a custom rule placed first overrides a later one', () => {
    const first = rule({ ...zendeskLike, id: 'first' });
    const second = rule({ ...zendeskLike, id: 'second' });
    expect(detect(new URL('https://acme.zendesk.com/agent/tickets/1'), zendeskPage, [first, second])?.platform).toBe('first');
  });
});

describe('DetectorRule rejects bad rules with a message an admin can act on', () => {
  it.each<[string, unknown, string]>([
    ['a regex that does not compile', { externalId: { from: 'url', pattern: '^/t/((\\d+)' } }, 'externalId.pattern'],
    ['an id pattern without a capturing group', { externalId: { from: 'url', pattern: '^/t/\\d+' } }, 'exactly 1 capturing group'],
    ['a nested quantifier', { pathPattern: '^/(a+)+$' }, 'nested quantifier'],
    ['a repeated alternation', { queue: { selector: 'p', pattern: '(a|aa)*b' } }, 'repeats a group with alternatives'],
    ['a backreference', { customer: { selector: 'p', pattern: '(\\w+) \\1' } }, 'backreference'],
    ['too many unbounded repeats', { subject: { selector: 'h1', pattern: '\\s*\\s*\\s*(x)' } }, 'more than 2 unbounded repeats'],
    ['a misspelt key', { customer: { selecter: '.name' } }, 'selecter'],
    ['an unknown id source', { externalId: { from: 'script', code: 'return 1' } }, 'externalId.from'],
    ['a host with a path', { hosts: ['example.com/agent'] }, 'Host must look like'],
    ['no hosts', { hosts: [] }, 'at least one host'],
    ['an unknown channel', { channel: 'fax' }, 'Channel must be one of call, chat'],
    ['a channel map to an unknown channel', { channel: { selector: '.type', map: { Fax: 'fax' } } }, 'channel'],
    ['an empty selector', { watch: ['  '] }, 'Selector is empty'],
    ['an attribute that is not a name', { subject: { selector: 'h1', attribute: 'on click' } }, 'HTML attribute name'],
    ['an id that is not a slug', { id: 'ACME Zendesk!' }, 'lower-case letters'],
  ])('%s', (_, change, message) => {
    const result = parseDetectorRule({ ...zendeskLike, ...(change as object) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('accepts a valid rule and fills defaults', () => {
    const result = parseDetectorRule(JSON.parse(JSON.stringify(zendeskLike)));
    expect(result).toMatchObject({ ok: true, rule: { requires: [], hosts: ['*.zendesk.com'] } });
  });

  it('ignores a rule that never went through the schema instead of throwing', () => {
    const unchecked: DetectorRule = { ...rule(zendeskLike), pathPattern: '(' };
    const url = new URL('https://acme.zendesk.com/agent/tickets/1');
    expect(detect(url, zendeskPage, [unchecked])).toBeNull();
    expect(detect(url, zendeskPage, [unchecked, rule(zendeskLike)])?.externalId).toBe('1');
  });
});

describe('long and hostile input', () => {
  it('stays fast and bounded on a huge page and a huge URL', () => {
    const hostile = rule({
      ...zendeskLike,
      // Allowed (two unbounded repeats), but polynomially slow on a long run of digits.
      customer: { selector: '[data-test-id="requester"]', pattern: '\\d+\\d+(x)' },
    });
    const digits = '1'.repeat(1_000_000);
    const page = parse(`<span data-test-id="requester">${digits}</span><input name="subject" value="${'a'.repeat(100_000)}">`);
    const url = new URL(`https://acme.zendesk.com/agent/tickets/1?q=${'a'.repeat(100_000)}`);
    const started = performance.now();
    const snapshot = detect(url, page, [hostile]);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(snapshot?.customer).toBeUndefined();
    expect(snapshot?.subject).toHaveLength(500);
    expect(snapshot?.url.length).toBeLessThanOrEqual(2000);
    expect(snapshot?.missing).toContain('customer');
  });

  it(`matches patterns against the first ${MAX_MATCH_INPUT} characters only`, () => {
    const page = parse(`<p class="group-field">${'-'.repeat(MAX_MATCH_INPUT)} Group: Tier 3</p>`);
    const snapshot = detect(new URL('https://acme.zendesk.com/agent/tickets/9'), page, [rule(zendeskLike)]);
    expect(snapshot?.queue).toBeUndefined();
    expect(snapshot?.missing).toContain('queue');
  });

  it('does not take an id that would have to be cut', () => {
    const url = new URL(`https://acme.zendesk.com/agent/tickets/${'9'.repeat(201)}`);
    expect(detect(url, zendeskPage, [rule(zendeskLike)])).toBeNull();
  });
});
