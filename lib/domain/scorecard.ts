import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { Channel } from './interaction';

const id = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1-64 letters, digits, _ or -'));

/** One answer an item's scale offers, with the points it gives. */
export const ScaleOption = lazySchema(() => z.object({
  value: id,
  label: z.string().trim().min(1).max(80),
  points: z.number().finite().min(0).max(1000),
  /** Answering this fails the item (what makes a critical item zero its scope). */
  fails: z.boolean().default(false),
}));
export type ScaleOption = z.infer<typeof ScaleOption>;

export const ScaleKind = lazySchema(() => z.enum(['yes-no', 'yes-partly-no', 'range', 'custom']));
export type ScaleKind = z.infer<typeof ScaleKind>;

export const Scale = lazySchema(() => z.object({
  kind: ScaleKind,
  options: z.array(ScaleOption).min(2).max(11),
}));
export type Scale = z.infer<typeof Scale>;

/** What a failed critical item zeroes. */
export const Critical = lazySchema(() => z.enum(['none', 'section', 'evaluation']));
export type Critical = z.infer<typeof Critical>;

/**
 * How an item's points count. `score`: points and maximum both count (the usual item).
 * `bonus`: the answer's points are added without raising the maximum.
 * `minus`: the answer's points are subtracted, without changing the maximum.
 * Either way the evaluation stays within 0 and 100 % (see lib/scoring).
 */
export const ItemEffect = lazySchema(() => z.enum(['score', 'bonus', 'minus']));
export type ItemEffect = z.infer<typeof ItemEffect>;

/** Multiplies an item's or a section's points and maximum; 1 unless the admin weighs it. */
const weight = lazySchema(() => z.number().finite().min(0).max(100));

export const ScorecardItem = lazySchema(() => z.object({
  id,
  text: z.string().trim().min(1).max(300),
  /** Why the item is scored, so every evaluator and agent reads it the same way. */
  explanation: z.string().trim().max(2000).default(''),
  scale: Scale,
  allowNotApplicable: z.boolean().default(true),
  critical: Critical.default('none'),
  weight: weight.default(1).optional(),
  effect: ItemEffect.default('score').optional(),
}));
export type ScorecardItem = z.infer<typeof ScorecardItem>;

export const ScorecardSection = lazySchema(() => z.object({
  id,
  title: z.string().trim().min(1).max(200),
  /** May be empty while a draft is built; publishing refuses an empty section. */
  items: z.array(ScorecardItem).max(200),
  weight: weight.default(1).optional(),
}));
export type ScorecardSection = z.infer<typeof ScorecardSection>;

export const ScorecardStatus = lazySchema(() => z.enum(['draft', 'published', 'archived']));
export type ScorecardStatus = z.infer<typeof ScorecardStatus>;

/** The exact form an evaluation is scored on; never changes once published. */
export const ScorecardVersion = lazySchema(() => z.object({
  scorecardId: id,
  version: z.number().int().min(1),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  status: ScorecardStatus,
  /** May be empty while a draft is built; publishing refuses a form without items. */
  sections: z.array(ScorecardSection).max(50),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Channels the form is for; empty means every channel. */
  channels: z.array(Channel).max(Channel.options.length).default([]).optional(),
  /** Teams the form is for; empty means every team. */
  teamIds: z.array(z.string().min(1).max(64)).max(500).default([]).optional(),
  /** The shorter form the panel offers instead in rush-hour mode. */
  rushHourScorecardId: id.optional(),
}));
export type ScorecardVersion = z.infer<typeof ScorecardVersion>;

/** What the builder sends to create or update a draft: the form without its version bookkeeping. */
export const ScorecardDraftInput = lazySchema(() => ScorecardVersion.omit({
  scorecardId: true,
  version: true,
  status: true,
  publishedAt: true,
}).extend({
  /** Only when creating; the server makes a slug of the title when it is missing. */
  id: id.optional(),
}));
export type ScorecardDraftInput = z.infer<typeof ScorecardDraftInput>;

/** The editable part of a version, e.g. to save an edited copy of it as a draft. */
export function toDraftInput(version: ScorecardVersion): ScorecardDraftInput {
  return ScorecardDraftInput.parse(version);
}

/** One scorecard as the admin's list shows it, whatever state its versions are in. */
export const ScorecardSummary = lazySchema(() => z.object({
  id,
  title: z.string(),
  status: ScorecardStatus,
  /** The published version evaluators score on; null until the first publish. */
  activeVersion: z.number().int().min(1).nullable(),
  latestVersion: z.number().int().min(1),
  updatedAt: z.iso.datetime({ offset: true }),
}));
export type ScorecardSummary = z.infer<typeof ScorecardSummary>;

export const ScorecardAdminListResponse = lazySchema(() => z.object({ scorecards: z.array(ScorecardSummary) }));
export type ScorecardAdminListResponse = z.infer<typeof ScorecardAdminListResponse>;

/** Every version of one scorecard, newest first. */
export const ScorecardVersionListResponse = lazySchema(() => z.object({ versions: z.array(ScorecardVersion) }));
export type ScorecardVersionListResponse = z.infer<typeof ScorecardVersionListResponse>;

/** Why a version cannot be published; `path` is dot-separated, e.g. "sections.0.items.2.text". */
export const PublishProblem = lazySchema(() => z.object({ path: z.string(), message: z.string() }));
export type PublishProblem = z.infer<typeof PublishProblem>;

/** The 400 answer to a refused publish: the first problem as error/field, and all of them. */
export const PublishRefusal = lazySchema(() => z.object({
  error: z.string(),
  field: z.string(),
  problems: z.array(PublishProblem).min(1),
}));
export type PublishRefusal = z.infer<typeof PublishRefusal>;

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

/** A numeric range such as 1-5; each value gives `pointsPerStep` per step above the lowest, which fails. */
export function rangeScale(from = 1, to = 5, pointsPerStep = 1): Scale {
  const options: ScaleOption[] = [];
  for (let n = from; n <= to; n += 1) {
    options.push({ value: String(n), label: String(n), points: (n - from) * pointsPerStep, fails: n === from });
  }
  return { kind: 'range', options };
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
