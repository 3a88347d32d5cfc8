// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InteractionField, InteractionSnapshot } from '../../lib/domain';
import { builtInRules, detect, watchSelectorsFor } from '../../lib/detect';
import { NOW, parse } from './fixtures';

// Node's path helpers, not `new URL(..)`: under happy-dom the global URL is the window's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const html = (fixture: string) => readFileSync(join(FIXTURES, `${fixture}.html`), 'utf8');
const page = (fixture: string) => parse(html(fixture));

interface Case {
  fixture: string;
  url: string;
  expected: Partial<InteractionSnapshot>;
  missing?: InteractionField[];
}

/** Each platform's fixture page under the URL users meet it at, and what the built-in rules read from it. */
const CASES: Case[] = [
  {
    fixture: 'zendesk/ticket',
    url: 'https://acme.zendesk.com/agent/tickets/4711',
    expected: {
      platform: 'zendesk', externalId: '4711', channel: 'email', customer: 'Elina Koskinen', agent: 'Aino Virtanen',
      queue: 'Tier 2', subject: 'Cannot log in after password reset', startedAt: '2026-11-24T09:12:00Z', confidence: 1,
    },
  },
  {
    fixture: 'freshdesk/ticket',
    url: 'https://acme.freshdesk.com/a/tickets/2310',
    expected: {
      platform: 'freshdesk', externalId: '2310', channel: 'call', customer: 'Matti Lehtonen', agent: 'Mikko Korhonen',
      queue: 'Technical support', subject: 'Router keeps restarting', startedAt: '2026-11-23T14:05:00+02:00',
    },
  },
  {
    fixture: 'salesforce/case',
    url: 'https://acme.lightning.force.com/lightning/r/Case/5003X00002AbCdEQAV/view',
    expected: {
      platform: 'salesforce', externalId: '5003X00002AbCdEQAV', channel: 'ticket', customer: 'Kaisa Laaksonen',
      agent: 'Aino Virtanen', subject: 'Refund for a double charge', startedAt: '2026-11-24T08:30:00.000Z',
    },
    missing: ['queue'],
  },
  {
    fixture: 'salesforce/voice-call',
    url: 'https://acme.lightning.force.com/lightning/r/VoiceCall/0LQ3X000000AbCdWAK/view?ws=%2Flightning%2Fr%2FCase',
    expected: {
      platform: 'salesforce', externalId: '0LQ3X000000AbCdWAK', channel: 'call', customer: '+358 40 555 1234',
      agent: 'Mikko Korhonen', startedAt: '2026-11-24T12:01:09.000Z',
    },
    missing: ['queue', 'subject'],
  },
  {
    fixture: 'hubspot/ticket',
    url: 'https://app.hubspot.com/help-desk/2400123/view/1/ticket/98765432',
    expected: {
      platform: 'hubspot', externalId: '98765432', channel: 'chat', customer: 'Pekka Heikkinen', agent: 'Aino Virtanen',
      queue: 'Returns', subject: 'Wrong size delivered', startedAt: '2026-11-24T10:00:00Z',
    },
  },
  {
    fixture: 'intercom/conversation',
    url: 'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/215470987654321',
    expected: {
      platform: 'intercom', externalId: '215470987654321', channel: 'chat', customer: 'Laura Nieminen',
      agent: 'Mikko Korhonen', subject: 'Question about my subscription', startedAt: '2026-11-24T13:45:10Z',
    },
    missing: ['queue'],
  },
  {
    fixture: 'front/conversation',
    url: 'https://app.frontapp.com/open/cnv_55c8c149',
    expected: {
      platform: 'front', externalId: 'cnv_55c8c149', channel: 'email', customer: 'Johanna Salo', agent: 'Aino Virtanen',
      queue: 'Billing', subject: 'Invoice address change', startedAt: '2026-11-24T07:59:00Z',
    },
  },
  {
    fixture: 'front/conversation',
    url: 'https://app.frontapp.com/inboxes/teams/folders/12345/unassigned/cnv_55c8c149',
    expected: { platform: 'front', externalId: 'cnv_55c8c149' },
  },
  {
    fixture: 'gorgias/ticket',
    url: 'https://acme.gorgias.com/app/ticket/31415926',
    expected: {
      platform: 'gorgias', externalId: '31415926', channel: 'social', customer: 'Ville Mäkinen', agent: 'Mikko Korhonen',
      queue: 'Orders', subject: 'Where is my order #1055?', startedAt: '2026-11-24T06:15:00Z',
    },
  },
  {
    fixture: 'help-scout/conversation',
    url: 'https://secure.helpscout.net/conversation/2345678901/1042?folderId=123',
    expected: {
      platform: 'help-scout', externalId: '2345678901', channel: 'email', customer: 'Sanna Virtanen', queue: 'Support',
      subject: 'Password reset link expired', startedAt: '2026-11-24T05:30:00Z',
    },
    missing: ['agent'],
  },
  {
    fixture: 'zoho-desk/ticket',
    url: 'https://desk.zoho.com/agent/acme/support/tickets/details/381234000001234567',
    expected: {
      platform: 'zoho-desk', externalId: '381234000001234567', channel: 'ticket', customer: 'Tiina Hämäläinen',
      agent: 'Aino Virtanen', queue: 'Billing', subject: 'Cannot download my invoice', startedAt: '2026-11-24T09:00:00+02:00',
    },
  },
  {
    fixture: 'zoho-desk/ticket',
    url: 'https://desk.zoho.eu/support/acme/ShowHomePage.do#Cases/dv/381234000001234567',
    expected: { platform: 'zoho-desk', externalId: '381234000001234567', confidence: 1 },
  },
  {
    fixture: 'genesys-cloud/live-call',
    url: 'https://apps.mypurecloud.com/directory/#/engage/admin/interactions',
    expected: {
      platform: 'genesys-cloud', externalId: '8f14e45f-ceea-467a-9a3b-7a1c2b3d4e5f', channel: 'call',
      customer: '+358 40 555 1234', agent: 'Aino Virtanen', queue: 'Technical support', startedAt: '2026-11-24T12:26:00Z',
    },
    missing: ['subject'],
  },
  {
    fixture: 'genesys-cloud/interaction-details',
    url: 'https://apps.mypurecloud.ie/directory/#/analytics/interactions/8f14e45f-ceea-467a-9a3b-7a1c2b3d4e5f/admin',
    expected: {
      platform: 'genesys-cloud', externalId: '8f14e45f-ceea-467a-9a3b-7a1c2b3d4e5f', channel: 'call',
      customer: '+358 40 555 1234', agent: 'Aino Virtanen', queue: 'Technical support',
    },
    missing: ['subject'],
  },
  {
    fixture: 'amazon-connect/live-call',
    url: 'https://acme.my.connect.aws/agent-app-v2/',
    expected: {
      platform: 'amazon-connect', externalId: 'c7a3e8b2-5f1d-4e2a-9b8c-0d1e2f3a4b5c', channel: 'call',
      customer: 'Jukka Rantanen', agent: 'Mikko Korhonen', queue: 'BasicQueue', startedAt: '2026-11-24T12:40:00Z',
      confidence: 0.8,
    },
  },
  {
    fixture: 'puzzel/live-chat',
    url: 'https://agent.puzzel.com/',
    expected: {
      platform: 'puzzel', externalId: '25112400123', channel: 'chat', customer: 'Riikka Laine', agent: 'Aino Virtanen',
      queue: 'Chat_Support_FI',
    },
    missing: ['startedAt'],
  },
  {
    fixture: 'puzzel/live-call',
    url: 'https://agent.puzzel.com/#/requests',
    expected: { platform: 'puzzel', externalId: '25112400130', channel: 'call', customer: '+358 9 123 456', queue: 'Sales' },
  },
  {
    fixture: 'dixa/conversation',
    url: 'https://acme.dixa.com/conversation/123456',
    expected: {
      platform: 'dixa', externalId: '123456', channel: 'call', customer: 'Olli Heinonen', agent: 'Mikko Korhonen',
      queue: 'Phone support', startedAt: '2026-11-24T11:11:11Z',
    },
    missing: ['subject'],
  },
  {
    fixture: 'trengo/ticket',
    url: 'https://app.trengo.com/tickets/778899',
    expected: {
      platform: 'trengo', externalId: '778899', channel: 'social', customer: 'Anna Koivisto', agent: 'Aino Virtanen',
      queue: 'Customer care', subject: 'Delivery time question', startedAt: '2026-11-24T08:08:08Z',
    },
  },
  {
    fixture: 'liveagent/conversation',
    url: 'https://support.example.com/agent/#Conversation;id=k3x9q2pa',
    expected: {
      platform: 'liveagent', externalId: 'k3x9q2pa', channel: 'chat', customer: 'Eero Lindqvist', agent: 'Mikko Korhonen',
      queue: 'Sales', subject: 'Order status', startedAt: '2026-11-24T10:20:00Z',
    },
  },
  {
    fixture: 'chatwoot/conversation',
    url: 'https://chat.example.org/app/accounts/1/conversations/42',
    expected: {
      platform: 'chatwoot', externalId: '42', channel: 'chat', customer: 'Noora Järvinen', agent: 'Aino Virtanen',
      queue: 'Website chat', startedAt: '2026-11-24T09:45:00Z',
    },
  },
  {
    fixture: 'chatwoot/conversation',
    url: 'https://chat.example.org/app/accounts/1/inbox/3/conversations/42',
    expected: { platform: 'chatwoot', externalId: '42' },
  },
  {
    fixture: 'zammad/ticket',
    url: 'https://helpdesk.example.org/#ticket/zoom/17',
    expected: {
      platform: 'zammad', externalId: '17', channel: 'call', customer: 'Heikki Salminen', agent: 'Aino Virtanen',
      queue: 'IT Helpdesk', subject: 'Printer on 3rd floor jams', startedAt: '2026-11-24T07:00:00Z', confidence: 1,
    },
  },
  {
    fixture: 'freescout/conversation',
    url: 'https://support.example.org/conversation/315?folder_id=2',
    expected: {
      platform: 'freescout', externalId: '315', channel: 'email', customer: 'Tuomas Koskinen', queue: 'Support',
      subject: 'Account locked', startedAt: '2026-11-24T04:04:04Z',
    },
    missing: ['agent'],
  },
  {
    fixture: 'osticket/ticket',
    url: 'https://tickets.example.org/scp/tickets.php?id=12',
    expected: {
      platform: 'osticket', externalId: '12', channel: 'ticket', customer: 'Marja Aalto', agent: 'Mikko Korhonen',
      queue: 'IT Support', subject: 'VPN does not connect from home',
    },
    missing: ['startedAt'],
  },
];

describe('built-in platform adapters on their fixture pages', () => {
  it.each(CASES)('$url on $fixture', ({ fixture, url, expected, missing = [] }) => {
    const snapshot = detect(new URL(url), page(fixture), builtInRules, NOW);
    expect(snapshot).toMatchObject({ ...expected, url, detectedAt: NOW.toISOString() });
    expect(snapshot?.missing).toEqual(missing);
    // Every field it reports is one it read: nothing is filled in for what is missing.
    for (const field of missing) expect(snapshot?.[field]).toBeUndefined();
    expect(snapshot?.confidence).toBeGreaterThan(0.5);
  });

  it('has a fixture and a case for every built-in platform', () => {
    const covered = new Set(CASES.map((c) => c.expected.platform));
    for (const rule of builtInRules) {
      if (rule.id === 'demo-desk' || rule.id === 'request-tracker') continue; // own test files
      expect(covered, rule.id).toContain(rule.id);
      expect(existsSync(join(FIXTURES, rule.id)), rule.id).toBe(true);
    }
  });

  it.each(CASES.map((c) => c.fixture).filter((f, i, all) => all.indexOf(f) === i))('%s says where its shape comes from', (fixture) => {
    expect(html(fixture)).toMatch(/<!--[\s\S]*?written\s+from\s+scratch[\s\S]*?-->/i);
  });
});

describe('what they do not detect', () => {
  it.each([
    ['a Zendesk page that is not a ticket', 'https://acme.zendesk.com/agent/users/12', 'zendesk/ticket'],
    ['the ticket path on a look-alike host', 'https://acme.zendesk.com.evil.example/agent/tickets/4711', 'zendesk/ticket'],
    ['a Freshdesk ticket list', 'https://acme.freshdesk.com/a/tickets/filters/all', 'freshdesk/ticket'],
    ['a Salesforce Account record', 'https://acme.lightning.force.com/lightning/r/Account/0013X00002AbCdEQAV/view', 'salesforce/case'],
    ['a HubSpot help desk view without a ticket', 'https://app.hubspot.com/help-desk/2400123/view/1', 'hubspot/ticket'],
    ['an Intercom inbox without a conversation', 'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all', 'intercom/conversation'],
    ['Genesys Cloud engage with no interaction selected', 'https://apps.mypurecloud.com/directory/#/engage/admin', 'zendesk/ticket'],
    ['Puzzel with no request open', 'https://agent.puzzel.com/', 'zendesk/ticket'],
    ['Zammad\'s dashboard', 'https://helpdesk.example.org/#dashboard', 'zammad/ticket'],
    ['a ticket-zoom hash on a page that is not Zammad', 'https://example.org/#ticket/zoom/17', 'zendesk/ticket'],
    ['a /conversation/ path that is not FreeScout', 'https://example.org/conversation/315', 'zendesk/ticket'],
    ['osTicket\'s ticket queue', 'https://tickets.example.org/scp/tickets.php?status=open', 'osticket/ticket'],
    ['an osTicket-like path on another site', 'https://example.org/scp/tickets.php?id=12', 'zendesk/ticket'],
    ['a Chatwoot-like path on another site', 'https://example.org/app/accounts/1/conversations/42', 'zendesk/ticket'],
  ])('%s', (_, url, fixture) => {
    expect(detect(new URL(url), page(fixture))).toBeNull();
  });

  it('names only the new id while the URL names a new ticket but the page still shows the previous one', () => {
    for (const [url, fixture, id] of [
      ['https://acme.zendesk.com/agent/tickets/4702', 'zendesk/ticket', '4702'],
      ['https://helpdesk.example.org/#ticket/zoom/9', 'zammad/ticket', '9'],
    ] as const) {
      const snapshot = detect(new URL(url), page(fixture));
      expect(snapshot).toMatchObject({ externalId: id, confidence: 0.15 });
      expect(snapshot?.customer).toBeUndefined(); // the previous ticket's requester is not read
      expect(snapshot?.subject).toBeUndefined();
    }
  });

  it('names only the id, with low confidence, while a single-page app has not rendered the ticket yet', () => {
    const loading = parse('<div id="main_panes"><p aria-busy="true">Loading…</p></div>');
    const snapshot = detect(new URL('https://acme.zendesk.com/agent/tickets/4800'), loading);
    expect(snapshot).toMatchObject({ externalId: '4800', channel: 'unknown', confidence: 0.15 });
    expect(snapshot?.customer).toBeUndefined();
  });
});

describe('what the content script watches', () => {
  it.each([
    ['https://acme.zendesk.com/agent/tickets/4711', ['#main_panes']],
    // Zammad's path pattern matches any "/…/" path: its selector is watched too, cheaply, as its marker decides.
    ['https://apps.mypurecloud.com/directory/#/engage/admin', ['#interactions-panel', '.interaction-details', '#content']],
    ['https://helpdesk.example.org/#ticket/zoom/17', ['#content']],
    ['https://www.example.com/news/1', []],
  ])('%s', (url, selectors) => {
    expect(watchSelectorsFor(new URL(url))).toEqual(selectors);
  });
});
