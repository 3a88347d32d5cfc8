import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { API_PREFIX, ApiError, DetectorRuleListResponse, StoredDetectorRule } from '../../lib/domain';
import type { DetectorRuleInput } from '../../lib/detect/rule';
import { MAX_DETECTOR_RULES } from '../../server/routes/detector-rules';
import { bearer, jsonRequest, login, startTestServer, type TestServer } from './helpers';

const RULES = `${API_PREFIX}/detector-rules`;

const homeDesk: DetectorRuleInput = {
  id: 'home-desk',
  name: 'Home-grown desk',
  hosts: ['desk.example.com'],
  pathPattern: '^/helpdesk/case/',
  externalId: { from: 'url', pattern: '^/helpdesk/case/(\\d+)' },
  channel: 'ticket',
  customer: { selector: '#customer-name' },
};

describe('/api/v1/detector-rules', () => {
  let server: TestServer;
  let admin: string;
  let agent: string;

  beforeEach(async () => {
    server = await startTestServer();
    admin = (await login(server.app, 'admin@demo.laatu')).token;
    agent = (await login(server.app, 'agent1@demo.laatu')).token;
  });
  afterEach(async () => server.close());

  const list = async (token: string) => {
    const response = await server.app.request(RULES, bearer(token));
    expect(response.status).toBe(200);
    return DetectorRuleListResponse.parse(await response.json()).rules;
  };

  test('a QA admin creates a rule and every signed-in user reads it, with defaults filled in', async () => {
    const created = await server.app.request(RULES, jsonRequest('POST', homeDesk, admin));
    expect(created.status).toBe(201);
    const stored = StoredDetectorRule.parse(await created.json());
    expect(stored.id).toBe('home-desk');

    const rules = await list(agent);
    expect(rules.map((r) => r.id)).toEqual(['home-desk']);
    expect(rules[0]!.rule).toMatchObject({ ...homeDesk, requires: [], watch: [] });
  });

  test('reading needs a session', async () => {
    expect((await server.app.request(RULES)).status).toBe(401);
  });

  test('only QA admins write: others get 403 and nothing changes', async () => {
    expect((await server.app.request(RULES, jsonRequest('POST', homeDesk, agent))).status).toBe(403);
    const supervisor = (await login(server.app, 'supervisor1@demo.laatu')).token;
    expect((await server.app.request(`${RULES}/home-desk`, jsonRequest('PUT', homeDesk, supervisor))).status).toBe(403);
    await server.app.request(RULES, jsonRequest('POST', homeDesk, admin));
    expect((await server.app.request(`${RULES}/home-desk`, { ...bearer(agent), method: 'DELETE' })).status).toBe(403);
    expect(await list(admin)).toHaveLength(1);
  });

  test('an invalid rule is refused with 400 naming the field', async () => {
    const response = await server.app.request(RULES, jsonRequest('POST', { ...homeDesk, hosts: ['not a host'] }, admin));
    expect(response.status).toBe(400);
    const body = ApiError.parse(await response.json());
    expect(body.field).toBe('hosts.0');
  });

  test('a rule whose regex does not compile or may backtrack badly is refused with a clear message', async () => {
    const broken = { ...homeDesk, externalId: { from: 'url', pattern: '^/case/((\\d+)' } };
    const response = await server.app.request(RULES, jsonRequest('POST', broken, admin));
    expect(response.status).toBe(400);
    const body = ApiError.parse(await response.json());
    expect(body.field).toBe('externalId.pattern');
    expect(body.error).toMatch(/not a valid regular expression/);

    const unsafe = { ...homeDesk, pathPattern: '^(a+)+$' };
    const refused = ApiError.parse(await (await server.app.request(RULES, jsonRequest('POST', unsafe, admin))).json());
    expect(refused.field).toBe('pathPattern');
    expect(refused.error).toMatch(/Regular expression/);
    expect(await list(admin)).toEqual([]);
  });

  test('the number of rules is bounded, as every rule runs on every page change', async () => {
    const now = new Date().toISOString();
    const { id: adminId } = await server.db.selectFrom('users').select('id').where('email', '=', 'admin@demo.laatu').executeTakeFirstOrThrow();
    const rows = Array.from({ length: MAX_DETECTOR_RULES }, (_, i) => ({
      id: `rule-${i}`,
      rule: JSON.stringify({ ...homeDesk, id: `rule-${i}` }),
      created_by: adminId,
      created_at: now,
      updated_at: now,
    }));
    await server.db.insertInto('detector_rules').values(rows).execute();
    const response = await server.app.request(RULES, jsonRequest('POST', homeDesk, admin));
    expect(response.status).toBe(409);
    expect(ApiError.parse(await response.json()).error).toMatch(/delete one first/);
    expect((await server.app.request(`${RULES}/home-desk`, jsonRequest('PUT', homeDesk, admin))).status).toBe(409);
    const replaced = await server.app.request(`${RULES}/rule-1`, jsonRequest('PUT', { ...homeDesk, id: 'rule-1' }, admin));
    expect(replaced.status).toBe(200);
  });

  test('a second rule with the same id is a conflict; PUT replaces it; DELETE removes it', async () => {
    await server.app.request(RULES, jsonRequest('POST', homeDesk, admin));
    expect((await server.app.request(RULES, jsonRequest('POST', homeDesk, admin))).status).toBe(409);

    const renamed = { ...homeDesk, name: 'Our desk' };
    const replaced = await server.app.request(`${RULES}/home-desk`, jsonRequest('PUT', renamed, admin));
    expect(replaced.status).toBe(200);
    expect((await list(agent))[0]!.rule).toMatchObject({ name: 'Our desk' });

    const mismatch = await server.app.request(`${RULES}/other`, jsonRequest('PUT', renamed, admin));
    expect(mismatch.status).toBe(400);
    expect(ApiError.parse(await mismatch.json()).field).toBe('id');

    expect((await server.app.request(`${RULES}/home-desk`, { ...bearer(admin), method: 'DELETE' })).status).toBe(204);
    expect(await list(agent)).toEqual([]);
    expect((await server.app.request(`${RULES}/home-desk`, { ...bearer(admin), method: 'DELETE' })).status).toBe(404);

    // Sent together, the same new rule is still created once and the other send is the conflict.
    const together = await Promise.all([1, 2, 3].map(async () => server.app.request(RULES, jsonRequest('POST', homeDesk, admin))));
    expect(together.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await list(agent)).toHaveLength(1);
  });
});
