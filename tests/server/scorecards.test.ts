import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, ScorecardListResponse, ScorecardVersion } from '../../lib/domain';
import { bearer, login, startTestServer, type TestServer } from './helpers';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = (await login(server.app, 'agent4@demo.laatu')).token;
});
afterAll(() => server.close());

describe('scorecards', () => {
  it('lists the published demo scorecards to any signed-in role', async () => {
    const response = await server.app.request(`${API_PREFIX}/scorecards`, bearer(token));
    expect(response.status).toBe(200);
    const { scorecards } = ScorecardListResponse.parse(await response.json());
    expect(scorecards.map((s) => s.scorecardId)).toEqual(['customer-service', 'chat-email', 'rush-hour']);
    const card = scorecards[0];
    expect(card).toMatchObject({ scorecardId: 'customer-service', version: 1, status: 'published', rushHourScorecardId: 'rush-hour' });
    const items = card?.sections.flatMap((s) => s.items) ?? [];
    expect(card?.sections.map((s) => s.id)).toEqual(['opening', 'needs-mapping', 'solution', 'extra-products', 'closing']);
    expect(items.length).toBeGreaterThanOrEqual(9);
    expect(items.every((i) => i.explanation.length > 20)).toBe(true);
    expect(items.filter((i) => i.critical === 'evaluation').map((i) => i.id)).toEqual(['verifies-identity']);
  });

  it('limits the call and rush-hour forms to calls and the chat and e-mail form to written channels', async () => {
    const { scorecards } = ScorecardListResponse.parse(
      await (await server.app.request(`${API_PREFIX}/scorecards`, bearer(token))).json(),
    );
    expect(scorecards.find((s) => s.scorecardId === 'chat-email')?.channels).toEqual(['chat', 'email', 'ticket']);
    expect(scorecards.find((s) => s.scorecardId === 'rush-hour')?.channels).toEqual(['call']);
    expect(scorecards.find((s) => s.scorecardId === 'customer-service')?.channels).toEqual(['call']);
  });

  it('offers "Yes" on every item of every demo form, so "all yes" scores 100 %', async () => {
    const { scorecards } = ScorecardListResponse.parse(
      await (await server.app.request(`${API_PREFIX}/scorecards`, bearer(token))).json(),
    );
    for (const item of scorecards.flatMap((s) => s.sections.flatMap((section) => section.items))) {
      expect(item.scale.options.map((o) => o.label)).toContain('Yes');
    }
  });

  it('needs a token', async () => {
    expect((await server.app.request(`${API_PREFIX}/scorecards`)).status).toBe(401);
  });

  it('serves an exact published version, and 404 for one that does not exist', async () => {
    const found = await server.app.request(`${API_PREFIX}/scorecards/customer-service/versions/1`, bearer(token));
    expect(found.status).toBe(200);
    expect(ScorecardVersion.parse(await found.json()).version).toBe(1);

    const missing = await server.app.request(`${API_PREFIX}/scorecards/customer-service/versions/2`, bearer(token));
    expect(missing.status).toBe(404);
  });

  it('does not serve a draft version', async () => {
    const current = await server.db
      .selectFrom('scorecard_versions')
      .selectAll()
      .where('scorecard_id', '=', 'customer-service')
      .executeTakeFirstOrThrow();
    await server.db
      .insertInto('scorecard_versions')
      .values({ ...current, version: 2, status: 'draft', published_at: null })
      .execute();
    const response = await server.app.request(`${API_PREFIX}/scorecards/customer-service/versions/2`, bearer(token));
    expect(response.status).toBe(404);
    const list = ScorecardListResponse.parse(
      await (await server.app.request(`${API_PREFIX}/scorecards`, bearer(token))).json(),
    );
    expect(list.scorecards.find((s) => s.scorecardId === 'customer-service')?.version).toBe(1);
  });
});
