import type { DetectorRule } from '../rule';

/**
 * Zendesk Support agent workspace, `https://SUBDOMAIN.zendesk.com/agent/tickets/ID`.
 * Shape: the URL scheme is Zendesk's public one (help center articles, API docs link
 * tickets this way). The markup is written from scratch without access to a live account:
 * plausible `data-test-id` attributes in the style the workspace uses, not copied from it
 * (fixture: `tests/fixtures/zendesk/ticket.html`). The workspace keeps several ticket tabs
 * in the DOM; only the pane not `hidden` is the open one, and its `data-ticket-id` must
 * equal the URL's id.
 */
export const zendesk: DetectorRule = {
  id: 'zendesk',
  name: 'Zendesk Support',
  hosts: ['*.zendesk.com'],
  pathPattern: '^/agent/tickets/\\d',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '^/agent/tickets/(\\d{1,12})(?:[/?#]|$)',
    confirm: { selector: '[data-test-id="ticket-pane"]:not([hidden])', attribute: 'data-ticket-id' },
  },
  channel: {
    selector: '[data-test-id="ticket-pane"]:not([hidden]) [data-test-id="ticket-via"]',
    map: { 'web form': 'ticket', 'web widget': 'chat', messaging: 'chat', 'voice': 'call', 'phone call': 'call', whatsapp: 'social', facebook: 'social' },
  },
  customer: { selector: '[data-test-id="ticket-pane"]:not([hidden]) [data-test-id="ticket-requester"]' },
  agent: { selector: '[data-test-id="ticket-pane"]:not([hidden]) [data-test-id="ticket-assignee"]' },
  queue: { selector: '[data-test-id="ticket-pane"]:not([hidden]) [data-test-id="ticket-group"]' },
  subject: { selector: '[data-test-id="ticket-pane"]:not([hidden]) [data-test-id="ticket-subject"]', attribute: 'value' },
  startedAt: { selector: '[data-test-id="ticket-pane"]:not([hidden]) [data-test-id="ticket-created"]', attribute: 'datetime' },
  watch: ['#main_panes'],
};
