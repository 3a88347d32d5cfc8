import { describe, expect, test } from 'vitest';
import { builtInRules } from '../../lib/detect';
import { platformFor } from '../../lib/sites/platforms';

describe('built-in platforms are offered by name', () => {
  test.each([
    ['https://acme.zendesk.com/agent/tickets/1', 'Zendesk Support'],
    ['https://acme.freshdesk.com/a/tickets/7', 'Freshdesk'],
    ['https://apps.mypurecloud.ie/directory/#/engage/admin', 'Genesys Cloud'],
    ['https://rt.example.org/Ticket/Display.html?id=3', 'Request Tracker'],
    ['https://intranet.example.org/home', null],
    ['not a url', null],
  ])('%s → %s', (url, name) => {
    expect(platformFor(url, builtInRules)).toBe(name);
  });
});
