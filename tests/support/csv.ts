// Reads a CSV the site or the batch checker wrote back into rows, with csv-parse (the
// library the checker reads applicants with), a BOM dropped.
import { parse } from 'csv-parse/sync';

export const parseCsv = (text: string): string[][] => parse(text, { bom: true });
