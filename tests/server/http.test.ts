import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, ApiError } from '../../lib/domain';
import { createApp } from '../../server/app';
import { openDatabase } from '../../server/db';
import { bearer, createTestDatabase, evaluationInput, jsonRequest, login, startTestServer, type TestServer } from './helpers';

let server: TestServer;
let deskDir: string;
beforeAll(async () => {
  // Its own desk folder, so the test does not depend on server/demo-desk/ being there.
  deskDir = mkdtempSync(join(tmpdir(), 'laatu-desk-test-'));
  mkdirSync(join(deskDir, 'assets'));
  writeFileSync(join(deskDir, 'index.html'), '<!doctype html><title>Demo desk</title>');
  writeFileSync(join(deskDir, 'assets', 'desk.js'), 'console.log("desk")');
  writeFileSync(join(deskDir, 'assets', 'desk.css'), 'body{}');
  writeFileSync(join(deskDir, 'secret.txt'), 'not an asset');
  server = await startTestServer({ demoDeskDir: deskDir });
});
afterAll(async () => {
  await server.close();
  rmSync(deskDir, { recursive: true, force: true });
});

function preflight(origin: string) {
  return server.app.request(`${API_PREFIX}/evaluations/abc`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'PUT',
      'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
    },
  });
}

describe('CORS', () => {
  it.each(['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://4b4a1d9e-0c4f-4a51-9d2e-0f3b5e6a7c8d'])(
    'lets the extension at %s call the API',
    async (origin) => {
      const response = await preflight(origin);
      expect(response.status).toBeLessThan(300);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(response.headers.get('Access-Control-Allow-Methods')).toContain('PUT');
      expect(response.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('authorization');
      const health = await server.app.request(`${API_PREFIX}/health`, { headers: { Origin: origin } });
      expect(health.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    },
  );

  it.each(['https://evil.example', 'null', 'chrome-extension://x.evil.example'])('gives %s no CORS access', async (origin) => {
    const response = await preflight(origin);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(response.headers.get('Access-Control-Allow-Methods')).toBeNull();
    const health = await server.app.request(`${API_PREFIX}/health`, { headers: { Origin: origin } });
    expect(health.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('demo desk', () => {
  it('redirects the root to the desk', async () => {
    const response = await server.app.request('/');
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/demo');
  });

  it('serves assets with their content type', async () => {
    const js = await server.app.request('/demo/assets/desk.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toBe('console.log("desk")');
    const css = await server.app.request('/demo/assets/desk.css');
    expect(css.headers.get('Content-Type')).toMatch(/^text\/css/);
  });

  it('answers 404 for a missing asset instead of the app', async () => {
    const response = await server.app.request('/demo/assets/missing.js');
    expect(response.status).toBe(404);
  });

  it.each(['/demo', '/demo/', '/demo/conversations/CHAT-1001', '/demo/queue?x=1'])('serves index.html at %s', async (path) => {
    const response = await server.app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>Demo desk</title>');
  });

  it.each([
    '/demo/assets/..%2fsecret.txt',
    '/demo/assets/%2e%2e/secret.txt',
    '/demo/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/demo/assets/..%5csecret.txt',
    '/demo/assets/.hidden.js',
  ])('refuses to leave the assets folder: %s', async (path) => {
    const response = await server.app.request(path);
    const body = await response.text();
    expect(body).not.toContain('not an asset');
    // URL parsing turns "%2e%2e/" into "../" before routing: such paths reach the app page, never a file.
    if (response.status !== 404) expect(body).toContain('<title>Demo desk</title>');
  });

  it('keeps API errors JSON and free of stack traces', async () => {
    const response = await server.app.request('/nowhere');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toMatch(/application\/json/);
    expect(await response.text()).not.toMatch(/at .*\.ts/);
  });
});

describe('errors', () => {
  it('refuses a body over 1 MB', async () => {
    const { token } = await login(server.app, 'supervisor1@demo.laatu');
    const huge = JSON.stringify({ comment: 'x'.repeat(1_100_000) });
    const response = await server.app.request(`${API_PREFIX}/evaluations/abc`, jsonRequest('PUT', huge, token));
    expect(response.status).toBe(413);
    expect(ApiError.safeParse(await response.json()).success).toBe(true);
  });

  it('refuses NUL characters in text, which PostgreSQL cannot store, alike on both databases', async () => {
    const { token } = await login(server.app, 'supervisor1@demo.laatu');
    const input = evaluationInput({ comment: 'Warm\u0000 and clear.' });
    const body = await server.app.request(`${API_PREFIX}/evaluations/${input.id}`, jsonRequest('PUT', input, token));
    expect(body.status).toBe(400);
    expect(ApiError.parse(await body.json())).toEqual({ error: 'comment: must not contain NUL characters (U+0000)', field: 'comment' });
    const path = await server.app.request(`${API_PREFIX}/evaluations/abc%00def`, bearer(token));
    expect(path.status).toBe(400);
    const query = await server.app.request(`${API_PREFIX}/evaluations?interaction=demo%00desk:1`, bearer(token));
    expect(query.status).toBe(400);
    expect(await server.db.selectFrom('evaluations').select('id').where('id', '=', input.id).execute()).toEqual([]);
  });

  it('answers an unexpected failure with a plain 500, reporting the details only to the log', async () => {
    const database = await createTestDatabase();
    const db = openDatabase(database.config); // never migrated
    const logged: unknown[] = [];
    const app = createApp({ db, logError: (error) => logged.push(error) });
    const response = await app.request(`${API_PREFIX}/auth/login`, jsonRequest('POST', { email: 'a@b.fi', password: 'x' }));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'Internal server error' });
    expect(logged).toHaveLength(1);
    await db.destroy();
    await database.drop();
  });
});
