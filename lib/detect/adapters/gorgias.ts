import type { DetectorRule } from '../rule';

/**
 * Gorgias helpdesk, `https://SUBDOMAIN.gorgias.com/app/ticket/ID`. Shape: the URL scheme is
 * the one Gorgias' docs and ticket links show. The markup is written from scratch without an
 * account (fixture: `tests/fixtures/gorgias/ticket.html`).
 */
export const gorgias: DetectorRule = {
  id: 'gorgias',
  name: 'Gorgias',
  hosts: ['*.gorgias.com'],
  pathPattern: '^/app/ticket/\\d',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '^/app/ticket/(\\d{1,12})(?:[/?#]|$)',
    confirm: { selector: '[data-ticket-id]', attribute: 'data-ticket-id' },
  },
  channel: {
    selector: '[data-ticket-id] .ticket-channel',
    map: { email: 'email', chat: 'chat', phone: 'call', sms: 'chat', 'facebook messenger': 'social', instagram: 'social', 'contact form': 'ticket' },
  },
  customer: { selector: '[data-ticket-id] .ticket-customer-name' },
  agent: { selector: '[data-ticket-id] .ticket-assignee' },
  queue: { selector: '[data-ticket-id] .ticket-team' },
  subject: { selector: '[data-ticket-id] .ticket-subject' },
  startedAt: { selector: '[data-ticket-id] time.ticket-created', attribute: 'datetime' },
  watch: ['#ticket-view'],
};
