// Verdicts in words, shared by the wizard's report and the batch checker so
// both say the same thing.
import { citationLabel } from '../cite-format.ts';
import { STATUS_LABELS } from '../status.ts';
import { questionOf } from '../wording/questions.ts';
import { OUTCOME_LABELS, type Finding, type RegulationVerdict } from './engine.ts';

/** A regulation's own standing, where it qualifies the verdict: a draft, or past its validity. */
export function statusCaveat(v: RegulationVerdict): string | undefined {
  if (v.status.status === 'in-force') return undefined;
  return `${STATUS_LABELS[v.status.status]}：${v.status.reason}`;
}

/** Where the text says it: 第十二条第（四）项「近三年存在行政处罚记录」. */
export function citedWords(f: Finding): string {
  return `${citationLabel(f.cite)}「${f.cite.quote}」`;
}

export function findingText(f: Finding): string {
  const missing = f.missing ? `（请回答：${f.missing.map(questionOf).join('；')}）` : '';
  const when = f.eligibleFrom ? `；${f.eligibleFrom} 起不再构成障碍` : '';
  return `${f.summary} —— ${citedWords(f)}：${f.reason}${missing}${when}`;
}

/** One line: the outcome, and when only time stands in the way, from when. */
export function outcomeText(v: RegulationVerdict): string {
  const base = OUTCOME_LABELS[v.outcome];
  if (v.outcome === 'ruled-out')
    return v.eligibleFrom ? `${base}（${v.eligibleFrom} 起可申报）` : `${base}（时间不能改变）`;
  return base;
}
