// One applicant as a CSV row (the batch checker's input): a column per answer.
// An empty cell is unanswered; 无 (or none) is an empty list; lists separate
// their items with ; and an item's parts with :, in the registry's order
// (an event: date, then its attributes; a year's entry: year, then its
// attributes; a period: place:from:to; an award: regulation:tier:date).
// An empty part is unknown: the item is a half answer, as in the wizard.
// Attribute values may be codebook ids or their Chinese labels.
import { type CodebookEntry, RECIPIENT_TYPES, SOUGHT_TIERS } from '../codebook.ts';
import { type Attribute, attributesOf, FACT_IDS, FACTS, type FactId } from '../facts.ts';
import { OTHER_JURISDICTION } from '../jurisdiction.ts';
import type { AnswerProblem } from './answers.ts';
import { upgradeAnswers } from './upgrade.ts';

export const ROW_LABEL_COLUMN = 'name';
const NONE = new Set(['无', 'none', '没有']);
const YES = new Set(['是', 'true', 'yes', 'y', '1', '有']);
const NO = new Set(['否', 'false', 'no', 'n', '0', '没有', '无']);
const UNKNOWN = new Set(['不清楚', '?', '？', 'unknown']);
const OTHER = new Set([OTHER_JURISDICTION, '其他', '其他地区']);

const items = (cell: string) =>
  cell
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
const isDay = (s: string | undefined) => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
const parts = (item: string) => item.split(/[:：]/).map((s) => s.trim());

/** Columns of the older answer shape, still read and carried over as far as they go (upgrade.ts). */
export const OLD_COLUMNS = ['lossYears', 'earlierApplicationFraud', 'qualityWorkSince'];

/** The columns an applicant file may have, in the registry's order. */
export const ANSWER_COLUMNS = [ROW_LABEL_COLUMN, 'applicantType', 'checkDate', 'soughtTier', ...FACT_IDS];

/** The parts of an item of each list fact, in the order a cell gives them. */
export function partsOf(fact: FactId): string[] {
  const attributes = Object.keys(attributesOf(fact));
  switch (FACTS[fact].type) {
    case 'events':
      return ['date', ...attributes];
    case 'annual':
      return ['year', ...attributes];
    case 'periods':
      return ['place', 'from', 'to'];
    case 'awards':
      return ['regulation', 'tier', 'date'];
    default:
      return [];
  }
}

/** A label's readings: 生产安全（安全生产） reads as itself, 生产安全 and 安全生产. */
function labelReadings(label: string): string[] {
  const m = /^(.*)（(.*)）$/.exec(label);
  return m ? [label, m[1]!, m[2]!] : [label];
}

/** An enum's values by position, with where each id and each label reading first appears. */
interface EnumReadings {
  ids: string[];
  byId: Map<string, number>;
  byReading: Map<string, number>;
}

// Read once per vocabulary, not once per cell: a batch reads the same few vocabularies on every row.
const enumReadings = new WeakMap<object, EnumReadings>();
function readingsOf(values: Record<string, { label: string }>): EnumReadings {
  let r = enumReadings.get(values);
  if (r) return r;
  const ids = Object.keys(values);
  const byReading = new Map<string, number>();
  ids.forEach((id, i) => {
    for (const reading of labelReadings(values[id]!.label)) if (!byReading.has(reading)) byReading.set(reading, i);
  });
  r = { ids, byId: new Map(ids.map((id, i) => [id, i])), byReading };
  enumReadings.set(values, r);
  return r;
}

/** An attribute's value from its cell text: the id or label it names, or the text as given (validation reports it). */
function attributeValue(a: Attribute, text: string): unknown {
  switch (a.kind) {
    case 'enum': {
      // The first value, in the codebook's order, whose id (in any case) or a label reading is the text.
      const { ids, byId, byReading } = readingsOf(a.values);
      const i = Math.min(byId.get(text.toLowerCase()) ?? Infinity, byReading.get(text) ?? Infinity);
      return i === Infinity ? text : ids[i];
    }
    case 'boolean': {
      const v = text.toLowerCase();
      return YES.has(v) ? true : NO.has(v) ? false : text;
    }
    case 'amount':
      return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    case 'scheme':
      return OTHER.has(text) ? OTHER_JURISDICTION : text;
  }
}

function partValue(fact: FactId, part: string, text: string): unknown {
  if (part === 'year') return /^\d+$/.test(text) ? Number(text) : text;
  if (part === 'place' && OTHER.has(text)) return OTHER_JURISDICTION;
  const a = attributesOf(fact)[part];
  return a ? attributeValue(a, text) : text;
}

const PARTS = new Map(FACT_IDS.map((f) => [f, partsOf(f)]));

/** One item of a list cell; parts left empty (or 不清楚) are unknown and left out. */
function itemOf(fact: FactId, item: string, at: string, problems: AnswerProblem[]): Record<string, unknown> {
  const names = PARTS.get(fact)!;
  const given = parts(item);
  // The older sanction form regulation:cause:date, which upgrade.ts reads.
  if (fact === 'sanctions' && given.length === 3 && isDay(given[2]) && !isDay(given[0]))
    return { regulation: given[0], cause: given[1], date: given[2] };
  if (given.length > names.length)
    problems.push({
      field: at,
      message: `“${item.slice(0, 60)}”的部分多于 ${names.length} 个：应写作 ${names.join(':')}（不清楚的部分留空）`,
    });
  const out: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const text = given[i];
    if (text === undefined || text === '' || UNKNOWN.has(text)) return;
    out[name] = partValue(fact, name, text);
  });
  return out;
}

/** A code of a codebook vocabulary from its code or its Chinese label (组织 → organization); else the cell as given. */
function codeOf(vocabulary: Record<string, CodebookEntry>, cell: string): string {
  if (Object.hasOwn(vocabulary, cell)) return cell;
  const { ids, byReading } = readingsOf(vocabulary);
  const i = byReading.get(cell);
  return i === undefined ? cell : ids[i]!;
}

function cellValue(column: string, cell: string, problems: AnswerProblem[]): unknown {
  if (column === 'applicantType') return codeOf(RECIPIENT_TYPES, cell);
  if (column === 'soughtTier') return codeOf(SOUGHT_TIERS, cell);
  if (column === 'checkDate') return cell;
  // Older columns: a year list, a date list, one date.
  if (column === 'lossYears') return NONE.has(cell.toLowerCase()) ? [] : items(cell);
  if (column === 'earlierApplicationFraud') return NONE.has(cell.toLowerCase()) ? [] : items(cell);
  if (column === 'qualityWorkSince') return cell;
  const fact = column as FactId;
  switch (FACTS[fact].type) {
    case 'boolean': {
      const v = cell.toLowerCase();
      if (YES.has(v)) return true;
      if (NO.has(v)) return false;
      problems.push({ field: column, message: `“${cell}”应为 是 或 否` });
      return undefined;
    }
    case 'rank':
    case 'count':
      return /^-?\d+$/.test(cell) ? Number(cell) : cell;
    case 'jurisdiction':
      return OTHER.has(cell) ? OTHER_JURISDICTION : cell;
    case 'date':
      return cell;
    default:
      return NONE.has(cell.toLowerCase())
        ? []
        : items(cell).map((item, i) => itemOf(fact, item, `${column}.${i}`, problems));
  }
}

/**
 * An applicant's raw answers (a JSON object, or a CSV row once read) in today's shape: old answers carried over,
 * and a problem for each that cannot be (it is to be answered again under its new question).
 */
export function upgradedApplicant(raw: unknown): { raw: Record<string, unknown>; problems: AnswerProblem[] } {
  const { answers, dropped } = upgradeAnswers(raw);
  return {
    raw: answers,
    problems: dropped.map((d) => ({
      field: d.old,
      message: `该项已不再使用：请改填 ${d.refill}（${partsOf(d.refill).join(':')}，各项以 ; 分隔）`,
    })),
  };
}

const READ_COLUMNS = new Set([...ANSWER_COLUMNS, ...OLD_COLUMNS]);

/** Turns a CSV row into raw answers; what cannot be read is reported by column. Validation proper is parseAnswers'. */
export function answersFromRow(row: Record<string, string>): {
  raw: Record<string, unknown>;
  problems: AnswerProblem[];
} {
  const raw: Record<string, unknown> = {};
  const problems: AnswerProblem[] = [];
  for (const [column, value] of Object.entries(row)) {
    const cell = value.trim();
    if (column === ROW_LABEL_COLUMN || cell === '') continue;
    if (!READ_COLUMNS.has(column)) {
      problems.push({ field: column, message: `没有这一列：应为 ${ANSWER_COLUMNS.join('、')} 之一` });
      continue;
    }
    const v = cellValue(column, cell, problems);
    if (v !== undefined) raw[column] = v;
  }
  const upgraded = upgradedApplicant(raw);
  return { raw: upgraded.raw, problems: [...problems, ...upgraded.problems] };
}
