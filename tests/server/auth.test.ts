import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX, ApiError, HealthResponse, LoginResponse, User } from '../../lib/domain';
import { bearer, jsonRequest, login, startTestServer, type TestServer } from './helpers';

let clock = new Date('2026-11-20T08:00:00.000Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ version: '9.9.9', now: () => clock });
});
afterAll(() => server.close());

const url = (path: string) => `${API_PREFIX}${path}`;

describe('health', () => {
  it('answers without a token', async () => {
    const response = await server.app.request(url('/health'));
    expect(response.status).toBe(200);
    expect(HealthResponse.parse(await response.json())).toEqual({ status: 'ok', version: '9.9.9' });
  });
});

describe('sign-in', () => {
  it('gives a token and the user for the right password', async () => {
    const response = await server.app.request(
      url('/auth/login'),
      jsonRequest('POST', { email: 'Supervisor1@demo.laatu', password: 'demo' }),
    );
    expect(response.status).toBe(200);
    const body = LoginResponse.parse(await response.json());
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.user).toMatchObject({ email: 'supervisor1@demo.laatu', name: 'Kaisa Lehtonen', role: 'supervisor' });
    expect(body.user).not.toHaveProperty('passwordHash');
  });

  it('stores only a hash of the token', async () => {
    const { token } = await login(server.app, 'coach@demo.laatu');
    const sessions = await server.db.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.map((s) => s.token_hash)).not.toContain(token);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
  });

  it.each([
    ['a wrong password', 'agent1@demo.laatu', 'wrong'],
    ['an unknown user', 'nobody@demo.laatu', 'demo'],
  ])('refuses %s with the same message', async (_case, email, password) => {
    const response = await server.app.request(url('/auth/login'), jsonRequest('POST', { email, password }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Wrong e-mail or password' });
  });

  it('names the malformed field', async () => {
    const response = await server.app.request(url('/auth/login'), jsonRequest('POST', { email: 'not-an-email', password: 'x' }));
    expect(response.status).toBe(400);
    const body = ApiError.parse(await response.json());
    expect(body.field).toBe('email');
    expect(body.error).toMatch(/^email: /);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await server.app.request(url('/auth/login'), jsonRequest('POST', '{"email":'));
    expect(response.status).toBe(400);
    expect(ApiError.parse(await response.json()).error).toMatch(/JSON/);
  });
});

describe('sessions', () => {
  it('refuses a missing token', async () => {
    const response = await server.app.request(url('/me'));
    expect(response.status).toBe(401);
    expect(ApiError.safeParse(await response.json()).success).toBe(true);
  });

  it('refuses a wrong token', async () => {
    const response = await server.app.request(url('/me'), bearer('x'.repeat(43)));
    expect(response.status).toBe(401);
  });

  it('tells who is signed in, and logout revokes the token', async () => {
    const { token } = await login(server.app, 'agent2@demo.laatu');
    const me = await server.app.request(url('/me'), bearer(token));
    expect(User.parse(await me.json())).toMatchObject({ name: 'Mikko Korhonen', role: 'agent' });

    const logout = await server.app.request(url('/auth/logout'), { method: 'POST', ...bearer(token) });
    expect(logout.status).toBe(204);
    expect((await server.app.request(url('/me'), bearer(token))).status).toBe(401);
  });

  it('expires a token after 30 days', async () => {
    const { token } = await login(server.app, 'agent3@demo.laatu');
    clock = new Date(clock.getTime() + 29 * 24 * 3600 * 1000);
    expect((await server.app.request(url('/me'), bearer(token))).status).toBe(200);
    clock = new Date(clock.getTime() + 2 * 24 * 3600 * 1000);
    const response = await server.app.request(url('/me'), bearer(token));
    expect(response.status).toBe(401);
    expect(ApiError.parse(await response.json()).error).toMatch(/expired/);
  });

  it('denies unknown API routes without a token and 404s them with one', async () => {
    expect((await server.app.request(url('/no-such-thing'))).status).toBe(401);
    const { token } = await login(server.app, 'admin@demo.laatu');
    const response = await server.app.request(url('/no-such-thing'), bearer(token));
    expect(response.status).toBe(404);
    expect(ApiError.safeParse(await response.json()).success).toBe(true);
  });
});
