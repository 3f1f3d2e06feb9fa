// The wizard's logic, apart from its screen: which steps to show for the
// regulations still in scope, how the form's raw state becomes answers (with
// each problem kept beside its field), and the share-link encoding.
import { parseAnswers, type AnswerContext, type AnswerProblem, type Answers } from './answers.ts';
import { placeIsWithin } from '../jurisdiction.ts';
import { neededFacts, type CheckInput } from './engine.ts';
import { FACTS, type FactId } from '../facts.ts';

export type Field = FactId | 'applicantType' | 'checkDate' | 'earlierAwards' | 'sanctions';
export type FormState = Partial<Record<Field, unknown>>;

export interface WizardStep {
  id: 'who' | 'where' | 'basics' | 'records' | 'history' | 'result';
  title: string;
  fields: Field[];
}

/** Regulations the answers so far leave in play: they admit the applicant type and cover its place. */
export function inScope(entries: CheckInput[], state: FormState): CheckInput[] {
  const type = state.applicantType;
  const place = state.jurisdiction;
  return entries.filter(({ regulation: reg }) => {
    if ((type === 'organization' || type === 'individual') && !reg.applicants.some((a) => a.type === type))
      return false;
    if (typeof place !== 'string' || !place) return true;
    return placeIsWithin(place, reg);
  });
}

export function wizardSteps(entries: CheckInput[], state: FormState): WizardStep[] {
  const steps: WizardStep[] = [
    { id: 'who', title: '申报主体与核对日期', fields: ['applicantType', 'checkDate'] },
    { id: 'where', title: '所在地', fields: ['jurisdiction'] },
  ];
  const type = state.applicantType;
  if (type === 'organization' || type === 'individual') {
    const facts = neededFacts(inScope(entries, state), type).filter((f) => f !== 'jurisdiction');
    const typeOf = (f: Field) => (f in FACTS ? FACTS[f as FactId].type : 'record');
    const groups: [WizardStep['id'], string, (f: Field) => boolean][] = [
      ['basics', '基本情况', (f) => ['boolean', 'date', 'rank'].includes(typeOf(f))],
      ['records', '近年的记录', (f) => ['dates', 'years'].includes(typeOf(f))],
      ['history', '以往获奖与处理', (f) => typeOf(f) === 'record'],
    ];
    for (const [id, title, test] of groups) {
      const fields = facts.filter(test);
      if (fields.length) steps.push({ id, title, fields });
    }
  }
  steps.push({ id: 'result', title: '结果与报告', fields: [] });
  return steps;
}

/** The form's raw state as answers: blanks dropped, blank list items dropped. */
export function cleanState(state: FormState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      out[k] = v.filter(
        (x) =>
          x !== '' &&
          x !== null &&
          !(typeof x === 'object' && Object.values(x as object).every((y) => y === '' || y === undefined)),
      );
    } else out[k] = v;
  }
  return out;
}

/**
 * Answers the engine can use now, and the problems to show beside their fields.
 * A field with a problem counts as unanswered, so the rest still gives results.
 */
export function usableAnswers(state: FormState, ctx: AnswerContext): { answers: Answers; problems: AnswerProblem[] } {
  const raw = cleanState(state);
  const first = parseAnswers(raw, ctx);
  if (first.answers) return { answers: first.answers, problems: [] };
  const bad = new Set(first.problems.map((p) => p.field.split('.')[0]));
  const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  const second = parseAnswers(rest, ctx);
  return { answers: second.answers ?? {}, problems: first.problems };
}

/** Share links carry the answers in the URL fragment, which browsers never send to a server. */
export function encodeShare(state: FormState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(cleanState(state)));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeShare(code: string): FormState | undefined {
  try {
    const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const value = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as FormState) : undefined;
  } catch {
    return undefined;
  }
}
