import type { MiddlewareHandler } from 'hono';
import type { ApiError } from '../../lib/domain';

/**
 * PostgreSQL text cannot hold U+0000 (SQLite's can), so it is refused before any query,
 * on both databases alike: the same request gets the same answer whichever one runs.
 */
const NUL = '\u0000';

/** The dotted path of the first key or string value holding NUL: '' for the body itself, undefined when none does. */
export function nulPath(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path.join('.') : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes(NUL)) return [...path, key.replaceAll(NUL, '\\u0000')].join('.');
    const found = nulPath(child, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The same rule for the path and query, which route handlers read into queries too. */
export const refuseNulInAddress: MiddlewareHandler = async (c, next) => {
  if (/%00/i.test(c.req.url)) {
    return c.json({ error: 'The address must not contain NUL characters (%00)' } satisfies ApiError, 400);
  }
  await next();
};
