import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { API_PREFIX, LoginResponse, type EvaluationInput } from '../../lib/domain';
import { createApp, type AppOptions, type LaatuApp } from '../../server/app';
import { migrateToLatest, openDatabase, type Database, type DatabaseConfig } from '../../server/db';
import { seedDemoOrganisation } from '../../server/db/seed';
import { createTestDatabase } from './test-database';

export { TEST_DATABASE, createTestDatabase, type TestDatabase } from './test-database';

export interface TestServer {
  app: LaatuApp;
  db: Kysely<Database>;
  config: DatabaseConfig;
  close: () => Promise<void>;
}

/**
 * A migrated, seeded database of its own (SQLite, or PostgreSQL in the server-postgres
 * project: tests/server/test-database.ts), and the app over it.
 */
export async function startTestServer(options: Omit<AppOptions, 'db'> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const db = openDatabase(database.config);
  await migrateToLatest(db);
  await seedDemoOrganisation(db);
  const app = createApp({ db, logError: () => {}, ...options });
  return {
    app,
    db,
    config: database.config,
    close: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

export function jsonRequest(method: string, body: unknown, token?: string): RequestInit {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return { method, headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

export function bearer(token: string): RequestInit {
  return { headers: { Authorization: `Bearer ${token}` } };
}

export async function login(app: LaatuApp, email: string, password = 'demo'): Promise<LoginResponse> {
  const response = await app.request(`${API_PREFIX}/auth/login`, jsonRequest('POST', { email, password }));
  if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status}`);
  return LoginResponse.parse(await response.json());
}

/** A complete, valid evaluation of a demo-desk chat handled by agent1, on the demo scorecard. */
export function evaluationInput(overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    id: randomUUID(),
    interaction: {
      platform: 'demo-desk',
      externalId: 'CHAT-1001',
      channel: 'chat',
      customer: 'Matti Meikäläinen',
      agent: 'Aino Virtanen',
      agentEmail: 'agent1@demo.laatu',
      url: 'http://127.0.0.1:8787/demo/conversations/CHAT-1001',
    },
    scorecardId: 'customer-service',
    scorecardVersion: 1,
    kind: 'supervisor',
    mode: 'recording',
    notes: [],
    answers: {
      greeting: { value: 'yes' },
      'verifies-identity': { value: 'yes' },
      'tells-agenda': { value: 'no', comment: 'Went straight to the questions' },
      'open-questions': { value: 'partly' },
      'lets-customer-finish': { value: 'yes' },
      'summarises-need': { value: 'na' },
      'records-contact-reason': { value: 'yes' },
      'solves-first-contact': { value: 'yes' },
      'explains-next-steps': { value: 'yes' },
      'checks-anything-else': { value: 'no' },
      'friendly-closing': { value: 'yes' },
    },
    comment: 'Warm and clear.',
    durationSeconds: 240,
    startedAt: '2026-11-20T09:00:00.000Z',
    submittedAt: '2026-11-20T09:04:00.000Z',
    ...overrides,
  };
}
