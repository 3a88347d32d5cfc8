import { describe, expect, test } from 'vitest';
import { widgetSnapshot } from '../../lib/state/widget';

describe('widget mode', () => {
  test('reads the interaction from the URL a Genesys Cloud widget is given', () => {
    const snapshot = widgetSnapshot(
      new URLSearchParams('platform=genesys-cloud&interaction=6c1f7e2a-1111-4a4a-9d9d-000000000001&channel=call&agent=Aino%20Virtanen'),
      'https://apps.mypurecloud.ie/directory/',
    );
    expect(snapshot).toMatchObject({
      platform: 'genesys-cloud',
      externalId: '6c1f7e2a-1111-4a4a-9d9d-000000000001',
      channel: 'call',
      agent: 'Aino Virtanen',
      url: 'https://apps.mypurecloud.ie/directory/',
      missing: ['customer', 'queue', 'subject'],
    });
  });

  test('an unfilled template variable or a missing id is no interaction', () => {
    expect(widgetSnapshot(new URLSearchParams('interaction={{gcConversationId}}'))).toBeNull();
    expect(widgetSnapshot(new URLSearchParams('channel=call'))).toBeNull();
  });

  test('untrusted parameters are bounded and cleaned, never trusted as they are', () => {
    const snapshot = widgetSnapshot(new URLSearchParams(`interaction=1&platform=<script>&channel=pigeon&customer=${'x'.repeat(500)}&link=javascript:alert(1)`));
    expect(snapshot?.platform).toBe('script');
    expect(snapshot?.channel).toBe('unknown');
    expect(snapshot?.customer).toHaveLength(200);
    expect(snapshot?.url).toBe('urn:laatu:widget:1');
  });
});
