// `npm run check -- answers.json | applicants.csv [--json] [--date YYYY-MM-DD]`:
// the batch checker. Checks one applicant (JSON object), several (JSON array)
// or one per CSV row against every regulation, with the wizard's engine.
// Invalid applicants are reported by row and field; the valid ones are still checked.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { loadRegulationsOrThrow } from '../src/lib/content/load.ts';
import { asOfDay, contentLocation } from '../src/lib/content/location.ts';
import { parseCsv } from '../src/lib/csv.ts';
import { parseAnswers, type AnswerProblem } from '../src/lib/eligibility/answers.ts';
import { answersFromRow, ROW_LABEL_COLUMN, upgradedApplicant } from '../src/lib/eligibility/answer-row.ts';
import { answerContext, checkAll, type Finding, type RegulationVerdict } from '../src/lib/eligibility/engine.ts';
import { withSuccessions } from '../src/lib/eligibility/split.ts';
import { outsidePlace } from '../src/lib/eligibility/wizard.ts';
import {
  checklistText,
  documentNumberText,
  FULL_TEXT_LINK,
  findingText,
  isNotExcluded,
  isOutOfArea,
  isSupersededFold,
  listsUnknowns,
  NO_PLACE_COVERED,
  outcomeText,
  outOfPlaceText,
  passedText,
  regulationFindings,
  repeatWinnerText,
  reportNotice,
  statusCaveat,
  statusMark,
  supersededByText,
  supersededFoldText,
  tierOutcomeText,
  tierQuotaLine,
  unansweredNote,
} from '../src/lib/wording/findings.ts';

const USAGE = 'usage: npm run check -- <answers.json | applicants.csv> [--json] [--date YYYY-MM-DD]';
const args = process.argv.slice(2);
const json = args.includes('--json');
const dateAt = args.indexOf('--date');
const dateArg = dateAt >= 0 ? args[dateAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && !(dateAt >= 0 && i === dateAt + 1));
if (!file) {
  console.error(USAGE);
  process.exit(2);
}
const { contentDir, seedsDir } = contentLocation();

// With their successions: a version replaced by the check date is folded, as the wizard folds it.
const entries = withSuccessions(loadRegulationsOrThrow({ contentDir, seedsDir }));
const today = asOfDay();
const context = answerContext(entries, today);

interface Applicant {
  /** Row number (CSV, counting the header as row 1) or position (JSON array, from 1). */
  row: number;
  name: string;
  raw: unknown;
  problems: AnswerProblem[];
}

function readApplicants(path: string): Applicant[] {
  const text = readFileSync(path, 'utf8');
  if (extname(path).toLowerCase() === '.csv') {
    const [header, ...rows] = parseCsv(text);
    if (!header) return []; // an empty file: no header, so no rows either
    return rows
      .map((cells, i) => ({ cells, row: i + 2 }))
      .filter(({ cells }) => cells.some((c) => c.trim()))
      .map(({ cells, row }) => {
        const record = Object.fromEntries(header.map((h, i) => [h.trim(), cells[i] ?? '']));
        const { raw, problems } = answersFromRow(record);
        return { row, name: record[ROW_LABEL_COLUMN] || `第${row}行`, raw, problems };
      });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    console.error(`${path}: not valid JSON: ${(e as Error).message}`);
    process.exit(2);
  }
  const list = Array.isArray(data) ? data : [data];
  return list.map((item, i) => {
    const { name, ...raw } = (item ?? {}) as Record<string, unknown>;
    // Answers of the older shape are carried over; what cannot be is reported as a problem.
    return { row: i + 1, name: typeof name === 'string' ? name : `申报者${i + 1}`, ...upgradedApplicant(raw) };
  });
}

const results = readApplicants(file).map((a) => {
  const parsed = parseAnswers(a.raw, context);
  if (a.problems.length) {
    // Report what the row could not say together with what it said wrong.
    const seen = new Set(a.problems.map((p) => p.field));
    return {
      row: a.row,
      name: a.name,
      problems: [...a.problems, ...parsed.problems.filter((p) => !seen.has(p.field))],
    };
  }
  if (!parsed.answers) return { row: a.row, name: a.name, problems: parsed.problems };
  const checkDate = dateArg ?? parsed.answers.checkDate ?? today;
  const verdicts = checkAll(entries, parsed.answers, checkDate);
  return {
    row: a.row,
    name: a.name,
    checkDate,
    verdicts,
    outOfPlace: outsidePlace(entries, parsed.answers.jurisdiction),
  };
});

type Checked = { checkDate: string; verdicts: RegulationVerdict[]; outOfPlace: Set<string> };

/** One verdict, in the wizard's words: the tiers sought, what failed or is open, what passed, what to prepare. */
function printVerdict(v: RegulationVerdict) {
  const caveat = statusCaveat(v);
  const own = (fs: Finding[]) => regulationFindings(v, fs);
  console.log(`  ${v.shortName}：${outcomeText(v)}${caveat ? ` [${caveat}]` : ''}`);
  console.log(`    ${documentNumberText(v)}；${FULL_TEXT_LINK}：regulations/${v.id}/`);
  for (const t of v.tiers) {
    console.log(`    ◇ ${tierOutcomeText(t, v)}`);
    console.log(`      ${tierQuotaLine(t, v)}`);
    if (t.repeatWinner) console.log(`      ${repeatWinnerText(t.repeatWinner)}`);
    for (const f of t.findings) console.log(`      ! ${findingText(f)}`);
  }
  for (const f of own(v.failures)) console.log(`    ✗ ${findingText(f)}`);
  if (listsUnknowns(v)) for (const f of own(v.unknowns)) console.log(`    ? ${findingText(f)}`);
  else if (v.unknowns.length) console.log(`    （${unansweredNote(v.unknowns.length)}）`);
  for (const f of own(v.limits)) console.log(`    ! ${findingText(f)}`);
  if (!isNotExcluded(v)) return;
  console.log(`    ${passedText(v.passed.length)}`);
  for (const f of v.passed) console.log(`    ✓ ${findingText(f)}`);
  console.log(`    ${checklistText(v.checklist.length)}`);
  for (const f of v.checklist) console.log(`    □ ${findingText(f)}`);
}

if (json) {
  // The verdict objects as the engine gives them; the place fold is the text report's.
  console.log(JSON.stringify(results, (key, value) => (key === 'outOfPlace' ? undefined : value), 2));
} else {
  for (const r of results) {
    const where = extname(file).toLowerCase() === '.csv' ? `第${r.row}行` : `#${r.row}`;
    if ('problems' in r && r.problems) {
      console.log(`\n✗ ${where} ${r.name}：回答有误，未核对`);
      for (const p of r.problems) console.log(`    ${p.field}: ${p.message}`);
      continue;
    }
    const { checkDate, verdicts, outOfPlace } = r as Checked;
    console.log(`\n■ ${where} ${r.name}（核对日期 ${checkDate}）`);
    // Regulations of other places are folded as not applicable, as the wizard folds them.
    const elsewhere = verdicts.filter((v) => isOutOfArea(v, outOfPlace));
    const replaced = verdicts.filter((v) => isSupersededFold(v, outOfPlace));
    const here = verdicts.filter((v) => !isOutOfArea(v, outOfPlace) && !isSupersededFold(v, outOfPlace));
    for (const v of here) printVerdict(v);
    if (!here.length) console.log(`  ${NO_PLACE_COVERED}`);
    if (replaced.length)
      console.log(
        `  ${supersededFoldText(replaced.length)}：${replaced.map((v) => `${v.shortName}（${supersededByText(v)}）`).join('、')}`,
      );
    if (elsewhere.length)
      console.log(
        `  ${outOfPlaceText(elsewhere.length)}：${elsewhere.map((v) => v.shortName + statusMark(v)).join('、')}`,
      );
  }
  console.log(`\n${reportNotice(today)}`);
}
const invalid = results.filter((r) => 'problems' in r && r.problems).length;
if (invalid) console.error(`\n${invalid} 个申报者的回答有误（见上）；其余已核对。`);
// exitCode, not exit(): writes to a pipe are asynchronous, and exit() would cut a long report short.
process.exitCode = invalid ? 1 : 0;
