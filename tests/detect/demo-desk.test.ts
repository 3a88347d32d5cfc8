// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detect, watchSelectorsFor } from '../../lib/detect';
import { NOW, deskFixture, deskPage } from './fixtures';

const desk = (path: string) => new URL(`http://127.0.0.1:8787${path}`);

describe('demo desk adapter on saved desk pages', () => {
  it.each([
    {
      fixture: 'ticket',
      url: '/demo/interactions/T-1001',
      expected: {
        externalId: 'T-1001', channel: 'ticket', customer: 'Elina Koskinen', agent: 'Aino Virtanen',
        agentEmail: 'agent1@demo.laatu', queue: 'Billing', subject: 'Invoice charged twice in October',
        startedAt: '2026-11-24T11:25:00.000Z',
      },
    },
    {
      fixture: 'chat',
      url: '/demo/interactions/C-2001',
      expected: {
        externalId: 'C-2001', channel: 'chat', customer: 'Matti Lehtonen', agent: 'Mikko Korhonen',
        agentEmail: 'agent2@demo.laatu', queue: 'Billing', subject: 'App shows "<b>urgent</b>" payment notice',
        startedAt: '2026-11-24T14:18:00.000Z',
      },
    },
    {
      fixture: 'live-call',
      url: '/demo/interactions/P-3001',
      expected: {
        externalId: 'P-3001', channel: 'call', customer: 'Kaisa Laaksonen', agent: 'Aino Virtanen',
        agentEmail: 'agent1@demo.laatu', queue: 'Technical support', subject: 'Broadband outage in Hervanta, Tampere',
        startedAt: '2026-11-24T14:26:00.000Z',
      },
    },
    // The URL may carry a query (the desk's ?chatRate=N), a hash or a trailing slash.
    { fixture: 'chat', url: '/demo/interactions/C-2001?chatRate=50', expected: { externalId: 'C-2001', channel: 'chat' } },
    { fixture: 'ticket', url: '/demo/interactions/T-1001/', expected: { externalId: 'T-1001' } },
    { fixture: 'ticket', url: '/demo/interactions/T-1001#thread', expected: { externalId: 'T-1001' } },
  ])('$url on $fixture.html reads every field', ({ fixture, url, expected }) => {
    const snapshot = detect(desk(url), deskFixture(fixture), undefined, NOW);
    expect(snapshot).toMatchObject({
      platform: 'demo-desk',
      ...expected,
      url: desk(url).href,
      confidence: 1,
      missing: [],
      detectedAt: NOW.toISOString(),
    });
  });

  it('reads the same page on any host and port the desk is served from', () => {
    const url = new URL('https://qa.example.org/demo/interactions/T-1001');
    expect(detect(url, deskFixture('ticket'))?.externalId).toBe('T-1001');
  });

  it.each([
    ['the queue with no interaction open', '/demo', 'empty'],
    ['a path outside /demo', '/demonstration/interactions/T-1001', 'ticket'],
    ['an id that is not the desk id shape', '/demo/interactions/1001', 'ticket'],
  ])('detects nothing on %s', (_, url, fixture) => {
    expect(detect(desk(url), deskFixture(fixture))).toBeNull();
  });

  it('does not fire on another site with a /demo path that does not declare itself the desk', () => {
    const page = deskFixture('not-the-desk');
    expect(page.querySelector('[data-interaction-id="T-1001"]')).not.toBeNull();
    expect(detect(new URL('https://helpdesk-pro.example/demo/interactions/T-1001'), page)).toBeNull();
  });

  it('names only the new id while the URL names a new interaction but the page still shows the old one', () => {
    // Saved between history.pushState and the desk's re-render: nothing of the old page is read.
    const page = deskFixture('url-id-mismatch');
    const snapshot = detect(desk('/demo/interactions/E-4001'), page, undefined, NOW);
    expect(snapshot).toMatchObject({ externalId: 'E-4001', channel: 'unknown', confidence: 0.15 });
    expect(snapshot?.customer).toBeUndefined();
    expect(snapshot?.subject).toBeUndefined();
    expect(snapshot?.missing).toEqual(['channel', 'customer', 'agent', 'queue', 'subject', 'startedAt']);
    // The same content under its own id is read as usual.
    expect(detect(desk('/demo/interactions/P-3001'), page)?.customer).toBe('Kaisa Laaksonen');
  });

  it('names the id only, with low confidence, while the page shows no interaction id at all', () => {
    const page = deskPage('<p aria-busy="true">Loading…</p><span data-field="customer">Someone Else</span>');
    const snapshot = detect(desk('/demo/interactions/E-4001'), page, undefined, NOW);
    expect(snapshot).toMatchObject({ externalId: 'E-4001', channel: 'unknown', confidence: 0.15 });
    expect(snapshot?.customer).toBeUndefined();
    expect(snapshot?.missing).toEqual(['channel', 'customer', 'agent', 'queue', 'subject', 'startedAt']);
  });
});

describe('page text is read as text', () => {
  it('returns HTML-looking customer text verbatim, as the agent sees it', () => {
    const snapshot = detect(desk('/demo/interactions/C-2001'), deskFixture('chat'));
    expect(snapshot?.subject).toBe('App shows "<b>urgent</b>" payment notice');
  });

  it('keeps only the text of markup inside a field, never its tags', () => {
    const page = deskPage(
      `<article data-interaction-id="C-2009" data-channel="chat">
         <h1 data-field="subject">Line
           cut <img src=x onerror="alert(1)">off &amp; <b>back</b>&#x202E;</h1>
         <span data-field="customer">Matti <b>Lehtonen</b><script>document.title = "x"</script></span>
       </article>`,
    );
    const snapshot = detect(desk('/demo/interactions/C-2009'), page);
    expect(snapshot?.subject).toBe('Line cut off & back');
    expect(snapshot?.customer).toBe('Matti Lehtonen');
  });

  it('cuts over-long text to the schema maximum', () => {
    const long = 'ä'.repeat(5000);
    const page = deskPage(
      `<article data-interaction-id="T-1009" data-channel="ticket"><span data-field="customer">${long}</span>` +
        `<h1 data-field="subject">${long}</h1></article>`,
    );
    const snapshot = detect(desk('/demo/interactions/T-1009'), page);
    expect(snapshot?.customer).toHaveLength(200);
    expect(snapshot?.customer?.endsWith('…')).toBe(true);
    expect(snapshot?.subject).toHaveLength(500);
  });
});

describe('missing fields', () => {
  it('lists the fields it could not read and lowers confidence instead of guessing', () => {
    const page = deskPage(
      `<article data-interaction-id="T-1002" data-channel="fax">
         <span data-field="customer">Pekka Heikkinen</span>
         <span data-field="agent-email">not an e-mail</span>
         <time data-field="started-at" datetime="yesterday">Yesterday</time>
       </article>`,
    );
    const snapshot = detect(desk('/demo/interactions/T-1002'), page, undefined, NOW);
    expect(snapshot).toMatchObject({ externalId: 'T-1002', channel: 'unknown', customer: 'Pekka Heikkinen' });
    expect(snapshot?.agentEmail).toBeUndefined();
    expect(snapshot?.startedAt).toBeUndefined();
    expect(snapshot?.missing).toEqual(['channel', 'agent', 'queue', 'subject', 'startedAt']);
    // 1 of the 7 declared fields was read.
    expect(snapshot?.confidence).toBeCloseTo(0.57, 2);
  });
});

describe('what to watch', () => {
  it('watches the open interaction\'s header on desk pages and nothing elsewhere', () => {
    const header = 'main [data-interaction-id] > header';
    expect(watchSelectorsFor(desk('/demo/interactions/T-1001'))).toEqual([header]);
    expect(watchSelectorsFor(desk('/demo'))).toEqual([header]);
    // Everything the rule reads from the content is inside it, or is the article holding it.
    const page = deskFixture('chat');
    const watched = page.querySelector(header)!;
    for (const field of page.querySelectorAll('[data-field]')) expect(watched.contains(field)).toBe(true);
    expect(watched.parentElement?.hasAttribute('data-interaction-id')).toBe(true);
    expect(watchSelectorsFor(new URL('https://example.com/agent/tickets/1'))).toEqual([]);
  });
});
