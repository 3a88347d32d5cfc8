import { describe, expect, test } from 'vitest';
import {
  rangeScale,
  yesNoScale,
  yesPartlyNoScale,
  type Answers,
  type PublishProblem,
  type Scale,
  type ScorecardItem,
  type ScorecardSection,
  type ScorecardVersion,
} from '../../lib/domain';
import { scoreEvaluation, tidyPoints, validateForPublishing } from '../../lib/scoring';

const a = (values: Record<string, string>): Answers =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }]));

const item = (id: string, scale: Scale, extra: Partial<ScorecardItem> = {}): ScorecardItem => ({
  id,
  text: `Item ${id}`,
  explanation: '',
  scale,
  allowNotApplicable: true,
  critical: 'none',
  ...extra,
});

const section = (id: string, items: ScorecardItem[], extra: Partial<ScorecardSection> = {}): ScorecardSection => ({
  id,
  title: `Section ${id}`,
  items,
  ...extra,
});

const version = (...sections: ScorecardSection[]): ScorecardVersion => ({
  scorecardId: 'form',
  version: 1,
  title: 'Form',
  description: '',
  status: 'draft',
  publishedAt: null,
  sections,
});

const customScale: Scale = {
  kind: 'custom',
  options: [
    { value: 'excellent', label: 'Excellent', points: 3, fails: false },
    { value: 'good', label: 'Good', points: 2, fails: false },
    { value: 'weak', label: 'Weak', points: 1, fails: false },
    { value: 'missing', label: 'Missing', points: 0, fails: true },
  ],
};

describe('scales', () => {
  test('yes/no gives all or nothing', () => {
    const form = version(section('s', [item('x', yesNoScale(3))]));
    expect(scoreEvaluation(form, a({ x: 'yes' }))).toMatchObject({ points: 3, maxPoints: 3, percent: 100 });
    expect(scoreEvaluation(form, a({ x: 'no' }))).toMatchObject({ points: 0, maxPoints: 3, percent: 0 });
  });

  test('yes/partly/no gives half for partly', () => {
    const form = version(section('s', [item('x', yesPartlyNoScale(4))]));
    expect(scoreEvaluation(form, a({ x: 'partly' }))).toMatchObject({ points: 2, maxPoints: 4, percent: 50 });
  });

  test('a 1-5 range gives points per step above the lowest value, which fails', () => {
    const scale = rangeScale(1, 5);
    expect(scale.options.map((o) => [o.value, o.points, o.fails])).toEqual([
      ['1', 0, true],
      ['2', 1, false],
      ['3', 2, false],
      ['4', 3, false],
      ['5', 4, false],
    ]);
    const form = version(section('s', [item('x', scale)]));
    expect(scoreEvaluation(form, a({ x: '4' }))).toMatchObject({ points: 3, maxPoints: 4, percent: 75 });
    expect(scoreEvaluation(form, a({ x: '1' })).percent).toBe(0);
    expect(rangeScale(0, 10, 2).options.at(-1)).toMatchObject({ value: '10', points: 20 });
  });

  test('a custom list gives the points of the chosen option', () => {
    const form = version(section('s', [item('x', customScale)]));
    expect(scoreEvaluation(form, a({ x: 'weak' }))).toMatchObject({ points: 1, maxPoints: 3, percent: 33.3 });
    expect(scoreEvaluation(form, a({ x: 'excellent' })).percent).toBe(100);
  });
});

describe('weights', () => {
  test("an item's weight multiplies its points and maximum", () => {
    const form = version(section('s', [item('x', yesNoScale(1), { weight: 3 }), item('y', yesNoScale(1))]));
    expect(scoreEvaluation(form, a({ x: 'yes', y: 'no' }))).toMatchObject({ points: 3, maxPoints: 4, percent: 75 });
  });

  test("a section's weight multiplies every item in it, and section points are reported weighted", () => {
    const form = version(
      section('heavy', [item('x', yesNoScale(1))], { weight: 3 }),
      section('light', [item('y', yesNoScale(1))]),
    );
    const result = scoreEvaluation(form, a({ x: 'no', y: 'yes' }));
    expect(result).toMatchObject({ points: 1, maxPoints: 4, percent: 25 });
    expect(result.sections.map((s) => [s.sectionId, s.points, s.maxPoints, s.percent])).toEqual([
      ['heavy', 0, 3, 0],
      ['light', 1, 1, 100],
    ]);
  });

  test('weight 0 takes an item out of the score without removing it from the form', () => {
    const form = version(section('s', [item('x', yesNoScale(1), { weight: 0 }), item('y', yesNoScale(1))]));
    expect(scoreEvaluation(form, a({ x: 'no', y: 'yes' }))).toMatchObject({ points: 1, maxPoints: 1, answered: 2, total: 2 });
  });

  test('fractional weights leave no binary noise in points', () => {
    const form = version(section('s', [item('x', yesNoScale(1), { weight: 0.1 }), item('y', yesNoScale(1), { weight: 0.2 })]));
    expect(scoreEvaluation(form, a({ x: 'yes', y: 'yes' }))).toMatchObject({ points: 0.3, maxPoints: 0.3, percent: 100 });
    expect(tidyPoints(-0)).toBe(0);
  });
});

describe('bonus and minus points', () => {
  const form = version(
    section('main', [
      item('x', yesNoScale(2)),
      item('y', yesNoScale(2)),
      item('extra', yesNoScale(1), { effect: 'bonus' }),
      item('jargon', { kind: 'yes-no', options: [{ value: 'yes', label: 'Yes', points: 3, fails: true }, { value: 'no', label: 'No', points: 0, fails: false }] }, { effect: 'minus' }),
    ]),
    section('other', [item('z', yesNoScale(2))]),
  );

  test('a bonus adds points without raising the maximum', () => {
    const result = scoreEvaluation(form, a({ x: 'yes', y: 'no', extra: 'yes', jargon: 'no', z: 'yes' }));
    expect(result).toMatchObject({ points: 5, maxPoints: 6, percent: 83.3 });
    expect(result.sections[0]).toMatchObject({ points: 3, maxPoints: 4, percent: 75 });
  });

  test('a bonus never lifts a section or the evaluation above 100 %', () => {
    const result = scoreEvaluation(form, a({ x: 'yes', y: 'yes', extra: 'yes', jargon: 'no', z: 'yes' }));
    expect(result).toMatchObject({ points: 6, maxPoints: 6, percent: 100 });
    expect(result.sections[0]).toMatchObject({ points: 4, percent: 100 });
  });

  test('a bonus in one section makes up for a miss in another, in the overall score only', () => {
    const result = scoreEvaluation(form, a({ x: 'yes', y: 'yes', extra: 'yes', jargon: 'no', z: 'no' }));
    expect(result).toMatchObject({ points: 5, maxPoints: 6, percent: 83.3 });
    expect(result.sections.map((s) => s.percent)).toEqual([100, 0]);
  });

  test('a minus item subtracts its points, and the score stops at 0', () => {
    expect(scoreEvaluation(form, a({ x: 'yes', y: 'yes', jargon: 'yes', z: 'yes' }))).toMatchObject({ points: 3, maxPoints: 6, percent: 50 });
    const floor = scoreEvaluation(form, a({ x: 'no', y: 'no', jargon: 'yes', z: 'no' }));
    expect(floor).toMatchObject({ points: 0, maxPoints: 6, percent: 0 });
    expect(floor.sections[0]).toMatchObject({ points: 0, percent: 0 });
  });

  test('minus points never reach into another section', () => {
    const result = scoreEvaluation(form, a({ x: 'no', y: 'no', jargon: 'yes', z: 'yes' }));
    expect(result).toMatchObject({ points: 2, maxPoints: 6, percent: 33.3 });
  });

  test('a failed critical section item zeroes its section, bonus included', () => {
    const critical = version(
      section('main', [item('x', yesNoScale(2), { critical: 'section' }), item('extra', yesNoScale(1), { effect: 'bonus' })]),
      section('other', [item('z', yesNoScale(2))]),
    );
    const result = scoreEvaluation(critical, a({ x: 'no', extra: 'yes', z: 'yes' }));
    expect(result).toMatchObject({ points: 2, maxPoints: 4, percent: 50, failedCritical: ['x'] });
    expect(result.sections[0]).toMatchObject({ points: 0, zeroed: true });
  });
});

describe('N/A and empty sections', () => {
  const form = version(
    section('all-na', [item('x', yesNoScale()), item('bonus', yesNoScale(), { effect: 'bonus' })]),
    section('scored', [item('y', yesNoScale(1)), item('z', yesNoScale(1))]),
  );

  test('a section where every item is N/A has points 0, percent null, and leaves the overall maximum alone', () => {
    const result = scoreEvaluation(form, a({ x: 'na', bonus: 'na', y: 'yes', z: 'no' }));
    expect(result.sections[0]).toEqual({ sectionId: 'all-na', points: 0, maxPoints: 0, percent: null, zeroed: false });
    expect(result).toMatchObject({ points: 1, maxPoints: 2, percent: 50, answered: 4, total: 4 });
  });

  test('a bonus in an all-N/A section still counts toward the overall score', () => {
    const result = scoreEvaluation(form, a({ x: 'na', bonus: 'yes', y: 'yes', z: 'no' }));
    expect(result.sections[0]?.percent).toBeNull();
    expect(result).toMatchObject({ points: 2, maxPoints: 2, percent: 100 });
  });

  test('everything N/A has no percentage at all', () => {
    const result = scoreEvaluation(form, a({ x: 'na', bonus: 'na', y: 'na', z: 'na' }));
    expect(result).toMatchObject({ points: 0, maxPoints: 0, percent: null });
  });

  test('an empty section (allowed in drafts) scores like an all-N/A one', () => {
    const result = scoreEvaluation(version(section('empty', []), section('s', [item('y', yesNoScale())])), a({ y: 'yes' }));
    expect(result.sections[0]).toMatchObject({ points: 0, maxPoints: 0, percent: null });
    expect(result.percent).toBe(100);
  });
});

function expectOnly(problems: PublishProblem[], path: string, message: RegExp) {
  expect(problems.map((p) => p.path)).toEqual([path]);
  expect(problems[0]?.message).toMatch(message);
}

describe('validateForPublishing', () => {
  const good = version(section('s', [item('x', yesNoScale(), { critical: 'evaluation' }), item('y', yesPartlyNoScale())]));

  test('a sound form has no problems', () => {
    expect(validateForPublishing(good)).toEqual([]);
  });

  test('names an empty form and an empty section', () => {
    expectOnly(validateForPublishing(version()), 'sections', /at least one section/);
    const problems = validateForPublishing({ ...good, sections: [...good.sections, section('empty', [])] });
    expectOnly(problems, 'sections.1.items', /Section "Section empty" has no items/);
  });

  test('names an item that appears twice in a section, ignoring case and spaces', () => {
    const twice = version(section('s', [item('x', yesNoScale(), { text: 'Greets the customer' }), item('y', yesNoScale(), { text: ' greets  the CUSTOMER ' })]));
    expect(validateForPublishing(twice).map((p) => p.path)).toEqual(['sections.0.items.1.text']);
    const elsewhere = version(section('s', [item('x', yesNoScale(), { text: 'Greets' })]), section('t', [item('y', yesNoScale(), { text: 'Greets' })]));
    expect(validateForPublishing(elsewhere)).toEqual([]);
  });

  test('names ids used twice: answers are keyed by item id', () => {
    const ids = version(section('s', [item('x', yesNoScale())]), section('s', [item('x', yesNoScale(), { text: 'Other' })]));
    expect(validateForPublishing(ids).map((p) => p.path)).toEqual(['sections.1.id', 'sections.1.items.0.id']);
  });

  test('names a form whose maximum is zero', () => {
    const zero = version(section('s', [item('x', yesNoScale(0)), item('b', yesNoScale(2), { effect: 'bonus', text: 'Bonus' })]));
    expectOnly(validateForPublishing(zero), 'sections', /no attainable maximum/);
    const weightless = version(section('s', [item('x', yesNoScale(1))], { weight: 0 }));
    expect(validateForPublishing(weightless).map((p) => p.path)).toEqual(['sections']);
  });

  test('names a critical item that no answer fails', () => {
    const scale: Scale = { kind: 'custom', options: [{ value: 'a', label: 'A', points: 1, fails: false }, { value: 'b', label: 'B', points: 0, fails: false }] };
    const form = version(section('s', [item('x', scale, { critical: 'section' })]));
    expectOnly(validateForPublishing(form), 'sections.0.items.0.critical', /no answer fails it/);
  });

  test('names a failing answer that gives points, a reserved or repeated value, and a form that is its own rush-hour form', () => {
    const scale: Scale = {
      kind: 'custom',
      options: [
        { value: 'yes', label: 'Yes', points: 2, fails: false },
        { value: 'no', label: 'No', points: 1, fails: true },
        { value: 'na', label: 'N/A', points: 0, fails: false },
        { value: 'yes', label: 'Again', points: 0, fails: false },
      ],
    };
    const form = { ...version(section('s', [item('x', scale)])), rushHourScorecardId: 'form' };
    expect(validateForPublishing(form).map((p) => p.path)).toEqual([
      'sections.0.items.0.scale.options.1.points',
      'sections.0.items.0.scale.options.2.value',
      'sections.0.items.0.scale.options.3.value',
      'rushHourScorecardId',
    ]);
  });
});
