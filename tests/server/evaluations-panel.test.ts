import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_PREFIX,
  ApiError,
  Evaluation,
  EvaluationListResponse,
  EvaluationRevisionListResponse,
  type EvaluationInput,
} from '../../lib/domain';
import { bearer, evaluationInput, jsonRequest, login, startTestServer, type TestServer } from './helpers';

let server: TestServer;
let clock = new Date('2026-11-20T09:00:00.000Z');
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const HOUR = 3_600_000;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  for (const who of ['admin', 'supervisor1', 'supervisor2', 'agent1', 'agent2']) {
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

function idOf(who: string): string {
  const id = ids[who];
  if (!id) throw new Error(`no id for ${who}`);
  return id;
}

function later(hours: number) {
  clock = new Date(clock.getTime() + hours * HOUR);
}

function put(input: EvaluationInput, who = 'supervisor1') {
  return server.app.request(`${API_PREFIX}/evaluations/${input.id}`, jsonRequest('PUT', input, tokenOf(who)));
}

async function saved(input: EvaluationInput, who = 'supervisor1'): Promise<Evaluation> {
  const response = await put(input, who);
  expect([200, 201]).toContain(response.status);
  return Evaluation.parse(await response.json());
}

async function list(who: string, query = ''): Promise<Evaluation[]> {
  const response = await server.app.request(`${API_PREFIX}/evaluations${query}`, bearer(tokenOf(who)));
  expect(response.status).toBe(200);
  return EvaluationListResponse.parse(await response.json()).evaluations;
}

/** An evaluation of its own interaction, so tests do not see each other's rows. */
function of(externalId: string, handledBy: string, overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  const base = evaluationInput();
  return evaluationInput({
    interaction: { ...base.interaction, externalId, agentEmail: `${handledBy}@demo.laatu` },
    ...overrides,
  });
}

const interactionQuery = (externalId: string) => `?interaction=${encodeURIComponent(`demo-desk:${externalId}`)}`;

describe('mode, timed notes and the confirmed agent', () => {
  it('stores and returns them; they take part in the retry comparison', async () => {
    const input = of('CALL-P1', 'agent1', {
      kind: 'co-listening',
      mode: 'live',
      notes: [{ id: 'n1', atSeconds: 42, text: 'Good greeting', itemId: 'greeting' }],
      agentEmail: 'agent1@demo.laatu',
    });
    const first = await put(input);
    expect(first.status).toBe(201);
    const created = Evaluation.parse(await first.json());
    expect(created).toMatchObject({ mode: 'live', notes: input.notes, agentEmail: 'agent1@demo.laatu', revision: 1 });

    const retry = await put(input);
    expect(retry.status).toBe(200);
    expect(Evaluation.parse(await retry.json())).toEqual(created);

    const withNote = { ...input, notes: [...input.notes, { id: 'n2', atSeconds: 90, text: 'Rushed the close' }] };
    expect((await saved(withNote)).revision).toBe(2);
    expect((await saved({ ...withNote, mode: 'recording' })).revision).toBe(3);
  });

  it('defaults to a recording without notes when the client sends neither', async () => {
    const input: Record<string, unknown> = { ...of('CALL-P2', 'agent1') };
    delete input.mode;
    delete input.notes;
    const response = await server.app.request(
      `${API_PREFIX}/evaluations/${String(input.id)}`,
      jsonRequest('PUT', input, tokenOf('supervisor1')),
    );
    expect(response.status).toBe(201);
    expect(Evaluation.parse(await response.json())).toMatchObject({ mode: 'recording', notes: [] });
  });

  it('links the agent the evaluator confirmed, else the one the page showed', async () => {
    const confirmed = await saved(of('CALL-P3', 'agent1', { agentEmail: 'AGENT2@demo.laatu' }));
    expect(confirmed.agentId).toBe(idOf('agent2'));
    const detected = await saved(of('CALL-P4', 'agent1'));
    expect(detected.agentId).toBe(idOf('agent1'));
  });

  it('lets an agent self-assess only an encounter the confirmed agent says they handled', async () => {
    const claimsOther = of('CALL-P5', 'agent1', { kind: 'self-assessment', agentEmail: 'agent2@demo.laatu' });
    expect((await put(claimsOther, 'agent1')).status).toBe(403);
    const detectedNobody = evaluationInput({ kind: 'self-assessment', agentEmail: 'agent1@demo.laatu' });
    const interaction = { ...detectedNobody.interaction };
    delete interaction.agentEmail;
    const own = await put({ ...detectedNobody, interaction }, 'agent1');
    expect(own.status).toBe(201);
    expect(Evaluation.parse(await own.json()).agentId).toBe(idOf('agent1'));
  });
});

describe('corrections', () => {
  it('are revisions within the window, refused after it; a retry is always fine', async () => {
    const input = of('CALL-C1', 'agent1');
    await saved(input);
    later(71);
    const corrected = { ...input, comment: 'Corrected within the window' };
    expect((await saved(corrected)).revision).toBe(2);

    later(2);
    const tooLate = await put({ ...input, comment: 'Too late' });
    expect(tooLate.status).toBe(409);
    expect(ApiError.parse(await tooLate.json()).error).toBe('The correction window of 72 hours has closed');
    const retry = await put(corrected);
    expect(retry.status).toBe(200);
    expect(Evaluation.parse(await retry.json())).toMatchObject({ revision: 2, comment: corrected.comment });
  });

  it("follow the admin's window", async () => {
    const settings = { correctionWindowHours: 1, selfAssessmentsPerMonth: 4, evaluationsPerAgentPerMonth: 4 };
    const set = await server.app.request(`${API_PREFIX}/settings`, jsonRequest('PUT', settings, tokenOf('admin')));
    expect(set.status).toBe(200);
    try {
      const input = of('CALL-C2', 'agent1');
      await saved(input);
      later(2);
      const response = await put({ ...input, comment: 'An hour too late' });
      expect(response.status).toBe(409);
      expect(ApiError.parse(await response.json()).error).toBe('The correction window of 1 hours has closed');
    } finally {
      const reset = { ...settings, correctionWindowHours: 72 };
      await server.app.request(`${API_PREFIX}/settings`, jsonRequest('PUT', reset, tokenOf('admin')));
    }
  });
});

describe('GET /evaluations/:id/revisions', () => {
  it('lists every revision with its content and server score, oldest first', async () => {
    const input = of('CALL-R1', 'agent1');
    await saved(input);
    const worse = { ...input, answers: { ...input.answers, greeting: { value: 'no' } } };
    await saved(worse);
    const response = await server.app.request(`${API_PREFIX}/evaluations/${input.id}/revisions`, bearer(tokenOf('agent1')));
    expect(response.status).toBe(200);
    const { revisions } = EvaluationRevisionListResponse.parse(await response.json());
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(revisions[0]?.evaluation).toEqual(input);
    expect(revisions[1]?.evaluation.answers.greeting).toEqual({ value: 'no' });
    expect(revisions[1]?.score.points).toBeLessThan(revisions[0]?.score.points ?? 0);
  });

  it('are hidden like the evaluation, and an agent sees no revision about someone else', async () => {
    const input = of('CALL-R2', 'agent1', { agentEmail: 'agent2@demo.laatu' });
    await saved(input);
    await saved({ ...input, agentEmail: 'agent1@demo.laatu' });
    const revisionsFor = async (who: string) => {
      const response = await server.app.request(`${API_PREFIX}/evaluations/${input.id}/revisions`, bearer(tokenOf(who)));
      return response.status === 200
        ? EvaluationRevisionListResponse.parse(await response.json()).revisions.map((r) => r.revision)
        : response.status;
    };
    expect(await revisionsFor('supervisor2')).toEqual([1, 2]);
    expect(await revisionsFor('agent1')).toEqual([2]);
    expect(await revisionsFor('agent2')).toBe(404);
  });
});

describe('what each caller sees of one interaction', () => {
  const key = 'CHAT-V1';
  let selfAssessment: Evaluation;
  let bySupervisor: Evaluation;
  let otherAgentsSelfAssessment: Evaluation;
  let aboutOtherAgent: Evaluation;
  beforeAll(async () => {
    selfAssessment = await saved(of(key, 'agent1', { kind: 'self-assessment' }), 'agent1');
    bySupervisor = await saved(of(key, 'agent1'), 'supervisor1');
    // The same encounter claimed by another agent, and scored by a supervisor as theirs.
    otherAgentsSelfAssessment = await saved(of(key, 'agent2', { kind: 'self-assessment' }), 'agent2');
    aboutOtherAgent = await saved(of(key, 'agent1', { agentEmail: 'agent2@demo.laatu' }), 'supervisor2');
  });

  it("gives an agent their self-assessment and supervisors' evaluations of them, side by side", async () => {
    const seen = (await list('agent1', interactionQuery(key))).map((e) => e.id).sort();
    expect(seen).toEqual([selfAssessment.id, bySupervisor.id].sort());
  });

  it("never gives an agent another agent's evaluation", async () => {
    const seen = (await list('agent2', interactionQuery(key))).map((e) => e.id).sort();
    expect(seen).toEqual([otherAgentsSelfAssessment.id, aboutOtherAgent.id].sort());
    for (const id of [selfAssessment.id, bySupervisor.id]) {
      const response = await server.app.request(`${API_PREFIX}/evaluations/${id}`, bearer(tokenOf('agent2')));
      expect(response.status).toBe(404);
    }
  });

  it('gives leads all of them', async () => {
    expect(await list('supervisor2', interactionQuery(key))).toHaveLength(4);
  });

  it('narrows to the caller\'s own with ?mine=1', async () => {
    expect((await list('agent1', `${interactionQuery(key)}&mine=1`)).map((e) => e.id)).toEqual([selfAssessment.id]);
    expect((await list('supervisor1', `${interactionQuery(key)}&mine=1`)).map((e) => e.id)).toEqual([bySupervisor.id]);
    const everythingMine = await list('supervisor2', '?mine=1');
    expect(everythingMine.length).toBeGreaterThan(0);
    expect(everythingMine.every((e) => e.evaluatorId === idOf('supervisor2'))).toBe(true);
  });
});

describe('?since', () => {
  it('lists what was stored or corrected at or after that time', async () => {
    const older = of('CALL-S1', 'agent1');
    await saved(older);
    later(1);
    const boundary = clock.toISOString();
    const newer = await saved(of('CALL-S2', 'agent1'));
    const listed = async (since: string) => (await list('supervisor1', `?since=${encodeURIComponent(since)}`)).map((e) => e.id);
    expect(await listed(boundary)).toEqual([newer.id]);

    later(1);
    const afterBoth = clock.toISOString();
    await saved({ ...older, comment: 'A correction counts as a change' });
    expect(await listed(afterBoth)).toEqual([older.id]);
    // The same instant written with an offset.
    const helsinki = new Date(Date.parse(afterBoth) + 2 * HOUR).toISOString().replace('Z', '+02:00');
    expect(await listed(helsinki)).toEqual([older.id]);
  });

  it('names a malformed since', async () => {
    const response = await server.app.request(`${API_PREFIX}/evaluations?since=yesterday`, bearer(tokenOf('supervisor1')));
    expect(response.status).toBe(400);
    expect(ApiError.parse(await response.json()).field).toBe('since');
  });
});

describe('?limit', () => {
  it('lists at most that many, the newest first, with the other filters', async () => {
    later(1);
    const since = clock.toISOString();
    const submitted = (hour: number) => `2026-12-0${hour}T10:00:00.000Z`;
    for (const hour of [1, 3, 2]) await saved(of(`CALL-L${hour}`, 'agent1', { submittedAt: submitted(hour) }));
    const listed = async (limit: string) =>
      (await list('supervisor1', `?mine=1&since=${encodeURIComponent(since)}&limit=${limit}`)).map((e) => e.submittedAt);
    expect(await listed('2')).toEqual([submitted(3), submitted(2)]);
    expect(await listed('10')).toEqual([submitted(3), submitted(2), submitted(1)]);
  });

  it('names a malformed limit', async () => {
    for (const limit of ['0', '-1', 'ten', '1.5']) {
      const response = await server.app.request(`${API_PREFIX}/evaluations?limit=${limit}`, bearer(tokenOf('supervisor1')));
      expect(response.status).toBe(400);
      expect(ApiError.parse(await response.json()).field).toBe('limit');
    }
  });
});
