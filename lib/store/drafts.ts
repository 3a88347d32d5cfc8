import type { Draft, LaatuDb } from './db';

export const draftKey = (userId: string, interactionKey: string): string => `${userId}|${interactionKey}`;

export async function getDraft(db: LaatuDb, userId: string, interactionKey: string): Promise<Draft | undefined> {
  return db.drafts.get(draftKey(userId, interactionKey));
}

export async function saveDraft(db: LaatuDb, draft: Omit<Draft, 'key' | 'updatedAt'>): Promise<void> {
  await db.drafts.put({
    ...draft,
    key: draftKey(draft.userId, draft.interactionKey),
    updatedAt: new Date().toISOString(),
  });
}

/** Discarding a draft is an explicit act of the user, never a side effect of navigation. */
export async function discardDraft(db: LaatuDb, userId: string, interactionKey: string): Promise<void> {
  await db.drafts.delete(draftKey(userId, interactionKey));
}
