// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EvaluationInput, ScorecardVersion } from '../../lib/domain';
import { scoreEvaluation } from '../../lib/scoring';
import { saveSession, submitEvaluation, type LaatuDb } from '../../lib/store';
import { ApiClient, backoffDelay, BACKOFF_MAX_MS, syncNow, type FetchLike } from '../../lib/sync';
import { createApp } from '../../server/app';
import { migrateToLatest, openDatabase, type Database } from '../../server/db';
import { seedDemoOrganisation } from '../../server/db/seed';
import { snapshot, testDb } from './fixtures';

/** The extension's sync against the real server app, through a fetch that can fail. */
let server: Kysely<Database>;
let app: ReturnType<typeof createApp>;
let down = false;
let requests = 0;
const fetchImpl: FetchLike = async (url, init) => {
  requests += 1;
  if (down) throw new TypeError('Failed to fetch');
  return app.fetch(new Request(url, init));
};
const SERVER = 'http://laatu.test';
let card: ScorecardVersion;

beforeAll(async () => {
  server = openDatabase({ kind: 'sqlite', file: join(mkdtempSync(join(tmpdir(), 'laatu-sync-')), 'db.sqlite') });
  await migrateToLatest(server);
  await seedDemoOrganisation(server);
  app = createApp({ db: server, demoDeskDir: tmpdir() });
});
afterAll(() => server.destroy());

async function signedIn(email = 'supervisor1@demo.laatu'): Promise<LaatuDb> {
  const db = testDb();
  const { token, user } = await new ApiClient(SERVER, null, fetchImpl).login({ email, password: 'demo' });
  await saveSession(db, SERVER, token, user);
  const { scorecards } = await new ApiClient(SERVER, token, fetchImpl).scorecards();
  card = scorecards[0]!;
  return db;
}

function evaluation(externalId: string): EvaluationInput {
  const answers = Object.fromEntries(card.sections.flatMap((s) => s.items).map((i) => [i.id, { value: 'yes' }]));
  return {
    id: crypto.randomUUID(),
    interaction: { ...snapshot(externalId) },
    scorecardId: card.scorecardId,
    scorecardVersion: card.version,
    kind: 'supervisor',
    mode: 'recording',
    notes: [],
    answers,
    comment: 'ok',
    durationSeconds: 42,
    startedAt: '2026-11-24T10:00:00.000Z',
    submittedAt: '2026-11-24T10:01:00.000Z',
  };
}

async function submit(db: LaatuDb, input: EvaluationInput) {
  const session = await db.settings.get('session');
  const userId = session?.key === 'session' ? session.user.id : '';
  await submitEvaluation(db, input, { evaluatorId: userId, scorecardTitle: card.title, score: scoreEvaluation(card, input.answers) });
}

describe('outbox sync', () => {
  test('a submitted evaluation reaches the server and leaves the outbox', async () => {
    const db = await signedIn();
    const input = evaluation('T-5001');
    await submit(db, input);
    const outcome = await syncNow(db, fetchImpl);
    expect(outcome).toMatchObject({ sent: 1, remaining: 0 });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.evaluations.get(input.id)).toMatchObject({ syncState: 'synced', revision: 1 });
    expect(await db.scorecards.count()).toBeGreaterThan(0);
  });

  test('offline, the row stays with a backoff; back online, it lands exactly once', async () => {
    const db = await signedIn();
    const input = evaluation('T-5002');
    await submit(db, input);
    down = true;
    const offline = await syncNow(db, fetchImpl);
    expect(offline).toMatchObject({ sent: 0, stoppedBy: 'network', remaining: 1 });
    const [row] = await db.outbox.toArray();
    expect(row!.nextAttemptAt).toBeGreaterThan(Date.now());
    expect(row!.attempts).toBe(1);
    const status = await db.settings.get('sync');
    expect(status).toMatchObject({ key: 'sync', consecutiveFailures: 1 });

    down = false;
    const before = requests;
    expect(await syncNow(db, fetchImpl)).toMatchObject({ sent: 0, remaining: 1 }); // not due yet
    expect(requests - before).toBe(2); // only the scorecard refresh and the pull of the user's evaluations
    await db.outbox.toCollection().modify({ nextAttemptAt: 0 });
    expect(await syncNow(db, fetchImpl)).toMatchObject({ sent: 1, remaining: 0 });
    // A resend after a lost acknowledgement is harmless: the server upserts by id.
    const token = ((await db.settings.get("session")) as { token: string }).token;
    await new ApiClient(SERVER, token, fetchImpl).putEvaluation(input, "again");
    const res = await app.request('/api/v1/evaluations?interaction=demo-desk:T-5002', {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { evaluations: { revision: number }[] };
    expect(body.evaluations).toHaveLength(1);
    expect(body.evaluations[0]!.revision).toBe(1);
  });

  test('a refused evaluation is kept and marked, never dropped', async () => {
    const db = await signedIn();
    const input = { ...evaluation('T-5003'), scorecardVersion: 99 };
    await submit(db, input);
    expect(await syncNow(db, fetchImpl)).toMatchObject({ rejected: 1, remaining: 0 });
    const saved = await db.evaluations.get(input.id);
    expect(saved?.syncState).toBe('rejected');
    expect(saved?.syncError).toContain('scorecardVersion');
    expect(await db.outbox.count()).toBe(1);
  });

  test('a correction the server refuses leaves the evaluation as the server has it, saying why', async () => {
    const db = await signedIn();
    const input = evaluation('T-5005');
    await submit(db, input);
    await syncNow(db, fetchImpl);
    const synced = await db.evaluations.get(input.id);
    await submit(db, { ...input, scorecardVersion: card.version + 1, comment: 'Scored on the next version' });
    expect(await syncNow(db, fetchImpl)).toMatchObject({ rejected: 1, remaining: 0 });
    const row = await db.evaluations.get(input.id);
    expect(row).toMatchObject({
      comment: 'ok',
      scorecardVersion: card.version,
      score: synced!.score,
      revision: 1,
      serverCreatedAt: synced!.serverCreatedAt,
      syncState: 'synced',
    });
    expect(row).toMatchObject({ correctionRefused: true });
    expect(row?.syncError).toBe(
      `A correction cannot change the scorecard version (${card.version} → ${card.version + 1})`,
    );
  });

  test('an expired session stops sync until the user signs in again', async () => {
    const db = await signedIn();
    await db.settings.update('session', (row) => {
      if (row.key === 'session') row.token = 'not-a-valid-token-at-all';
    });
    await submit(db, evaluation('T-5004'));
    expect(await syncNow(db, fetchImpl)).toMatchObject({ stoppedBy: 'unauthorized' });
    expect(await syncNow(db, fetchImpl)).toBe('signed-out');
    expect(await db.outbox.count()).toBe(1);
  });

  test('backoff doubles and is capped', () => {
    const mid = () => 0.5;
    expect(backoffDelay(1, mid)).toBe(1000);
    expect(backoffDelay(2, mid)).toBe(2000);
    expect(backoffDelay(20, mid)).toBe(BACKOFF_MAX_MS);
  });
});

describe('ApiClient', () => {
  test('logout revokes the token on the server: it is refused afterwards', async () => {
    const { token } = await new ApiClient(SERVER, null, fetchImpl).login({ email: 'coach@demo.laatu', password: 'demo' });
    const api = new ApiClient(SERVER, token, fetchImpl);
    await expect(api.scorecards()).resolves.toBeDefined();
    await api.logout();
    await expect(api.scorecards()).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
    await expect(api.logout()).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});
