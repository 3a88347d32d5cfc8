import type { Kysely } from 'kysely';
import { interactionKey, type Evaluation, type EvaluationInput, type User } from '../../lib/domain';
import { answerProblems, scoreEvaluation, unansweredItems } from '../../lib/scoring';
import { inTransaction } from '../db/dialect';
import type { Database, EvaluationRow } from '../db/schema';
import { HttpError } from '../http/errors';
import { publishedScorecardVersion } from '../scorecards/store';
import { agentEmailOf, correctionWindowOpen, mayCorrect, writeRefusal } from './policy';
import { readSettings } from './settings';
import { contentColumns, findEvaluation, inputOf, toEvaluation } from './rows';

export type PutOutcome = { status: 200 | 201; evaluation: Evaluation };

/** Key order must not make a retry look like a correction. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * What a correction would change that makes it another evaluation, each as `the thing (was → now)`:
 * a correction rescores the same encounter on the same form, or it is refused.
 */
function moves(existing: EvaluationRow, input: EvaluationInput): string[] {
  const changed = (what: string, was: string | number, now: string | number) => (was === now ? [] : [`the ${what} (${was} → ${now})`]);
  // Whether a supervisor followed the encounter live or afterwards is theirs to correct; it names the kind.
  const followed = new Set<string>(['supervisor', 'co-listening']);
  const kindMoves = existing.kind !== input.kind && !(followed.has(existing.kind) && followed.has(input.kind));
  return [
    ...changed('scorecard', existing.scorecard_id, input.scorecardId),
    ...changed('scorecard version', existing.scorecard_version, input.scorecardVersion),
    ...changed('interaction', existing.interaction_key, interactionKey(input.interaction)),
    ...(kindMoves ? changed('kind', existing.kind, input.kind) : []),
  ];
}

/**
 * Stores an evaluation under its client-generated id, exactly once: a retry of the same
 * content answers with the stored row; changed content is a correction and bumps the
 * revision, keeping every revision in evaluation_revisions, while the organisation's
 * correction window is open and the correction keeps the scorecard version, the interaction
 * and the kind. The score is always the server's own, computed on the exact scorecard
 * version the evaluation names.
 */
export async function putEvaluation(
  db: Kysely<Database>,
  user: User,
  input: EvaluationInput,
  now: Date,
): Promise<PutOutcome> {
  const refusal = writeRefusal(user, input);
  if (refusal) throw new HttpError(403, refusal);

  return inTransaction(db, async (trx) => {
    const existing = await findEvaluation(trx, input.id);
    if (existing && !mayCorrect(user, existing)) {
      throw new HttpError(403, 'This evaluation belongs to another evaluator');
    }
    if (existing && canonical(inputOf(existing)) === canonical(input)) {
      return { status: 200, evaluation: toEvaluation(existing) };
    }
    const moved = existing ? moves(existing, input) : [];
    if (moved.length > 0) throw new HttpError(409, `A correction cannot change ${moved.join(' or ')}`);
    if (existing) {
      // Measured from the server's first receipt, not the client's clock.
      const { correctionWindowHours } = await readSettings(trx);
      if (!correctionWindowOpen(existing.created_at, correctionWindowHours, now)) {
        throw new HttpError(409, `The correction window of ${correctionWindowHours} hours has closed`);
      }
    }

    const version = await publishedScorecardVersion(trx, input.scorecardId, input.scorecardVersion);
    if (!version) {
      throw new HttpError(
        400,
        `scorecardVersion: ${input.scorecardId} version ${input.scorecardVersion} has not been published`,
        'scorecardVersion',
      );
    }
    const problem = answerProblems(version, input.answers)[0];
    if (problem) throw new HttpError(400, problem, problem.slice(0, problem.indexOf(':')));
    const unanswered = unansweredItems(version, input.answers)[0];
    if (unanswered) {
      const field = `answers.${unanswered.id}`;
      throw new HttpError(400, `${field}: not answered; a submitted evaluation answers every item`, field);
    }

    const score = scoreEvaluation(version, input.answers);
    const agentEmail = agentEmailOf(input);
    const agent = agentEmail
      ? await trx.selectFrom('users').select('id').where('email', '=', agentEmail.toLowerCase()).executeTakeFirst()
      : undefined;
    const columns = contentColumns(input, score, agent?.id ?? null);
    const at = now.toISOString();
    const revision = existing ? existing.revision + 1 : 1;

    if (existing) {
      await trx
        .updateTable('evaluations')
        .set({ ...columns, revision, updated_at: at })
        .where('id', '=', input.id)
        .where('revision', '=', existing.revision)
        .execute();
    } else {
      await trx
        .insertInto('evaluations')
        .values({ ...columns, id: input.id, evaluator_id: user.id, revision, created_at: at, updated_at: at })
        .execute();
    }
    await trx
      .insertInto('evaluation_revisions')
      .values({
        evaluation_id: input.id,
        revision,
        payload: JSON.stringify({ input, score, evaluatorId: user.id, agentId: columns.agent_id }),
        created_at: at,
      })
      .execute();

    const saved = await findEvaluation(trx, input.id);
    if (!saved) throw new Error(`evaluation ${input.id} vanished inside its own transaction`);
    return { status: existing ? 200 : 201, evaluation: toEvaluation(saved) };
  });
}
