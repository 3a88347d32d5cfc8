import type { DetectorRule } from '../rule';

/**
 * HubSpot help desk, `https://app.hubspot.com/help-desk/PORTALID/view/VIEWID/ticket/TICKETID`
 * (EU data centre: `app-eu1.hubspot.com`). Shape: HubSpot's public knowledge base shows
 * help desk URLs with the portal id first and the ticket id last; the exact segments in
 * between vary, so only `/help-desk/PORTAL/…/ticket/ID` is relied on. The markup is written
 * from scratch without an account, in the `data-test-id` style HubSpot's apps use
 * (fixture: `tests/fixtures/hubspot/ticket.html`).
 */
export const hubspot: DetectorRule = {
  id: 'hubspot',
  name: 'HubSpot help desk',
  hosts: ['app.hubspot.com', 'app-eu1.hubspot.com'],
  pathPattern: '^/help-desk/\\d',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '^/help-desk/\\d{1,12}/(?:[^?#]*/)?ticket/(\\d{1,15})(?:[/?#]|$)',
    confirm: { selector: '[data-test-id="ticket-record"]', attribute: 'data-ticket-id' },
  },
  channel: {
    selector: '[data-test-id="ticket-record"] [data-test-id="ticket-source"]',
    map: { email: 'email', chat: 'chat', 'live chat': 'chat', calling: 'call', call: 'call', form: 'ticket', whatsapp: 'social', 'facebook messenger': 'social' },
  },
  customer: { selector: '[data-test-id="ticket-record"] [data-test-id="ticket-contact-name"]' },
  agent: { selector: '[data-test-id="ticket-record"] [data-test-id="ticket-owner"]' },
  queue: { selector: '[data-test-id="ticket-record"] [data-test-id="ticket-team"]' },
  subject: { selector: '[data-test-id="ticket-record"] [data-test-id="ticket-name"]' },
  startedAt: { selector: '[data-test-id="ticket-record"] [data-test-id="ticket-created"]', attribute: 'datetime' },
  watch: ['[data-test-id="help-desk-workspace"]'],
};
