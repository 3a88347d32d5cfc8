import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** The extension's own pages and service worker; any web origin is refused. */
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[A-Za-z0-9-]{1,64}$/;

export function isExtensionOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && EXTENSION_ORIGIN.test(origin);
}

const extensionCors = cors({
  origin: (origin) => (isExtensionOrigin(origin) ? origin : null),
  allowMethods: ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
  maxAge: 600,
});

/** Adds CORS only for extension origins, so other origins get no CORS headers at all. */
export const extensionCorsOnly: MiddlewareHandler = async (c, next) => {
  if (isExtensionOrigin(c.req.header('Origin'))) return extensionCors(c, next);
  c.header('Vary', 'Origin', { append: true });
  await next();
};
