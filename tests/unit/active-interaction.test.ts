import { describe, expect, test, vi } from 'vitest';
import { createActiveInteractionModel, type TabsPort } from '../../lib/state/active-interaction';
import { snapshot } from './fixtures';

describe('following the active tab', () => {
  test('an interaction on the page shows before the browser answers whether the site is enabled', async () => {
    let answer: (enabled: boolean) => void = () => {};
    const port: TabsPort = {
      activeTab: () => Promise.resolve({ id: 7, url: 'http://127.0.0.1:8787/demo/interactions/T-1001' }),
      readInteraction: () => Promise.resolve({ tabId: 7, snapshot: snapshot(), pageUrl: 'x', reportedAt: 'now' }),
      isSiteEnabled: () => new Promise<boolean>((resolve) => (answer = resolve)),
      onChange: () => () => {},
    };
    const model = createActiveInteractionModel(port);
    await vi.waitFor(() => expect(model.snapshot.value?.externalId).toBe('T-1001'));
    expect(model.siteEnabled.value).toBeNull();
    answer(true);
    await vi.waitFor(() => expect(model.siteEnabled.value).toBe(true));
    expect(model.tabId.value).toBe(7);
    model.dispose();
  });

  test('a tab without an interaction is known only with its site’s state, never half of it', async () => {
    let answer: (enabled: boolean) => void = () => {};
    const port: TabsPort = {
      activeTab: () => Promise.resolve({ id: 8, url: 'https://desk.example.org/' }),
      readInteraction: () => Promise.resolve(undefined),
      isSiteEnabled: () => new Promise<boolean>((resolve) => (answer = resolve)),
      onChange: () => () => {},
    };
    const model = createActiveInteractionModel(port);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(model.pageUrl.value).toBeNull();
    answer(false);
    await vi.waitFor(() => expect(model.siteEnabled.value).toBe(false));
    expect(model.pageUrl.value).toBe('https://desk.example.org/');
    expect(model.snapshot.value).toBeNull();
    model.dispose();
  });
});
