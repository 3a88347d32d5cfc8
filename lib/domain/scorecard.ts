import { z } from 'zod';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1-64 letters, digits, _ or -');

/** One answer an item's scale offers, with the points it gives. */
export const ScaleOption = z.object({
  value: id,
  label: z.string().trim().min(1).max(80),
  points: z.number().finite().min(0).max(1000),
  /** Answering this fails the item (what makes a critical item zero its scope). */
  fails: z.boolean().default(false),
});
export type ScaleOption = z.infer<typeof ScaleOption>;

export const ScaleKind = z.enum(['yes-no', 'yes-partly-no', 'range', 'custom']);
export type ScaleKind = z.infer<typeof ScaleKind>;

export const Scale = z.object({
  kind: ScaleKind,
  options: z.array(ScaleOption).min(2).max(11),
});
export type Scale = z.infer<typeof Scale>;

/** What a failed critical item zeroes. */
export const Critical = z.enum(['none', 'section', 'evaluation']);
export type Critical = z.infer<typeof Critical>;

export const ScorecardItem = z.object({
  id,
  text: z.string().trim().min(1).max(300),
  /** Why the item is scored, so every evaluator and agent reads it the same way. */
  explanation: z.string().trim().max(2000).default(''),
  scale: Scale,
  allowNotApplicable: z.boolean().default(true),
  critical: Critical.default('none'),
});
export type ScorecardItem = z.infer<typeof ScorecardItem>;

export const ScorecardSection = z.object({
  id,
  title: z.string().trim().min(1).max(200),
  items: z.array(ScorecardItem).min(1).max(200),
});
export type ScorecardSection = z.infer<typeof ScorecardSection>;

export const ScorecardStatus = z.enum(['draft', 'published', 'archived']);
export type ScorecardStatus = z.infer<typeof ScorecardStatus>;

/** The exact form an evaluation is scored on; never changes once published. */
export const ScorecardVersion = z.object({
  scorecardId: id,
  version: z.number().int().min(1),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  status: ScorecardStatus,
  sections: z.array(ScorecardSection).min(1).max(50),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ScorecardVersion = z.infer<typeof ScorecardVersion>;

/** The value that marks an item not applicable in an answer. */
export const NOT_APPLICABLE = 'na';

export function yesNoScale(points = 1): Scale {
  return {
    kind: 'yes-no',
    options: [
      { value: 'yes', label: 'Yes', points, fails: false },
      { value: 'no', label: 'No', points: 0, fails: true },
    ],
  };
}

export function yesPartlyNoScale(points = 2): Scale {
  return {
    kind: 'yes-partly-no',
    options: [
      { value: 'yes', label: 'Yes', points, fails: false },
      { value: 'partly', label: 'Partly', points: points / 2, fails: false },
      { value: 'no', label: 'No', points: 0, fails: true },
    ],
  };
}
