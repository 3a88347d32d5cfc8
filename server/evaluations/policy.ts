import type { EvaluationInput, User } from '../../lib/domain';
import type { EvaluationRow } from '../db/schema';

/**
 * Who may see and write evaluations, decided here and nowhere else.
 * The organisation is one tenant today, so leads and coaches see all of it.
 */
export type Visibility = { kind: 'organisation' } | { kind: 'own'; userId: string };

export function visibleTo(user: User): Visibility {
  return user.role === 'agent' ? { kind: 'own', userId: user.id } : { kind: 'organisation' };
}

export function maySee(user: User, row: Pick<EvaluationRow, 'evaluator_id' | 'agent_id'>): boolean {
  const scope = visibleTo(user);
  return scope.kind === 'organisation' || row.evaluator_id === scope.userId || row.agent_id === scope.userId;
}

/** The agent an evaluation is about: the one the evaluator confirmed, else the one the page showed. */
export function agentEmailOf(input: EvaluationInput): string | undefined {
  return input.agentEmail ?? input.interaction.agentEmail;
}

/** Whether the author may still correct an evaluation first stored at `createdAt`. */
export function correctionWindowOpen(createdAt: string, windowHours: number, now: Date): boolean {
  return now.getTime() - Date.parse(createdAt) < windowHours * 3_600_000;
}

/** Why this user may not write this evaluation, or null when they may. */
export function writeRefusal(user: User, input: EvaluationInput): string | null {
  if (user.role !== 'agent') return null;
  if (input.kind !== 'self-assessment') return 'Agents may only submit self-assessments';
  if (agentEmailOf(input)?.toLowerCase() !== user.email.toLowerCase()) {
    return 'A self-assessment must be of an encounter you handled';
  }
  return null;
}

/** Corrections belong to whoever wrote the evaluation; nobody overwrites another's scores. */
export function mayCorrect(user: User, row: Pick<EvaluationRow, 'evaluator_id'>): boolean {
  return row.evaluator_id === user.id;
}
