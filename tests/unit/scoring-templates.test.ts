import { describe, expect, test } from 'vitest';
import { ScorecardVersion, type Answers } from '../../lib/domain';
import { SCORECARD_TEMPLATES, templateForm } from '../../lib/scorecard-templates';
import { scoreEvaluation, validateForPublishing } from '../../lib/scoring';

const asVersion = (key: (typeof SCORECARD_TEMPLATES)[number]['key']): ScorecardVersion =>
  ScorecardVersion.parse({ ...templateForm(key), scorecardId: key, version: 1, status: 'draft', publishedAt: null });

describe('scorecard templates', () => {
  test.each(SCORECARD_TEMPLATES.map((t) => t.key))('%s can be published as it is', (key) => {
    expect(validateForPublishing(asVersion(key))).toEqual([]);
  });

  test.each(SCORECARD_TEMPLATES.map((t) => t.key))('%s explains every item and scores "Yes" everywhere as 100 %%', (key) => {
    const form = asVersion(key);
    const items = form.sections.flatMap((s) => s.items);
    expect(items.every((i) => i.explanation.length >= 40)).toBe(true);
    const answers: Answers = {};
    for (const item of items) {
      const yes = item.scale.options.find((o) => o.label === 'Yes');
      expect(yes, item.id).toBeDefined();
      answers[item.id] = { value: yes?.value ?? '' };
    }
    expect(scoreEvaluation(form, answers).percent).toBe(100);
  });

  test('the call and chat forms follow the encounter from opening to closing, with a critical data-protection item', () => {
    for (const key of ['call', 'chat-email'] as const) {
      const form = asVersion(key);
      const titles = form.sections.map((s) => s.title);
      expect(titles[0]).toBe('Opening');
      expect(titles).toContain("Mapping the customer's whole situation");
      expect(titles).toContain('Solving at first contact');
      expect(titles).toContain('Offering relevant extra products');
      expect(titles.at(-1)).toBe('Closing');
      expect(form.sections.flatMap((s) => s.items).filter((i) => i.critical === 'evaluation')).toHaveLength(1);
    }
    expect(asVersion('chat-email').channels).toEqual(['chat', 'email', 'ticket']);
    expect(asVersion('call').channels).toEqual(['call']);
    expect(asVersion('call').rushHourScorecardId).toBe('rush-hour');
  });

  test('the rush-hour form is short', () => {
    expect(asVersion('rush-hour').sections.flatMap((s) => s.items).length).toBeLessThanOrEqual(5);
  });

  test('templateForm hands out a copy that is safe to edit', () => {
    const form = templateForm('call');
    form.sections[0]!.title = 'Changed';
    expect(templateForm('call').sections[0]?.title).toBe('Opening');
  });
});
