import { Hono, type MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  ScorecardDraftInput,
  type PublishRefusal,
  type ScorecardAdminListResponse,
  type ScorecardListResponse,
  type ScorecardVersionListResponse,
} from '../../lib/domain';
import type { Database } from '../db/schema';
import type { AppEnv } from '../http/env';
import { fromZodError, HttpError, readJson } from '../http/errors';
import {
  archiveScorecard,
  createScorecard,
  duplicateScorecard,
  openDraft,
  publishVersion,
  PublishProblems,
  updateDraft,
} from '../scorecards/admin';
import {
  activeScorecardVersions,
  scorecardVersion,
  publishedScorecardVersion,
  scorecardSummaries,
  scorecardVersions,
} from '../scorecards/store';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const IdParams = z.object({ id });
const VersionParams = z.object({ id, version: z.coerce.number().int().min(1).max(1_000_000) });

function params<T extends z.ZodType>(schema: T, raw: Record<string, string>): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

/** Only QA admins build, publish and archive scorecards. */
const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('user').role !== 'admin') throw new HttpError(403, 'Only QA admins manage scorecards');
  await next();
};

/**
 * Every signed-in role reads the active scorecards (agents need them for self-assessments)
 * and any version that was published; every other route is for QA admins only.
 */
export function scorecardRoutes(db: Kysely<Database>, now: () => Date = () => new Date()) {
  return new Hono<AppEnv>()
    .get('/scorecards', async (c) =>
      c.json({ scorecards: await activeScorecardVersions(db) } satisfies ScorecardListResponse),
    )
    .get('/scorecards/:id/versions/:version', async (c) => {
      const { id, version } = params(VersionParams, c.req.param());
      // Admins open drafts too; everyone else sees only what was published.
      const found =
        c.get('user').role === 'admin'
          ? await scorecardVersion(db, id, version, { includeDrafts: true })
          : await publishedScorecardVersion(db, id, version);
      if (!found) throw new HttpError(404, 'No such published scorecard version');
      return c.json(found);
    })
    .get('/admin/scorecards', adminOnly, async (c) =>
      c.json({ scorecards: await scorecardSummaries(db) } satisfies ScorecardAdminListResponse),
    )
    .get('/scorecards/:id/versions', adminOnly, async (c) => {
      const versions = await scorecardVersions(db, params(IdParams, c.req.param()).id);
      if (!versions) throw new HttpError(404, 'No such scorecard');
      return c.json({ versions } satisfies ScorecardVersionListResponse);
    })
    .post('/scorecards', adminOnly, async (c) => {
      const input = await readJson(c, ScorecardDraftInput);
      return c.json(await createScorecard(db, input, now()), 201);
    })
    .put('/scorecards/:id/versions/:version', adminOnly, async (c) => {
      const { id, version } = params(VersionParams, c.req.param());
      const input = await readJson(c, ScorecardDraftInput);
      return c.json(await updateDraft(db, id, version, input, now()));
    })
    .post('/scorecards/:id/drafts', adminOnly, async (c) => {
      const { created, draft } = await openDraft(db, params(IdParams, c.req.param()).id, now());
      return c.json(draft, created ? 201 : 200);
    })
    .post('/scorecards/:id/versions/:version/publish', adminOnly, async (c) => {
      const { id, version } = params(VersionParams, c.req.param());
      try {
        return c.json(await publishVersion(db, id, version, now()));
      } catch (error) {
        if (!(error instanceof PublishProblems)) throw error;
        const [first] = error.problems;
        const field = first?.path ?? 'sections';
        const refusal: PublishRefusal = {
          error: `${field}: ${first?.message ?? 'cannot be published'}`,
          field,
          problems: error.problems,
        };
        return c.json(refusal, 400);
      }
    })
    .post('/scorecards/:id/archive', adminOnly, async (c) =>
      c.json(await archiveScorecard(db, params(IdParams, c.req.param()).id, now())),
    )
    .post('/scorecards/:id/duplicate', adminOnly, async (c) =>
      c.json(await duplicateScorecard(db, params(IdParams, c.req.param()).id, now()), 201),
    );
}
