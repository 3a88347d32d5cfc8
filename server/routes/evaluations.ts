import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { EvaluationInput, type EvaluationListResponse, type EvaluationRevisionListResponse } from '../../lib/domain';
import type { Database } from '../db/schema';
import { maySee } from '../evaluations/policy';
import { listRevisions } from '../evaluations/revisions';
import { findEvaluation, listEvaluations, toEvaluation } from '../evaluations/rows';
import { putEvaluation } from '../evaluations/upsert';
import type { AppEnv } from '../http/env';
import { fromZodError, HttpError, readJson } from '../http/errors';

const ListQuery = z.object({
  /** `${platform}:${externalId}`, as interactionKey() builds it. */
  interaction: z.string().min(3).max(250).optional(),
  /** `1`: only evaluations the caller wrote. */
  mine: z.enum(['1', '0', 'true', 'false']).optional(),
  /** Only evaluations stored or corrected since then. */
  since: z.iso.datetime({ offset: true }).optional(),
  /** At most this many, the newest first: a device pulling its user's history asks for a bounded window. */
  limit: z.string().regex(/^[1-9][0-9]{0,5}$/, 'a whole number from 1').transform(Number).optional(),
});

export function evaluationRoutes(db: Kysely<Database>, now: () => Date) {
  return new Hono<AppEnv>()
    .get('/evaluations', async (c) => {
      const query = ListQuery.safeParse(c.req.query());
      if (!query.success) throw fromZodError(query.error);
      const { interaction, mine, since, limit } = query.data;
      const evaluations = await listEvaluations(db, c.get('user'), {
        interactionKey: interaction,
        mine: mine === '1' || mine === 'true',
        // Stored times are UTC toISOString(); an offset in the query must compare the same way.
        since: since === undefined ? undefined : new Date(since).toISOString(),
        limit,
      });
      return c.json({ evaluations } satisfies EvaluationListResponse);
    })
    .get('/evaluations/:id', async (c) => {
      const row = await findEvaluation(db, c.req.param('id'));
      // Not visible and not there look the same: ids of others' evaluations stay private.
      if (!row || !maySee(c.get('user'), row)) throw new HttpError(404, 'No such evaluation');
      return c.json(toEvaluation(row));
    })
    .get('/evaluations/:id/revisions', async (c) => {
      const row = await findEvaluation(db, c.req.param('id'));
      if (!row || !maySee(c.get('user'), row)) throw new HttpError(404, 'No such evaluation');
      const revisions = await listRevisions(db, c.get('user'), row.id);
      return c.json({ revisions } satisfies EvaluationRevisionListResponse);
    })
    .put('/evaluations/:id', async (c) => {
      const input = await readJson(c, EvaluationInput);
      if (input.id !== c.req.param('id')) {
        throw new HttpError(400, 'id: must equal the id in the URL', 'id');
      }
      const { status, evaluation } = await putEvaluation(db, c.get('user'), input, now());
      return c.json(evaluation, status);
    });
}
