import type { DetectorRule } from '../rule';

/**
 * Genesys Cloud agent and supervisor UI, `https://apps.mypurecloud.com/directory/#/…`
 * (other regions: `apps.mypurecloud.ie`, `.de`, `.jp`, `.com.au`, `apps.*.pure.cloud`).
 * - Interaction details: `#/analytics/interactions/CONVERSATIONID/admin`: the id is in the
 *   hash route (a UUID, as in Genesys' public API and docs).
 * - Live work under `#/engage/…`: the conversation shows only in the page, the selected
 *   interaction card carries its id.
 * The markup is written from scratch without an org: plausible attributes, not copied from
 * the product (fixtures: `tests/fixtures/genesys-cloud/`).
 */
export const genesysCloud: DetectorRule = {
  id: 'genesys-cloud',
  name: 'Genesys Cloud',
  hosts: ['apps.mypurecloud.com', 'apps.mypurecloud.ie', 'apps.mypurecloud.de', 'apps.mypurecloud.jp', 'apps.mypurecloud.com.au', '*.pure.cloud'],
  pathPattern: '^/directory/',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '#/analytics/interactions/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?]|$)',
    confirm: { selector: '.interaction-details[data-conversation-id]', attribute: 'data-conversation-id' },
  },
  fallbackIds: [{ from: 'selector', selector: '.interaction-card.is-selected[data-conversation-id]', attribute: 'data-conversation-id' }],
  channel: {
    selector: ':is(.interaction-details, .interaction-card.is-selected) [data-media-type]',
    attribute: 'data-media-type',
    map: { voice: 'call', callback: 'call', chat: 'chat', message: 'chat', email: 'email' },
  },
  customer: { selector: ':is(.interaction-details, .interaction-card.is-selected) .participant-name' },
  agent: { selector: ':is(.interaction-details, .engage-header) .agent-name' },
  queue: { selector: ':is(.interaction-details, .interaction-card.is-selected) .queue-name' },
  subject: { selector: ':is(.interaction-details, .interaction-card.is-selected) .interaction-subject' },
  startedAt: { selector: ':is(.interaction-details, .interaction-card.is-selected) time.interaction-start', attribute: 'datetime' },
  watch: ['#interactions-panel', '.interaction-details'],
};
