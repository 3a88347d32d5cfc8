import type { DetectorRule } from '../rule';

/**
 * Help Scout, `https://secure.helpscout.net/conversation/ID/NUMBER` (ID: the conversation's
 * id in Help Scout's API; NUMBER: the `#` number agents see). Shape: the URL scheme is the one
 * Help Scout's docs and conversation links show. The markup is written from scratch without
 * an account (fixture: `tests/fixtures/help-scout/conversation.html`).
 */
export const helpScout: DetectorRule = {
  id: 'help-scout',
  name: 'Help Scout',
  hosts: ['secure.helpscout.net'],
  pathPattern: '^/conversation/\\d',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '^/conversation/(\\d{1,15})(?:[/?#]|$)',
    confirm: { selector: '#conversation[data-conversation-id]', attribute: 'data-conversation-id' },
  },
  channel: {
    selector: '#conversation[data-conversation-type]',
    attribute: 'data-conversation-type',
    map: { email: 'email', chat: 'chat', phone: 'call' },
  },
  customer: { selector: '#conversation .c-customer-name' },
  agent: { selector: '#conversation .c-assignee' },
  queue: { selector: '#conversation .c-mailbox-name' },
  subject: { selector: '#conversation .c-subject' },
  startedAt: { selector: '#conversation .c-thread:first-of-type time', attribute: 'datetime' },
  watch: ['#conversation', '#js-wrap'],
};
