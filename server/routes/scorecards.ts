import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ScorecardListResponse } from '../../lib/domain';
import type { Database } from '../db/schema';
import type { AppEnv } from '../http/env';
import { fromZodError, HttpError } from '../http/errors';
import { activeScorecardVersions, publishedScorecardVersion } from '../scorecards/store';

const VersionParams = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

/** Every signed-in role reads scorecards: agents need them for self-assessments. */
export function scorecardRoutes(db: Kysely<Database>) {
  return new Hono<AppEnv>()
    .get('/scorecards', async (c) =>
      c.json({ scorecards: await activeScorecardVersions(db) } satisfies ScorecardListResponse),
    )
    .get('/scorecards/:id/versions/:version', async (c) => {
      const params = VersionParams.safeParse(c.req.param());
      if (!params.success) throw fromZodError(params.error);
      const version = await publishedScorecardVersion(db, params.data.id, params.data.version);
      if (!version) throw new HttpError(404, 'No such published scorecard version');
      return c.json(version);
    });
}
