import type { DetectorRule } from '../rule';

/**
 * Chatwoot (open source, self-hosted on any host or app.chatwoot.com),
 * `/app/accounts/ACCOUNT/conversations/ID` (also under inbox, label or team views,
 * `/app/accounts/1/inbox/2/conversations/ID`). Shape: the routes of Chatwoot's dashboard
 * (its public source and docs); the markup is written from scratch after its Vue
 * dashboard's style, not saved from a running instance (fixture:
 * `tests/fixtures/chatwoot/conversation.html`). Any host, so the page must show
 * Chatwoot's conversation view.
 */
export const chatwoot: DetectorRule = {
  id: 'chatwoot',
  name: 'Chatwoot',
  hosts: ['*'],
  pathPattern: '^/app/accounts/\\d{1,10}/(?:[^?#]*/)?conversations/\\d',
  requires: ['.conversation-details-wrap'],
  externalId: {
    from: 'url',
    pattern: '/conversations/(\\d{1,12})(?:[/?#]|$)',
    confirm: { selector: '.conversation-details-wrap[data-conversation-id]', attribute: 'data-conversation-id' },
  },
  channel: {
    selector: '.conversation-details-wrap[data-channel]',
    attribute: 'data-channel',
    map: { 'channel::webwidget': 'chat', 'channel::email': 'email', 'channel::api': 'chat', 'channel::whatsapp': 'social', 'channel::facebookpage': 'social', 'channel::twitterprofile': 'social', 'channel::telegram': 'social', 'channel::sms': 'chat', 'channel::twiliosms': 'chat', 'channel::line': 'social' },
  },
  customer: { selector: '.conversation-details-wrap .conversation--header .user--name' },
  agent: { selector: '.conversation-details-wrap .conversation--assignee' },
  queue: { selector: '.conversation-details-wrap .conversation--inbox' },
  startedAt: { selector: '.conversation-details-wrap time.conversation--created', attribute: 'datetime' },
  watch: ['.conversation-details-wrap', '#app'],
};
