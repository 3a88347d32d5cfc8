import { readSheet } from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { ScorecardVersion } from '../domain';
import { t } from '../i18n';
import { rowsToScorecard, scorecardToRows, type SheetImport } from './sheet';

/** The scorecard as a readable .xlsx: bold header, wide text columns. */
export async function scorecardToXlsx(scorecard: Pick<ScorecardVersion, 'title' | 'description' | 'sections'>): Promise<Blob> {
  const rows = scorecardToRows(scorecard);
  const headerAt = rows.findIndex((r) => r[0] === 'Section');
  const data = rows.map((row, i) =>
    row.map((cell) => {
      const value = cell === null || cell === undefined || cell === '' ? null : cell;
      return i === headerAt || (i < headerAt && row.indexOf(cell) === 0) ? { value: value ?? '', fontWeight: 'bold' as const } : value;
    }),
  );
  return writeXlsxFile(data, {
    sheet: 'Scorecard',
    columns: [{ width: 24 }, { width: 48 }, { width: 60 }, { width: 28 }, { width: 8 }, { width: 12 }, { width: 6 }, { width: 8 }, { width: 8 }],
  }).toBlob();
}

/** Reads the first sheet of an .xlsx file in the documented layout. */
export async function scorecardFromXlsx(file: Blob | ArrayBuffer, fallbackTitle: string): Promise<SheetImport> {
  let rows;
  try {
    rows = await readSheet(file instanceof Blob ? await file.arrayBuffer() : file);
  } catch (error) {
    return { ok: false, problems: [{ row: null, message: t('io.unreadable', { message: error instanceof Error ? error.message : String(error) }) }] };
  }
  return rowsToScorecard(rows as unknown as (string | number | boolean | Date | null)[][], fallbackTitle);
}
