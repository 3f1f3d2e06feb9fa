// RFC 4180 CSV, written with a BOM so spreadsheet programs read the Chinese
// correctly (the open data, the comparison tables, the batch results). Reading is
// csv-parse's (src/lib/batch/csv-applicants.ts): quotes, line ends and a BOM are
// its job; writing is these ten lines, which a library would not shorten.

export type CsvValue = string | number | boolean | null | undefined;

function cell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line of a file, its line end included. */
const csvLine = (row: CsvValue[]): string => `${row.map(cell).join(',')}\r\n`;

/** The file a line at a time: rows can be made while it is written, and need not all be held. */
export function* csvParts(header: string[], rows: Iterable<CsvValue[]>): Generator<string> {
  yield `\ufeff${csvLine(header)}`;
  for (const row of rows) yield csvLine(row);
}

export const toCsv = (header: string[], rows: CsvValue[][]): string => [...csvParts(header, rows)].join('');
