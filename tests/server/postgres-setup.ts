import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from '../../scripts/pg/cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL the server-postgres project runs on; '' when there is none. */
    postgresUrl: string;
    /** Why there is none, for the failure every test file of the project reports. */
    postgresProblem: string;
  }
}

/**
 * globalSetup of the server-postgres project: a throwaway cluster for the whole run
 * (scripts/pg/cluster.ts), or the server LAATU_TEST_POSTGRES_URL names. Each test server
 * then gets its own database in it (tests/server/test-database.ts).
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.LAATU_TEST_POSTGRES_URL;
  if (given) {
    const problem = await connectProblem(given);
    project.provide('postgresUrl', problem ? '' : given);
    project.provide('postgresProblem', problem ? `LAATU_TEST_POSTGRES_URL cannot be used: ${problem}` : '');
    return undefined;
  }
  try {
    const started = Date.now();
    const cluster = await startPostgresCluster();
    console.log(`server-postgres: PostgreSQL cluster at ${cluster.url} (started in ${Date.now() - started} ms)`);
    project.provide('postgresUrl', cluster.url);
    project.provide('postgresProblem', '');
    return () => cluster.stop();
  } catch (error) {
    // Not thrown here: that would stop every project's tests; this project's files fail instead.
    project.provide('postgresUrl', '');
    project.provide('postgresProblem', error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** Why a superuser connection to `url` fails, or '' when it works. */
async function connectProblem(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return '';
  } catch (error) {
    const inner: unknown = error instanceof AggregateError ? error.errors[0] : error;
    return inner instanceof Error ? inner.message : String(inner);
  } finally {
    await client.end().catch(() => {});
  }
}
