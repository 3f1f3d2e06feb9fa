// The text report of `npm run check`: each applicant's block in the wizard's
// words (the regulations of its place, each tier sought with its quota, what
// fails or is open, what passed, what to prepare; other places and replaced
// versions folded on one line each), or its problems. Echoed names and fields pass
// through printable(), so a name cannot forge a line of the report.
import { type CheckedApplicant, isInvalid } from '../../src/lib/batch/check.ts';
import type { Finding, RegulationVerdict } from '../../src/lib/eligibility/engine.ts';
import { applicantPlace, checkedHeading, invalidHeading, problemLine } from '../../src/lib/wording/batch.ts';
import {
  checklistText,
  documentNumberText,
  FULL_TEXT_LINK,
  findingText,
  isNotExcluded,
  reportGroups,
  listsUnknowns,
  NO_PLACE_COVERED,
  outcomeText,
  outOfPlaceText,
  passedText,
  regulationFindings,
  repeatWinnerText,
  statusCaveat,
  statusMark,
  supersededByText,
  supersededFoldText,
  tierOutcomeText,
  tierQuotaLine,
  unansweredNote,
} from '../../src/lib/wording/findings.ts';

/** One verdict's lines: the tiers sought, what failed or is open, what passed, what to prepare. */
export function verdictLines(v: RegulationVerdict): string[] {
  const lines: string[] = [];
  const caveat = statusCaveat(v);
  const own = (fs: Finding[]) => regulationFindings(v, fs);
  lines.push(`  ${v.shortName}：${outcomeText(v)}${caveat ? ` [${caveat}]` : ''}`);
  lines.push(`    ${documentNumberText(v)}；${FULL_TEXT_LINK}：regulations/${v.id}/`);
  for (const t of v.tiers) {
    lines.push(`    ◇ ${tierOutcomeText(t, v)}`);
    lines.push(`      ${tierQuotaLine(t, v)}`);
    if (t.repeatWinner) lines.push(`      ${repeatWinnerText(t.repeatWinner)}`);
    for (const f of t.findings) lines.push(`      ! ${findingText(f)}`);
  }
  for (const f of own(v.failures)) lines.push(`    ✗ ${findingText(f)}`);
  if (listsUnknowns(v)) for (const f of own(v.unknowns)) lines.push(`    ? ${findingText(f)}`);
  else if (v.unknowns.length) lines.push(`    （${unansweredNote(v.unknowns.length)}）`);
  for (const f of own(v.limits)) lines.push(`    ! ${findingText(f)}`);
  if (!isNotExcluded(v)) return lines;
  lines.push(`    ${passedText(v.passed.length)}`);
  for (const f of v.passed) lines.push(`    ✓ ${findingText(f)}`);
  lines.push(`    ${checklistText(v.checklist.length)}`);
  for (const f of v.checklist) lines.push(`    □ ${findingText(f)}`);
  return lines;
}

/** One applicant's block, opened by a blank line, each line ended. */
export function applicantBlock(r: CheckedApplicant, csv: boolean, verdictText = verdictLines): string {
  const where = applicantPlace(r.row, csv);
  if (isInvalid(r))
    return `\n${[invalidHeading(where, r.name), ...r.problems.map((p) => `    ${problemLine(p)}`)].join('\n')}\n`;
  const { checkDate, verdicts, outOfPlace } = r;
  const lines = [checkedHeading(where, r.name, checkDate)];
  // Regulations of other places are folded as not applicable, as the wizard folds them.
  const { here, replaced, elsewhere } = reportGroups(verdicts, outOfPlace);
  for (const v of here) lines.push(...verdictText(v));
  if (!here.length) lines.push(`  ${NO_PLACE_COVERED}`);
  if (replaced.length)
    lines.push(
      `  ${supersededFoldText(replaced.length)}：${replaced.map((v) => `${v.shortName}（${supersededByText(v)}）`).join('、')}`,
    );
  if (elsewhere.length)
    lines.push(
      `  ${outOfPlaceText(elsewhere.length)}：${elsewhere.map((v) => v.shortName + statusMark(v)).join('、')}`,
    );
  return `\n${lines.join('\n')}\n`;
}
