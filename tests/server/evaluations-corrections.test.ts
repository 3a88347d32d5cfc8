import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, ApiError, Evaluation, EvaluationRevisionListResponse, type EvaluationInput } from '../../lib/domain';
import { bearer, evaluationInput, jsonRequest, login, startTestServer, type TestServer } from './helpers';

/** A correction rescores the same encounter on the same form; one that would move the evaluation is refused. */
let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const who of ['admin', 'supervisor1']) tokens[who] = (await login(server.app, `${who}@demo.laatu`)).token;
  // Version 2 of the demo form, published: without the rule, a correction could move onto it.
  const send = (path: string) => server.app.request(`${API_PREFIX}${path}`, jsonRequest('POST', {}, tokens.admin));
  expect((await send('/scorecards/customer-service/drafts')).status).toBe(201);
  expect((await send('/scorecards/customer-service/versions/2/publish')).status).toBe(200);
});
afterAll(() => server.close());

function put(input: EvaluationInput) {
  return server.app.request(`${API_PREFIX}/evaluations/${input.id}`, jsonRequest('PUT', input, tokens.supervisor1));
}

async function stored(input: EvaluationInput): Promise<Evaluation> {
  const response = await put(input);
  expect(response.status).toBe(201);
  return Evaluation.parse(await response.json());
}

async function revisionsOf(id: string): Promise<number[]> {
  const response = await server.app.request(`${API_PREFIX}/evaluations/${id}/revisions`, bearer(tokens.supervisor1 ?? ''));
  return EvaluationRevisionListResponse.parse(await response.json()).revisions.map((r) => r.revision);
}

async function expectRefused(correction: EvaluationInput, message: string) {
  const response = await put(correction);
  expect(response.status).toBe(409);
  expect(ApiError.parse(await response.json()).error).toBe(message);
}

describe('a correction that would move the evaluation', () => {
  it('is refused when it names another scorecard version, though that version is published', async () => {
    const input = evaluationInput({ interaction: { ...evaluationInput().interaction, externalId: 'CHAT-M1' } });
    const original = await stored(input);
    await expectRefused({ ...input, scorecardVersion: 2, comment: 'Rescored on the new form' }, 'A correction cannot change the scorecard version (1 → 2)');

    const shown = await server.app.request(`${API_PREFIX}/evaluations/${input.id}`, bearer(tokens.supervisor1 ?? ''));
    expect(Evaluation.parse(await shown.json())).toEqual(original);
    expect(await revisionsOf(input.id)).toEqual([1]);
  });

  it('is refused when it names another scorecard, interaction or kind, each named with what it was and would be', async () => {
    const input = evaluationInput({ interaction: { ...evaluationInput().interaction, externalId: 'CHAT-M2' } });
    await stored(input);
    await expectRefused({ ...input, scorecardId: 'chat-email' }, 'A correction cannot change the scorecard (customer-service → chat-email)');
    await expectRefused(
      { ...input, interaction: { ...input.interaction, externalId: 'CHAT-M3' } },
      'A correction cannot change the interaction (demo-desk:CHAT-M2 → demo-desk:CHAT-M3)',
    );
    await expectRefused(
      { ...input, interaction: { ...input.interaction, platform: 'zendesk' } },
      'A correction cannot change the interaction (demo-desk:CHAT-M2 → zendesk:CHAT-M2)',
    );
    await expectRefused({ ...input, kind: 'calibration' }, 'A correction cannot change the kind (supervisor → calibration)');
    await expectRefused(
      { ...input, kind: 'calibration', scorecardVersion: 2 },
      'A correction cannot change the scorecard version (1 → 2) or the kind (supervisor → calibration)',
    );
    expect(await revisionsOf(input.id)).toEqual([1]);
  });

  it('leaves retries and ordinary corrections alone: the same encounter, form and kind with other answers or details', async () => {
    const input = evaluationInput({ interaction: { ...evaluationInput().interaction, externalId: 'CHAT-M4' } });
    const original = await stored(input);
    const retry = await put(input);
    expect(retry.status).toBe(200);
    expect(Evaluation.parse(await retry.json())).toEqual(original);

    const correction: EvaluationInput = {
      ...input,
      interaction: { ...input.interaction, channel: 'email', customer: 'Maija Meikäläinen' },
      answers: { ...input.answers, greeting: { value: 'no' } },
      comment: 'Missed the greeting after all',
    };
    const corrected = await put(correction);
    expect(corrected.status).toBe(200);
    expect(Evaluation.parse(await corrected.json())).toMatchObject({ revision: 2, comment: correction.comment, interaction: { channel: 'email' } });
    expect(await revisionsOf(input.id)).toEqual([1, 2]);
    // Followed live after all: the mode, and the kind it names, are the evaluator's to correct.
    const live = await put({ ...correction, mode: 'live', kind: 'co-listening' });
    expect(live.status).toBe(200);
    expect(Evaluation.parse(await live.json())).toMatchObject({ revision: 3, kind: 'co-listening', mode: 'live' });
  });
});
