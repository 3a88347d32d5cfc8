import type { DetectorRule } from '../rule';

/**
 * Zammad (open source, self-hosted on any host or `*.zammad.com`). Its agent UI is one page
 * routed by hash: `/#ticket/zoom/ID` (ID: the ticket's database id; agents see the ticket
 * *number* in the header). Shape: the routes of Zammad's web app (public source and docs);
 * the markup is written from scratch after its style (`#app`, one `.content` per open tab,
 * the active one `.active` with an id ending in the ticket id), not saved from a running
 * instance (fixture: `tests/fixtures/zammad/ticket.html`).
 */
export const zammad: DetectorRule = {
  id: 'zammad',
  name: 'Zammad',
  hosts: ['*'],
  pathPattern: '/$',
  requires: ['#app .ticketZoom'],
  externalId: {
    from: 'url',
    pattern: '^[^#]*#ticket/zoom/(\\d{1,12})(?:[/?]|$)',
    confirm: { selector: '.content.active[id^="content_permanent_TicketZoom"]', attribute: 'id', pattern: '^content_permanent_TicketZoom(\\d{1,12})$' },
  },
  channel: {
    selector: '.content.active .ticketZoom .article-content:first-child',
    attribute: 'data-type',
    map: { email: 'email', phone: 'call', web: 'ticket', note: 'ticket', chat: 'chat', sms: 'chat', 'twitter status': 'social', 'facebook feed post': 'social', 'telegram personal-message': 'social', 'whatsapp message': 'social' },
  },
  customer: { selector: '.content.active .ticketZoom .tabsSidebar [data-attribute="customer"] .user-name' },
  agent: { selector: '.content.active .ticketZoom .tabsSidebar [data-attribute="owner_id"] .value' },
  queue: { selector: '.content.active .ticketZoom .tabsSidebar [data-attribute="group_id"] .value' },
  subject: { selector: '.content.active .ticketZoom .ticket-title-update' },
  startedAt: { selector: '.content.active .ticketZoom .ticketZoom-header time', attribute: 'datetime' },
  watch: ['#content'],
};
