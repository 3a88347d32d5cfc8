import type { FeedbackInput } from '../domain';
import type { LaatuDb } from './db';

/** Queues feedback for an agent; it leaves for the server with the next sync, even if sent offline. */
export async function queueFeedback(db: LaatuDb, input: FeedbackInput, senderId: string): Promise<void> {
  await db.outbox.add({
    kind: 'feedback.put',
    entityId: input.id,
    userId: senderId,
    idempotencyKey: input.id,
    payload: input,
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: new Date().toISOString(),
  });
}
