import type { DetectorRule } from '../rule';

/**
 * Freshdesk agent portal, `https://SUBDOMAIN.freshdesk.com/a/tickets/ID`.
 * Shape: the `/a/tickets/ID` URL is Freshdesk's public one (support articles, API docs).
 * The markup is written from scratch without access to a live account: plausible
 * `data-test-*` attributes of an Ember app, not copied from it (fixture:
 * `tests/fixtures/freshdesk/ticket.html`). The ticket's "Source" names its channel.
 */
export const freshdesk: DetectorRule = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: ['*.freshdesk.com'],
  pathPattern: '^/a/tickets/\\d',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '^/a/tickets/(\\d{1,12})(?:[/?#]|$)',
    confirm: { selector: '[data-test-ticket-id]', attribute: 'data-test-ticket-id' },
  },
  channel: {
    selector: '[data-test-ticket-source]',
    attribute: 'data-test-ticket-source',
    map: { portal: 'ticket', phone: 'call', chat: 'chat', email: 'email', 'feedback widget': 'ticket', whatsapp: 'social', facebook: 'social', twitter: 'social' },
  },
  customer: { selector: '[data-test-requester-name]' },
  agent: { selector: '[data-test-ticket-agent]' },
  queue: { selector: '[data-test-ticket-group]' },
  subject: { selector: '[data-test-ticket-subject]' },
  startedAt: { selector: '[data-test-ticket-created] time', attribute: 'datetime' },
  watch: ['.app-main'],
};
