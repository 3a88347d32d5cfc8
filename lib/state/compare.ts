import type { Evaluation, ScorecardVersion } from '../domain';

export interface ComparedItem {
  itemId: string;
  text: string;
  self: string | null;
  supervisor: string | null;
  differs: boolean;
}

/** Item by item, an agent's self-assessment beside a supervisor's evaluation of the same encounter. */
export function compareEvaluations(version: ScorecardVersion, self: Evaluation, supervisor: Evaluation): ComparedItem[] {
  const labelOf = (itemId: string, value: string | undefined): string | null => {
    if (value === undefined) return null;
    if (value === 'na') return 'N/A';
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

/** The pair to compare for one interaction, if both exist: the agent's own and the newest supervisor one. */
export function comparablePair(evaluations: Evaluation[]): { self: Evaluation; supervisor: Evaluation } | null {
  const self = evaluations.find((e) => e.kind === 'self-assessment');
  const supervisor = evaluations.find((e) => e.kind !== 'self-assessment' && e.scorecardId === self?.scorecardId && e.scorecardVersion === self?.scorecardVersion);
  return self && supervisor ? { self, supervisor } : null;
}
