import {
  NOT_APPLICABLE,
  type Answers,
  type ScoreResult,
  type ScorecardItem,
  type ScorecardVersion,
} from '../domain';
import { clamp, roundPercent, tidyPoints } from './round';

export type ItemOutcome =
  | { state: 'unanswered' }
  | { state: 'not-applicable' }
  | { state: 'scored'; points: number; maxPoints: number; failed: boolean };

/** The best answer's points, before weights; what a `score` item adds to the maximum. */
export function maxPointsOf(item: ScorecardItem): number {
  return Math.max(...item.scale.options.map((o) => o.points));
}

/** How one answer scores on one item; an answer the scale does not offer counts as unanswered. */
export function outcomeOf(item: ScorecardItem, value: string | undefined): ItemOutcome {
  if (value === undefined) return { state: 'unanswered' };
  if (value === NOT_APPLICABLE) {
    return item.allowNotApplicable ? { state: 'not-applicable' } : { state: 'unanswered' };
  }
  const option = item.scale.options.find((o) => o.value === value);
  if (!option) return { state: 'unanswered' };
  return { state: 'scored', points: option.points, maxPoints: maxPointsOf(item), failed: option.fails };
}

interface RawSection {
  sectionId: string;
  /** Points including bonus and minus points, before clamping; 0 when zeroed. */
  raw: number;
  maxPoints: number;
  zeroed: boolean;
}

/**
 * Scores answers against the exact scorecard version they were given on.
 *
 * - An item's points and maximum are multiplied by its weight and its section's weight (default 1).
 * - Unanswered and N/A items leave the attainable maximum, so the running score while
 *   evaluating is the score of what has been answered so far.
 * - `bonus` items add their points without raising the maximum; `minus` items subtract
 *   theirs. Clamping: a section's points are kept within 0 and its maximum. The overall
 *   points are the sum of each section's points floored at 0 but not capped, kept within 0
 *   and the overall maximum: minus points never reach into another section, a bonus beyond
 *   its section's maximum makes up for a miss elsewhere, and the score stays within 0-100 %.
 *   So zeroing a section is always the lowest it can score, and N/A never scores below a fail.
 * - A failed critical item (an answer with `fails`) zeroes its section, bonus included, or
 *   the whole evaluation, as the item says.
 * - A section without an attainable maximum (every item N/A) has points 0 and percent null,
 *   and adds nothing to the overall maximum. When nothing at all is attainable, the overall
 *   percent is null.
 */
export function scoreEvaluation(version: ScorecardVersion, answers: Answers): ScoreResult {
  const failedCritical: string[] = [];
  let zeroAll = false;
  let answered = 0;
  let total = 0;

  const raw: RawSection[] = version.sections.map((section) => {
    const sectionWeight = section.weight ?? 1;
    let points = 0;
    let maxPoints = 0;
    let zeroed = false;
    for (const item of section.items) {
      total += 1;
      const outcome = outcomeOf(item, answers[item.id]?.value);
      if (outcome.state === 'unanswered') continue;
      answered += 1;
      if (outcome.state === 'not-applicable') continue;
      const weight = (item.weight ?? 1) * sectionWeight;
      const effect = item.effect ?? 'score';
      if (effect === 'score') {
        points += outcome.points * weight;
        maxPoints += outcome.maxPoints * weight;
      } else if (effect === 'bonus') points += outcome.points * weight;
      else points -= outcome.points * weight;
      if (outcome.failed && item.critical !== 'none') {
        failedCritical.push(item.id);
        if (item.critical === 'section') zeroed = true;
        else zeroAll = true;
      }
    }
    return { sectionId: section.id, raw: zeroed ? 0 : tidyPoints(points), maxPoints: tidyPoints(maxPoints), zeroed };
  });

  const sections = raw.map((s) => {
    const points = zeroAll ? 0 : clamp(s.raw, 0, s.maxPoints);
    return {
      sectionId: s.sectionId,
      points,
      maxPoints: s.maxPoints,
      percent: roundPercent(points, s.maxPoints),
      zeroed: s.zeroed || zeroAll,
    };
  });
  const maxPoints = tidyPoints(raw.reduce((sum, s) => sum + s.maxPoints, 0));
  // Minus points stay inside their section; bonus points beyond a section's maximum carry over.
  const carried = raw.reduce((sum, s) => sum + Math.max(0, s.raw), 0);
  const points = zeroAll ? 0 : clamp(tidyPoints(carried), 0, maxPoints);
  return {
    points,
    maxPoints,
    percent: roundPercent(points, maxPoints),
    failedCritical,
    sections,
    answered,
    total,
  };
}

/** Items still without a valid answer; an evaluation is submitted only when this is empty. */
export function unansweredItems(version: ScorecardVersion, answers: Answers): ScorecardItem[] {
  return version.sections
    .flatMap((s) => s.items)
    .filter((item) => outcomeOf(item, answers[item.id]?.value).state === 'unanswered');
}

/** Answers naming items or options the version does not have, as readable problems. */
export function answerProblems(version: ScorecardVersion, answers: Answers): string[] {
  const items = new Map(version.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
  const problems: string[] = [];
  for (const [itemId, answer] of Object.entries(answers)) {
    const item = items.get(itemId);
    if (!item) problems.push(`answers.${itemId}: no such item in version ${version.version}`);
    else if (outcomeOf(item, answer.value).state === 'unanswered')
      problems.push(`answers.${itemId}: "${answer.value}" is not an answer this item allows`);
  }
  return problems;
}
