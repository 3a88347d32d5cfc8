// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pullDetectorRules, DETECTOR_RULES_KEY, type RuleStorage } from '../../lib/sync/rules';
import type { FetchLike } from '../../lib/sync';
import { createApp } from '../../server/app';
import { migrateToLatest, openDatabase, type Database } from '../../server/db';
import { seedDemoOrganisation } from '../../server/db/seed';

const SERVER = 'http://laatu.test';
let db: Kysely<Database>;
let app: ReturnType<typeof createApp>;
const fetchImpl: FetchLike = (url, init) => Promise.resolve(app.fetch(new Request(url, init)));

beforeAll(async () => {
  db = openDatabase({ kind: 'sqlite', file: join(mkdtempSync(join(tmpdir(), 'laatu-rules-')), 'db.sqlite') });
  await migrateToLatest(db);
  await seedDemoOrganisation(db);
  app = createApp({ db, demoDeskDir: tmpdir() });
});
afterAll(() => db.destroy());

async function token(email: string): Promise<string> {
  const response = await fetchImpl(`${SERVER}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo' }),
  });
  return ((await response.json()) as { token: string }).token;
}

function memoryStorage(): RuleStorage & { items: Record<string, unknown>; writes: number } {
  const store = {
    items: {} as Record<string, unknown>,
    writes: 0,
    get: (key: string) => Promise.resolve(key in store.items ? { [key]: store.items[key] } : {}),
    set: (items: Record<string, unknown>) => {
      store.writes += 1;
      Object.assign(store.items, items);
      return Promise.resolve();
    },
  };
  return store;
}

test('a sync stores the organisation’s valid rules for the content script and skips an invalid one', async () => {
  const admin = await token('admin@demo.laatu');
  const rule = {
    id: 'home-desk',
    name: 'Home-grown desk',
    hosts: ['localhost'],
    pathPattern: '^/helpdesk/case/',
    externalId: { from: 'url', pattern: '^/helpdesk/case/(\\d+)' },
    channel: 'ticket',
    customer: { selector: '#customer' },
  };
  const created = await fetchImpl(`${SERVER}/api/v1/detector-rules`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
    body: JSON.stringify(rule),
  });
  expect(created.status).toBe(201);
  // A row no extension can run (written past the API, e.g. by a newer server version).
  const { id: adminId } = await db.selectFrom('users').select('id').where('email', '=', 'admin@demo.laatu').executeTakeFirstOrThrow();
  await db
    .insertInto('detector_rules')
    .values({ id: 'broken', rule: '{"id":"broken"}', created_by: adminId, created_at: '', updated_at: '' })
    .execute();

  const agent = await token('agent1@demo.laatu');
  const storage = memoryStorage();
  const pulled = await pullDetectorRules(SERVER, agent, fetchImpl, storage);
  expect(pulled).toMatchObject({ stored: 1, skipped: [{ id: 'broken' }] });
  expect(storage.items[DETECTOR_RULES_KEY]).toEqual([{ ...rule, requires: [], watch: [] }]);

  await pullDetectorRules(SERVER, agent, fetchImpl, storage);
  expect(storage.writes).toBe(1); // nothing changed: no write, no re-detection in every tab
});

test('a failed pull keeps the rules stored before', async () => {
  const storage = memoryStorage();
  storage.items[DETECTOR_RULES_KEY] = ['kept'];
  const down: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
  expect(await pullDetectorRules(SERVER, 'token', down, storage)).toEqual({ failed: 'Failed to fetch' });
  expect(storage.items[DETECTOR_RULES_KEY]).toEqual(['kept']);
});
