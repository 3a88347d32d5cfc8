import pg from 'pg';
import { PostgresDialect, type Dialect } from 'kysely';

/** Startup cannot go on: the message says what to fix, so it is printed without a stack. */
export class DatabaseSetupError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DatabaseSetupError';
  }
}

/** A PostgreSQL URL as people may see it: everything but the password. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/** Checks DATABASE_URL's shape before anything connects; the refusal names what is wrong. */
export function checkedPostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseSetupError(
      'DATABASE_URL is not a URL: expected postgres://USER:PASSWORD@HOST:PORT/DATABASE, e.g. postgres://laatu:secret@127.0.0.1:5432/laatu',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseSetupError(
      `DATABASE_URL must start with postgres:// or postgresql:// (Laatu's other database is SQLite, used when DATABASE_URL is unset); got ${redactedUrl(url)}`,
    );
  }
  return url;
}

/** Where a URL points, for logs and errors: "database laatu on db.example:5432". */
export function postgresTarget(url: string): string {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1)) || '(the user’s default)';
  const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
  return `database ${database} on ${host}:${parsed.port || '5432'}`;
}

function safeInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`PostgreSQL returned ${text}, beyond JavaScript's safe integers`);
  return value;
}

/**
 * Numbers come back as numbers, as they do from SQLite: pg returns bigint (our integer
 * columns, count()) and numeric (sum(), avg()) as strings by default. Per pool, not global.
 */
function numberParsers(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, safeInteger);
  types.setTypeParser(pg.types.builtins.NUMERIC, Number);
  return types;
}

/** Without a timeout, a firewalled host would hang startup (and every request) forever. */
const CONNECT_TIMEOUT_MS = 10_000;

export function postgresDialect(url: string): Dialect {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types: numberParsers(),
  });
  // An idle connection dropped by the server must not crash the process; the pool reconnects.
  // Once the pool is closing, connections ending are expected and not worth a line.
  pool.on('error', (error) => {
    if (!pool.ending) console.error(`PostgreSQL connection lost (${postgresTarget(url)}): ${error.message}`);
  });
  return new PostgresDialect({ pool });
}

/** The innermost reason a connection failed: net errors for several addresses come wrapped. */
function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** Turns a failed first query into a message naming the host, database and what went wrong. */
export function unreachable(url: string, error: unknown): DatabaseSetupError {
  return new DatabaseSetupError(
    `Cannot use PostgreSQL ${postgresTarget(url)} (DATABASE_URL=${redactedUrl(url)}): ${reason(error)}`,
    { cause: error },
  );
}
