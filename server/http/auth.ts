import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { User } from '../../lib/domain';
import { tokenHash } from '../auth/tokens';
import type { Database, UserRow } from '../db/schema';
import type { AppEnv } from './env';
import { HttpError } from './errors';

export function toUser(row: Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'team_id'>): User {
  return User.parse({ id: row.id, email: row.email, name: row.name, role: row.role, teamId: row.team_id });
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Resolves the bearer token to a signed-in user, or refuses with 401: deny by default,
 * every API route runs behind it except the few the app names as public.
 */
export function requireUser(
  db: Kysely<Database>,
  now: () => Date,
  isPublic: (method: string, path: string) => boolean,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Preflights carry no credentials by design; CORS answers them before this runs.
    if (c.req.method === 'OPTIONS' || isPublic(c.req.method, c.req.path)) return next();
    const token = bearerToken(c.req.header('Authorization'));
    if (!token) throw new HttpError(401, 'Sign in first: the request has no bearer token');
    const hash = tokenHash(token);
    const row = await db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select(['s.expires_at', 'u.id', 'u.email', 'u.name', 'u.role', 'u.team_id'])
      .where('s.token_hash', '=', hash)
      .executeTakeFirst();
    if (!row) throw new HttpError(401, 'The session has ended: sign in again');
    if (row.expires_at <= now().toISOString()) {
      await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
      throw new HttpError(401, 'The session has expired: sign in again');
    }
    c.set('user', toUser(row));
    c.set('tokenHash', hash);
    await next();
  };
}
