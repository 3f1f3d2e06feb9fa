// Clients for the browser batch checker's test and benchmark, made from the content, never naming a regulation:
// each is a rule case's answers (its type, check day, the base answers with the case's own laid over), every third
// moved to another of the content's places, and written as a CSV row in codes or in Chinese by turns. Cases whose
// answers do not pass validation today are left out, so a generated client is valid unless spoilt on purpose.
import { rowOfAnswers, CODE_WORDS } from '../../src/lib/batch/answer-cells.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { ANSWER_COLUMNS } from '../../src/lib/eligibility/answer-row.ts';
import { parseAnswers } from '../../src/lib/eligibility/answers.ts';
import { caseAnswers } from '../../src/lib/eligibility/cases.ts';
import { answerContext, type CheckInput } from '../../src/lib/eligibility/engine.ts';
import { CHINESE_CELL_WORDS } from '../../src/lib/wording/batch-template.ts';
import { ruleCases } from './rule-cases.ts';

export interface GeneratedClient {
  name: string;
  answers: Record<string, unknown>;
  /** The row the client is on in the CSV (the header is row 1). */
  row: number;
}

/** `count` valid clients, as of `today`. */
export function generatedClients(entries: CheckInput[], count: number, today: string): GeneratedClient[] {
  const ctx = answerContext(entries, today);
  const pool = ruleCases(entries)
    .map(({ file, c }) => caseAnswers(file, c))
    .filter((a) => parseAnswers(a, ctx).answers);
  if (!pool.length) throw new Error('no rule case of the content gives answers valid today');
  return Array.from({ length: count }, (_, i) => {
    const answers = { ...pool[i % pool.length]! };
    if (i % 3 === 2) {
      const moved = { ...answers, jurisdiction: ctx.jurisdictions[i % ctx.jurisdictions.length] };
      if (parseAnswers(moved, ctx).answers) Object.assign(answers, moved);
    }
    return { name: `客户${i + 1}`, answers, row: i + 2 };
  });
}

/** What is put wrong in a client's row: a column and the text written in it instead. */
export interface Spoilt {
  row: number;
  column: string;
  cell: string;
}

/** The clients as a CSV, with some cells spoilt. */
export function clientsCsv(clients: GeneratedClient[], spoilt: Spoilt[] = []): string {
  const rows = clients.map((c, i) => {
    const cells = rowOfAnswers(c.name, c.answers, i % 2 ? CHINESE_CELL_WORDS : CODE_WORDS);
    for (const s of spoilt.filter((s) => s.row === c.row)) cells[ANSWER_COLUMNS.indexOf(s.column)] = s.cell;
    return cells;
  });
  return toCsv(ANSWER_COLUMNS, rows);
}
