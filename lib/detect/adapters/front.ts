import type { DetectorRule } from '../rule';

/**
 * Front, `https://app.frontapp.com/open/cnv_ID` (a conversation's share link) or an inbox
 * view ending in the conversation, `/inboxes/…/cnv_ID`. Shape: `cnv_` ids are Front's public
 * API conversation ids and its share links use `/open/`; the markup is written from scratch
 * without an account (fixture: `tests/fixtures/front/conversation.html`).
 */
export const front: DetectorRule = {
  id: 'front',
  name: 'Front',
  hosts: ['app.frontapp.com'],
  pathPattern: '^/(?:open|inboxes)/',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '/(cnv_[a-z0-9]{1,24})(?:[/?#]|$)',
    confirm: { selector: '[data-conversation-id]', attribute: 'data-conversation-id' },
  },
  channel: {
    selector: '[data-conversation-id] [data-testid="channel-type"]',
    map: { email: 'email', chat: 'chat', 'front chat': 'chat', sms: 'chat', whatsapp: 'social', facebook: 'social', twitter: 'social', call: 'call', phone: 'call' },
  },
  customer: { selector: '[data-conversation-id] [data-testid="contact-name"]' },
  agent: { selector: '[data-conversation-id] [data-testid="assignee-name"]' },
  queue: { selector: '[data-conversation-id] [data-testid="inbox-name"]' },
  subject: { selector: '[data-conversation-id] [data-testid="conversation-subject"]' },
  startedAt: { selector: '[data-conversation-id] [data-testid="first-message"] time', attribute: 'datetime' },
  watch: ['[data-testid="conversation-pane"]'],
};
