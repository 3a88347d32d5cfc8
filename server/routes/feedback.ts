import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { FeedbackInput, type FeedbackListResponse } from '../../lib/domain';
import type { Database } from '../db/schema';
import { acknowledgeFeedback, listFeedback, putFeedback } from '../feedback/store';
import type { AppEnv } from '../http/env';
import { HttpError, readJson } from '../http/errors';

/** One-click encouragement and feedback a supervisor sends to an agent, e.g. while co-listening. */
export function feedbackRoutes(db: Kysely<Database>, now: () => Date) {
  return new Hono<AppEnv>()
    .get('/feedback', async (c) =>
      c.json({ feedback: await listFeedback(db, c.get('user')) } satisfies FeedbackListResponse),
    )
    .put('/feedback/:id', async (c) => {
      const input = await readJson(c, FeedbackInput);
      if (input.id !== c.req.param('id')) throw new HttpError(400, 'id: must equal the id in the URL', 'id');
      const { status, feedback } = await putFeedback(db, c.get('user'), input, now());
      return c.json(feedback, status);
    })
    .post('/feedback/:id/acknowledge', async (c) =>
      c.json(await acknowledgeFeedback(db, c.get('user'), c.req.param('id'), now())),
    );
}
