// The wizard's logic, apart from its screen: which steps to show for the
// regulations still in scope, how the form's raw state becomes answers (with
// each problem kept beside its field, and half answers kept as half answers),
// what an item still lacks, and the share-link encoding.
import { APPLICANT_TYPES, type ApplicantType, SOUGHT_TIERS } from '../codebook-labels.ts';
import { attributesOf, FACTS, type FactId, type FactType } from '../facts.ts';
import { placeIsWithin } from '../jurisdiction.ts';
import { type AnswerContext, type AnswerProblem, type Answers, parseAnswers } from './answers.ts';
import { admits, type CheckInput, neededAttributes, neededFacts, type SoughtTier, tiersSought } from './rules.ts';

/** Whether the form's answer names a type of applicant the checker asks about. */
const isType = (t: unknown): t is ApplicantType => (APPLICANT_TYPES as readonly unknown[]).includes(t);

export type Field = FactId | 'applicantType' | 'checkDate' | 'soughtTier';
export type FormState = Partial<Record<Field, unknown>>;

export type StepId = 'who' | 'where' | 'award' | 'basics' | 'records' | 'work' | 'history' | 'result';

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
    if (isType(type) && !admits(reg, type)) return false;
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

/** The steps that hold each type of fact; sanctions are told with the earlier awards, as both are read by bans and waits. */
const STEP_OF_TYPE: Record<Exclude<FactType, 'jurisdiction'>, StepId> = {
  boolean: 'basics',
  date: 'basics',
  rank: 'basics',
  count: 'basics',
  events: 'records',
  annual: 'records',
  periods: 'work',
  awards: 'history',
};
const stepOfFact = (f: FactId): StepId =>
  f === 'sanctions' ? 'history' : STEP_OF_TYPE[FACTS[f].type as Exclude<FactType, 'jurisdiction'>];
const FACT_STEPS: readonly StepId[] = ['basics', 'records', 'work', 'history'];

/** A choice of the award sought: a kind of tier (or any), with the names of the tiers of that kind in scope. */
export interface SoughtChoice {
  kind: SoughtTier;
  tierNames: string[];
}

/**
 * The awards an applicant may say it seeks: any, and each kind of tier some regulation in scope offers this type.
 * Only "any" while no type is chosen.
 */
export function soughtTierChoices(entries: CheckInput[], state: FormState): SoughtChoice[] {
  const type = state.applicantType;
  if (!isType(type)) return [{ kind: 'any', tierNames: [] }];
  const tiers = inScope(entries, state).flatMap((e) => tiersSought(e.regulation, type, 'any'));
  const kinds = (Object.keys(SOUGHT_TIERS) as SoughtTier[]).filter((k) => k !== 'any');
  return [
    { kind: 'any', tierNames: [] },
    ...kinds.flatMap((kind) => {
      const names = [...new Set(tiers.filter((t) => t.kind === kind).map((t) => t.name))];
      return names.length ? [{ kind, tierNames: names }] : [];
    }),
  ];
}

export function wizardSteps(entries: CheckInput[], state: FormState): WizardStep[] {
  const steps: WizardStep[] = [
    { id: 'who', fields: ['applicantType', 'checkDate'] },
    { id: 'where', fields: ['jurisdiction'] },
  ];
  const type = state.applicantType;
  if (isType(type)) {
    const scope = inScope(entries, state);
    // The award sought matters only where the regulations in scope set up tiers of more than one kind.
    if (scope.length && soughtTierChoices(entries, state).length > 2)
      steps.push({ id: 'award', fields: ['soughtTier'] });
    const facts = neededFacts(scope, type, state).filter((f) => f !== 'jurisdiction');
    for (const id of FACT_STEPS) {
      const fields = facts.filter((f) => stepOfFact(f) === id);
      if (fields.length) steps.push({ id, fields });
    }
  }
  steps.push({ id: 'result', fields: [] });
  return steps;
}

/** The attributes the wizard asks of each record's items, for the regulations in scope (none before the type is known). */
export function askedAttributes(entries: CheckInput[], state: FormState): Map<FactId, Set<string>> {
  const type = state.applicantType;
  return isType(type) ? neededAttributes(inScope(entries, state), type, state) : new Map();
}

/** Whether the form's value counts as not answered (an empty input, a cleared choice). */
export const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (typeof v === 'number' && Number.isNaN(v));

/**
 * What an item still lacks for the regulations in scope: its date or year (a period's place and start, an award's
 * regulation, tier and date) and each attribute asked. Empty when the item is complete.
 */
export function itemGaps(fact: FactId, item: unknown, asked: ReadonlySet<string> | undefined): string[] {
  const it = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
  const own: Record<FactType, string[]> = {
    events: ['date'],
    annual: ['year'],
    periods: ['place', 'from'],
    awards: ['regulation', 'tier', 'date'],
    jurisdiction: [],
    date: [],
    boolean: [],
    rank: [],
    count: [],
  };
  const attributes = Object.keys(attributesOf(fact)).filter((a) => asked?.has(a));
  return [...own[FACTS[fact].type], ...attributes].filter((k) => isBlank(it[k]));
}

/** A number input's value as an answer: blank (or unreadable) is unanswered. */
export function numberFromInput(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Where the wizard is, in the address: ?step=N counts from 1, so a link or a reload opens the same step. Only plain
 * digits are a step: past the last step reads as the last (stepAt), anything else (abc, 1.5, 0, -1, 1e3, blank) as
 * the first.
 */
export function stepPositionIn(search: string): number {
  const text = new URLSearchParams(search).get('step') ?? '';
  if (!/^\d+$/.test(text)) return 0;
  // Any number of digits is a position: a long one reads as past the last step, not as a float or Infinity.
  const n = text.length > 9 ? Number.MAX_SAFE_INTEGER : Number(text);
  return n > 1 ? n - 1 : 0;
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
  // A position that is no number (NaN from a damaged address) shows the first step, never none.
  const at = Number.isFinite(position) ? Math.min(Math.max(0, Math.trunc(position)), steps.length - 1) : 0;
  const step = steps[at];
  if (!step) throw new Error('no wizard steps to show (wizardSteps gives at least the first and the result)');
  return { step, position: at };
}

/**
 * The form's raw state as answers: blanks dropped, and blank parts of list items dropped. An item with nothing
 * filled in yet stays, as {}: 有 with no date is a half answer, which the engine leaves unknown, never 没有.
 */
export function cleanState(state: FormState): Record<string, unknown> {
  // fromEntries defines own keys: a "__proto__" key stays a key (which validation names), never the prototype.
  return Object.fromEntries(
    Object.entries(state)
      .filter(([, v]) => !isBlank(v))
      .map(([k, v]) => [k, Array.isArray(v) ? v.map(cleanItem) : v]),
  );
}

function cleanItem(item: unknown): unknown {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
  return Object.fromEntries(Object.entries(item).filter(([, v]) => !isBlank(v)));
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

/**
 * What the wizard's form shows for a state of the form: the steps, the answers the engine can use (the award sought
 * counts only while it is asked: the regulations in scope set up tiers of more than one kind), the problems beside
 * their fields, and the check day (the answers' or today; `steps`: those already worked out for the state). The
 * verdicts on these answers are wizardView's (wizard-view.ts), which brings the engine.
 */
export function wizardForm(
  entries: CheckInput[],
  state: FormState,
  ctx: AnswerContext,
  steps: WizardStep[] = wizardSteps(entries, state),
) {
  const asked = steps.some((s) => s.id === 'award') ? state : { ...state, soughtTier: undefined };
  const { answers, problems } = usableAnswers(asked, ctx);
  const checkDate = answers.checkDate ?? ctx.today;
  return { steps, asked, answers, problems, checkDate };
}

/** A share link's fragment starts so; whatever follows is read, or reported as unreadable. */
const SHARE_PREFIX = '#a=';
/** The longest share code read: far above any real answers (a full record is a few KB), low enough to read at once. */
export const MAX_SHARE_CODE = 64 * 1024;

/** Why a share link's answers could not be read. */
export type UnreadableShare = 'too-long' | 'damaged' | 'not-answers';

/** What a page address's fragment holds: no share link, an unreadable one, or the answers (of any shape) it carries. */
export type ShareReading =
  | { kind: 'none' }
  | { kind: 'unreadable'; reason: UnreadableShare }
  | { kind: 'answers'; value: Record<string, unknown> };

/** Reads a fragment (#a=…); the answers are raw JSON, to be upgraded and read as the form's state (form-state.ts). */
export function readShareFragment(hash: string): ShareReading {
  if (!hash.startsWith(SHARE_PREFIX)) return { kind: 'none' };
  const code = hash.slice(SHARE_PREFIX.length);
  if (code.length > MAX_SHARE_CODE) return { kind: 'unreadable', reason: 'too-long' };
  if (!/^[\w-]+={0,2}$/.test(code)) return { kind: 'unreadable', reason: 'damaged' };
  let value: unknown;
  try {
    const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'damaged' };
  }
  return value && typeof value === 'object' && !Array.isArray(value)
    ? { kind: 'answers', value: value as Record<string, unknown> }
    : { kind: 'unreadable', reason: 'not-answers' };
}

/** The answers a share link's fragment carries (#a=…), if the fragment is one and is intact. */
export function sharedStateIn(hash: string): FormState | undefined {
  const read = readShareFragment(hash);
  return read.kind === 'answers' ? (read.value as FormState) : undefined;
}

/** Whether a fragment is a share link's, to take it out of the address bar once read. */
export const isShareFragment = (hash: string): boolean => hash.startsWith(SHARE_PREFIX);

/** The share link for a page address (origin and path, no query or fragment). */
export const shareLink = (pageUrl: string, state: FormState): string =>
  `${pageUrl}${SHARE_PREFIX}${encodeShare(state)}`;

/** Share links carry the answers in the URL fragment, which browsers never send to a server. */
export function encodeShare(state: FormState): string {
  const bytes = new TextEncoder().encode(JSON.stringify(cleanState(state)));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeShare(code: string): FormState | undefined {
  return sharedStateIn(`${SHARE_PREFIX}${code}`);
}
