import { interactionKey, type InteractionSnapshot } from '../domain';
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

export async function recentlyHandled(db: LaatuDb, userId: string, limit = 20): Promise<HandledInteraction[]> {
  return db.handledInteractions
    .where('[userId+lastSeenAt]')
    .between([userId, ''], [userId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
}
