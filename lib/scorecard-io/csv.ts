/**
 * RFC 4180 CSV: fields separated by commas, quoted when they hold a comma, a quote or a
 * line break; a quote inside quotes is doubled. Export starts with a byte order mark so
 * Excel reads UTF-8 (ä, ö, å) correctly.
 */
export type CsvCell = string | number | boolean | null;

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const field = (cell: CsvCell) => {
    const text = cell === null ? '' : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/** Parses CSV text into rows of strings; throws when a quoted field never ends. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (quoted) throw new Error('a quoted field is never closed');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
