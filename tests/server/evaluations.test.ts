import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, ApiError, Evaluation, EvaluationListResponse, type EvaluationInput } from '../../lib/domain';
import { scoreEvaluation } from '../../lib/scoring';
import { activeScorecardVersions } from '../../server/scorecards/store';
import { bearer, evaluationInput, jsonRequest, login, startTestServer, type TestServer } from './helpers';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const who of ['supervisor1', 'supervisor2', 'coach', 'agent1', 'agent2']) {
    tokens[who] = (await login(server.app, `${who}@demo.laatu`)).token;
  }
});
afterAll(() => server.close());

function tokenOf(who: string): string {
  const token = tokens[who];
  if (!token) throw new Error(`no token for ${who}`);
  return token;
}

function put(input: EvaluationInput | Record<string, unknown>, who = 'supervisor1', id = String(input.id)) {
  return server.app.request(`${API_PREFIX}/evaluations/${id}`, jsonRequest('PUT', input, tokenOf(who)));
}

async function list(who: string, query = ''): Promise<Evaluation[]> {
  const response = await server.app.request(`${API_PREFIX}/evaluations${query}`, bearer(tokenOf(who)));
  expect(response.status).toBe(200);
  return EvaluationListResponse.parse(await response.json()).evaluations;
}

async function expectBadField(response: Response, field: string) {
  expect(response.status).toBe(400);
  const body = ApiError.parse(await response.json());
  expect(body.field).toBe(field);
  expect(body.error.startsWith(`${field}: `)).toBe(true);
}

describe('PUT /evaluations/:id', () => {
  it('stores once: a retry answers 200 with the same row, a correction bumps the revision', async () => {
    const input = evaluationInput();
    const first = await put(input);
    expect(first.status).toBe(201);
    const created = Evaluation.parse(await first.json());
    expect(created).toMatchObject({ id: input.id, revision: 1, evaluatorName: 'Kaisa Lehtonen' });

    const retry = await put(input);
    expect(retry.status).toBe(200);
    expect(Evaluation.parse(await retry.json())).toEqual(created);
    const rows = await server.db.selectFrom('evaluations').selectAll().where('id', '=', input.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.revision).toBe(1);

    const corrected = { ...input, comment: 'Warm and clear; ask for the customer number earlier.' };
    const third = await put(corrected);
    expect(third.status).toBe(200);
    expect(Evaluation.parse(await third.json())).toMatchObject({ revision: 2, comment: corrected.comment });

    const history = await server.db
      .selectFrom('evaluation_revisions')
      .selectAll()
      .where('evaluation_id', '=', input.id)
      .orderBy('revision')
      .execute();
    expect(history.map((h) => h.revision)).toEqual([1, 2]);
    expect(JSON.parse(history[0]?.payload ?? '{}')).toMatchObject({ input: { comment: 'Warm and clear.' } });
  });

  it('stores once when retries of the same upload arrive together', async () => {
    const input = evaluationInput();
    const statuses = await Promise.all([1, 2, 3, 4].map(async () => (await put(input)).status));
    expect(statuses.sort()).toEqual([200, 200, 200, 201]);
    expect(await server.db.selectFrom('evaluation_revisions').select('revision').where('evaluation_id', '=', input.id).execute()).toEqual([
      { revision: 1 },
    ]);
  });

  it('keeps every one of corrections that arrive together, each its own revision', async () => {
    const input = evaluationInput();
    expect((await put(input)).status).toBe(201);
    const comments = ['First look again.', 'Second look again.', 'Third look again.'];
    const statuses = await Promise.all(comments.map(async (comment) => (await put({ ...input, comment })).status));
    expect(statuses).toEqual([200, 200, 200]);
    const history = await server.db
      .selectFrom('evaluation_revisions')
      .select('revision')
      .where('evaluation_id', '=', input.id)
      .orderBy('revision')
      .execute();
    expect(history.map((h) => h.revision)).toEqual([1, 2, 3, 4]);
    const row = await server.db.selectFrom('evaluations').select(['revision', 'comment']).where('id', '=', input.id).executeTakeFirstOrThrow();
    expect(row.revision).toBe(4);
    expect(comments).toContain(row.comment);
  });

  it("stores the server's own score of the exact version", async () => {
    const input = evaluationInput({
      answers: { ...evaluationInput().answers, 'verifies-identity': { value: 'no' } },
    });
    const response = await put(input);
    expect(response.status).toBe(201);
    const saved = Evaluation.parse(await response.json());
    const [version] = await activeScorecardVersions(server.db);
    if (!version) throw new Error('demo scorecard missing');
    expect(saved.score).toEqual(scoreEvaluation(version, input.answers));
    // A failed critical identity check zeroes the whole evaluation.
    expect(saved.score.percent).toBe(0);
    expect(saved.score.failedCritical).toEqual(['verifies-identity']);
    const row = await server.db.selectFrom('evaluations').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    expect([row.score_points, row.score_percent]).toEqual([0, 0]);
  });

  it('links the agent by e-mail, case-insensitively', async () => {
    const input = evaluationInput();
    const saved = Evaluation.parse(
      await (await put({ ...input, interaction: { ...input.interaction, agentEmail: 'AGENT1@demo.laatu' } })).json(),
    );
    const agent1 = await server.db.selectFrom('users').select('id').where('email', '=', 'agent1@demo.laatu').executeTakeFirstOrThrow();
    expect(saved.agentId).toBe(agent1.id);
  });

  it('names the field a malformed evaluation gets wrong', async () => {
    const input = evaluationInput();
    const interaction: Partial<EvaluationInput['interaction']> = { ...input.interaction };
    delete interaction.externalId;
    await expectBadField(await put({ ...input, interaction }), 'interaction.externalId');
    await expectBadField(await put({ ...input, scorecardVersion: 7 }), 'scorecardVersion');
    // Beyond 32 bits: the same refusal on PostgreSQL, whose integer columns are 64-bit as SQLite's are.
    await expectBadField(await put({ ...input, scorecardVersion: 2 ** 40 }), 'scorecardVersion');
    await expectBadField(
      await put({ ...input, answers: { ...input.answers, greeting: { value: 'maybe' } } }),
      'answers.greeting',
    );
    await expectBadField(await put({ ...input, answers: { ...input.answers, 'no-such-item': { value: 'yes' } } }), 'answers.no-such-item');
    const partial = { ...input.answers };
    delete partial.greeting;
    await expectBadField(await put({ ...input, answers: partial }), 'answers.greeting');
    await expectBadField(await put(input, 'supervisor1', evaluationInput().id), 'id');
    const malformed = await server.app.request(`${API_PREFIX}/evaluations/${input.id}`, jsonRequest('PUT', '{', tokenOf('supervisor1')));
    expect(malformed.status).toBe(400);
    expect(await server.db.selectFrom('evaluations').select('id').where('id', '=', input.id).execute()).toEqual([]);
  });

  it("refuses to overwrite another evaluator's evaluation", async () => {
    const input = evaluationInput();
    expect((await put(input, 'supervisor1')).status).toBe(201);
    const response = await put({ ...input, comment: 'mine now' }, 'supervisor2');
    expect(response.status).toBe(403);
    expect(ApiError.safeParse(await response.json()).success).toBe(true);
    const row = await server.db.selectFrom('evaluations').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
    expect(row.comment).toBe(input.comment);
  });

  it('lets an agent submit only self-assessments of their own encounters', async () => {
    expect((await put(evaluationInput(), 'agent1')).status).toBe(403);
    expect((await put(evaluationInput({ kind: 'self-assessment' }), 'agent2')).status).toBe(403);
    const own = await put(evaluationInput({ kind: 'self-assessment' }), 'agent1');
    expect(own.status).toBe(201);
  });

  it('needs a token', async () => {
    const input = evaluationInput();
    const response = await server.app.request(`${API_PREFIX}/evaluations/${input.id}`, jsonRequest('PUT', input));
    expect(response.status).toBe(401);
  });
});

describe('reading evaluations', () => {
  let aboutAgent2: Evaluation;
  beforeAll(async () => {
    const base = evaluationInput();
    const input = evaluationInput({
      interaction: { ...base.interaction, externalId: 'CALL-2002', channel: 'call', agent: 'Mikko Korhonen', agentEmail: 'agent2@demo.laatu' },
      submittedAt: '2026-11-21T10:00:00.000Z',
    });
    aboutAgent2 = Evaluation.parse(await (await put(input, 'supervisor1')).json());
  });

  it('shows leads and coaches everything, newest first', async () => {
    const all = await list('coach');
    expect(all.map((e) => e.id)).toContain(aboutAgent2.id);
    expect(all[0]?.id).toBe(aboutAgent2.id);
    const times = all.map((e) => e.submittedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(await list('supervisor2')).toHaveLength(all.length);
  });

  it('shows an agent only evaluations about them or by them', async () => {
    const agent1 = await server.db.selectFrom('users').select('id').where('email', '=', 'agent1@demo.laatu').executeTakeFirstOrThrow();
    const mine = await list('agent1');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.agentId === agent1.id || e.evaluatorId === agent1.id)).toBe(true);
    expect(mine.map((e) => e.id)).not.toContain(aboutAgent2.id);
    expect((await list('agent2')).map((e) => e.id)).toEqual([aboutAgent2.id]);
  });

  it('hides one evaluation from an agent it is not about', async () => {
    const hidden = await server.app.request(`${API_PREFIX}/evaluations/${aboutAgent2.id}`, bearer(tokenOf('agent1')));
    expect(hidden.status).toBe(404);
    const shown = await server.app.request(`${API_PREFIX}/evaluations/${aboutAgent2.id}`, bearer(tokenOf('agent2')));
    expect(Evaluation.parse(await shown.json())).toEqual(aboutAgent2);
  });

  it('filters by interaction', async () => {
    const found = await list('supervisor2', `?interaction=${encodeURIComponent('demo-desk:CALL-2002')}`);
    expect(found.map((e) => e.id)).toEqual([aboutAgent2.id]);
    expect(await list('supervisor2', '?interaction=demo-desk%3ANOPE')).toEqual([]);
  });
});
