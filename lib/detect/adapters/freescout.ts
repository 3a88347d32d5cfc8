import type { DetectorRule } from '../rule';

/**
 * FreeScout (open source help desk, self-hosted on any host), `/conversation/ID` (also
 * `?folder_id=…`, `#thread-…`). Shape: the routes of FreeScout's public source; the markup
 * is written from scratch after its Laravel/Bootstrap views (`#conv-layout`, a conversation
 * header with its `#` number and subject, a sidebar with the customer), not saved from a
 * running instance (fixture: `tests/fixtures/freescout/conversation.html`). Any host, so the
 * page must show FreeScout's conversation layout.
 */
export const freescout: DetectorRule = {
  id: 'freescout',
  name: 'FreeScout',
  hosts: ['*'],
  pathPattern: '/conversation/\\d{1,12}$',
  requires: ['#conv-layout'],
  externalId: {
    from: 'url',
    pattern: '/conversation/(\\d{1,12})(?:[?#]|$)',
    confirm: { selector: '#conv-layout[data-conversation-id]', attribute: 'data-conversation-id' },
  },
  channel: {
    selector: '#conv-layout .conv-type',
    attribute: 'data-type',
    map: { email: 'email', phone: 'call', chat: 'chat' },
  },
  customer: { selector: '#conv-layout .conv-customer .customer-name' },
  agent: { selector: '#conv-layout .conv-user .conv-user-name' },
  queue: { selector: '#conv-layout .conv-mailbox' },
  subject: { selector: '#conv-layout .conv-subj-block .conv-subj' },
  startedAt: { selector: '#conv-layout .conv-created time', attribute: 'datetime' },
  watch: ['#conv-layout'],
};
