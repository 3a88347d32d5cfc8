import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { yesNoScale, yesPartlyNoScale, type Answers, type ScorecardVersion } from '../../lib/domain';
import { answerProblems, roundPercent, scoreEvaluation, unansweredItems } from '../../lib/scoring';

const card: ScorecardVersion = {
  scorecardId: 'cs',
  version: 1,
  title: 'Customer service',
  description: '',
  status: 'published',
  publishedAt: '2026-11-01T00:00:00.000Z',
  sections: [
    {
      id: 'opening',
      title: 'Opening',
      items: [
        { id: 'greet', text: 'Greets', explanation: '', scale: yesNoScale(), allowNotApplicable: false, critical: 'none' },
        { id: 'agenda', text: 'Tells the agenda', explanation: '', scale: yesPartlyNoScale(2), allowNotApplicable: true, critical: 'none' },
      ],
    },
    {
      id: 'compliance',
      title: 'Compliance',
      items: [
        { id: 'identity', text: 'Verifies identity', explanation: '', scale: yesNoScale(), allowNotApplicable: true, critical: 'evaluation' },
        { id: 'consent', text: 'Asks consent', explanation: '', scale: yesNoScale(), allowNotApplicable: true, critical: 'section' },
        { id: 'recap', text: 'Recaps', explanation: '', scale: yesNoScale(), allowNotApplicable: true, critical: 'none' },
      ],
    },
  ],
};

const a = (values: Record<string, string>): Answers =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));

describe('scoreEvaluation', () => {
  test('all yes is 100 %', () => {
    const result = scoreEvaluation(card, a({ greet: 'yes', agenda: 'yes', identity: 'yes', consent: 'yes', recap: 'yes' }));
    expect(result).toMatchObject({ points: 6, maxPoints: 6, percent: 100, failedCritical: [], answered: 5, total: 5 });
  });

  test('partly gives half the points of the item', () => {
    const result = scoreEvaluation(card, a({ greet: 'yes', agenda: 'partly' }));
    expect(result.points).toBe(2);
    expect(result.maxPoints).toBe(3);
    expect(result.percent).toBe(66.7);
  });

  test('N/A leaves the attainable maximum', () => {
    const result = scoreEvaluation(card, a({ greet: 'yes', agenda: 'na', identity: 'yes', consent: 'yes', recap: 'na' }));
    expect(result.maxPoints).toBe(3);
    expect(result.percent).toBe(100);
  });

  test('N/A is refused where the item does not allow it', () => {
    expect(scoreEvaluation(card, a({ greet: 'na' })).answered).toBe(0);
    expect(answerProblems(card, a({ greet: 'na' }))).toEqual(['answers.greet: "na" is not an answer this item allows']);
  });

  test('a failed critical item zeroes the whole evaluation', () => {
    const result = scoreEvaluation(card, a({ greet: 'yes', agenda: 'yes', identity: 'no', consent: 'yes', recap: 'yes' }));
    expect(result.points).toBe(0);
    expect(result.percent).toBe(0);
    expect(result.failedCritical).toEqual(['identity']);
    expect(result.sections.every((s) => s.zeroed)).toBe(true);
  });

  test('a failed section-critical item zeroes only its section', () => {
    const result = scoreEvaluation(card, a({ greet: 'yes', agenda: 'yes', identity: 'yes', consent: 'no', recap: 'yes' }));
    expect(result.sections.map((s) => [s.sectionId, s.points, s.zeroed])).toEqual([
      ['opening', 3, false],
      ['compliance', 0, true],
    ]);
    expect(result.percent).toBe(50);
  });

  test('nothing answered, or everything N/A, has no percentage rather than 0 %', () => {
    expect(scoreEvaluation(card, {}).percent).toBeNull();
    const allNa = scoreEvaluation(card, a({ agenda: 'na', identity: 'na', consent: 'na', recap: 'na' }));
    expect(allNa.sections[1]!.percent).toBeNull();
  });

  test('unknown items and options are reported and not scored', () => {
    expect(answerProblems(card, a({ nope: 'yes', greet: 'maybe' }))).toHaveLength(2);
    expect(scoreEvaluation(card, a({ greet: 'maybe' })).answered).toBe(0);
    expect(unansweredItems(card, a({ greet: 'yes' })).map((i) => i.id)).toEqual(['agenda', 'identity', 'consent', 'recap']);
  });

  test('rounding is half up to one decimal', () => {
    expect(roundPercent(2, 3)).toBe(66.7);
    expect(roundPercent(1, 3)).toBe(33.3);
    expect(roundPercent(1333, 2000)).toBe(66.7);
    expect(roundPercent(0, 0)).toBeNull();
  });
});

describe('scoring invariants', () => {
  const itemIds = card.sections.flatMap((s) => s.items.map((i) => i.id));
  const answersArb = fc.dictionary(fc.constantFrom(...itemIds), fc.constantFrom('yes', 'partly', 'no', 'na'));
  const toAnswers = (d: Record<string, string>) => a(d);

  test('the score stays within 0-100 %', () => {
    fc.assert(
      fc.property(answersArb, (d) => {
        const { percent } = scoreEvaluation(card, toAnswers(d));
        return percent === null || (percent >= 0 && percent <= 100);
      }),
    );
  });

  test('marking a failed item N/A never lowers the score', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...itemIds), (d, itemId) => {
        const failed = { ...d, [itemId]: 'no' };
        const before = scoreEvaluation(card, toAnswers(failed)).percent ?? 0;
        const after = scoreEvaluation(card, toAnswers({ ...failed, [itemId]: 'na' })).percent ?? 100;
        const item = card.sections.flatMap((s) => s.items).find((i) => i.id === itemId)!;
        return !item.allowNotApplicable || after >= before;
      }),
    );
  });

  test('reordering sections and items changes nothing', () => {
    fc.assert(
      fc.property(answersArb, (d) => {
        const reversed: ScorecardVersion = {
          ...card,
          sections: [...card.sections].reverse().map((s) => ({ ...s, items: [...s.items].reverse() })),
        };
        const x = scoreEvaluation(card, toAnswers(d));
        const y = scoreEvaluation(reversed, toAnswers(d));
        return x.points === y.points && x.maxPoints === y.maxPoints && x.percent === y.percent;
      }),
    );
  });
});
