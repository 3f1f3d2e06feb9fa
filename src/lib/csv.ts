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

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return `\ufeff${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
