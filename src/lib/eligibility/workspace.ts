// A consultant's workspace: several applicants side by side, each with its own answers, one of them current. Pure
// functions over plain values, so the page, its storage and the workspace file read and write the same shape; ids and
// clocks come from the caller. Everything read from outside (storage, a file) goes through readFormState first, and
// problems come back as codes (the words are in wording/workspace.ts).
import { isPlainObject } from '../objects.ts';
import { readFormState } from './form-state.ts';
import { cleanState, type FormState } from './wizard.ts';

/** The most applicants a workspace holds: a consultant's whole book, and still one list to scroll. */
export const MAX_APPLICANTS = 200;
/** The longest name of an applicant. */
export const MAX_NAME = 60;
/** The largest workspace file read: 200 applicants of 64 KB of answers each, with room for names. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** The largest answers of one applicant in a file (as JSON), as for a share link. */
export const MAX_ANSWERS_CHARS = 64 * 1024;
/** What a workspace file says it is, and the version of its shape. */
export const WORKSPACE_FORMAT = 'quality-award-atlas-workspace';
export const WORKSPACE_VERSION = 1;

export interface Applicant {
  id: string;
  name: string;
  answers: FormState;
  /** When the answers or the name last changed (ISO date and time). */
  updatedAt: string;
}

export interface Workspace {
  applicants: Applicant[];
  currentId: string;
}

/** Where new ids and the time of a change come from (crypto.randomUUID and the clock on the page). */
export interface Stamp {
  newId: () => string;
  now: string;
}

/** A name as kept: trimmed, control characters out, at most MAX_NAME characters. */
export function applicantName(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is taken out
  return [...text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()].slice(0, MAX_NAME).join('');
}

export const workspaceOf = (applicant: Applicant): Workspace => ({ applicants: [applicant], currentId: applicant.id });

export const newApplicant = (name: string, answers: FormState, stamp: Stamp): Applicant => ({
  id: stamp.newId(),
  name: applicantName(name),
  answers,
  updatedAt: stamp.now,
});

/** The current applicant (the first if the current id was lost). */
export function currentApplicant(ws: Workspace): Applicant {
  const found = ws.applicants.find((a) => a.id === ws.currentId) ?? ws.applicants[0];
  if (!found) throw new Error('a workspace holds at least one applicant');
  return found;
}

export const isFull = (ws: Workspace): boolean => ws.applicants.length >= MAX_APPLICANTS;

/** Adds an applicant, which becomes the current one; a full workspace stays as it is. */
export function addApplicant(ws: Workspace, applicant: Applicant): Workspace {
  if (isFull(ws)) return ws;
  return { applicants: [...ws.applicants, applicant], currentId: applicant.id };
}

export const selectApplicant = (ws: Workspace, id: string): Workspace =>
  ws.applicants.some((a) => a.id === id) ? { ...ws, currentId: id } : ws;

function update(ws: Workspace, id: string, change: (a: Applicant) => Applicant): Workspace {
  return { ...ws, applicants: ws.applicants.map((a) => (a.id === id ? change(a) : a)) };
}

/** Renames an applicant; a blank name keeps the old one. */
export function renameApplicant(ws: Workspace, id: string, name: string, now: string): Workspace {
  const kept = applicantName(name);
  return kept ? update(ws, id, (a) => ({ ...a, name: kept, updatedAt: now })) : ws;
}

export const setAnswers = (ws: Workspace, id: string, answers: FormState, now: string): Workspace =>
  update(ws, id, (a) => (a.answers === answers ? a : { ...a, answers, updatedAt: now }));

/** A copy of an applicant under a new name, placed after it and made current; a full workspace stays as it is. */
export function duplicateApplicant(ws: Workspace, id: string, name: string, stamp: Stamp): Workspace {
  const at = ws.applicants.findIndex((a) => a.id === id);
  const source = ws.applicants[at];
  if (!source || isFull(ws)) return ws;
  // The answers are JSON values, so a JSON copy is a deep one.
  const copy = newApplicant(name, JSON.parse(JSON.stringify(source.answers)) as FormState, stamp);
  return { applicants: ws.applicants.toSpliced(at + 1, 0, copy), currentId: copy.id };
}

/** An applicant taken out, with its place, so it can be put back. */
export interface Removed {
  applicant: Applicant;
  index: number;
}

/**
 * Deletes an applicant; the next one (or the one before) becomes current if it was. Deleting the last one leaves a
 * fresh one (`fresh`), so the page always has an applicant to show.
 */
export function deleteApplicant(
  ws: Workspace,
  id: string,
  fresh: () => Applicant,
): { workspace: Workspace; removed?: Removed } {
  const index = ws.applicants.findIndex((a) => a.id === id);
  const applicant = ws.applicants[index];
  if (!applicant) return { workspace: ws };
  const rest = ws.applicants.toSpliced(index, 1);
  if (!rest.length) return { workspace: workspaceOf(fresh()), removed: { applicant, index } };
  const currentId = ws.currentId === id ? rest[Math.min(index, rest.length - 1)]!.id : ws.currentId;
  return { workspace: { applicants: rest, currentId }, removed: { applicant, index } };
}

/** Puts a deleted applicant back where it was, as the current one (an untouched fresh one it left goes). */
export function restoreApplicant(ws: Workspace, removed: Removed): Workspace {
  if (ws.applicants.some((a) => a.id === removed.applicant.id) || isFull(ws)) return ws;
  const only = ws.applicants.length === 1 ? ws.applicants[0] : undefined;
  const base = only && !hasAnswers(only.answers) ? [] : ws.applicants;
  return {
    applicants: base.toSpliced(Math.min(removed.index, base.length), 0, removed.applicant),
    currentId: removed.applicant.id,
  };
}

/** JSON with keys in order, so two answers compare equal whatever order their fields were given in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlainObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

export const hasAnswers = (answers: FormState): boolean => Object.keys(cleanState(answers)).length > 0;

/** The applicant whose answers are the same as these (blanks aside), if any and if there are answers at all. */
export function withSameAnswers(ws: Workspace, answers: FormState): Applicant | undefined {
  if (!hasAnswers(answers)) return undefined;
  const key = canonical(cleanState(answers));
  return ws.applicants.find((a) => canonical(cleanState(a.answers)) === key);
}

/** A name not yet taken: `base`, else `base (2)`, `base (3)`… (each cut to MAX_NAME). */
export function freeName(ws: Workspace, base: string): string {
  const taken = new Set(ws.applicants.map((a) => a.name));
  const name = applicantName(base);
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${[...name].slice(0, MAX_NAME - suffix.length).join('')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The workspace as it is kept in this browser's storage. */
export interface StoredWorkspace {
  version: typeof WORKSPACE_VERSION;
  currentId: string;
  applicants: Applicant[];
}

export const toStored = (ws: Workspace): StoredWorkspace => ({ version: WORKSPACE_VERSION, ...ws });

/**
 * The workspace another tab of the site has just saved, taken over by this tab so that its next save keeps what was
 * done there; this tab stays on its own applicant while that one is still there. Undefined if nothing usable was saved.
 */
export function adoptSaved(raw: unknown, ownCurrentId: string, stamp: Stamp): Workspace | undefined {
  const saved = fromStored(raw, stamp);
  if (!saved) return undefined;
  return saved.applicants.some((a) => a.id === ownCurrentId) ? { ...saved, currentId: ownCurrentId } : saved;
}

/**
 * A workspace read back from storage, leniently: an applicant that is not one is left out, answers are read as the
 * form's state. Undefined when nothing usable is there (a fresh start).
 */
export function fromStored(raw: unknown, stamp: Stamp): Workspace | undefined {
  if (!isPlainObject(raw) || raw.version !== WORKSPACE_VERSION || !Array.isArray(raw.applicants)) return undefined;
  const seen = new Set<string>();
  const applicants: Applicant[] = [];
  for (const a of raw.applicants.slice(0, MAX_APPLICANTS)) {
    if (!isPlainObject(a)) continue;
    const id = typeof a.id === 'string' && a.id && a.id.length <= 100 && !seen.has(a.id) ? a.id : stamp.newId();
    seen.add(id);
    const name = typeof a.name === 'string' ? applicantName(a.name) : '';
    applicants.push({
      id,
      name: name || id.slice(0, 8),
      answers: readFormState(a.answers).state,
      updatedAt: typeof a.updatedAt === 'string' ? a.updatedAt.slice(0, 40) : stamp.now,
    });
  }
  if (!applicants.length) return undefined;
  const currentId = applicants.some((a) => a.id === raw.currentId) ? (raw.currentId as string) : applicants[0]!.id;
  return { applicants, currentId };
}
