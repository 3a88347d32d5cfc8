// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { InteractionSnapshot } from '../../lib/domain';
import { detect, sameInteraction } from '../../lib/detect';
import { deskFixture, deskPage } from './fixtures';

const url = new URL('http://127.0.0.1:8787/demo/interactions/T-1001');
const ticket = detect(url, deskFixture('ticket'), undefined, new Date('2026-11-24T15:00:00Z'))!;

describe('sameInteraction: the content script reports only real changes', () => {
  it('treats a later detection of the same page as the same', () => {
    const later = detect(url, deskFixture('ticket'), undefined, new Date('2026-11-24T15:00:05Z'));
    expect(later?.detectedAt).not.toBe(ticket.detectedAt);
    expect(sameInteraction(ticket, later)).toBe(true);
  });

  it.each<[string, Partial<InteractionSnapshot>]>([
    ['another interaction', { externalId: 'T-1002' }],
    ['another customer', { customer: 'Someone Else' }],
    ['a field that appeared', { queue: undefined }],
    ['a changed confidence', { confidence: 0.5 }],
    ['another URL', { url: 'http://127.0.0.1:8787/demo/interactions/T-1001?tab=2' }],
  ])('sees %s as a change', (_, change) => {
    expect(sameInteraction(ticket, { ...ticket, ...change })).toBe(false);
  });

  it('ignores the order of missing fields', () => {
    const a = { ...ticket, missing: ['agent', 'queue'] } satisfies InteractionSnapshot;
    const b = { ...ticket, missing: ['queue', 'agent'] } satisfies InteractionSnapshot;
    expect(sameInteraction(a, b)).toBe(true);
    expect(sameInteraction(a, { ...ticket, missing: ['agent', 'subject'] })).toBe(false);
  });

  it('compares "nothing detected" too', () => {
    expect(sameInteraction(null, null)).toBe(true);
    expect(sameInteraction(ticket, null)).toBe(false);
    expect(sameInteraction(null, ticket)).toBe(false);
  });

  it('sees the desk finishing its render as a change (fields filled, confidence up)', () => {
    const loading = detect(url, deskPage('<p>Loading…</p>'));
    expect(loading?.externalId).toBe('T-1001');
    expect(sameInteraction(loading, ticket)).toBe(false);
  });
});
