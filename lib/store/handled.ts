import type { InteractionSnapshot } from '../domain';
import { interactionKey } from '../domain/interaction-key';
import type { HandledInteraction, LaatuDb } from './db';

/** Remembers an interaction the signed-in agent handled, seen on their own desk. */
export async function recordHandled(db: LaatuDb, userId: string, snapshot: InteractionSnapshot): Promise<void> {
  const key = `${userId}|${interactionKey(snapshot)}`;
  const now = new Date().toISOString();
  await db.transaction('rw', db.handledInteractions, async () => {
    const existing = await db.handledInteractions.get(key);
    await db.handledInteractions.put({
      key,
      userId,
      interactionKey: interactionKey(snapshot),
      snapshot,
      firstSeenAt: existing?.firstSeenAt ?? now,
      lastSeenAt: now,
    });
  });
}

/** How many of the interactions an agent handled lately the panel offers. */
export const HANDLED_LENGTH = 20;

export async function recentlyHandled(db: LaatuDb, userId: string, limit = HANDLED_LENGTH): Promise<HandledInteraction[]> {
  return db.handledInteractions
    .where('[userId+lastSeenAt]')
    .between([userId, ''], [userId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
}
