// The open-data exports: all regulations as JSON (with citations and a schema
// version), one JSON per regulation, and a CSV of headline fields.
import { citationAnchor } from './cite-format.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { SCHEMA_VERSION, type Regulation } from './schema.ts';
import { regulationStatus, type RegulationStatus, type Succession } from './status.ts';
import { successions } from './versions.ts';
import { statusReasonText } from './wording/values.ts';
import { cycleYears } from './cycle.ts';
import { jurisdictionName } from './jurisdiction.ts';
import { largestPrize } from './prizes.ts';
import { licenseField } from './open-data/licence.ts';

export interface ExportInput {
  id: string;
  regulation: Regulation;
  /** The coded version that replaces it; the whole-atlas exports find it themselves. */
  succession?: Succession | undefined;
}

/** The entries with their successions found across them: a regulation alone cannot tell it was replaced. */
const withSuccessions = (entries: ExportInput[]): ExportInput[] => {
  const by = successions(entries);
  return entries.map((e) => ({ id: e.id, regulation: e.regulation, succession: by.get(e.id) }));
};

export interface ExportedRegulation {
  id: string;
  /** Page of the regulation on this site, relative to the site root. */
  page: string;
  /** The status as of the build day, with its reason in words. */
  status: { status: RegulationStatus; asOf: string; validUntil?: string; reason: string };
  data: Regulation;
}

export function exportRegulation(e: ExportInput, asOf: string): ExportedRegulation {
  const verdict = regulationStatus(e.regulation, asOf, e.succession);
  return {
    id: e.id,
    page: `regulations/${e.id}/`,
    status: { status: verdict.status, asOf, validUntil: verdict.validUntil, reason: statusReasonText(verdict) },
    data: e.regulation,
  };
}

export function buildDataset(entries: ExportInput[], asOf: string) {
  return {
    schemaVersion: SCHEMA_VERSION,
    schema: 'regulations.schema.json',
    asOf,
    license: licenseField(),
    citationAnchors:
      'Each cite names an article (and item); on the regulation page its anchor is art-<article>[-<item>], e.g. ' +
      citationAnchor({ article: 12, item: 4 }),
    regulations: withSuccessions(entries).map((e) => exportRegulation(e, asOf)),
  };
}

/**
 * JSON.stringify(buildDataset(entries, asOf)) in parts, a regulation at a time: the whole atlas's JSON is the largest
 * file of the build (78 MB at 3,000 regulations), and as one string it would not fit in the build's memory.
 */
export function* datasetJsonParts(entries: ExportInput[], asOf: string): Generator<string> {
  const { regulations, ...head } = buildDataset(entries, asOf);
  const opening = JSON.stringify({ ...head, regulations: [] });
  // The regulations are the last member: the file is the head up to the opening of its empty list, then the items.
  yield opening.slice(0, -']}'.length);
  for (const [i, r] of regulations.entries()) yield `${i ? ',' : ''}${JSON.stringify(r)}`;
  yield ']}';
}

export const CSV_COLUMNS = [
  'id',
  'title',
  'jurisdiction',
  'province',
  'level',
  'issuer',
  'document_number',
  'stage',
  'status',
  'issued',
  'effective',
  'expires',
  'cycle_years',
  'tiers',
  'admits_individuals',
  'top_tier',
  'top_tier_max_per_cycle',
  'largest_prize_yuan',
  'exclusion_clauses',
  'longest_ban_years',
  'as_of',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function buildCsv(entries: ExportInput[], asOf: string): string {
  const rows: CsvValue[][] = withSuccessions(entries).map(({ id, regulation: r, succession }) => {
    const top = [...r.tiers].sort((a, b) => a.rank - b.rank)[0];
    if (!top) throw new Error(`${id}: no tiers (the schema asks for at least one)`);
    const bans = r.sanctions.bans.map((b) => b.years);
    return [
      id,
      r.title,
      jurisdictionName(r),
      r.jurisdiction.province,
      r.jurisdiction.level,
      r.issuer.name,
      r.documentNumber.value,
      r.stage.value,
      regulationStatus(r, asOf, succession).status,
      r.dates.issued?.date,
      r.dates.effective?.date,
      r.dates.expires?.date,
      cycleYears(r.awardCycle),
      r.tiers.map((t) => t.name).join('；'),
      r.applicants.some((a) => a.type === 'individual'),
      top.name,
      top.quota?.max ??
        (top.quota?.maxPerTrack !== undefined ? top.quota.maxPerTrack * (top.tracks?.length ?? 1) : undefined),
      largestPrize(r),
      r.exclusionClauses.length,
      bans.length ? Math.max(...bans) : undefined,
      asOf,
    ];
  });
  return toCsv([...CSV_COLUMNS], rows);
}
