import {
  Critical,
  ItemEffect,
  ScorecardDraftInput,
  type ScorecardItem,
  type ScorecardSection,
  type ScorecardVersion,
} from '../domain';
import { t } from '../i18n';
import { scaleFromCells, scaleToCells, slug } from './scale-cell';

/** One cell as the sheet libraries give and take it. */
export type SheetCell = string | number | boolean | Date | null | undefined;
export type SheetRow = readonly SheetCell[];

/** A row the import could not read; `row` is the 1-based row number the spreadsheet shows. */
export interface RowProblem {
  row: number | null;
  message: string;
}

export type SheetImport =
  | { ok: true; scorecard: ScorecardDraftInput; itemCount: number }
  | { ok: false; problems: RowProblem[] };

export const SHEET_COLUMNS = ['Section', 'Item', 'Explanation', 'Scale', 'Points', 'Critical', 'N/A'] as const;

const text = (cell: SheetCell): string =>
  cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString() : String(cell).trim();

/** The readable sheet of a scorecard: a title row, then one row per item (documented in README). */
export function scorecardToRows(scorecard: Pick<ScorecardVersion, 'title' | 'description' | 'sections'>): SheetCell[][] {
  const items = scorecard.sections.flatMap((s) => s.items);
  const withEffect = items.some((i) => (i.effect ?? 'score') !== 'score');
  const withWeight = items.some((i) => (i.weight ?? 1) !== 1);
  const rows: SheetCell[][] = [['Scorecard', scorecard.title]];
  if (scorecard.description) rows.push(['Description', scorecard.description]);
  rows.push([...SHEET_COLUMNS, ...(withEffect ? ['Effect'] : []), ...(withWeight ? ['Weight'] : [])]);
  for (const section of scorecard.sections) {
    if (section.items.length === 0) rows.push([section.title, '', '', '', null, '', '']);
    for (const item of section.items) {
      const cells = scaleToCells(item.scale);
      rows.push([
        section.title,
        item.text,
        item.explanation,
        cells.scale,
        cells.points,
        item.critical === 'none' ? 'no' : item.critical,
        item.allowNotApplicable ? 'yes' : 'no',
        ...(withEffect ? [item.effect ?? 'score'] : []),
        ...(withWeight ? [item.weight ?? 1] : []),
      ]);
    }
  }
  return rows;
}

/** The documented columns and the optional Effect and Weight, written only when an item needs them. */
type Column = (typeof SHEET_COLUMNS)[number] | 'Effect' | 'Weight';
const COLUMN_NAMES: Record<string, Column> = {
  section: 'Section',
  item: 'Item',
  explanation: 'Explanation',
  scale: 'Scale',
  points: 'Points',
  critical: 'Critical',
  'n/a': 'N/A',
  na: 'N/A',
  'n/a allowed': 'N/A',
  effect: 'Effect',
  weight: 'Weight',
};

function yesNo(value: string): boolean | undefined {
  const v = value.toLowerCase();
  if (['yes', 'y', 'true', 'x', '1', 'allowed'].includes(v)) return true;
  if (['no', 'n', 'false', '0', ''].includes(v)) return false;
  return undefined;
}

function criticalOf(value: string): Critical | undefined {
  const v = value.toLowerCase();
  if (v === '' || v === 'no' || v === 'none') return 'none';
  if (v === 'whole evaluation') return 'evaluation';
  const parsed = Critical.safeParse(v);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads a sheet in the documented layout. Every row that cannot be read is reported with its
 * number and why; when any row fails, nothing is returned to create.
 */
export function rowsToScorecard(rows: readonly SheetRow[], fallbackTitle: string): SheetImport {
  const problems: RowProblem[] = [];
  const headerAt = rows.findIndex((row) => {
    const names = row.map((c) => COLUMN_NAMES[text(c).toLowerCase()]);
    return names.includes('Section') && names.includes('Item');
  });
  if (headerAt < 0) return { ok: false, problems: [{ row: null, message: t('io.noHeader', { columns: SHEET_COLUMNS.join(', ') }) }] };

  let title = fallbackTitle;
  let description = '';
  for (const row of rows.slice(0, headerAt)) {
    const label = text(row[0]).toLowerCase();
    if (label === 'scorecard' && text(row[1])) title = text(row[1]);
    if (label === 'description') description = text(row[1]);
  }

  const header = rows[headerAt] ?? [];
  const at = new Map<Column, number>();
  header.forEach((cell, i) => {
    const column = COLUMN_NAMES[text(cell).toLowerCase()];
    if (column && !at.has(column)) at.set(column, i);
  });
  const cell = (row: SheetRow, column: Column) => {
    const i = at.get(column);
    return i === undefined ? '' : text(row[i]);
  };

  const sections: ScorecardSection[] = [];
  const rowOfItem = new Map<string, number>();
  const sectionIds = new Set<string>();
  const itemIds = new Set<string>();
  const unique = (base: string, used: Set<string>, fallback: string) => {
    const root = base || fallback;
    let id = root;
    for (let n = 2; used.has(id); n += 1) id = `${root}-${n}`;
    used.add(id);
    return id;
  };
  let currentSection: ScorecardSection | undefined;

  rows.slice(headerAt + 1).forEach((row, offset) => {
    const rowNumber = headerAt + offset + 2;
    if (row.every((c) => text(c) === '')) return;
    const fail = (message: string) => problems.push({ row: rowNumber, message });
    const sectionTitle = cell(row, 'Section');
    if (sectionTitle && sectionTitle !== currentSection?.title) {
      currentSection = sections.find((s) => s.title === sectionTitle);
      if (!currentSection) {
        currentSection = { id: unique(slug(sectionTitle), sectionIds, 'section'), title: sectionTitle, items: [] };
        sections.push(currentSection);
      }
    }
    const itemText = cell(row, 'Item');
    if (!currentSection) return fail(t('io.noSection'));
    if (!itemText) {
      const rest = (['Explanation', 'Scale', 'Points', 'Critical'] as const).some((c) => cell(row, c) !== '');
      if (rest) fail(t('io.noItem'));
      return;
    }
    const scale = scaleFromCells(cell(row, 'Scale'), cell(row, 'Points'));
    const critical = criticalOf(cell(row, 'Critical'));
    const allowNa = at.has('N/A') ? yesNo(cell(row, 'N/A')) : true;
    const effectText = cell(row, 'Effect').toLowerCase();
    const effect = effectText === '' ? undefined : ItemEffect.safeParse(effectText);
    const weightText = cell(row, 'Weight');
    const weight = weightText === '' ? undefined : Number(weightText.replace(',', '.'));
    const before = problems.length;
    if (!scale.ok) fail(scale.message);
    if (!critical) fail(t('io.badCritical', { value: cell(row, 'Critical') }));
    if (allowNa === undefined) fail(t('io.badNa', { value: cell(row, 'N/A') }));
    if (effect && !effect.success) fail(t('io.badEffect', { value: effectText }));
    if (weight !== undefined && !(Number.isFinite(weight) && weight >= 0 && weight <= 100)) {
      fail(t('io.badWeight', { value: weightText }));
    }
    if (problems.length > before || !scale.ok || !critical || allowNa === undefined) return;
    const item: ScorecardItem = {
      id: unique(slug(itemText), itemIds, 'item'),
      text: itemText,
      explanation: cell(row, 'Explanation'),
      scale: scale.scale,
      allowNotApplicable: allowNa,
      critical,
      ...(effect?.success && effect.data !== 'score' ? { effect: effect.data } : {}),
      ...(weight !== undefined && weight !== 1 ? { weight } : {}),
    };
    rowOfItem.set(item.id, rowNumber);
    currentSection.items.push(item);
  });

  if (sections.length === 0 && problems.length === 0) problems.push({ row: null, message: t('io.empty') });
  if (problems.length > 0) return { ok: false, problems };

  const parsed = ScorecardDraftInput.safeParse({ title, description, sections });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const [first, s, second, i, ...rest] = issue.path;
        const section = first === 'sections' && typeof s === 'number' ? sections[s] : undefined;
        const item = second === 'items' && typeof i === 'number' ? section?.items[i] : undefined;
        const field = rest.length ? rest.map(String).join('.') : item ? 'item' : issue.path.map(String).join('.');
        return { row: item ? (rowOfItem.get(item.id) ?? null) : null, message: `${field}: ${issue.message}` };
      }),
    };
  }
  return { ok: true, scorecard: parsed.data, itemCount: sections.reduce((n, s) => n + s.items.length, 0) };
}
