import type { DetectorRule } from '../rule';

/**
 * Dixa, `https://SUBDOMAIN.dixa.com/conversation/ID` (also under an inbox view,
 * `/inbox/…/conversation/ID`). Shape: the URL scheme Dixa's help pages and conversation
 * links show; the markup is written from scratch without an account (fixture:
 * `tests/fixtures/dixa/conversation.html`).
 */
export const dixa: DetectorRule = {
  id: 'dixa',
  name: 'Dixa',
  hosts: ['*.dixa.com'],
  pathPattern: '/conversation/\\d',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '/conversation/(\\d{1,12})(?:[/?#]|$)',
    confirm: { selector: '[data-testid="conversation-view"]', attribute: 'data-conversation-id' },
  },
  channel: {
    selector: '[data-testid="conversation-view"]',
    attribute: 'data-channel',
    map: { pstnphone: 'call', phone: 'call', widgetchat: 'chat', chat: 'chat', email: 'email', messenger: 'social', whatsapp: 'social', sms: 'chat' },
  },
  customer: { selector: '[data-testid="conversation-view"] [data-testid="requester-name"]' },
  agent: { selector: '[data-testid="conversation-view"] [data-testid="assignee-name"]' },
  queue: { selector: '[data-testid="conversation-view"] [data-testid="queue-name"]' },
  subject: { selector: '[data-testid="conversation-view"] [data-testid="conversation-subject"]' },
  startedAt: { selector: '[data-testid="conversation-view"] time[data-testid="created-at"]', attribute: 'datetime' },
  watch: ['[data-testid="conversation-view"]'],
};
