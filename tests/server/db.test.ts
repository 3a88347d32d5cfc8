import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, type Database } from '../../server/db';
import { DEMO_AGENTS, DEMO_PEOPLE } from '../../server/db/demo-people';
import { migrationProvider } from '../../server/db/migrations';
import { seedDemoOrganisation } from '../../server/db/seed';

let dir: string;
let db: Kysely<Database>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'laatu-db-test-'));
  db = openDatabase({ kind: 'sqlite', file: join(dir, 'laatu.sqlite') });
});
afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('database', () => {
  it('opens SQLite durable, with WAL and foreign keys', async () => {
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
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});
