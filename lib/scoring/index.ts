import {
  NOT_APPLICABLE,
  type Answers,
  type ScoreResult,
  type ScorecardItem,
  type ScorecardVersion,
} from '../domain';

/**
 * Rounding rule: percentages are rounded half up to one decimal (66.65 → 66.7).
 * Points are never rounded.
 */
export function roundPercent(points: number, maxPoints: number): number | null {
  if (maxPoints <= 0) return null;
  const raw = (points / maxPoints) * 100;
  // toPrecision strips binary noise first, so 66.65 rounds to 66.7 as a person expects.
  const tenths = Math.round(Number((raw * 10).toPrecision(12)));
  return Math.min(100, Math.max(0, tenths / 10));
}

export type ItemOutcome =
  | { state: 'unanswered' }
  | { state: 'not-applicable' }
  | { state: 'scored'; points: number; maxPoints: number; failed: boolean };

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

/**
 * Scores answers against the exact scorecard version they were given on.
 * Unanswered and N/A items leave the attainable maximum, so the running score
 * while evaluating is the score of what has been answered so far.
 * A failed critical item zeroes its section or the whole evaluation.
 */
export function scoreEvaluation(version: ScorecardVersion, answers: Answers): ScoreResult {
  const failedCritical: string[] = [];
  let zeroAll = false;
  let answered = 0;
  let total = 0;

  const sections = version.sections.map((section) => {
    let points = 0;
    let maxPoints = 0;
    let zeroed = false;
    for (const item of section.items) {
      total += 1;
      const outcome = outcomeOf(item, answers[item.id]?.value);
      if (outcome.state === 'unanswered') continue;
      answered += 1;
      if (outcome.state === 'not-applicable') continue;
      points += outcome.points;
      maxPoints += outcome.maxPoints;
      if (outcome.failed && item.critical !== 'none') {
        failedCritical.push(item.id);
        if (item.critical === 'section') zeroed = true;
        else zeroAll = true;
      }
    }
    return { sectionId: section.id, points: zeroed ? 0 : points, maxPoints, zeroed };
  });

  const finalSections = sections.map((s) => {
    const points = zeroAll ? 0 : s.points;
    return { ...s, points, zeroed: s.zeroed || zeroAll, percent: roundPercent(points, s.maxPoints) };
  });
  const points = finalSections.reduce((sum, s) => sum + s.points, 0);
  const maxPoints = finalSections.reduce((sum, s) => sum + s.maxPoints, 0);
  return {
    points,
    maxPoints,
    percent: roundPercent(points, maxPoints),
    failedCritical,
    sections: finalSections,
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
