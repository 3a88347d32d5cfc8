import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, ApiError, Feedback, FeedbackListResponse, type FeedbackInput } from '../../lib/domain';
import { bearer, jsonRequest, login, startTestServer, type TestServer } from './helpers';

let server: TestServer;
let clock = new Date('2026-11-20T09:00:00.000Z');
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  for (const who of ['admin', 'supervisor1', 'supervisor2', 'coach', 'agent1', 'agent2']) {
    const { token, user } = await login(server.app, `${who}@demo.laatu`);
    tokens[who] = token;
    ids[who] = user.id;
  }
});
afterAll(() => server.close());

function tokenOf(who: string): string {
  const token = tokens[who];
  if (!token) throw new Error(`no token for ${who}`);
  return token;
}

function feedbackInput(overrides: Partial<FeedbackInput> = {}): FeedbackInput {
  return {
    id: randomUUID(),
    agentEmail: 'agent1@demo.laatu',
    kind: 'encouragement',
    text: 'Great calm voice with an upset customer!',
    interactionKey: 'demo-desk:CALL-2002',
    sentAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

function send(input: FeedbackInput, who: string, id = input.id) {
  return server.app.request(`${API_PREFIX}/feedback/${id}`, jsonRequest('PUT', input, tokenOf(who)));
}

async function sent(input: FeedbackInput, who: string): Promise<Feedback> {
  const response = await send(input, who);
  expect(response.status).toBe(201);
  return Feedback.parse(await response.json());
}

async function list(who: string): Promise<string[]> {
  const response = await server.app.request(`${API_PREFIX}/feedback`, bearer(tokenOf(who)));
  expect(response.status).toBe(200);
  return FeedbackListResponse.parse(await response.json()).feedback.map((f) => f.id);
}

function acknowledge(id: string, who: string) {
  return server.app.request(`${API_PREFIX}/feedback/${id}/acknowledge`, { method: 'POST', ...bearer(tokenOf(who)) });
}

describe('PUT /feedback/:id', () => {
  it('stores once: a retry answers 200 with the same feedback', async () => {
    const input = feedbackInput();
    const created = await sent(input, 'supervisor1');
    expect(created).toMatchObject({
      ...input,
      fromUserId: ids.supervisor1,
      fromName: 'Kaisa Lehtonen',
      agentId: ids.agent1,
      acknowledgedAt: null,
    });
    const retry = await send(input, 'supervisor1');
    expect(retry.status).toBe(200);
    expect(Feedback.parse(await retry.json())).toEqual(created);
    expect(await server.db.selectFrom('feedback').select('id').where('id', '=', input.id).execute()).toHaveLength(1);
  });

  it('does not let sent feedback be changed or taken over', async () => {
    const input = feedbackInput();
    await sent(input, 'supervisor1');
    expect((await send({ ...input, text: 'Something else' }, 'supervisor1')).status).toBe(409);
    expect((await send(input, 'supervisor2')).status).toBe(403);
  });

  it('is sent by supervisors, coaches and admins, never by agents', async () => {
    await sent(feedbackInput({ kind: 'feedback', text: 'Summarise before closing' }), 'coach');
    await sent(feedbackInput(), 'admin');
    const byAgent = await send(feedbackInput({ agentEmail: 'agent2@demo.laatu' }), 'agent1');
    expect(byAgent.status).toBe(403);
  });

  it('names agentEmail when no agent signs in with it', async () => {
    for (const agentEmail of ['nobody@demo.laatu', 'supervisor2@demo.laatu']) {
      const response = await send(feedbackInput({ agentEmail }), 'supervisor1');
      expect(response.status).toBe(400);
      expect(ApiError.parse(await response.json())).toMatchObject({ field: 'agentEmail' });
    }
  });

  it('matches the agent case-insensitively', async () => {
    expect((await sent(feedbackInput({ agentEmail: 'Agent2@Demo.Laatu' }), 'supervisor2')).agentId).toBe(ids.agent2);
  });

  it('names the field a malformed feedback gets wrong', async () => {
    const input = feedbackInput();
    const empty = await send({ ...input, text: ' ' }, 'supervisor1');
    expect(ApiError.parse(await empty.json())).toMatchObject({ field: 'text' });
    const wrongId = await send(input, 'supervisor1', randomUUID());
    expect(wrongId.status).toBe(400);
    expect(ApiError.parse(await wrongId.json())).toMatchObject({ field: 'id' });
  });
});

describe('GET /feedback and acknowledging', () => {
  let toAgent1: Feedback;
  let toAgent2: Feedback;
  beforeAll(async () => {
    toAgent1 = await sent(feedbackInput({ text: 'Nice save!' }), 'supervisor2');
    toAgent2 = await sent(feedbackInput({ agentEmail: 'agent2@demo.laatu', text: 'Well handled' }), 'supervisor1');
  });

  it('shows an agent only what was sent to them', async () => {
    const agent1 = await list('agent1');
    expect(agent1).toContain(toAgent1.id);
    expect(agent1).not.toContain(toAgent2.id);
    const rows = await server.db.selectFrom('feedback').select(['id', 'agent_id']).execute();
    expect(rows.filter((r) => r.agent_id === ids.agent1).map((r) => r.id).sort()).toEqual([...agent1].sort());
  });

  it('shows senders what they sent and admins everything', async () => {
    const bySupervisor2 = await list('supervisor2');
    expect(bySupervisor2).toContain(toAgent1.id);
    expect(bySupervisor2).not.toContain(toAgent2.id);
    const rows = await server.db.selectFrom('feedback').select('id').execute();
    expect(await list('admin')).toHaveLength(rows.length);
  });

  it('is acknowledged by the receiving agent only, once', async () => {
    expect((await acknowledge(toAgent1.id, 'supervisor2')).status).toBe(403);
    expect((await acknowledge(toAgent1.id, 'agent2')).status).toBe(404);
    expect((await acknowledge(randomUUID(), 'agent1')).status).toBe(404);

    const first = await acknowledge(toAgent1.id, 'agent1');
    expect(first.status).toBe(200);
    const acknowledged = Feedback.parse(await first.json());
    expect(acknowledged.acknowledgedAt).toBe(clock.toISOString());

    clock = new Date(clock.getTime() + 60_000);
    const again = Feedback.parse(await (await acknowledge(toAgent1.id, 'agent1')).json());
    expect(again.acknowledgedAt).toBe(acknowledged.acknowledgedAt);
    const response = await server.app.request(`${API_PREFIX}/feedback`, bearer(tokenOf('supervisor2')));
    const seenBySender = FeedbackListResponse.parse(await response.json()).feedback.find((f) => f.id === toAgent1.id);
    expect(seenBySender?.acknowledgedAt).toBe(acknowledged.acknowledgedAt);
  });

  it('needs a token', async () => {
    expect((await server.app.request(`${API_PREFIX}/feedback`)).status).toBe(401);
  });
});
