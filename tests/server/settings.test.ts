import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, ApiError, OrganisationSettings } from '../../lib/domain';
import { bearer, jsonRequest, login, startTestServer, type TestServer } from './helpers';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const who of ['admin', 'supervisor1', 'coach', 'agent1']) {
    tokens[who] = (await login(server.app, `${who}@demo.laatu`)).token;
  }
});
afterAll(() => server.close());

function tokenOf(who: string): string {
  const token = tokens[who];
  if (!token) throw new Error(`no token for ${who}`);
  return token;
}

async function read(who: string): Promise<OrganisationSettings> {
  const response = await server.app.request(`${API_PREFIX}/settings`, bearer(tokenOf(who)));
  expect(response.status).toBe(200);
  return OrganisationSettings.parse(await response.json());
}

function write(body: unknown, who = 'admin') {
  return server.app.request(`${API_PREFIX}/settings`, jsonRequest('PUT', body, tokenOf(who)));
}

const changed: OrganisationSettings = { correctionWindowHours: 24, selfAssessmentsPerMonth: 6, evaluationsPerAgentPerMonth: 5 };

describe('organisation settings', () => {
  it('start from the defaults, readable by everyone signed in', async () => {
    for (const who of ['agent1', 'coach']) {
      expect(await read(who)).toEqual({ correctionWindowHours: 72, selfAssessmentsPerMonth: 4, evaluationsPerAgentPerMonth: 4 });
    }
    expect((await server.app.request(`${API_PREFIX}/settings`)).status).toBe(401);
  });

  it('are changed by an admin only', async () => {
    for (const who of ['supervisor1', 'coach', 'agent1']) expect((await write(changed, who)).status).toBe(403);
    const response = await write(changed);
    expect(response.status).toBe(200);
    expect(OrganisationSettings.parse(await response.json())).toEqual(changed);
    expect(await read('agent1')).toEqual(changed);
    expect((await write({ ...changed, correctionWindowHours: 48 })).status).toBe(200);
    expect((await read('supervisor1')).correctionWindowHours).toBe(48);
    expect(await server.db.selectFrom('organisation_settings').select('organisation_id').execute()).toHaveLength(1);
  });

  it('name the field a change gets wrong and keep what was there', async () => {
    const before = await read('admin');
    for (const [body, field] of [
      [{ ...changed, correctionWindowHours: -1 }, 'correctionWindowHours'],
      [{ ...changed, selfAssessmentsPerMonth: 2.5 }, 'selfAssessmentsPerMonth'],
      [{ correctionWindowHours: 24, selfAssessmentsPerMonth: 6 }, 'evaluationsPerAgentPerMonth'],
    ] as const) {
      const response = await write(body);
      expect(response.status).toBe(400);
      expect(ApiError.parse(await response.json()).field).toBe(field);
    }
    expect((await write('{')).status).toBe(400);
    expect(await read('admin')).toEqual(before);
  });
});
