// The wizard's logic, apart from its screen: which steps to show for the
// regulations still in scope, how the form's raw state becomes answers (with
// each problem kept beside its field), and the share-link encoding.
import { parseAnswers, type AnswerContext, type AnswerProblem, type Answers } from './answers.ts';
import { placeIsWithin } from '../jurisdiction.ts';
import { neededFacts, type CheckInput } from './engine.ts';
import { FACTS, type FactId } from '../facts.ts';

export type Field = FactId | 'applicantType' | 'checkDate' | 'earlierAwards' | 'sanctions';
export type FormState = Partial<Record<Field, unknown>>;

export type StepId = 'who' | 'where' | 'basics' | 'records' | 'history' | 'result';

export interface WizardStep {
  id: StepId;
  fields: Field[];
}

/** The steps asked before the place is known; every later step asks what the regulations covering it need. */
const BEFORE_PLACE_RULES: readonly StepId[] = ['who', 'where'];

/**
 * Where a move goes: a named step, or the step after one. "The step after the place" is known only once the rules of
 * the regulations covering the place are in, since those decide which steps there are.
 */
export type StepTarget = StepId | { after: StepId };

/** Whether a move can happen only once the full rules of the regulations covering the applicant's place are in. */
export function needsPlaceRules(target: StepTarget): boolean {
  if (typeof target === 'string') return !BEFORE_PLACE_RULES.includes(target);
  const i = BEFORE_PLACE_RULES.indexOf(target.after);
  return i === -1 || i === BEFORE_PLACE_RULES.length - 1;
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

/** Regulations whose area does not cover the applicant's place (none while the place is unknown). */
export function outsidePlace(entries: CheckInput[], place: unknown): Set<string> {
  if (typeof place !== 'string' || !place) return new Set();
  return new Set(entries.filter((e) => !placeIsWithin(place, e.regulation)).map((e) => e.id));
}

/** A regulation and its tiers, as the questions on earlier awards and sanctions offer them. */
export interface RegulationChoice {
  id: string;
  shortName: string;
  tiers: { id: string; name: string }[];
}

export const regulationChoices = (entries: CheckInput[]): RegulationChoice[] =>
  entries.map((e) => ({
    id: e.id,
    shortName: e.regulation.shortName,
    tiers: e.regulation.tiers.map((t) => ({ id: t.id, name: t.name })),
  }));

export function wizardSteps(entries: CheckInput[], state: FormState): WizardStep[] {
  const steps: WizardStep[] = [
    { id: 'who', fields: ['applicantType', 'checkDate'] },
    { id: 'where', fields: ['jurisdiction'] },
  ];
  const type = state.applicantType;
  if (type === 'organization' || type === 'individual') {
    const facts = neededFacts(inScope(entries, state), type).filter((f) => f !== 'jurisdiction');
    const typeOf = (f: Field) => (f in FACTS ? FACTS[f as FactId].type : 'record');
    const groups: [StepId, (f: Field) => boolean][] = [
      ['basics', (f) => ['boolean', 'date', 'rank'].includes(typeOf(f))],
      ['records', (f) => ['dates', 'years'].includes(typeOf(f))],
      ['history', (f) => typeOf(f) === 'record'],
    ];
    for (const [id, test] of groups) {
      const fields = facts.filter(test);
      if (fields.length) steps.push({ id, fields });
    }
  }
  steps.push({ id: 'result', fields: [] });
  return steps;
}

/**
 * Where the wizard is, in the address: ?step=N counts from 1, so a link or a reload opens the same step. Past the
 * last step reads as the last; anything else unreadable as the first.
 */
export function stepPositionIn(search: string): number {
  const n = Number(new URLSearchParams(search).get('step') ?? 1);
  return Number.isInteger(n) && n > 1 ? n - 1 : 0;
}

/** The query string that opens a step, keeping the address's other parameters. */
export function searchForStep(search: string, position: number): string {
  const params = new URLSearchParams(search);
  params.set('step', String(position + 1));
  return `?${params}`;
}

/** The position a move goes to among the steps there are now; a step no longer asked leads to the last. */
export function positionOf(steps: WizardStep[], target: StepTarget): number {
  const last = steps.length - 1;
  if (typeof target === 'string') {
    const at = steps.findIndex((s) => s.id === target);
    return at === -1 ? last : at;
  }
  const from = steps.findIndex((s) => s.id === target.after);
  return from === -1 ? last : Math.min(from + 1, last);
}

/** The step shown at a position of the address: a position past the steps there are shows the last. */
export function stepAt(steps: WizardStep[], position: number): { step: WizardStep; position: number } {
  const at = Math.min(Math.max(0, position), steps.length - 1);
  const step = steps[at];
  if (!step) throw new Error('no wizard steps to show (wizardSteps gives at least the first and the result)');
  return { step, position: at };
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

const SHARE_FRAGMENT = /^#a=([\w-]+)$/;

/** The answers a share link's fragment carries (#a=…), if the fragment is one and is intact. */
export function sharedStateIn(hash: string): FormState | undefined {
  const code = SHARE_FRAGMENT.exec(hash)?.[1];
  return code === undefined ? undefined : decodeShare(code);
}

/** Whether a fragment is a share link's, to take it out of the address bar once read. */
export const isShareFragment = (hash: string): boolean => SHARE_FRAGMENT.test(hash);

/** The share link for a page address (origin and path, no query or fragment). */
export const shareLink = (pageUrl: string, state: FormState): string => `${pageUrl}#a=${encodeShare(state)}`;

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
