import { z } from 'zod';
import { lazySchema } from './lazy-schema';

/*
 * The REST contract of /api/v1/detector-rules. The rule itself is checked with
 * `DetectorRule` from lib/detect/rule.ts, one rule at a time, where it is used: the server
 * refuses an invalid one, and the extension skips one it cannot read (a newer server may
 * know fields this extension does not), rather than losing every rule to one bad one.
 */

/** A custom detector rule as stored on the server; `rule.id` equals `id`. */
export const StoredDetectorRule = lazySchema(() => z.object({
  id: z.string().min(1).max(40),
  rule: z.unknown(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
}));
export type StoredDetectorRule = z.infer<typeof StoredDetectorRule>;

export const DetectorRuleListResponse = lazySchema(() => z.object({ rules: z.array(StoredDetectorRule) }));
export type DetectorRuleListResponse = z.infer<typeof DetectorRuleListResponse>;
