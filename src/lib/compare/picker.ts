// The list readers pick regulations from when there are too many to put side by
// side: one row per regulation with the facts they filter and sort by.
import { jurisdictionLevelLabel } from '../wording/values.ts';
import { jurisdictionName } from '../jurisdiction.ts';
import { regulationStatus, type RegulationStatus } from '../status.ts';
import { largestPrize } from '../prizes.ts';
import { tierCapacity } from './capacity.ts';
import type { CompareInput } from './rows.ts';

export interface PickerRow {
  id: string;
  shortName: string;
  title: string;
  place: string;
  province: string;
  level: string;
  status: RegulationStatus;
  /** Largest single prize in yuan; null when no amount is set. */
  largestPrize: number | null;
  /** Most awards a year over all tiers; null when a tier has no cap. */
  awardsPerYear: number | null;
  admitsIndividuals: boolean;
}

export function pickerRow({ id, regulation: reg, succession }: CompareInput, asOf: string): PickerRow {
  const perYear = reg.tiers.map((t) => tierCapacity(reg, t).maxPerYear);
  const status = regulationStatus(reg, asOf, succession).status;
  return {
    id,
    shortName: reg.shortName,
    title: reg.title,
    place: jurisdictionName(reg),
    province: reg.jurisdiction.province,
    level: jurisdictionLevelLabel(reg.jurisdiction.level),
    status,
    largestPrize: largestPrize(reg) ?? null,
    awardsPerYear: perYear.every((n) => n !== undefined) ? perYear.reduce((s, n) => s + n!, 0) : null,
    admitsIndividuals: reg.tiers.some((t) => t.recipients.includes('individual')),
  };
}

export interface PickerFilter {
  text?: string;
  province?: string;
  level?: string;
  status?: RegulationStatus;
  individuals?: 'yes' | 'no';
  /** Only regulations with a prize of at least this many yuan. */
  minPrize?: number;
  /** Only regulations awarding at least this many a year. */
  minAwards?: number;
}

export function filterRows(rows: PickerRow[], f: PickerFilter): PickerRow[] {
  const text = f.text?.trim();
  return rows.filter(
    (r) =>
      (!text || r.title.includes(text) || r.place.includes(text)) &&
      (!f.province || r.province === f.province) &&
      (!f.level || r.level === f.level) &&
      // By default the versions in force show; a replaced one only when its status is asked for.
      (f.status ? r.status === f.status : r.status !== 'superseded') &&
      (!f.individuals || r.admitsIndividuals === (f.individuals === 'yes')) &&
      (f.minPrize === undefined || (r.largestPrize ?? -1) >= f.minPrize) &&
      (f.minAwards === undefined || (r.awardsPerYear ?? -1) >= f.minAwards),
  );
}

export const SORT_KEYS = ['place', 'largestPrize', 'awardsPerYear', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A stable sort; unknown figures (null) go last either way. */
export function sortRows(rows: PickerRow[], key: SortKey, dir: 'asc' | 'desc'): PickerRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => {
      const x = a[key];
      const y = b[key];
      if (x === null || y === null) return x === y ? i - j : x === null ? 1 : -1;
      const c = typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y), 'zh-CN');
      return c * sign || i - j;
    })
    .map(([r]) => r);
}
