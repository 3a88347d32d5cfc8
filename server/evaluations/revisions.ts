import type { Kysely } from 'kysely';
import { z } from 'zod';
import { EvaluationInput, EvaluationRevision, ScoreResult, type User } from '../../lib/domain';
import type { Database } from '../db/schema';
import { maySee } from './policy';

/** What upsert writes into evaluation_revisions.payload; parsed, never trusted as `any`. */
const RevisionPayload = z.object({
  input: EvaluationInput,
  score: ScoreResult,
  evaluatorId: z.string(),
  agentId: z.string().nullable(),
});
export type RevisionPayload = z.infer<typeof RevisionPayload>;

/**
 * Every revision of one evaluation with its content and server score, oldest first.
 * A correction may have changed the agent, so each revision is checked on its own:
 * an agent never sees a revision that was about someone else.
 */
export async function listRevisions(db: Kysely<Database>, user: User, evaluationId: string): Promise<EvaluationRevision[]> {
  const rows = await db
    .selectFrom('evaluation_revisions')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('revision', 'asc')
    .execute();
  return rows.flatMap((row) => {
    const payload = RevisionPayload.parse(JSON.parse(row.payload));
    if (!maySee(user, { evaluator_id: payload.evaluatorId, agent_id: payload.agentId })) return [];
    return [EvaluationRevision.parse({ revision: row.revision, createdAt: row.created_at, evaluation: payload.input, score: payload.score })];
  });
}
