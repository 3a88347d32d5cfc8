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
  it('lists the published demo scorecard to any signed-in role', async () => {
    const response = await server.app.request(`${API_PREFIX}/scorecards`, bearer(token));
    expect(response.status).toBe(200);
    const { scorecards } = ScorecardListResponse.parse(await response.json());
    expect(scorecards).toHaveLength(1);
    const [card] = scorecards;
    expect(card).toMatchObject({ scorecardId: 'customer-service', version: 1, status: 'published' });
    const items = card?.sections.flatMap((s) => s.items) ?? [];
    expect(card?.sections).toHaveLength(3);
    expect(items.length).toBeGreaterThanOrEqual(9);
    expect(items.every((i) => i.explanation.length > 20)).toBe(true);
    expect(items.filter((i) => i.critical === 'evaluation').map((i) => i.id)).toEqual(['verifies-identity']);
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
    const current = await server.db.selectFrom('scorecard_versions').selectAll().executeTakeFirstOrThrow();
    await server.db
      .insertInto('scorecard_versions')
      .values({ ...current, version: 2, status: 'draft', published_at: null })
      .execute();
    const response = await server.app.request(`${API_PREFIX}/scorecards/customer-service/versions/2`, bearer(token));
    expect(response.status).toBe(404);
    const list = ScorecardListResponse.parse(
      await (await server.app.request(`${API_PREFIX}/scorecards`, bearer(token))).json(),
    );
    expect(list.scorecards.map((s) => s.version)).toEqual([1]);
  });
});
