import type { DetectorRule } from '../rule';

/**
 * Trengo, `https://app.trengo.com/tickets/ID`. Shape: the URL scheme Trengo's help pages
 * and ticket links show; the markup is written from scratch without an account (fixture:
 * `tests/fixtures/trengo/ticket.html`). Trengo is omnichannel: the ticket's channel badge
 * names WhatsApp, e-mail, voice, live chat, …
 */
export const trengo: DetectorRule = {
  id: 'trengo',
  name: 'Trengo',
  hosts: ['app.trengo.com'],
  pathPattern: '^/tickets/\\d',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '^/tickets/(\\d{1,12})(?:[/?#]|$)',
    confirm: { selector: '#ticket-view[data-ticket-id]', attribute: 'data-ticket-id' },
  },
  channel: {
    selector: '#ticket-view .ticket-channel',
    map: { email: 'email', 'live chat': 'chat', chat: 'chat', voice: 'call', whatsapp: 'social', 'whatsapp business': 'social', facebook: 'social', instagram: 'social', sms: 'chat' },
  },
  customer: { selector: '#ticket-view .ticket-contact-name' },
  agent: { selector: '#ticket-view .ticket-assignee' },
  queue: { selector: '#ticket-view .ticket-team' },
  subject: { selector: '#ticket-view .ticket-subject' },
  startedAt: { selector: '#ticket-view time.ticket-created', attribute: 'datetime' },
  watch: ['#ticket-view', '#app'],
};
