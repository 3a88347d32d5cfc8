import type { Kysely } from 'kysely';
import { Feedback, FeedbackInput, type User } from '../../lib/domain';
import { inTransaction } from '../db/dialect';
import type { Database, FeedbackRow } from '../db/schema';
import { HttpError } from '../http/errors';

type FeedbackWithSender = FeedbackRow & { from_name: string };

/** Supervisors, coaches and admins encourage and give feedback; agents receive it. */
export function maySend(user: User): boolean {
  return user.role !== 'agent';
}

/** An agent sees what was sent to them, a sender what they sent, an admin everything. */
export function maySeeFeedback(user: User, row: Pick<FeedbackRow, 'from_user_id' | 'agent_id'>): boolean {
  if (user.role === 'admin') return true;
  return user.role === 'agent' ? row.agent_id === user.id : row.from_user_id === user.id;
}

function withSender(db: Kysely<Database>) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('users as u', 'u.id', 'f.from_user_id')
    .selectAll('f')
    .select('u.name as from_name');
}

function inputOf(row: FeedbackRow): FeedbackInput {
  return FeedbackInput.parse({
    id: row.id,
    agentEmail: row.agent_email,
    kind: row.kind,
    text: row.text,
    interactionKey: row.interaction_key ?? undefined,
    sentAt: row.sent_at,
  });
}

function toFeedback(row: FeedbackWithSender): Feedback {
  return Feedback.parse({
    ...inputOf(row),
    fromUserId: row.from_user_id,
    fromName: row.from_name,
    agentId: row.agent_id,
    acknowledgedAt: row.acknowledged_at,
  });
}

export async function findFeedback(db: Kysely<Database>, id: string): Promise<FeedbackWithSender | undefined> {
  return withSender(db).where('f.id', '=', id).executeTakeFirst();
}

/** Key order must not make a retry look like a change. */
function sameInput(a: FeedbackInput, b: FeedbackInput): boolean {
  const keys = ['id', 'agentEmail', 'kind', 'text', 'interactionKey', 'sentAt'] as const;
  return keys.every((key) => a[key] === b[key]);
}

/**
 * Stores feedback under its client-generated id exactly once: a retry answers 200 with
 * the stored row. Sent feedback is not edited: other content under the same id is a 409.
 */
export async function putFeedback(
  db: Kysely<Database>,
  user: User,
  input: FeedbackInput,
  now: Date,
): Promise<{ status: 200 | 201; feedback: Feedback }> {
  if (!maySend(user)) throw new HttpError(403, 'Agents receive feedback; supervisors, coaches and admins send it');
  return inTransaction(db, async (trx) => {
    const existing = await findFeedback(trx, input.id);
    if (existing) {
      if (existing.from_user_id !== user.id) throw new HttpError(403, 'This feedback was sent by someone else');
      if (!sameInput(inputOf(existing), input)) throw new HttpError(409, 'Feedback cannot be changed once sent');
      return { status: 200, feedback: toFeedback(existing) };
    }
    const agent = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', input.agentEmail.toLowerCase())
      .where('role', '=', 'agent')
      .executeTakeFirst();
    if (!agent) throw new HttpError(400, `agentEmail: no agent signs in as ${input.agentEmail}`, 'agentEmail');
    await trx
      .insertInto('feedback')
      .values({
        id: input.id,
        from_user_id: user.id,
        agent_id: agent.id,
        agent_email: input.agentEmail,
        kind: input.kind,
        text: input.text,
        interaction_key: input.interactionKey ?? null,
        sent_at: input.sentAt,
        acknowledged_at: null,
        created_at: now.toISOString(),
      })
      .execute();
    const saved = await findFeedback(trx, input.id);
    if (!saved) throw new Error(`feedback ${input.id} vanished inside its own transaction`);
    return { status: 201, feedback: toFeedback(saved) };
  });
}

/** Without paging in the contract yet, a list stops at the newest this many. */
export const FEEDBACK_LIST_LIMIT = 1000;

export async function listFeedback(db: Kysely<Database>, user: User): Promise<Feedback[]> {
  let query = withSender(db);
  if (user.role === 'agent') query = query.where('f.agent_id', '=', user.id);
  else if (user.role !== 'admin') query = query.where('f.from_user_id', '=', user.id);
  const rows = await query.orderBy('f.sent_at', 'desc').orderBy('f.created_at', 'desc').limit(FEEDBACK_LIST_LIMIT).execute();
  return rows.map(toFeedback);
}

/** Only the receiving agent acknowledges; acknowledging again keeps the first time. */
export async function acknowledgeFeedback(db: Kysely<Database>, user: User, id: string, now: Date): Promise<Feedback> {
  const row = await findFeedback(db, id);
  if (!row || !maySeeFeedback(user, row)) throw new HttpError(404, 'No such feedback');
  if (row.agent_id !== user.id) throw new HttpError(403, 'Only the agent it was sent to acknowledges feedback');
  if (row.acknowledged_at === null) {
    await db
      .updateTable('feedback')
      .set({ acknowledged_at: now.toISOString() })
      .where('id', '=', id)
      .where('acknowledged_at', 'is', null)
      .execute();
  }
  const saved = await findFeedback(db, id);
  if (!saved) throw new Error(`feedback ${id} vanished`);
  return toFeedback(saved);
}
