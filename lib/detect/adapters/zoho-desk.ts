import type { DetectorRule } from '../rule';

/**
 * Zoho Desk, `https://desk.zoho.com/agent/ORG/DEPARTMENT/tickets/details/ID` and the older
 * hash route `https://desk.zoho.com/support/ORG/ShowHomePage.do#Cases/dv/ID`, on each data
 * centre's domain (`desk.zoho.eu`, `.in`, `.com.au`, `.jp`). Shape: both URL forms appear
 * in Zoho Desk's public help pages and ticket links. The markup is written from scratch
 * without a portal (fixture: `tests/fixtures/zoho-desk/ticket.html`).
 */
export const zohoDesk: DetectorRule = {
  id: 'zoho-desk',
  name: 'Zoho Desk',
  hosts: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au', 'desk.zoho.jp'],
  pathPattern: '^/(?:agent|support)/',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '/tickets/details/(\\d{1,20})(?:[/?#]|$)',
    confirm: { selector: '[data-id="ticketDetail"][data-ticket-id]', attribute: 'data-ticket-id' },
  },
  fallbackIds: [
    {
      from: 'url',
      pattern: '#Cases/dv/(\\d{1,20})(?:[/?]|$)',
      confirm: { selector: '[data-id="ticketDetail"][data-ticket-id]', attribute: 'data-ticket-id' },
    },
  ],
  channel: {
    selector: '[data-id="ticketDetail"] [data-id="channel"]',
    map: { email: 'email', phone: 'call', chat: 'chat', web: 'ticket', forums: 'social', twitter: 'social', facebook: 'social' },
  },
  customer: { selector: '[data-id="ticketDetail"] [data-id="contactName"]' },
  agent: { selector: '[data-id="ticketDetail"] [data-id="ticketOwner"]' },
  queue: { selector: '[data-id="ticketDetail"] [data-id="departmentName"]' },
  subject: { selector: '[data-id="ticketDetail"] [data-id="ticketSubject"]' },
  startedAt: { selector: '[data-id="ticketDetail"] time[data-id="createdTime"]', attribute: 'datetime' },
  watch: ['#mainContainer'],
};
