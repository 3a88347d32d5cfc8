// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect, watchSelectorsFor } from '../../lib/detect';
import { requestTracker } from '../../lib/detect/adapters/request-tracker';
import { NOW, parse } from './fixtures';

// Node's path helpers, not `new URL(..)`: under happy-dom the global URL is the window's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'request-tracker');
const html = (name: string) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
const rtPage = (name: string) => parse(html(name));
const rt = (path: string) => new URL(`https://rt.example.org${path}`);
const rules = [requestTracker];

describe('Request Tracker adapter on saved RT 5 ticket pages', () => {
  it('reads id, subject, requestor, owner and queue of an owned ticket', () => {
    const url = rt('/Ticket/Display.html?id=2');
    const snapshot = detect(url, rtPage('ticket'), rules, NOW);
    expect(snapshot).toMatchObject({
      platform: 'request-tracker',
      externalId: '2',
      channel: 'ticket',
      subject: 'Invoice charged twice in October',
      customer: 'Elina Koskinen <elina@example.com>',
      agent: 'root (Enoch Root)',
      queue: 'General',
      url: url.href,
      detectedAt: NOW.toISOString(),
    });
  });

  it("names RT's default date format as missing instead of guessing its time zone", () => {
    const snapshot = detect(rt('/Ticket/Display.html?id=2'), rtPage('ticket'), rules, NOW);
    expect(snapshot?.startedAt).toBeUndefined();
    expect(snapshot?.missing).toEqual(['startedAt']);
    // 4 of the 5 declared fields were read, the id is in the URL and on the page.
    expect(snapshot?.confidence).toBe(0.9);
  });

  it('reads the created time when the user shows dates in W3CDTF, RT\'s ISO 8601 format', () => {
    // The same page as RT renders it with Preferences → Date format "W3CDTF".
    const page = parse(html('ticket').replace('Tue Nov 24 15:06:24 2026', '2026-11-24T15:06:24Z'));
    const snapshot = detect(rt('/Ticket/Display.html?id=2'), page, rules, NOW);
    expect(snapshot).toMatchObject({ startedAt: '2026-11-24T15:06:24Z', missing: [], confidence: 1 });
  });

  it('reads a bare requestor address without its brackets and reports an unowned ticket as having no agent', () => {
    const snapshot = detect(rt('/Ticket/Display.html?id=3'), rtPage('unowned'), rules, NOW);
    expect(snapshot).toMatchObject({
      externalId: '3',
      subject: 'No owner yet',
      customer: 'customer@example.com',
      queue: 'General',
    });
    // "Nobody in particular" is RT's placeholder, not an agent.
    expect(snapshot?.agent).toBeUndefined();
    expect(snapshot?.missing).toEqual(['agent', 'startedAt']);
  });

  it.each([
    ['RT under a web path', '/rt/Ticket/Display.html?id=2'],
    ['other query parameters first', '/Ticket/Display.html?Action=SetTold&id=2'],
    ['a transaction anchor', '/Ticket/Display.html?id=2#txn-41'],
  ])('finds the ticket id with %s', (_, path) => {
    expect(detect(rt(path), rtPage('ticket'), rules)?.externalId).toBe('2');
  });

  it.each([
    ['another RT page', '/Ticket/History.html?id=2'],
    ['a ticket page without an id', '/Ticket/Display.html'],
    ['an id that is not a number', '/Ticket/Display.html?id=abc'],
    ['a parameter that only ends in "id"', '/Ticket/Display.html?userid=2'],
  ])('detects nothing on %s', (_, path) => {
    expect(detect(rt(path), rtPage('ticket'), rules)).toBeNull();
  });

  it('names only the URL\'s ticket, reading nothing, while the page shows another ticket', () => {
    const snapshot = detect(rt('/Ticket/Display.html?id=3'), rtPage('ticket'), rules);
    expect(snapshot?.externalId).toBe('3');
    expect(snapshot?.confidence).toBeLessThan(0.5);
    expect(snapshot?.subject).toBeUndefined();
    expect(snapshot?.customer).toBeUndefined();
    expect(snapshot?.agent).toBeUndefined();
  });

  it('does not fire on another site with the same path that is not RT', () => {
    const page = parse('<html><body id="comp-Other"><div id="header"><h1>#2: Hi</h1></div></body></html>');
    expect(detect(rt('/Ticket/Display.html?id=2'), page, rules)).toBeNull();
  });

  it('watches the header and the ticket summary on ticket pages', () => {
    expect(watchSelectorsFor(rt('/Ticket/Display.html?id=2'), rules)).toEqual(['#header', '.ticket-summary']);
  });
});
