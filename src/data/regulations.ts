// Site-side access to the regulations: the content collection (checked by its
// loader as `npm run validate` checks it) joined with each regulation's parsed source text.
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { asOfDay, contentLocation } from '../lib/content/location.ts';
import { compareRegulations } from '../lib/content/order.ts';
import type { Regulation } from '../lib/schema.ts';
import { parseSource, type ParsedSource } from '../lib/source/parse.ts';
import { SIDE_BY_SIDE_MAX } from '../lib/listing.ts';
import type { StatusVerdict, Succession } from '../lib/status.ts';
import { statusesOf, successions } from '../lib/versions.ts';

export interface SiteRegulation {
  id: string;
  regulation: Regulation;
  source: ParsedSource;
  /** The coded version that replaces it, and from when: statuses on any day (the checker's, the comparison's) need it. */
  succession?: Succession;
}

export async function getRegulations(): Promise<SiteRegulation[]> {
  const entries = await getCollection('regulations');
  const by = successions(entries.map((e) => ({ id: e.id, regulation: e.data as Regulation })));
  return entries
    .map((e) => ({
      id: e.id,
      regulation: e.data as Regulation,
      ...(by.has(e.id) && { succession: by.get(e.id) }),
      // Parsed when a page reads it, and not kept: with thousands of regulations, holding every
      // parsed text for the whole build costs more memory than parsing one again costs time.
      get source(): ParsedSource {
        return parseSource(readFileSync(resolve(contentLocation().seedsDir, e.data.source.file), 'utf8'));
      },
    }))
    .sort(compareRegulations);
}

/** The day statuses are computed for: ATLAS_AS_OF if set (reproducible builds), else the build day. */
export const AS_OF: string = asOfDay();

let statuses: Promise<Map<string, StatusVerdict>> | undefined;

/** Every regulation's status as of AS_OF, superseded ones included: a regulation alone cannot tell it was replaced. */
export async function atlasStatuses(): Promise<Map<string, StatusVerdict>> {
  statuses ??= getRegulations().then((regs) => statusesOf(regs, AS_OF));
  return statuses;
}

/** A site-internal URL that respects the configured base path. */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** Regulations pre-rendered side by side; beyond it the comparison becomes pick-and-compare (ATLAS_SIDE_BY_SIDE_MAX overrides, e.g. for tests). */
export const SIDE_BY_SIDE: number = Number(process.env.ATLAS_SIDE_BY_SIDE_MAX) || SIDE_BY_SIDE_MAX;
