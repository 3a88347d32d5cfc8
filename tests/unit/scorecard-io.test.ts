import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ScorecardVersion, rangeScale, yesPartlyNoScale } from '../../lib/domain';
import {
  exportScorecard,
  importScorecardFile,
  parseCsv,
  rowsToScorecard,
  scorecardFromJson,
  scorecardToJson,
  scorecardToRows,
  toCsv,
} from '../../lib/scorecard-io';
import { scorecardFromXlsx, scorecardToXlsx } from '../../lib/scorecard-io/xlsx';
import { callTemplate } from '../../lib/scorecard-templates';
import { scorecard } from './fixtures';

/** A form with every kind of scale, critical scope, N/A choice and effect. */
const rich: ScorecardVersion = {
  ...scorecard,
  description: 'For calls, "with quotes", commas\nand line breaks',
  sections: [
    ...scorecard.sections,
    {
      id: 'solving',
      title: 'Solving, at first contact',
      items: [
        { id: 'needs', text: 'Maps the whole situation', explanation: 'Open questions: "what else?"', scale: yesPartlyNoScale(4), allowNotApplicable: true, critical: 'section' },
        { id: 'tone', text: 'Tone of voice', explanation: '', scale: rangeScale(1, 5, 2), allowNotApplicable: false, critical: 'none', weight: 2 },
        {
          id: 'extra',
          text: 'Offers a relevant extra product',
          explanation: '',
          scale: { kind: 'custom', options: [{ value: 'great', label: 'Great', points: 3, fails: false }, { value: 'ok', label: 'OK', points: 1.5, fails: false }, { value: 'none', label: 'None', points: 0, fails: true }] },
          allowNotApplicable: true,
          critical: 'none',
          effect: 'bonus',
        },
      ],
    },
    { id: 'empty', title: 'Still empty', items: [] },
  ],
};

/** The scorecard without ids and bookkeeping: what a sheet round trip keeps. */
function content(form: Pick<ScorecardVersion, 'title' | 'description' | 'sections'>) {
  return {
    title: form.title,
    description: form.description,
    sections: form.sections.map((s) => ({
      title: s.title,
      items: s.items.map(({ id: _id, scale, ...item }) => ({
        ...item,
        weight: item.weight ?? 1,
        effect: item.effect ?? 'score',
        scale: { kind: scale.kind, options: scale.options.map(({ value: _v, ...o }) => o) },
      })),
    })),
  };
}

describe('JSON scorecard files', () => {
  test('round-trip losslessly in the versioned format', () => {
    const json = scorecardToJson(rich, '2026-11-24T10:00:00.000Z');
    expect(JSON.parse(json)).toMatchObject({ format: 'laatu-scorecard', formatVersion: 1 });
    expect(scorecardFromJson(json)).toEqual({ ok: true, scorecard: ScorecardVersion.parse(rich) });
  });

  test('name the field that is wrong', () => {
    const file = JSON.parse(scorecardToJson(rich)) as { scorecard: { sections: { title: string }[] } };
    file.scorecard.sections[1]!.title = '';
    const read = scorecardFromJson(JSON.stringify(file));
    expect(read).toMatchObject({ ok: false, field: 'scorecard.sections.1.title' });
    expect(scorecardFromJson('{"format":"other"}')).toMatchObject({ ok: false, field: 'format' });
    expect(scorecardFromJson('not json')).toMatchObject({ ok: false });
  });
});

describe('CSV', () => {
  test('quotes commas, quotes and line breaks and reads them back', () => {
    const rows = [['a', 'b, c', 'say "hi"'], ['line\nbreak', '', 'ä ö å']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  test('refuses a quoted field that never ends', () => {
    expect(() => parseCsv('a,"b\nc')).toThrow(/never closed/);
  });
});

describe('scorecard sheets', () => {
  test('the readable sheet has a title row, the documented header and one row per item', () => {
    const rows = scorecardToRows(scorecard);
    expect(rows[0]).toEqual(['Scorecard', 'Customer service encounter']);
    expect(rows[1]).toEqual(['Section', 'Item', 'Explanation', 'Scale', 'Points', 'Critical', 'N/A']);
    expect(rows[4]).toEqual(['Data protection', 'Verifies identity first', '', 'yes-no', 1, 'evaluation', 'no']);
  });

  test('CSV export imports back to the same scorecard', async () => {
    const blob = await exportScorecard(rich, 'csv');
    const read = await importScorecardFile(new File([blob], 'x.csv'));
    expect(read.ok).toBe(true);
    if (read.ok) expect(content(read.scorecard)).toEqual(content(rich));
  });

  test('xlsx export imports back to the same scorecard', async () => {
    const blob = await scorecardToXlsx(rich);
    const read = await scorecardFromXlsx(await blob.arrayBuffer(), 'ignored');
    expect(read.ok).toBe(true);
    if (read.ok) expect(content(read.scorecard)).toEqual(content(rich));
  });

  test('the call template survives an xlsx round trip', async () => {
    const read = await scorecardFromXlsx(await scorecardToXlsx(callTemplate), 'x');
    expect(read.ok && content(read.scorecard)).toEqual(content(callTemplate));
  });

  test('JSON import through a file keeps everything but the version bookkeeping', async () => {
    const read = await importScorecardFile(new File([scorecardToJson(rich)], 'x.json'));
    expect(read).toMatchObject({ ok: true, scorecard: { title: rich.title, sections: rich.sections } });
  });

  test('a broken sheet is refused with every row that could not be read, and nothing to create', async () => {
    const text = readFileSync(join(process.cwd(), 'tests/fixtures/scorecards/broken.csv'), 'utf8');
    const read = await importScorecardFile(new File([text], 'broken.csv'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.row)).toEqual([4, 5, 6, 7, 7]);
    expect(read.problems[0]!.message).toContain('Scale "maybe"');
    expect(read.problems[1]!.message).toContain('item text is missing');
    expect(read.problems[2]!.message).toContain('Points "lots"');
    expect(read.problems[3]!.message).toContain('Critical "always"');
    expect(read.problems[4]!.message).toContain('N/A "perhaps"');
  });

  test('a sheet without the header row, or without items, is refused as a whole', () => {
    expect(rowsToScorecard([['Title'], ['a', 'b']], 'x')).toMatchObject({ ok: false, problems: [{ row: null }] });
    expect(rowsToScorecard([['Section', 'Item']], 'x')).toMatchObject({ ok: false, problems: [{ row: null }] });
    expect(rowsToScorecard([['Item', 'Scale'], ['x', 'yes-no']], 'x')).toMatchObject({ ok: false });
  });

  test('too long a text is reported at its row', () => {
    const read = rowsToScorecard([['Section', 'Item'], ['S', 'x'.repeat(301)]], 'T');
    expect(read).toMatchObject({ ok: false, problems: [{ row: 2 }] });
  });

  test('an unknown file type is refused', async () => {
    expect(await importScorecardFile(new File(['x'], 'form.docx'))).toMatchObject({ ok: false });
  });
});
