// A made-up later version of a coded regulation, for tests of superseded
// versions while no coded regulation is replaced: the same rules, taking
// effect the day after the original did and naming it in `supersedes`.
import { addDays } from '../../src/lib/dates.ts';
import type { Regulation } from '../../src/lib/schema.ts';
import { startDay } from '../../src/lib/versions.ts';

export interface Entry {
  id: string;
  regulation: Regulation;
}

/** Regulations a later version can be made for: issued, with a coded day. */
export const versionable = <E extends Entry>(entries: E[]): E[] =>
  entries.filter((e) => startDay(e.regulation) && e.regulation.stage.value !== 'draft');

export function laterVersionOf(e: Entry): { next: Entry; from: string } {
  const from = addDays(startDay(e.regulation)!, 1);
  const cite = e.regulation.applicants[0]!.cite;
  return {
    from,
    next: {
      id: `${e.id}-next`,
      regulation: {
        ...e.regulation,
        title: `${e.regulation.title}（修订）`,
        dates: { effective: { date: from, cite: e.regulation.dates.effective?.cite ?? cite } },
        supersedes: [{ id: e.id, cite }],
      },
    },
  };
}
