import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { apiEvaluations, apiToken, panelActions } from './support/panel';
import { freePort, LaatuServer } from './support/server';

/** The panel as an embedded widget: the interaction comes from its URL, as Genesys Cloud fills it in. */
describe('widget mode', () => {
  let server: LaatuServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = new LaatuServer(await freePort());
    await server.start();
    browser = await launchWithExtension();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  test('evaluates the interaction named in the widget URL', async () => {
    const page = await browser.context.newPage();
    const id = '6c1f7e2a-1111-4a4a-9d9d-000000000001';
    await page.goto(
      `chrome-extension://${browser.extensionId}/sidepanel.html?platform=genesys-cloud&interaction=${id}&channel=call&agent=Aino%20Virtanen&agentEmail=agent1%40demo.laatu`,
    );
    const ui = panelActions(page);
    await ui.signIn(server.url, 'supervisor2@demo.laatu');
    await ui.expectInteraction(id);
    expect(await ui.interaction.innerText()).toContain('Call');
    await ui.answerAll('Yes');
    await ui.submit('Scored from the Genesys widget.');
    await expect.poll(() => ui.historyEntry(id).innerText(), { timeout: 15_000 }).toContain('Synced');
    const saved = await apiEvaluations(server.url, await apiToken(server.url, 'supervisor2@demo.laatu'));
    expect(saved.map((e) => e.interaction.externalId)).toEqual([id]);
  });
});
