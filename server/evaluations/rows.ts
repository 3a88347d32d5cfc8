import type { Kysely } from 'kysely';
import {
  Evaluation,
  EvaluationInput,
  interactionKey,
  type ScoreResult,
  type User,
} from '../../lib/domain';
import type { Database, EvaluationRow, NewEvaluationRow } from '../db/schema';
import { visibleTo } from './policy';

/** JSON columns are our own writes, but still parsed by the schemas below, never trusted as `any`. */
function json(text: string): unknown {
  return JSON.parse(text);
}

export type EvaluationWithEvaluator = EvaluationRow & { evaluator_name: string };

/** The input exactly as the client sent it, rebuilt from the columns; compared on retries. */
export function inputOf(row: EvaluationRow): EvaluationInput {
  return EvaluationInput.parse({
    id: row.id,
    interaction: json(row.interaction),
    scorecardId: row.scorecard_id,
    scorecardVersion: row.scorecard_version,
    kind: row.kind,
    answers: json(row.answers),
    comment: row.comment,
    mode: row.mode,
    notes: json(row.notes),
    agentEmail: row.agent_email ?? undefined,
    durationSeconds: row.duration_seconds,
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
  });
}

export function toEvaluation(row: EvaluationWithEvaluator): Evaluation {
  return Evaluation.parse({
    ...inputOf(row),
    evaluatorId: row.evaluator_id,
    evaluatorName: row.evaluator_name,
    agentId: row.agent_id,
    score: json(row.score),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The columns an input and its server-side score fill; the caller adds ids and bookkeeping. */
export function contentColumns(input: EvaluationInput, score: ScoreResult, agentId: string | null) {
  return {
    agent_id: agentId,
    interaction_key: interactionKey(input.interaction),
    interaction: JSON.stringify(input.interaction),
    scorecard_id: input.scorecardId,
    scorecard_version: input.scorecardVersion,
    kind: input.kind,
    answers: JSON.stringify(input.answers),
    comment: input.comment,
    mode: input.mode,
    notes: JSON.stringify(input.notes),
    agent_email: input.agentEmail ?? null,
    duration_seconds: input.durationSeconds,
    started_at: input.startedAt,
    submitted_at: input.submittedAt,
    score_points: score.points,
    score_max: score.maxPoints,
    score_percent: score.percent,
    score: JSON.stringify(score),
  } satisfies Omit<NewEvaluationRow, 'id' | 'evaluator_id' | 'revision' | 'created_at' | 'updated_at'>;
}

function withEvaluator(db: Kysely<Database>) {
  return db
    .selectFrom('evaluations as e')
    .innerJoin('users as u', 'u.id', 'e.evaluator_id')
    .selectAll('e')
    .select('u.name as evaluator_name');
}

export async function findEvaluation(db: Kysely<Database>, id: string): Promise<EvaluationWithEvaluator | undefined> {
  return withEvaluator(db).where('e.id', '=', id).executeTakeFirst();
}

/** Without paging in the contract yet, a list stops at the newest this many. */
export const LIST_LIMIT = 1000;

export interface ListFilter {
  interactionKey?: string;
  /** Only evaluations the caller wrote. */
  mine?: boolean;
  /** Only evaluations stored or corrected at or after this ISO time (UTC, as stored). */
  since?: string;
  /** At most this many (never more than LIST_LIMIT). */
  limit?: number;
}

export async function listEvaluations(
  db: Kysely<Database>,
  user: User,
  filter: ListFilter,
): Promise<Evaluation[]> {
  let query = withEvaluator(db);
  const scope = visibleTo(user);
  if (scope.kind === 'own') {
    query = query.where((eb) => eb.or([eb('e.evaluator_id', '=', scope.userId), eb('e.agent_id', '=', scope.userId)]));
  }
  if (filter.interactionKey !== undefined) query = query.where('e.interaction_key', '=', filter.interactionKey);
  if (filter.mine) query = query.where('e.evaluator_id', '=', user.id);
  if (filter.since !== undefined) query = query.where('e.updated_at', '>=', filter.since);
  const limit = Math.min(filter.limit ?? LIST_LIMIT, LIST_LIMIT);
  const rows = await query.orderBy('e.submitted_at', 'desc').orderBy('e.created_at', 'desc').limit(limit).execute();
  return rows.map(toEvaluation);
}
