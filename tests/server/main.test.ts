import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { API_PREFIX, EvaluationListResponse, HealthResponse, LoginResponse } from '../../lib/domain';
import { createTestDatabase, evaluationInput, TEST_DATABASE, type TestDatabase } from './helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'laatu-main-test-'));
const running: ChildProcess[] = [];
let database: TestDatabase | undefined;
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  await database?.drop();
});

/** What `npm run server` would get: no DATABASE_URL for SQLite, the test database's for PostgreSQL. */
async function databaseEnv(): Promise<Record<string, string | undefined>> {
  if (TEST_DATABASE === 'sqlite') return { DATABASE_URL: undefined };
  database ??= await createTestDatabase();
  return { DATABASE_URL: database.config.kind === 'postgres' ? database.config.url : undefined };
}

function spawnServer(env: Record<string, string | undefined>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LAATU_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  return child;
}

/** Starts `server/main.ts` as `npm run server` does, on a free port; resolves with its URL and output. */
async function startServer(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawnServer(await databaseEnv());
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Laatu server listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}${API_PREFIX}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'supervisor1@demo.laatu', password: 'demo' }),
  });
  return LoginResponse.parse(await response.json()).token;
}

describe('server/main.ts', () => {
  it('starts, keeps its data across a restart and seeds only the first time', { timeout: 60_000 }, async () => {
    const first = await startServer();
    expect(first.output()).toContain('/demo');
    expect(first.output()).toContain('agent6@demo.laatu');
    expect(first.output()).toContain('.output/chrome-mv3');
    HealthResponse.parse(await (await fetch(`${first.url}${API_PREFIX}/health`)).json());

    const token = await signIn(first.url);
    const input = evaluationInput();
    const put = await fetch(`${first.url}${API_PREFIX}/evaluations/${input.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    expect(put.status).toBe(201);
    expect(await stopped(first.child)).toBe(0);

    const second = await startServer();
    expect(second.output()).not.toContain('demo organisation created');
    // The session and the evaluation both survived the restart.
    const list = await fetch(`${second.url}${API_PREFIX}/evaluations`, { headers: { Authorization: `Bearer ${token}` } });
    expect(EvaluationListResponse.parse(await list.json()).evaluations.map((e) => e.id)).toEqual([input.id]);
    expect(await stopped(second.child)).toBe(0);
  });

  it('refuses to start on a PostgreSQL it cannot reach, naming the host and hiding the password', { timeout: 30_000 }, async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const child = spawnServer({ DATABASE_URL: 'postgres://laatu:s3cret@127.0.0.1:1/laatu' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('Laatu cannot start: Cannot use PostgreSQL database laatu on 127.0.0.1:1');
    expect(output).toContain('ECONNREFUSED');
    expect(output).not.toContain('s3cret');
    expect(output).not.toMatch(/^\s+at /m);
  });
});
