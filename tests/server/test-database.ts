import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseConfig, DialectKind } from '../../server/db';

/** The database the server tests run on: SQLite, or PostgreSQL in the server-postgres project. */
export const TEST_DATABASE: DialectKind = process.env.LAATU_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  config: DatabaseConfig;
  /** Deletes the database; close every connection to it first. */
  drop: () => Promise<void>;
}

async function asSuperuser(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database of its own: a SQLite file in a temp folder, or a PostgreSQL
 * database named laatu_test_<random> in the project's cluster. Test files run in
 * parallel, so nothing is shared between them.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DATABASE === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'laatu-server-test-'));
    return {
      config: { kind: 'sqlite', file: join(dir, 'laatu.sqlite') },
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `laatu_test_${randomBytes(8).toString('hex')}`;
  await asSuperuser(`create database ${name}`);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: () => asSuperuser(`drop database if exists ${name} with (force)`),
  };
}
