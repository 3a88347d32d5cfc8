import type { DetectorRule } from '../rule';

/**
 * Puzzel Contact Centre agent application, `https://agent.puzzel.com/`. The URL stays the
 * same for every request: the live call or chat shows only in the page. Shape: the host is
 * the one Puzzel's public help pages name; the markup is written from scratch without an
 * account: the active request panel with its session id, media and customer, not copied
 * from the product (fixtures: `tests/fixtures/puzzel/`).
 */
export const puzzel: DetectorRule = {
  id: 'puzzel',
  name: 'Puzzel agent application',
  hosts: ['agent.puzzel.com', 'agent.puzzel.co.uk'],
  pathPattern: '^/',
  requires: [],
  externalId: { from: 'selector', selector: '.request-panel.active[data-session-id]', attribute: 'data-session-id' },
  channel: {
    selector: '.request-panel.active .request-media',
    map: { phone: 'call', 'phone call': 'call', callback: 'call', chat: 'chat', email: 'email', social: 'social', 'social media': 'social' },
  },
  customer: { selector: '.request-panel.active .request-customer' },
  agent: { selector: '.agent-status .agent-name' },
  queue: { selector: '.request-panel.active .request-queue' },
  startedAt: { selector: '.request-panel.active time.request-start', attribute: 'datetime' },
  watch: ['#requests'],
};
