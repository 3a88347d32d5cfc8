import { toDraftInput, type ScorecardDraftInput, type ScorecardVersion } from '../domain';
import { t } from '../i18n';
import { parseCsv, toCsv } from './csv';
import { scorecardFromJson, scorecardToJson } from './json';
import { rowsToScorecard, scorecardToRows, type RowProblem, type SheetCell } from './sheet';

export { parseCsv, toCsv } from './csv';
export { ScorecardFile, SCORECARD_FILE_FORMAT, SCORECARD_FILE_VERSION, scorecardFromJson, scorecardToJson } from './json';
export { SHEET_COLUMNS, rowsToScorecard, scorecardToRows, type RowProblem, type SheetImport } from './sheet';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The spreadsheet libraries load only when a sheet is read or written. */
const xlsx = () => import('./xlsx');

export type ExportFormat = 'json' | 'xlsx' | 'csv';

/** What an import gives the builder: a form to create, or every reason it cannot. */
export type FileImport = { ok: true; scorecard: ScorecardDraftInput } | { ok: false; problems: RowProblem[] };

const baseName = (name: string) => name.replace(/\.[^.]+$/, '').trim() || 'Imported scorecard';

export function exportFileName(scorecard: Pick<ScorecardVersion, 'scorecardId' | 'version'>, format: ExportFormat): string {
  return `${scorecard.scorecardId}-v${scorecard.version}.${format}`;
}

export async function exportScorecard(scorecard: ScorecardVersion, format: ExportFormat): Promise<Blob> {
  if (format === 'json') return new Blob([scorecardToJson(scorecard)], { type: 'application/json' });
  if (format === 'csv') return new Blob([toCsv(scorecardToRows(scorecard).map((r) => r.map(csvCell)))], { type: 'text/csv' });
  return (await xlsx()).scorecardToXlsx(scorecard);
}

const csvCell = (cell: SheetCell) => (cell === undefined ? null : cell instanceof Date ? cell.toISOString() : cell);

/** Imports a .json, .xlsx or .csv file; nothing is returned to create unless the whole file reads. */
export async function importScorecardFile(file: File): Promise<FileImport> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) {
    const read = scorecardFromJson(await file.text());
    if (!read.ok) return { ok: false, problems: [{ row: null, message: read.error }] };
    return { ok: true, scorecard: toDraftInput(read.scorecard) };
  }
  if (name.endsWith('.csv')) {
    let rows: string[][];
    try {
      rows = parseCsv(await file.text());
    } catch (error) {
      return { ok: false, problems: [{ row: null, message: t('io.unreadable', { message: error instanceof Error ? error.message : String(error) }) }] };
    }
    return rowsToScorecard(rows, baseName(file.name));
  }
  if (name.endsWith('.xlsx') || file.type === XLSX_TYPE) return (await xlsx()).scorecardFromXlsx(file, baseName(file.name));
  return { ok: false, problems: [{ row: null, message: t('io.unknownType', { name: file.name }) }] };
}
