// The versions of a regulation, from what the texts say: a regulation names
// the earlier versions it replaces (`supersedes`, read from its repeal clause),
// either another coded regulation ({ id }) or a document known only by its
// title and 文号. From those links this module finds who replaced whom and
// from when (the successor's effective day), checks the links across files,
// and lays out the line of versions a regulation page shows. Words are in
// wording/versions.ts.
import { earliestDay } from './dates.ts';
import type { ContentProblem, LineOf } from './content/problems.ts';
import { excerpt } from './content/excerpt.ts';
import { formatPath } from './content/problems.ts';
import type { Citation, Regulation } from './schema.ts';
import { regulationStatus, type StatusFields, type StatusVerdict, type Succession } from './status.ts';

export type SupersededVersion = NonNullable<Regulation['supersedes']>[number];

/** A regulation as far as its versions go. */
export interface Versioned {
  id: string;
  regulation: StatusFields &
    Pick<Regulation, 'title' | 'supersedes'> & { documentNumber: Pick<Regulation['documentNumber'], 'value'> };
}

/** The day a regulation takes effect (or, lacking that, is issued), at its earliest. */
export function startDay(reg: Pick<StatusFields, 'dates'>): string | undefined {
  const d = reg.dates.effective ?? reg.dates.issued;
  return d && earliestDay(d.date);
}

// ——— checks across files ———

/** One file's links to earlier versions, for the check made once every file is read. */
export interface VersionLinks {
  id: string;
  file: string;
  supersedes: SupersededVersion[];
  lineOf?: LineOf;
}

/** An { id } must name a coded regulation other than itself, and no regulation may (through others) replace itself. */
export function checkVersionLinks(links: VersionLinks[], coded: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (l: VersionLinks, i: number, message: string) => {
    const path = ['supersedes', i, 'id'];
    problems.push({ file: l.file, line: l.lineOf?.(path), field: formatPath(path), message });
  };
  const earlier = new Map<string, string[]>();
  for (const l of links) {
    l.supersedes.forEach((v, i) => {
      if (v.id === undefined) return;
      if (v.id === l.id) report(l, i, `"${v.id}" is this regulation itself: expected an earlier version`);
      else if (!coded.has(v.id))
        report(
          l,
          i,
          `unknown regulation "${excerpt(v.id)}": expected the id of a file in content/regulations/, or { title, documentNumber? } for a version known only from the text`,
        );
      else earlier.set(l.id, [...(earlier.get(l.id) ?? []), v.id]);
    });
  }
  // A cycle is reported once, at the file of its first member in file order.
  const reported = new Set<string>();
  for (const l of links) {
    if (reported.has(l.id)) continue;
    const cycle = cycleFrom(l.id, earlier);
    if (!cycle) continue;
    for (const id of cycle) reported.add(id);
    const i = l.supersedes.findIndex((v) => v.id === cycle[1]);
    report(
      l,
      i,
      `versions replace each other in a circle (${[...cycle].join(' → ')}): expected each to replace only earlier ones`,
    );
  }
  return problems;
}

/** The path from `start` back to itself through the `earlier` links, or undefined. */
function cycleFrom(start: string, earlier: Map<string, string[]>): string[] | undefined {
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const next of earlier.get(id) ?? []) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}

// ——— who replaced whom ———

/**
 * For every coded regulation a coded successor names, that successor and the day it took effect. Where two name the
 * same one, the earlier to take effect replaced it. A successor with no coded day replaces it from an unknown day.
 */
export function successions(entries: readonly Versioned[]): Map<string, Succession> {
  const out = new Map<string, Succession>();
  for (const e of entries) {
    // A draft replaces nothing until it is issued (and then it is coded again as issued).
    if (e.regulation.stage.value === 'draft') continue;
    const from = startDay(e.regulation);
    for (const v of e.regulation.supersedes ?? []) {
      if (v.id === undefined) continue;
      const known = out.get(v.id);
      if (!known || (from !== undefined && (known.from === undefined || from < known.from)))
        out.set(v.id, { id: e.id, title: e.regulation.title, ...(from !== undefined && { from }) });
    }
  }
  return out;
}

/** Each regulation's status as of a day, superseded ones included: the one status of the atlas. */
export function statusesOf(entries: readonly Versioned[], asOf: string): Map<string, StatusVerdict> {
  const by = successions(entries);
  return new Map(entries.map((e) => [e.id, regulationStatus(e.regulation, asOf, by.get(e.id))]));
}

/** The regulations in force, or not yet, on a day: those a check or comparison of that day uses by default. */
export function currentOn<E extends Versioned>(entries: readonly E[], asOf: string): E[] {
  const statuses = statusesOf(entries, asOf);
  return entries.filter((e) => statuses.get(e.id)?.status !== 'superseded');
}

// ——— the line of versions ———

/** One version in a regulation's line: coded (with its own status), or known only from a successor's repeal clause. */
export type VersionEntry =
  | {
      kind: 'coded';
      id: string;
      title: string;
      documentNumber: string | null;
      /** Its effective (or issue) day, where coded. */
      date?: string;
      status: StatusVerdict;
      /** The regulation whose page shows the line. */
      current: boolean;
    }
  | {
      kind: 'text-only';
      title: string;
      documentNumber?: string;
      /** Its issue day, where the repeal clause gives it. */
      date?: string;
      /** The coded regulation whose repeal clause names it, and the clause. */
      namedBy: string;
      cite: Citation;
      /** The coding note on it, where there is one. */
      note?: string;
      /** The day its successor takes effect, where coded. */
      supersededFrom?: string;
      /**
       * superseded: its successor is in force (or was); until-successor: the successor is not yet in force;
       * named-by-draft: only a draft names it; unknown: the successor's day is not coded.
       */
      state: 'superseded' | 'until-successor' | 'named-by-draft' | 'unknown';
    };

/**
 * The line of versions of each regulation, oldest first: every coded regulation linked to it through `supersedes`
 * either way, and the versions known only from their repeal clauses; empty when it has no other version. The links
 * are indexed once, so that a build asks it for thousands of pages at little cost.
 */
export function versionLines(entries: readonly Versioned[], asOf: string): (id: string) => VersionEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const later = new Map<string, string[]>();
  for (const e of entries)
    for (const v of e.regulation.supersedes ?? [])
      if (v.id !== undefined) later.set(v.id, [...(later.get(v.id) ?? []), e.id]);
  const statuses = statusesOf(entries, asOf);

  return (id) => {
    // Every coded version connected to this one.
    const members = new Set<string>([id]);
    const queue = [id];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      const linked = [
        ...(byId.get(next)?.regulation.supersedes ?? []).flatMap((v) => (v.id !== undefined ? [v.id] : [])),
        ...(later.get(next) ?? []),
      ];
      for (const m of linked)
        if (byId.has(m) && !members.has(m)) {
          members.add(m);
          queue.push(m);
        }
    }
    const depth = depthsOf(members, byId);
    const coded = [...members]
      .flatMap((m) => byId.get(m) ?? [])
      .sort((a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0) || compareDays(a.regulation, b.regulation));

    const line: VersionEntry[] = [];
    for (const e of coded) {
      const from = startDay(e.regulation);
      // Versions known only from this one's repeal clause come just before it.
      for (const v of e.regulation.supersedes ?? []) {
        if (v.title === undefined) continue;
        line.push({
          kind: 'text-only',
          title: v.title,
          ...(v.documentNumber !== undefined && { documentNumber: v.documentNumber }),
          ...(v.issued !== undefined && { date: v.issued }),
          namedBy: e.id,
          cite: v.cite,
          ...(v.note !== undefined && { note: v.note }),
          ...(from !== undefined && { supersededFrom: from }),
          state: textOnlyState(e.regulation, from, asOf),
        });
      }
      const status = statuses.get(e.id);
      if (!status) continue;
      line.push({
        kind: 'coded',
        id: e.id,
        title: e.regulation.title,
        documentNumber: e.regulation.documentNumber.value,
        ...(from !== undefined && { date: from }),
        status,
        current: e.id === id,
      });
    }
    return line.length > 1 ? line : [];
  };
}

/** The line of versions of one regulation (see versionLines). */
export const versionLine = (id: string, entries: readonly Versioned[], asOf: string): VersionEntry[] =>
  versionLines(entries, asOf)(id);

function textOnlyState(namer: StatusFields, from: string | undefined, asOf: string) {
  if (namer.stage.value === 'draft') return 'named-by-draft';
  if (from === undefined) return 'unknown';
  return asOf >= from ? 'superseded' : 'until-successor';
}

/** How many coded versions lie before each one (the oldest is 0). */
function depthsOf(members: Set<string>, byId: Map<string, Versioned>): Map<string, number> {
  const depth = new Map<string, number>();
  const of = (m: string, seen: Set<string>): number => {
    const known = depth.get(m);
    if (known !== undefined) return known;
    const earlier = (byId.get(m)?.regulation.supersedes ?? []).flatMap((v) =>
      v.id !== undefined && members.has(v.id) && !seen.has(v.id) ? [v.id] : [],
    );
    const d = earlier.length ? 1 + Math.max(...earlier.map((x) => of(x, new Set([...seen, x])))) : 0;
    depth.set(m, d);
    return d;
  };
  for (const m of members) of(m, new Set([m]));
  return depth;
}

const compareDays = (a: Pick<StatusFields, 'dates'>, b: Pick<StatusFields, 'dates'>) =>
  (startDay(a) ?? '').localeCompare(startDay(b) ?? '');
