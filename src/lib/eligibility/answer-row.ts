// One applicant as a CSV row (the batch checker's input): a column per answer.
// An empty cell is unanswered; 无 (or none) is an empty list; lists separate
// their items with ; and records their parts with :.
import { FACTS, type FactId } from '../facts.ts';
import type { AnswerProblem } from './answers.ts';

export const ROW_LABEL_COLUMN = 'name';
const NONE = new Set(['无', 'none', '没有']);
const YES = new Set(['是', 'true', 'yes', 'y', '1', '有']);
const NO = new Set(['否', 'false', 'no', 'n', '0', '没有', '无']);

const items = (cell: string) =>
  cell
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The columns an applicant file may have, in a sensible order. */
export const ANSWER_COLUMNS = [
  ROW_LABEL_COLUMN,
  'applicantType',
  'checkDate',
  ...(Object.keys(FACTS) as FactId[]),
  'earlierAwards',
  'sanctions',
];

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
    if (!ANSWER_COLUMNS.includes(column)) {
      problems.push({ field: column, message: `没有这一列：应为 ${ANSWER_COLUMNS.join('、')} 之一` });
      continue;
    }
    if (column === 'applicantType' || column === 'checkDate') {
      raw[column] = cell;
      continue;
    }
    if (column === 'earlierAwards' || column === 'sanctions') {
      const second = column === 'earlierAwards' ? 'tier' : 'cause';
      raw[column] = NONE.has(cell.toLowerCase())
        ? []
        : items(cell).map((item, i) => {
            const parts = item.split(/[:：]/).map((s) => s.trim());
            if (parts.length !== 3)
              problems.push({
                field: `${column}.${i}`,
                message: `“${item}”应写作 办法:${second === 'tier' ? '奖项' : '原因'}:日期，如 tongzhou-2023:${second === 'tier' ? 'district-head-award' : 'fraud'}:2024-12-01`,
              });
            return { regulation: parts[0], [second]: parts[1], date: parts[2] };
          });
      continue;
    }
    const type = FACTS[column as FactId].type;
    if (type === 'boolean') {
      const v = cell.toLowerCase();
      if (YES.has(v)) raw[column] = true;
      else if (NO.has(v)) raw[column] = false;
      else problems.push({ field: column, message: `“${cell}”应为 是 或 否` });
    } else if (type === 'dates') {
      raw[column] = NONE.has(cell.toLowerCase()) ? [] : items(cell);
    } else if (type === 'years') {
      raw[column] = NONE.has(cell.toLowerCase()) ? [] : items(cell).map((y) => (/^\d+$/.test(y) ? Number(y) : y));
    } else if (type === 'rank') {
      raw[column] = /^-?\d+$/.test(cell) ? Number(cell) : cell;
    } else raw[column] = cell;
  }
  return { raw, problems };
}
