import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { HttpError } from '../http/errors';

/** The demo contact-center desk ships beside the server (server/demo-desk/). */
export const DEFAULT_DEMO_DESK_DIR = fileURLToPath(new URL('../demo-desk/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.txt': 'text/plain; charset=utf-8',
};

/** Plain relative names only: no "..", no backslashes, no hidden files. */
const SAFE_ASSET = /^(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

async function fileOrUndefined(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/**
 * Serves the demo desk: /demo/assets/<file> from the assets folder, every other
 * /demo path the single-page app's index.html (its router decides what to show).
 */
export function demoDeskRoutes(dir: string) {
  const root = resolve(dir);
  const assets = resolve(root, 'assets');
  const noStore = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };

  const serveIndex = async () => {
    const html = await fileOrUndefined(resolve(root, 'index.html'));
    if (!html) throw new HttpError(404, 'The demo desk is not installed (server/demo-desk/index.html is missing)');
    return new Response(new Uint8Array(html), {
      headers: { ...noStore, 'Content-Type': CONTENT_TYPES['.html'] ?? 'text/html' },
    });
  };

  return new Hono()
    .get('/demo/assets/*', async (c) => {
      const name = c.req.path.slice('/demo/assets/'.length);
      const type = CONTENT_TYPES[extname(name).toLowerCase()];
      const path = resolve(assets, name);
      if (!SAFE_ASSET.test(name) || !type || !path.startsWith(assets + sep)) {
        throw new HttpError(404, 'No such demo desk file');
      }
      const body = await fileOrUndefined(path);
      if (!body) throw new HttpError(404, 'No such demo desk file');
      return new Response(new Uint8Array(body), { headers: { ...noStore, 'Content-Type': type } });
    })
    .get('/demo', serveIndex)
    .get('/demo/*', serveIndex)
    .get('/', (c) => c.redirect('/demo'));
}
