import type { DetectorRule } from '../rule';

/**
 * Amazon Connect agent workspace, `https://INSTANCE.my.connect.aws/agent-app-v2/` (older
 * instances: `INSTANCE.awsapps.com/connect/agent-app-v2/`). The URL never names the
 * contact: the live contact shows only in the page. Shape: URLs from AWS's public Connect
 * docs; the markup is written from scratch without an instance: the contact's id and
 * attributes as a contact-details panel would list them, not copied from the product
 * (fixture: `tests/fixtures/amazon-connect/live-call.html`).
 */
export const amazonConnect: DetectorRule = {
  id: 'amazon-connect',
  name: 'Amazon Connect agent workspace',
  hosts: ['*.my.connect.aws', '*.awsapps.com'],
  pathPattern: '^/(?:connect/)?agent-app-v2',
  requires: [],
  externalId: { from: 'selector', selector: '[data-testid="contact-card"][aria-selected="true"]', attribute: 'data-contact-id' },
  channel: {
    selector: '[data-testid="contact-card"][aria-selected="true"]',
    attribute: 'data-channel',
    map: { voice: 'call', chat: 'chat', task: 'ticket', email: 'email' },
  },
  customer: { selector: '[data-testid="contact-details"] [data-testid="customer-name"]' },
  agent: { selector: '[data-testid="agent-name"]' },
  queue: { selector: '[data-testid="contact-details"] [data-testid="queue-name"]' },
  startedAt: { selector: '[data-testid="contact-details"] time[data-testid="contact-start"]', attribute: 'datetime' },
  watch: ['[data-testid="contact-list"]', '[data-testid="contact-details"]'],
};
