// Reads a CSV download back with the library the checker reads applicants with.
import { parse } from 'csv-parse/sync';

export const parseCsvForTest = (text: string): string[][] => parse(text, { bom: true });
