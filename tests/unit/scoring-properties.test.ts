import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  NOT_APPLICABLE,
  rangeScale,
  yesNoScale,
  yesPartlyNoScale,
  type Answers,
  type Scale,
  type ScoreResult,
  type ScorecardItem,
  type ScorecardVersion,
} from '../../lib/domain';
import { scoreEvaluation, validateForPublishing } from '../../lib/scoring';

/**
 * Forms as an admin could publish them: integer points and weights (so sums are exact),
 * and a failing answer that gives no points on scored and bonus items (validateForPublishing
 * insists on it). Minus items subtract the points of their failing answer.
 */
const scaleArb: fc.Arbitrary<Scale> = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((p) => yesNoScale(p)),
  fc.integer({ min: 1, max: 3 }).map((p) => yesPartlyNoScale(p * 2)),
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 })).map(([from, span, step]) =>
    rangeScale(from, from + span, step),
  ),
  fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }).map(
    (points): Scale => ({
      kind: 'custom',
      options: [
        { value: 'o0', label: 'Missing', points: 0, fails: true },
        ...points.map((p, i) => ({ value: `o${i + 1}`, label: `Option ${i + 1}`, points: p, fails: false })),
      ],
    }),
  ),
);

const minusScaleArb: fc.Arbitrary<Scale> = fc.integer({ min: 1, max: 5 }).map((p) => ({
  kind: 'yes-no',
  options: [
    { value: 'yes', label: 'Yes', points: p, fails: true },
    { value: 'no', label: 'No', points: 0, fails: false },
  ],
}));

type ItemShape = Omit<ScorecardItem, 'id' | 'text'>;
const itemArb: fc.Arbitrary<ItemShape> = fc
  .record({
    effect: fc.constantFrom<'score' | 'bonus' | 'minus'>('score', 'score', 'score', 'bonus', 'minus'),
    allowNotApplicable: fc.boolean(),
    critical: fc.constantFrom<ScorecardItem['critical']>('none', 'none', 'section', 'evaluation'),
    weight: fc.integer({ min: 0, max: 3 }),
  })
  .chain((shape) =>
    (shape.effect === 'minus' ? minusScaleArb : scaleArb).map((scale) => ({ ...shape, scale, explanation: '' })),
  );

const formArb: fc.Arbitrary<ScorecardVersion> = fc
  .array(fc.record({ weight: fc.integer({ min: 0, max: 3 }), items: fc.array(itemArb, { minLength: 0, maxLength: 5 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((sections) => {
    let n = 0;
    return {
      scorecardId: 'generated',
      version: 1,
      title: 'Generated',
      description: '',
      status: 'published' as const,
      publishedAt: '2026-11-01T00:00:00.000Z',
      sections: sections.map((s, i) => ({
        id: `s${i}`,
        title: `Section ${i}`,
        weight: s.weight,
        items: s.items.map((shape) => {
          n += 1;
          return { ...shape, id: `i${n}`, text: `Item ${n}` };
        }),
      })),
    };
  });

const itemsOf = (form: ScorecardVersion) => form.sections.flatMap((s) => s.items);

/** Any mix of answers, N/A and unanswered items. */
const answersFor = (form: ScorecardVersion): fc.Arbitrary<Answers> =>
  fc
    .tuple(
      ...itemsOf(form).map((item) =>
        fc.option(fc.constantFrom(...item.scale.options.map((o) => o.value), NOT_APPLICABLE), { nil: undefined }),
      ),
    )
    .map((values) => {
      const answers: Answers = {};
      itemsOf(form).forEach((item, i) => {
        const value = values[i];
        if (value !== undefined) answers[item.id] = { value };
      });
      return answers;
    });

const formWithAnswers = formArb.chain((form) => answersFor(form).map((answers) => ({ form, answers })));

/** The same result, whatever order sections, items and failed critical items came in. */
function normalised(result: ScoreResult) {
  return {
    ...result,
    failedCritical: [...result.failedCritical].sort(),
    sections: [...result.sections].sort((x, y) => x.sectionId.localeCompare(y.sectionId)),
  };
}

describe('scoring invariants on generated forms', () => {
  test('generated forms with a maximum are publishable, so the properties hold for real forms', () => {
    fc.assert(
      fc.property(formArb, (form) => {
        const structural = validateForPublishing(form).filter((p) => p.path !== 'sections' && !p.path.endsWith('.items'));
        expect(structural).toEqual([]);
      }),
    );
  });

  test('the score stays within 0-100 % and within 0 and the maximum, overall and per section', () => {
    fc.assert(
      fc.property(formWithAnswers, ({ form, answers }) => {
        const result = scoreEvaluation(form, answers);
        for (const part of [result, ...result.sections]) {
          expect(part.points).toBeGreaterThanOrEqual(0);
          expect(part.points).toBeLessThanOrEqual(part.maxPoints);
          if (part.percent !== null) {
            expect(part.percent).toBeGreaterThanOrEqual(0);
            expect(part.percent).toBeLessThanOrEqual(100);
          } else expect(part.maxPoints).toBe(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('marking an item N/A never lowers a score that had it failed', () => {
    const arb = formWithAnswers.chain(({ form, answers }) => {
      const candidates = itemsOf(form).filter((i) => i.allowNotApplicable);
      return candidates.length === 0
        ? fc.constant(null)
        : fc.constantFrom(...candidates).map((item) => ({ form, answers, item }));
    });
    fc.assert(
      fc.property(arb, (c) => {
        if (!c) return;
        const failing = c.item.scale.options.find((o) => o.fails);
        if (!failing) return;
        const failed = scoreEvaluation(c.form, { ...c.answers, [c.item.id]: { value: failing.value } });
        const na = scoreEvaluation(c.form, { ...c.answers, [c.item.id]: { value: NOT_APPLICABLE } });
        if (failed.percent !== null && na.percent !== null) expect(na.percent).toBeGreaterThanOrEqual(failed.percent);
        const section = c.form.sections.findIndex((s) => s.items.includes(c.item));
        const [failedSection, naSection] = [failed.sections[section]?.percent, na.sections[section]?.percent];
        if (failedSection != null && naSection != null) expect(naSection).toBeGreaterThanOrEqual(failedSection);
      }),
      { numRuns: 3000 },
    );
  });

  test('a failed critical item zeroes exactly what it says', () => {
    const arb = formWithAnswers.chain(({ form, answers }) => {
      const critical = itemsOf(form).filter((i) => i.critical !== 'none');
      return critical.length === 0 ? fc.constant(null) : fc.constantFrom(...critical).map((item) => ({ form, answers, item }));
    });
    fc.assert(
      fc.property(arb, (c) => {
        if (!c) return;
        const failing = c.item.scale.options.find((o) => o.fails);
        const passing = c.item.scale.options.find((o) => !o.fails);
        if (!failing || !passing) return;
        const failed = scoreEvaluation(c.form, { ...c.answers, [c.item.id]: { value: failing.value } });
        const passed = scoreEvaluation(c.form, { ...c.answers, [c.item.id]: { value: passing.value } });
        expect(failed.failedCritical).toContain(c.item.id);
        expect(passed.failedCritical).not.toContain(c.item.id);
        expect(failed.points).toBeLessThanOrEqual(passed.points);
        if (c.item.critical === 'evaluation') {
          expect(failed.points).toBe(0);
          expect(failed.sections.every((s) => s.points === 0 && s.zeroed)).toBe(true);
          expect(failed.maxPoints).toBe(passed.maxPoints);
          return;
        }
        const index = c.form.sections.findIndex((s) => s.items.includes(c.item));
        expect(failed.sections[index]).toMatchObject({ points: 0, zeroed: true });
        failed.sections.forEach((s, i) => {
          if (i !== index) expect(s).toEqual(passed.sections[i]);
        });
      }),
      { numRuns: 1000 },
    );
  });

  test('reordering items or sections changes nothing', () => {
    const arb = formWithAnswers.chain(({ form, answers }) =>
      fc
        .tuple(
          fc.shuffledSubarray(form.sections, { minLength: form.sections.length, maxLength: form.sections.length }),
          ...form.sections.map((s) => fc.shuffledSubarray(s.items, { minLength: s.items.length, maxLength: s.items.length })),
        )
        .map(([sections, ...items]) => {
          const shuffledItems = new Map(form.sections.map((s, i) => [s.id, items[i] ?? s.items]));
          const reordered: ScorecardVersion = {
            ...form,
            sections: sections.map((s) => ({ ...s, items: shuffledItems.get(s.id) ?? s.items })),
          };
          return { form, reordered, answers };
        }),
    );
    fc.assert(
      fc.property(arb, ({ form, reordered, answers }) => {
        expect(normalised(scoreEvaluation(reordered, answers))).toEqual(normalised(scoreEvaluation(form, answers)));
      }),
      { numRuns: 1000 },
    );
  });
});
