// The whole comparison, and its topics: each topic is a page of its own
// (/compare/<topic>/) and a CSV; the overview holds them all.
import { type CsvValue, csvParts, toCsv } from '../csv.ts';
import { citationShortLabel } from '../cite-format.ts';
import { regulationStatus } from '../status.ts';
import { csvCitesHeader, TOPIC_TITLES } from '../wording/compare.ts';
import { afterWinningSection, applyingSection } from './applying.ts';
import { prizesSection, tiersSection } from './awards.ts';
import { applicantsSection, exclusionsSection } from './eligibility.ts';
import { processSection, sanctionsSection, validitySection } from './procedure.ts';
import type { CompareInput } from './rows.ts';
import { cellFor, type Comparison, type ComparisonSection } from './table.ts';

export const TOPICS = [
  { id: 'quotas', title: TOPIC_TITLES.quotas, sections: ['tiers'] },
  { id: 'prizes', title: TOPIC_TITLES.prizes, sections: ['prizes'] },
  { id: 'conditions', title: TOPIC_TITLES.conditions, sections: ['applicants'] },
  { id: 'exclusions', title: TOPIC_TITLES.exclusions, sections: ['exclusions'] },
  { id: 'process', title: TOPIC_TITLES.process, sections: ['process'] },
  { id: 'applying', title: TOPIC_TITLES.applying, sections: ['applying', 'after-winning'] },
  { id: 'sanctions', title: TOPIC_TITLES.sanctions, sections: ['sanctions'] },
  { id: 'validity', title: TOPIC_TITLES.validity, sections: ['validity'] },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

/**
 * The topics the overview page leaves to their own page: applying's rows are mostly the texts' own words, and on
 * the overview they would take it past 200 KB of HTML. Its CSV, like every other table's, holds all rows.
 */
export const OWN_PAGE_ONLY: readonly TopicId[] = ['applying'];

/** The sections the overview page shows, in order. */
export const OVERVIEW_SECTIONS: readonly string[] = TOPICS.filter((t) => !OWN_PAGE_ONLY.includes(t.id)).flatMap(
  (t) => t.sections,
);

/** Each section's builder, by id, in the overview's order. */
const SECTION_BUILDERS: Record<string, (regs: CompareInput[], asOf: string) => ComparisonSection> = {
  tiers: (regs) => tiersSection(regs),
  prizes: (regs) => prizesSection(regs),
  applicants: (regs) => applicantsSection(regs),
  exclusions: (regs) => exclusionsSection(regs),
  process: (regs) => processSection(regs),
  applying: (regs) => applyingSection(regs),
  'after-winning': (regs) => afterWinningSection(regs),
  sanctions: (regs) => sanctionsSection(regs),
  validity: (regs, asOf) => validitySection(regs, asOf),
};

/** The sections asked for (all by default); only those are built, which counts with thousands of regulations. */
export function buildSections(
  regs: CompareInput[],
  asOf: string,
  ids: readonly string[] = Object.keys(SECTION_BUILDERS),
): ComparisonSection[] {
  return ids.map((id) => {
    const build = Object.hasOwn(SECTION_BUILDERS, id) ? SECTION_BUILDERS[id] : undefined;
    if (!build)
      throw new Error(`no comparison section "${id}": expected one of ${Object.keys(SECTION_BUILDERS).join(', ')}`);
    return build(regs, asOf);
  });
}

/** The sections a topic shows, the overview page's ('overview'), or every section (none given). */
function sectionIds(topic?: TopicId | 'overview'): readonly string[] {
  if (topic === 'overview') return OVERVIEW_SECTIONS;
  return topic ? TOPICS.find((t) => t.id === topic)!.sections : Object.keys(SECTION_BUILDERS);
}

function comparedRegulations(regs: CompareInput[], asOf: string): Comparison['regulations'] {
  return regs.map(({ id, regulation, succession }) => {
    const { status } = regulationStatus(regulation, asOf, succession);
    return { id, shortName: regulation.shortName, title: regulation.title, status };
  });
}

/** A topic's sections, the overview page's ('overview'), or every section (none given: the whole comparison). */
export function buildComparison(regs: CompareInput[], asOf: string, topic?: TopicId | 'overview'): Comparison {
  return { regulations: comparedRegulations(regs, asOf), sections: buildSections(regs, asOf, sectionIds(topic)) };
}

const csvHeader = (regulations: Comparison['regulations']): string[] => [
  'section',
  'row',
  ...regulations.flatMap((r) => [r.shortName, csvCitesHeader(r.shortName)]),
];

function* csvRows(s: ComparisonSection, regulations: Comparison['regulations']): Generator<CsvValue[]> {
  for (const row of s.rows)
    yield [
      s.title,
      row.label,
      ...regulations.flatMap((r) => {
        const cell = cellFor(row, r.id);
        return [cell.text, cell.cites.map(({ cite }) => `${citationShortLabel(cite)}：${cite.quote}`).join('；')];
      }),
    ];
}

/** One line per row: section, row, and for each regulation its value and where the text says it. */
export function comparisonCsv(c: Comparison): string {
  return toCsv(
    csvHeader(c.regulations),
    c.sections.flatMap((s) => [...csvRows(s, c.regulations)]),
  );
}

/**
 * comparisonCsv(buildComparison(regs, asOf, topic)) a line at a time, building one section at a time: with
 * thousands of regulations the whole comparison and its file do not fit in the build's memory at once.
 */
export function* comparisonCsvParts(regs: CompareInput[], asOf: string, topic?: TopicId): Generator<string> {
  const regulations = comparedRegulations(regs, asOf);
  function* rows() {
    for (const id of sectionIds(topic)) yield* csvRows(buildSections(regs, asOf, [id])[0]!, regulations);
  }
  yield* csvParts(csvHeader(regulations), rows());
}
