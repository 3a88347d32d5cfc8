import { PostgresIntrospector, sql, type Kysely, type Transaction } from 'kysely';

/**
 * Everything that differs between SQLite and PostgreSQL, as migrations and queries see it.
 * The rest of server/ writes one query for both; when it cannot, the difference goes here.
 */
export type DialectKind = 'sqlite' | 'postgres';

/** Which database a Kysely instance (or a transaction of it) talks to. */
export function dialectOf<DB>(db: Kysely<DB>): DialectKind {
  return db.introspection instanceof PostgresIntrospector ? 'postgres' : 'sqlite';
}

/**
 * Column types for migrations, chosen so both databases behave as SQLite does:
 * - text compares and sorts byte by byte (SQLite's BINARY collation), not by the
 *   PostgreSQL database's locale, so ORDER BY title and ISO-time comparisons agree;
 * - integer is 64-bit (SQLite's integer is), so any safe JavaScript integer fits.
 */
export function columnTypes<DB>(db: Kysely<DB>) {
  return dialectOf(db) === 'postgres'
    ? ({ text: sql`text collate "C"`, integer: 'bigint' } as const)
    : ({ text: 'text', integer: 'integer' } as const);
}

/** PostgreSQL's "could not serialize access" and "deadlock detected": the transaction may simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

function retryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && RETRYABLE.has(String(error.code));
}

/**
 * Runs `work` in a transaction that sees the database as if it ran alone, on both databases.
 * SQLite runs one transaction at a time anyway; PostgreSQL runs them side by side, so they
 * run serializable there, and one that lost a race (two retries of the same upload, two
 * publishes) is run again and then sees the winner's row. `work` must be safe to repeat:
 * only database writes, no side effects outside the transaction.
 */
export async function inTransaction<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().setIsolationLevel('serializable').execute(work);
    } catch (error) {
      if (!retryable(error) || attempt >= MAX_ATTEMPTS) throw error;
      // A short random pause, so two transactions that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
