import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Dialect } from 'kysely';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

export type { Database } from './schema';

/** Where the data lives. PostgreSQL joins as `{ kind: 'postgres', url }` with one more branch below. */
export type DatabaseConfig = { kind: 'sqlite'; file: string };

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv, sqliteFile: string): DatabaseConfig {
  if (env.DATABASE_URL) {
    throw new Error('DATABASE_URL is set, but this build of Laatu supports only SQLite: unset it to use ' + sqliteFile);
  }
  return { kind: 'sqlite', file: sqliteFile };
}

function dialectFor(config: DatabaseConfig): Dialect {
  switch (config.kind) {
    case 'sqlite': {
      const sqlite = new SQLite(config.file);
      // WAL lets readers work while a write commits; FULL survives power loss after a 2xx.
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('busy_timeout = 5000');
      return new SqliteDialect({ database: sqlite });
    }
  }
}

export function openDatabase(config: DatabaseConfig): Kysely<Database> {
  return new Kysely<Database>({ dialect: dialectFor(config) });
}

/** Brings the schema up to date; running it again on a current database changes nothing. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
