import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { LoginRequest, type LoginResponse } from '../../lib/domain';
import { verifyPassword } from '../auth/passwords';
import { newToken, sessionExpiry, tokenHash } from '../auth/tokens';
import type { Database } from '../db/schema';
import { toUser } from '../http/auth';
import type { AppEnv } from '../http/env';
import { HttpError, readJson } from '../http/errors';

/** One message for unknown users and wrong passwords: sign-in must not reveal who has an account. */
const WRONG_CREDENTIALS = 'Wrong e-mail or password';

/** POST /auth/login is public (the app lists it); logout and /me run behind requireUser. */
export function authRoutes(db: Kysely<Database>, now: () => Date) {
  return new Hono<AppEnv>()
    .post('/auth/login', async (c) => {
      const request = await readJson(c, LoginRequest);
      const user = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', request.email.toLowerCase())
        .executeTakeFirst();
      const passwordOk = await verifyPassword(user?.password_hash, request.password);
      if (!user || !passwordOk) {
        throw new HttpError(401, WRONG_CREDENTIALS);
      }
      const token = newToken();
      const at = now();
      await db
        .insertInto('sessions')
        .values({
          token_hash: tokenHash(token),
          user_id: user.id,
          created_at: at.toISOString(),
          expires_at: sessionExpiry(at),
        })
        .execute();
      return c.json({ token, user: toUser(user) } satisfies LoginResponse);
    })
    .post('/auth/logout', async (c) => {
      await db.deleteFrom('sessions').where('token_hash', '=', c.get('tokenHash')).execute();
      return c.body(null, 204);
    })
    .get('/me', (c) => c.json(c.get('user')));
}
