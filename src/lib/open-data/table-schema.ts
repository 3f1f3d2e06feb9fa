// The Table Schema (Frictionless) of regulations.csv: each column's type,
// constraints and description. Typed against CSV_COLUMNS, so a column added to
// the CSV without its schema fails the type check (and the data package test
// fails on the built CSV's header).
import { JURISDICTION_LEVELS } from '../codebook.ts';
import { CSV_COLUMNS, type CsvColumn } from '../export.ts';
import { CSV_FIELD_DESCRIPTIONS } from '../wording/open-data.ts';
import { STATUS_LABELS } from '../wording/values.ts';

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

// A full day, or the month alone when the text gives no day (the schema's partial dates).
const PARTIAL_DATE = '\\d{4}-\\d{2}(-\\d{2})?';

const FIELD_TYPES: Record<CsvColumn, Omit<TableField, 'name' | 'description'>> = {
  id: { type: 'string', constraints: { required: true, unique: true, pattern: '[a-z0-9-]+' } },
  title: { type: 'string', constraints: { required: true } },
  jurisdiction: { type: 'string', constraints: { required: true } },
  province: { type: 'string', constraints: { required: true } },
  level: { type: 'string', constraints: { required: true, enum: Object.keys(JURISDICTION_LEVELS) } },
  issuer: { type: 'string', constraints: { required: true } },
  document_number: { type: 'string' },
  stage: { type: 'string', constraints: { required: true, enum: ['draft', 'final'] } },
  status: { type: 'string', constraints: { required: true, enum: Object.keys(STATUS_LABELS) } },
  issued: { type: 'string', constraints: { pattern: PARTIAL_DATE } },
  effective: { type: 'string', constraints: { pattern: PARTIAL_DATE } },
  expires: { type: 'string', constraints: { pattern: PARTIAL_DATE } },
  cycle_years: { type: 'integer', constraints: { minimum: 1 } },
  tiers: { type: 'string', constraints: { required: true } },
  admits_individuals: { type: 'boolean', constraints: { required: true } },
  top_tier: { type: 'string', constraints: { required: true } },
  top_tier_max_per_cycle: { type: 'integer', constraints: { minimum: 1 } },
  largest_prize_yuan: { type: 'integer', constraints: { minimum: 1 } },
  exclusion_clauses: { type: 'integer', constraints: { required: true, minimum: 0 } },
  longest_ban_years: { type: 'integer', constraints: { minimum: 1 } },
  as_of: { type: 'date', constraints: { required: true } },
};

const DESCRIPTIONS: Record<CsvColumn, string> = CSV_FIELD_DESCRIPTIONS;

/** The Table Schema of regulations.csv, its fields in the CSV's column order. */
export function regulationsCsvSchema() {
  return {
    fields: CSV_COLUMNS.map((name): TableField => ({ name, description: DESCRIPTIONS[name], ...FIELD_TYPES[name] })),
    primaryKey: 'id',
    // An empty cell is a value the text does not set (or, for a number, one it leaves open).
    missingValues: [''],
  };
}
