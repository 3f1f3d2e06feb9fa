// The report as a document, in words: an answer shown as it was given beside its problem, the notice that withholds
// the verdicts while an answer is wrong, the report's buttons and their status lines, and the wording the downloaded
// report carries beside the engine's codes. The verdicts' own words are findings.ts's.
import type { AnswerProblem } from '../eligibility/answers.ts';
import type { RegulationVerdict } from '../eligibility/engine.ts';
import type { ReportDocument, ReportTier, ReportVerdict } from '../eligibility/report.ts';
import { isBlank, type StepId } from '../eligibility/wizard.ts';
import { FACTS, type FactId } from '../facts.ts';
import { answerText, type NamedRegulations, outcomeText, tierOutcomeText } from './findings.ts';
import { EXTRA_QUESTIONS, partLabelOf, questionOf, STEP_TITLES } from './questions.ts';

/** How much of an invalid value the report echoes: enough to recognise it, never a whole pasted file. */
const MAX_ECHO = 80;

const isAsked = (field: string): field is FactId | keyof typeof EXTRA_QUESTIONS =>
  Object.hasOwn(FACTS, field) || Object.hasOwn(EXTRA_QUESTIONS, field);

/** The field of a problem's path: accidents.2.date → accidents. */
export const problemField = (path: string): string => path.split('.')[0] ?? path;

/** The problems of one answer (its own and its items'). */
export const problemsOf = (problems: readonly AnswerProblem[], field: string): AnswerProblem[] =>
  problems.filter((p) => problemField(p.field) === field);

/** Where in an answer a problem is: 第 3 项的日期, or nothing for the answer itself. */
function problemPlace(path: string): string {
  const [fact, index, part] = path.split('.');
  if (index === undefined || !/^\d+$/.test(index)) return '';
  const item = `第 ${Number(index) + 1} 项`;
  if (part === undefined || !fact || !Object.hasOwn(FACTS, fact)) return item;
  return `${item}的${partLabelOf(fact as FactId, part)}`;
}

/** A problem as the report states it beside its answer: 第 1 项的日期：2099-01-01 晚于今天…. */
export function problemText(p: AnswerProblem): string {
  const where = problemPlace(p.field);
  return where ? `${where}：${p.message}` : p.message;
}

/** The path answers.ts gives a problem of the answers as a whole (an unknown key). */
const WHOLE_ANSWERS = '(answers)';

/** An answer's question, or the field's own name where the checker asks nothing of that name. */
export function questionOfField(field: string): string {
  if (isAsked(field)) return questionOf(field);
  return field === WHOLE_ANSWERS ? '全部回答' : `“${clip(field)}”（本站不询问此项）`;
}

function clip(text: string): string {
  const chars = [...text];
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join('')}…` : text;
}

/** A value exactly as given, for an answer that did not pass: never put into the words of a valid answer. */
export function givenValueText(value: unknown): string {
  if (typeof value === 'string') return `“${clip(value)}”`;
  try {
    return clip(JSON.stringify(value) ?? String(value));
  } catch {
    return '（无法显示的值）';
  }
}

/** An answer in the report's table: in words when valid; as given, and marked, when it has a problem. */
export function reportAnswerText(
  field: string,
  value: unknown,
  invalid: boolean,
  regulations: NamedRegulations = [],
): string {
  const given = isBlank(value) ? undefined : value;
  if (invalid) return given === undefined ? INVALID_MARK : `${givenValueText(given)}（${INVALID_MARK}）`;
  return isAsked(field) ? answerText(field, given, regulations) : givenValueText(given);
}

export const INVALID_MARK = '回答有误';

export const INVALID_ANSWERS_HEADING = '回答有误，结论暂不作准';

/** The notice over a report with invalid answers: what the verdicts are until the answers are corrected. */
export const invalidAnswersText = (n: number): string =>
  `有 ${n} 处回答有误。以下结论把这些回答当作未回答得出，只是有条件的结论：请改正后再以结论为准，不要据此申报或放弃申报。`;

/** The line over the verdicts while answers are invalid. */
export const verdictsWithheldText = (n: number): string =>
  `有 ${n} 处回答有误，以下结论暂不作准，改正回答后才能作为依据（见上方“${INVALID_ANSWERS_HEADING}”）。`;

/** The button that goes to the step of a wrong answer. */
export const fixAnswerText = (step: StepId): string => `到“${STEP_TITLES[step]}”一步改正`;

/** Said of a wrong answer the current steps do not ask (another applicant type's question, say). */
export const NOT_ASKED_NOW = '按目前的回答不询问此项：改正其他回答后会在相应一步问到，也可“重新开始”清除回答';

// ——— the report's buttons ———
export const DOWNLOAD_REPORT = '下载报告（JSON）';
export const reportDownloadedText = (fileName: string): string =>
  `已生成报告文件 ${fileName}。文件在本机生成，没有发送到任何服务器。`;

/** A report document with the outcomes in words beside the engine's codes, as the downloaded file holds it. */
export interface WordedReport extends Omit<ReportDocument, 'verdicts'> {
  verdicts: (Omit<ReportVerdict, 'tiers'> & {
    shortName: string;
    outcomeText: string;
    tiers: (ReportTier & { name: string; outcomeText: string })[];
  })[];
}

/** The document, with each verdict's and tier's outcome in the report's words (`verdicts`: those it was made of). */
export function wordedReport(doc: ReportDocument, verdicts: readonly RegulationVerdict[]): WordedReport {
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  return {
    ...doc,
    verdicts: doc.verdicts.map((rv) => {
      const v = byId.get(rv.regulation);
      if (!v) throw new Error(`no verdict for ${rv.regulation}: the document and the verdicts differ`);
      return {
        ...rv,
        shortName: v.shortName,
        outcomeText: outcomeText(v),
        tiers: rv.tiers.map((rt, i) => {
          const t = v.tiers[i];
          return t
            ? { ...rt, name: t.name, outcomeText: tierOutcomeText(t, v) }
            : { ...rt, name: rt.id, outcomeText: '' };
        }),
      };
    }),
  };
}
