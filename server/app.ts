import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { API_PREFIX, type ApiError } from '../lib/domain';
import type { Database } from './db/schema';
import { requireUser } from './http/auth';
import { extensionCorsOnly } from './http/cors';
import { refuseNulInAddress } from './http/nul';
import type { AppEnv } from './http/env';
import { HttpError } from './http/errors';
import { authRoutes } from './routes/auth';
import { DEFAULT_DEMO_DESK_DIR, demoDeskRoutes } from './routes/demo-desk';
import { detectorRuleRoutes } from './routes/detector-rules';
import { evaluationRoutes } from './routes/evaluations';
import { feedbackRoutes } from './routes/feedback';
import { healthRoutes } from './routes/health';
import { scorecardRoutes } from './routes/scorecards';
import { settingsRoutes } from './routes/settings';
import { packageVersion } from './version';

export interface AppOptions {
  db: Kysely<Database>;
  /** Folder holding the demo desk's index.html and assets/. */
  demoDeskDir?: string;
  /** Reported by /health. */
  version?: string;
  /** The clock, replaceable so tests can let sessions expire. */
  now?: () => Date;
  /** Where unexpected errors are reported; their details never reach the client. */
  logError?: (error: unknown) => void;
}

/** The only API routes reachable without a session; everything else is denied by default. */
const PUBLIC_API = new Set([`GET ${API_PREFIX}/health`, `POST ${API_PREFIX}/auth/login`]);

const MAX_BODY_BYTES = 1024 * 1024;

export function createApp(options: AppOptions) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((error: unknown) => console.error(error));

  const api = new Hono<AppEnv>();
  api.use('*', requireUser(db, now, (method, path) => PUBLIC_API.has(`${method} ${path}`)));
  api.use('*', refuseNulInAddress);
  api.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: 'body: larger than 1 MB' } satisfies ApiError, 413),
    }),
  );
  api.route('/', healthRoutes(options.version ?? packageVersion()));
  api.route('/', authRoutes(db, now));
  api.route('/', scorecardRoutes(db));
  api.route('/', evaluationRoutes(db, now));
  api.route('/', feedbackRoutes(db, now));
  api.route('/', settingsRoutes(db, now));
  api.route('/', detectorRuleRoutes(db, now));

  const app = new Hono();
  app.use(`${API_PREFIX}/*`, extensionCorsOnly);
  app.route(API_PREFIX, api);
  app.route('/', demoDeskRoutes(options.demoDeskDir ?? DEFAULT_DEMO_DESK_DIR));

  app.notFound((c) => c.json({ error: `Not found: ${c.req.method} ${c.req.path}` } satisfies ApiError, 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(error.body(), error.status);
    logError(error);
    return c.json({ error: 'Internal server error' } satisfies ApiError, 500);
  });
  return app;
}

export type LaatuApp = ReturnType<typeof createApp>;
