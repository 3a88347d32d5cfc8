import { NOT_APPLICABLE, type Evaluation, type ScorecardVersion } from '../domain';

export interface ComparedItem {
  itemId: string;
  text: string;
  self: string | null;
  supervisor: string | null;
  differs: boolean;
}

/**
 * Item by item, an agent's self-assessment beside a supervisor's evaluation of the same
 * encounter, on the version the agent scored; answers match by item id, so an evaluation on
 * another version of the form compares where the items are the same.
 */
export function compareEvaluations(version: ScorecardVersion, self: Evaluation, supervisor: Evaluation, notApplicable: string): ComparedItem[] {
  const labelOf = (itemId: string, value: string | undefined): string | null => {
    if (value === undefined || value === '') return null;
    if (value === NOT_APPLICABLE) return notApplicable;
    const item = version.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
    return item?.scale.options.find((o) => o.value === value)?.label ?? value;
  };
  return version.sections.flatMap((section) =>
    section.items.map((item) => {
      const a = self.answers[item.id]?.value;
      const b = supervisor.answers[item.id]?.value;
      return { itemId: item.id, text: item.text, self: labelOf(item.id, a), supervisor: labelOf(item.id, b), differs: a !== b };
    }),
  );
}

/**
 * The pair to compare for one interaction, if both exist: the agent's newest self-assessment,
 * and beside it the user's own evaluation (a supervisor looking) or else the newest one by
 * anyone else, on the same scorecard when there is one (any version: items compare by id).
 */
export function comparablePair(evaluations: Evaluation[], userId: string | null): { self: Evaluation; supervisor: Evaluation } | null {
  const newestFirst = [...evaluations].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  const self = newestFirst.find((e) => e.kind === 'self-assessment');
  if (!self) return null;
  const others = newestFirst.filter((e) => e.kind !== 'self-assessment');
  const sameForm = others.filter((e) => e.scorecardId === self.scorecardId);
  const candidates = sameForm.length > 0 ? sameForm : others;
  const supervisor = candidates.find((e) => e.evaluatorId === userId) ?? candidates[0];
  return supervisor ? { self, supervisor } : null;
}
