import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseConfigFromEnv, DatabaseSetupError, dialectOf, migrateToLatest, openDatabase, type Database } from '../../server/db';
import { DEMO_AGENTS, DEMO_PEOPLE } from '../../server/db/demo-people';
import { migrationProvider } from '../../server/db/migrations';
import { seedDemoOrganisation } from '../../server/db/seed';
import { createTestDatabase, TEST_DATABASE, type TestDatabase } from './test-database';

let database: TestDatabase;
let db: Kysely<Database>;
beforeAll(async () => {
  database = await createTestDatabase();
  db = openDatabase(database.config);
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

describe('databaseConfigFromEnv', () => {
  it('uses the SQLite file unless DATABASE_URL is set', () => {
    expect(databaseConfigFromEnv({}, '/data/laatu.sqlite')).toEqual({ kind: 'sqlite', file: '/data/laatu.sqlite' });
    expect(databaseConfigFromEnv({ DATABASE_URL: ' ' }, '/d/l.sqlite')).toEqual({ kind: 'sqlite', file: '/d/l.sqlite' });
  });

  it('uses PostgreSQL for a postgres:// or postgresql:// DATABASE_URL', () => {
    for (const url of ['postgres://laatu:pw@db.example:5432/laatu', 'postgresql://laatu@localhost/laatu?sslmode=require']) {
      expect(databaseConfigFromEnv({ DATABASE_URL: url }, 'x')).toEqual({ kind: 'postgres', url });
    }
  });

  it('refuses another kind of URL, saying what it expects and hiding the password', () => {
    const refusal = () => databaseConfigFromEnv({ DATABASE_URL: 'mysql://root:hunter2@db.example/laatu' }, 'x');
    expect(refusal).toThrow(DatabaseSetupError);
    expect(refusal).toThrow(/must start with postgres:\/\/ or postgresql:\/\/.*mysql:\/\/root:\*\*\*@db\.example\/laatu/);
    expect(() => databaseConfigFromEnv({ DATABASE_URL: 'laatu on db.example' }, 'x')).toThrow(/DATABASE_URL is not a URL/);
  });
});

describe('database', () => {
  it('talks to the database the project names', () => {
    expect(dialectOf(db)).toBe(TEST_DATABASE);
  });

  it.runIf(TEST_DATABASE === 'sqlite')('opens SQLite durable, with WAL and foreign keys', async () => {
    const pragma = async (name: string) => {
      const { rows } = await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(db);
      return Object.values(rows[0] ?? {})[0];
    };
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('foreign_keys')).toBe(1);
  });

  it('migrates once; a second run changes nothing', async () => {
    const ran = await migrateToLatest(db);
    expect(ran).toEqual(Object.keys(await migrationProvider.getMigrations()).sort());
    expect(ran).toEqual(expect.arrayContaining(['0001_initial', '0003_panel']));
    expect(await migrateToLatest(db)).toEqual([]);
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'evaluation_revisions',
        'evaluations',
        'feedback',
        'organisation_settings',
        'scorecard_versions',
        'scorecards',
        'sessions',
        'teams',
        'units',
        'users',
      ]),
    );
  });

  it('seeds the demo organisation only into an empty database', async () => {
    expect(await seedDemoOrganisation(db)).toBe(true);
    expect(await seedDemoOrganisation(db)).toBe(false);
    const users = await db.selectFrom('users').select(['email', 'name', 'role', 'team_id']).execute();
    expect(users).toHaveLength(DEMO_PEOPLE.length);
    expect(await db.selectFrom('scorecards').select('id').orderBy('id').execute()).toEqual([
      { id: 'chat-email' },
      { id: 'customer-service' },
      { id: 'rush-hour' },
    ]);
    expect(await db.selectFrom('teams').select('name').orderBy('name').execute()).toEqual([
      { name: 'Team North' },
      { name: 'Team South' },
    ]);
    expect(users.find((u) => u.email === 'agent6@demo.laatu')?.name).toBe('Teemu Laine');
  });

  it('puts agents 1-3 in the first team and 4-6 in the second, each with its supervisor', async () => {
    const rows = await db
      .selectFrom('users as u')
      .innerJoin('teams as t', 't.id', 'u.team_id')
      .select(['u.email', 't.name as team'])
      .execute();
    const teamOf = (email: string) => rows.find((r) => r.email === email)?.team;
    for (const agent of DEMO_AGENTS) {
      expect(teamOf(agent.email)).toBe(agent.team === 'north' ? 'Team North' : 'Team South');
    }
    expect(teamOf('supervisor1@demo.laatu')).toBe('Team North');
    expect(teamOf('supervisor2@demo.laatu')).toBe('Team South');
    expect(DEMO_AGENTS.map((a) => a.name)).toEqual([
      'Aino Virtanen',
      'Mikko Korhonen',
      'Sanna Nieminen',
      'Jussi Mäkinen',
      'Laura Hämäläinen',
      'Teemu Laine',
    ]);
  });

  it('refuses an evaluation of a scorecard version that does not exist', async () => {
    const evaluator = await db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    const at = new Date().toISOString();
    await expect(
      db
        .insertInto('evaluations')
        .values({
          id: 'x', evaluator_id: evaluator.id, agent_id: null, interaction_key: 'a:b', interaction: '{}',
          scorecard_id: 'customer-service', scorecard_version: 99, kind: 'supervisor', answers: '{}', comment: '',
          duration_seconds: 0, started_at: at, submitted_at: at, score_points: 0, score_max: 0, score_percent: null,
          score: '{}', revision: 1, created_at: at, updated_at: at,
        })
        .execute(),
    ).rejects.toThrow(/foreign key/i);
  });

  it.runIf(TEST_DATABASE === 'postgres')('makes PostgreSQL columns behave as SQLite\'s: byte-order text, 64-bit integers', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string; data_type: string; collation_name: string | null }>`
      select table_name, column_name, data_type, collation_name from information_schema.columns
      where table_schema = current_schema() and table_name not like 'kysely_%'`.execute(db);
    expect(rows.length).toBeGreaterThan(50);
    // The cluster's own collation is ICU en-US (scripts/pg/cluster.ts): without "C", 'a' would sort before 'B'.
    expect(rows.filter((r) => r.data_type === 'text' && r.collation_name !== 'C')).toEqual([]);
    expect(rows.filter((r) => r.data_type === 'integer')).toEqual([]);
    expect(new Set(rows.map((r) => r.data_type))).toEqual(new Set(['text', 'bigint', 'double precision']));
  });

  it('returns integers, counts and sums as numbers on both databases', async () => {
    const row = await db
      .selectFrom('scorecard_versions')
      .select((eb) => [
        eb.fn.countAll().as('count'),
        eb.fn.max('version').as('latest'),
        eb.fn.sum('version').as('total'),
        sql<number>`cast(${9_007_199_254_740_991} as bigint)`.as('largest'),
      ])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ count: 3, latest: 1, total: 3, largest: 9_007_199_254_740_991 });
  });

  it('sorts and compares text byte by byte, as SQLite does', async () => {
    const at = new Date().toISOString();
    const titles = ['apple', 'Banana', 'Äpple', 'zebra', 'a-b', 'ab'];
    await db
      .insertInto('scorecards')
      .values(titles.map((title, i) => ({ id: `sort-${i}`, title, status: 'draft', active_version: null, created_at: at, updated_at: at })))
      .execute();
    const sorted = await db.selectFrom('scorecards').select('title').where('id', 'like', 'sort-%').orderBy('title').execute();
    expect(sorted.map((r) => r.title)).toEqual(['Banana', 'a-b', 'ab', 'apple', 'zebra', 'Äpple']);
    await db.deleteFrom('scorecards').where('id', 'like', 'sort-%').execute();
  });
});
