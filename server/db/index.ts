import SQLite from 'better-sqlite3';
import { Kysely, Migrator, sql, SqliteDialect, type Dialect } from 'kysely';
import { migrationProvider } from './migrations';
import { checkedPostgresUrl, DatabaseSetupError, postgresDialect, postgresTarget, unreachable } from './postgres';
import type { Database } from './schema';

export type { Database } from './schema';
export { DatabaseSetupError } from './postgres';
export { dialectOf, type DialectKind } from './dialect';

/** Where the data lives: a SQLite file (the default) or PostgreSQL when DATABASE_URL is set. */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv, sqliteFile: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url: checkedPostgresUrl(url) };
  return { kind: 'sqlite', file: sqliteFile };
}

/** For logs: where the data is, never a password. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.kind === 'sqlite' ? `SQLite ${config.file}` : `PostgreSQL ${postgresTarget(config.url)}`;
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
    case 'postgres':
      return postgresDialect(config.url);
  }
}

export function openDatabase(config: DatabaseConfig): Kysely<Database> {
  return new Kysely<Database>({ dialect: dialectFor(config) });
}

/**
 * Runs one query, so a database that cannot be reached (wrong host, password, database
 * name) stops startup with a message naming it rather than failing the first request.
 */
export async function checkConnection(db: Kysely<Database>, config: DatabaseConfig): Promise<void> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    if (config.kind === 'postgres') throw unreachable(config.url, error);
    throw new DatabaseSetupError(`Cannot open SQLite ${config.file}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** Brings the schema up to date; running it again on a current database changes nothing. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
