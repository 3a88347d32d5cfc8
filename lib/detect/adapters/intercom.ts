import type { DetectorRule } from '../rule';

/**
 * Intercom inbox, `https://app.intercom.com/a/inbox/WORKSPACE/inbox/…/conversation/ID`
 * (the segment after `inbox/` names the view: `shared/all`, `admin/123`, …). Shape: the
 * URL scheme is the one Intercom's help articles and conversation links show. The markup
 * is written from scratch without a workspace, in the `data-test-*` style of its Ember app,
 * not copied from it (fixture: `tests/fixtures/intercom/conversation.html`).
 */
export const intercom: DetectorRule = {
  id: 'intercom',
  name: 'Intercom inbox',
  hosts: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'],
  pathPattern: '^/a/inbox/',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '^/a/inbox/[A-Za-z0-9]{1,20}/inbox/(?:[^?#]*/)?conversation/(\\d{1,20})(?:[/?#]|$)',
    confirm: { selector: '[data-test-conversation-id]', attribute: 'data-test-conversation-id' },
  },
  channel: {
    selector: '[data-test-conversation-channel]',
    attribute: 'data-test-conversation-channel',
    map: { messenger: 'chat', conversation: 'chat', email: 'email', phone: 'call', whatsapp: 'social', facebook: 'social', instagram: 'social', sms: 'chat' },
  },
  customer: { selector: '[data-test-conversation-user-name]' },
  agent: { selector: '[data-test-conversation-assignee]' },
  queue: { selector: '[data-test-conversation-team]' },
  subject: { selector: '[data-test-conversation-title]' },
  startedAt: { selector: '[data-test-conversation-started] time', attribute: 'datetime' },
  watch: ['[data-test-conversation-id]', '.inbox2__conversation-container'],
};
