import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import { InteractionSnapshot } from '../domain';

/**
 * The tab registry: tabId → the latest interaction its detector reported.
 * Kept in storage.session so it outlives a stopped service worker but not the browser.
 */
export const TabInteraction = lazySchema(() => z.object({
  tabId: z.number().int(),
  snapshot: InteractionSnapshot.nullable(),
  pageUrl: z.string().max(2000),
  reportedAt: z.string(),
}));
export type TabInteraction = z.infer<typeof TabInteraction>;

export { tabKey } from './tab-key';

export function readTabInteraction(value: unknown): TabInteraction | null {
  const parsed = TabInteraction.safeParse(value);
  return parsed.success ? parsed.data : null;
}
