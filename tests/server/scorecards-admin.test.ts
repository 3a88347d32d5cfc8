import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_PREFIX,
  ApiError,
  Evaluation,
  PublishRefusal,
  ScorecardAdminListResponse,
  ScorecardListResponse,
  ScorecardVersion,
  ScorecardVersionListResponse,
  toDraftInput,
  yesNoScale,
  type ScorecardDraftInput,
} from '../../lib/domain';
import { scoreEvaluation } from '../../lib/scoring';
import { templateForm } from '../../lib/scorecard-templates';
import { bearer, evaluationInput, jsonRequest, login, startTestServer, type TestServer } from './helpers';

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

const api = (path: string) => `${API_PREFIX}${path}`;
const get = (path: string, who = 'admin') => server.app.request(api(path), bearer(tokenOf(who)));
const send = (method: string, path: string, body: unknown = {}, who = 'admin') =>
  server.app.request(api(path), jsonRequest(method, body, tokenOf(who)));

function form(overrides: Partial<ScorecardDraftInput> = {}): ScorecardDraftInput {
  return {
    title: 'Complaints call',
    description: 'Calls about complaints',
    channels: ['call'],
    teamIds: [],
    sections: [
      {
        id: 'listening',
        title: 'Listening',
        items: [
          { id: 'hears-out', text: 'Hears the customer out', explanation: 'So the customer feels heard.', scale: yesNoScale(), allowNotApplicable: false, critical: 'none' },
          { id: 'gdpr', text: 'Verifies identity', explanation: 'Data protection.', scale: yesNoScale(), allowNotApplicable: true, critical: 'evaluation' },
        ],
      },
    ],
    ...overrides,
  };
}

async function created(body: ScorecardDraftInput = form()): Promise<ScorecardVersion> {
  const response = await send('POST', '/scorecards', body);
  expect(response.status).toBe(201);
  return ScorecardVersion.parse(await response.json());
}

async function adminList() {
  return ScorecardAdminListResponse.parse(await (await get('/admin/scorecards')).json()).scorecards;
}

describe('scorecard admin API', () => {
  it('refuses every write and the admin reads to anyone but a QA admin', async () => {
    const card = await created();
    const path = `/scorecards/${card.scorecardId}`;
    for (const who of ['supervisor1', 'coach', 'agent1']) {
      const attempts = [
        await get('/admin/scorecards', who),
        await get(`${path}/versions`, who),
        await send('POST', '/scorecards', form(), who),
        await send('PUT', `${path}/versions/1`, form(), who),
        await send('POST', `${path}/drafts`, {}, who),
        await send('POST', `${path}/versions/1/publish`, {}, who),
        await send('POST', `${path}/archive`, {}, who),
        await send('POST', `${path}/duplicate`, {}, who),
      ];
      expect(attempts.map((r) => r.status)).toEqual(attempts.map(() => 403));
    }
    // Nothing above changed the draft.
    expect((await adminList()).find((s) => s.id === card.scorecardId)).toMatchObject({ status: 'draft', latestVersion: 1 });
  });

  it('creates a draft v1 with an id made of the title, and a free one when it is taken', async () => {
    const first = await created(form({ title: 'Kundtjänst – samtal' }));
    expect(first).toMatchObject({ scorecardId: 'kundtjanst-samtal', version: 1, status: 'draft', publishedAt: null, channels: ['call'] });
    const second = await created(form({ title: 'Kundtjänst – samtal' }));
    expect(second.scorecardId).toBe('kundtjanst-samtal-2');
    const explicit = await created(form({ id: 'my-form' }));
    expect(explicit.scorecardId).toBe('my-form');
    expect((await send('POST', '/scorecards', form({ id: 'my-form' }))).status).toBe(409);
  });

  it('names the field a malformed draft gets wrong', async () => {
    const response = await send('POST', '/scorecards', { ...form(), title: '' });
    expect(response.status).toBe(400);
    expect(ApiError.parse(await response.json()).field).toBe('title');
    const bad = form();
    const badItem = { ...bad.sections[0]!.items[0]!, scale: { kind: 'yes-no', options: [] } };
    const nested = await send('POST', '/scorecards', { ...bad, sections: [{ ...bad.sections[0], items: [badItem] }] });
    expect(ApiError.parse(await nested.json()).field).toBe('sections.0.items.0.scale.options');
  });

  it('saves a draft, refuses to edit a published version with 409, and keeps every version', async () => {
    const card = await created(form({ id: 'versioned' }));
    const saved = await send('PUT', '/scorecards/versioned/versions/1', form({ title: 'Versioned form' }));
    expect(saved.status).toBe(200);
    expect(ScorecardVersion.parse(await saved.json())).toMatchObject({ title: 'Versioned form', version: 1, status: 'draft' });

    const published = await send('POST', '/scorecards/versioned/versions/1/publish');
    expect(published.status).toBe(200);
    const v1 = ScorecardVersion.parse(await published.json());
    expect(v1.status).toBe('published');
    expect(v1.publishedAt).not.toBeNull();

    const edit = await send('PUT', '/scorecards/versioned/versions/1', form({ title: 'Sneaky' }));
    expect(edit.status).toBe(409);
    expect(ApiError.parse(await edit.json()).error).toMatch(/published/);

    const opened = await send('POST', '/scorecards/versioned/drafts');
    expect(opened.status).toBe(201);
    const v2 = ScorecardVersion.parse(await opened.json());
    expect(v2).toMatchObject({ version: 2, status: 'draft', title: 'Versioned form' });
    const again = await send('POST', '/scorecards/versioned/drafts');
    expect(again.status).toBe(200);
    expect(ScorecardVersion.parse(await again.json()).version).toBe(2);

    expect((await send('PUT', '/scorecards/versioned/versions/2', form({ title: 'Versioned form, take two' }))).status).toBe(200);
    expect((await send('POST', '/scorecards/versioned/versions/2/publish')).status).toBe(200);

    const versions = ScorecardVersionListResponse.parse(await (await get('/scorecards/versioned/versions')).json()).versions;
    expect(versions.map((v) => [v.version, v.status, v.title])).toEqual([
      [2, 'published', 'Versioned form, take two'],
      [1, 'archived', 'Versioned form'],
    ]);
    expect(versions[1]?.publishedAt).toBe(v1.publishedAt);
    expect((await adminList()).find((s) => s.id === card.scorecardId)).toMatchObject({
      title: 'Versioned form, take two',
      status: 'published',
      activeVersion: 2,
      latestVersion: 2,
    });
    const active = ScorecardListResponse.parse(await (await get('/scorecards', 'agent1')).json()).scorecards;
    expect(active.find((s) => s.scorecardId === 'versioned')?.version).toBe(2);
    // The replaced version is still served: evaluations scored on it show it.
    expect((await get('/scorecards/versioned/versions/1', 'agent1')).status).toBe(200);
  });

  it('refuses to publish with every problem named, and publishes nothing', async () => {
    const card = await created(
      form({
        id: 'broken',
        sections: [
          { id: 'empty', title: 'Empty', items: [] },
          {
            id: 's2',
            title: 'Twice',
            items: [
              { id: 'a', text: 'Greets', explanation: '', scale: yesNoScale(0), allowNotApplicable: true, critical: 'none' },
              { id: 'b', text: 'greets ', explanation: '', scale: yesNoScale(0), allowNotApplicable: true, critical: 'none' },
              {
                id: 'c',
                text: 'Critical without a failing answer',
                explanation: '',
                scale: { kind: 'custom', options: [{ value: 'ok', label: 'OK', points: 0, fails: false }, { value: 'meh', label: 'Meh', points: 0, fails: false }] },
                allowNotApplicable: true,
                critical: 'section',
              },
            ],
          },
        ],
      }),
    );
    const response = await send('POST', `/scorecards/${card.scorecardId}/versions/1/publish`);
    expect(response.status).toBe(400);
    const refusal = PublishRefusal.parse(await response.json());
    expect(refusal.problems.map((p) => p.path)).toEqual([
      'sections.0.items',
      'sections.1.items.1.text',
      'sections.1.items.2.critical',
      'sections',
    ]);
    expect(refusal.field).toBe('sections.0.items');
    expect(refusal.error).toBe(`sections.0.items: ${refusal.problems[0]?.message}`);
    expect((await adminList()).find((s) => s.id === 'broken')).toMatchObject({ status: 'draft', activeVersion: null });
  });

  it('refuses a rush-hour companion that is not published, and accepts one that is', async () => {
    await created(form({ id: 'with-companion', rushHourScorecardId: 'no-such-form' }));
    const refusal = PublishRefusal.parse(await (await send('POST', '/scorecards/with-companion/versions/1/publish')).json());
    expect(refusal.field).toBe('rushHourScorecardId');
    await created(form({ id: 'unpublished-companion', title: 'Short form' }));
    const withDraftCompanion = form({ rushHourScorecardId: 'unpublished-companion' });
    expect((await send('PUT', '/scorecards/with-companion/versions/1', withDraftCompanion)).status).toBe(200);
    expect((await send('POST', '/scorecards/with-companion/versions/1/publish')).status).toBe(400);
    expect((await send('POST', '/scorecards/unpublished-companion/versions/1/publish')).status).toBe(200);
    const published = ScorecardVersion.parse(await (await send('POST', '/scorecards/with-companion/versions/1/publish')).json());
    expect(published).toMatchObject({ status: 'published', rushHourScorecardId: 'unpublished-companion' });
  });

  it('duplicates a scorecard into a new draft titled "(copy)"', async () => {
    const response = await send('POST', '/scorecards/customer-service/duplicate');
    expect(response.status).toBe(201);
    const copy = ScorecardVersion.parse(await response.json());
    expect(copy).toMatchObject({ scorecardId: 'customer-service-copy', version: 1, status: 'draft', title: 'Customer service call (copy)' });
    expect(copy.sections).toEqual(templateForm('call').sections);
    const second = ScorecardVersion.parse(await (await send('POST', '/scorecards/customer-service/duplicate')).json());
    expect(second.scorecardId).toBe('customer-service-copy-2');
    expect((await send('POST', '/scorecards/nope/duplicate')).status).toBe(404);
  });

  it('archives: the form leaves the published list, its versions stay readable and frozen', async () => {
    const card = await created(form({ id: 'to-archive' }));
    expect((await send('POST', '/scorecards/to-archive/versions/1/publish')).status).toBe(200);
    const archived = await send('POST', '/scorecards/to-archive/archive');
    expect(archived.status).toBe(200);
    expect(await archived.json()).toMatchObject({ id: card.scorecardId, status: 'archived', activeVersion: 1 });

    const active = ScorecardListResponse.parse(await (await get('/scorecards', 'agent1')).json()).scorecards;
    expect(active.map((s) => s.scorecardId)).not.toContain('to-archive');
    expect((await get('/scorecards/to-archive/versions/1', 'agent1')).status).toBe(200);
    expect((await send('POST', '/scorecards/to-archive/drafts')).status).toBe(409);
    expect((await send('PUT', '/scorecards/to-archive/versions/1', form())).status).toBe(409);
    expect((await send('POST', '/scorecards/to-archive/archive')).status).toBe(200);
    expect((await send('POST', '/scorecards/nope/archive')).status).toBe(404);
  });

  it('re-scores an evaluation with the exact old version after a new one is published', async () => {
    const v1 = ScorecardVersion.parse(await (await get('/scorecards/customer-service/versions/1')).json());
    const draft = ScorecardVersion.parse(await (await send('POST', '/scorecards/customer-service/drafts')).json());
    expect(draft.version).toBeGreaterThan(1);
    // v2 doubles the greeting's points: the same answers would score differently on it.
    const content = toDraftInput(draft);
    const sections = content.sections.map((s) => ({
      ...s,
      items: s.items.map((i) => (i.id === 'greeting' ? { ...i, scale: yesNoScale(5) } : i)),
    }));
    expect((await send('PUT', `/scorecards/customer-service/versions/${draft.version}`, { ...content, sections })).status).toBe(200);
    expect((await send('POST', `/scorecards/customer-service/versions/${draft.version}/publish`)).status).toBe(200);

    const input = evaluationInput();
    const response = await send('PUT', `/evaluations/${input.id}`, input, 'supervisor1');
    expect(response.status).toBe(201);
    const saved = Evaluation.parse(await response.json());
    expect(saved.scorecardVersion).toBe(1);
    expect(saved.score).toEqual(scoreEvaluation(v1, input.answers));
    const v2 = ScorecardVersion.parse(await (await get(`/scorecards/customer-service/versions/${draft.version}`)).json());
    expect(scoreEvaluation(v2, input.answers).maxPoints).not.toBe(saved.score.maxPoints);
  });

  it('lets an admin open a draft by its version, and accepts a whole ScorecardVersion as the body', async () => {
    const draft = await created(form({ title: '???' }));
    expect(draft.scorecardId).toBe('scorecard');
    expect((await get(`/scorecards/${draft.scorecardId}/versions/1`, 'supervisor1')).status).toBe(404);
    const opened = await get(`/scorecards/${draft.scorecardId}/versions/1`);
    expect(ScorecardVersion.parse(await opened.json())).toEqual(draft);
    const body = { ...draft, title: 'Renamed', status: 'published', version: 9, scorecardId: 'elsewhere' };
    const saved = ScorecardVersion.parse(await (await send('PUT', `/scorecards/${draft.scorecardId}/versions/1`, body)).json());
    expect(saved).toMatchObject({ scorecardId: draft.scorecardId, version: 1, status: 'draft', title: 'Renamed' });
  });

  it('answers 404 for versions of a scorecard that does not exist', async () => {
    expect((await get('/scorecards/nope/versions')).status).toBe(404);
    expect((await send('PUT', '/scorecards/nope/versions/1', form())).status).toBe(404);
    expect((await send('POST', '/scorecards/nope/versions/1/publish')).status).toBe(404);
    expect((await send('POST', '/scorecards/nope/drafts')).status).toBe(404);
  });
});
