// The index built in segments (as the build's threads do) is the index built in one.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, indexSegment, mergeSegments } from '../../../src/lib/search/build-index.ts';
import { articleGroup, filterOptions } from '../../../src/lib/search/records.ts';
import { traditionalCharacters } from '../../../src/lib/source/traditional.ts';
import { realEntries } from '../../support/regulations.ts';

const AS_OF = '2026-11-22';
const entries = realEntries();
const table = traditionalCharacters();
const groups = entries.map((e) => articleGroup(e, AS_OF));
const options = filterOptions(entries, AS_OF);

describe('building the index', () => {
  it('in segments gives the same files as in one', () => {
    const whole = buildSearchIndex(groups, table, options);
    const cuts = [0, 1, Math.ceil(groups.length / 2), groups.length];
    const segments = cuts.slice(1).map((end, i) => indexSegment(groups.slice(cuts[i], end), table));
    const merged = mergeSegments(segments, table, options);
    expect(merged.manifest.groups).toEqual(whole.manifest.groups);
    expect(merged.manifest.docs).toBe(whole.manifest.docs);
    expect(merged.buckets.map((b) => Buffer.from(b).toString('base64'))).toEqual(
      whole.buckets.map((b) => Buffer.from(b).toString('base64')),
    );
    expect(merged.texts.flat()).toEqual(whole.texts.flat());
    // Each text file starts at the document the manifest says.
    merged.manifest.textStarts.forEach((start, n) => {
      expect(merged.texts[n]![0]).toEqual(whole.texts.flat()[start]);
    });
  });

  it('keeps every document text as given, and a file per few thousand characters', () => {
    const { texts, manifest } = buildSearchIndex(groups, table, options);
    expect(texts.flat().map(([, , text]) => text)).toEqual(groups.flatMap((g) => g.docs.map((d) => d.text)));
    expect(manifest.textStarts).toHaveLength(texts.length);
    expect(manifest.fold.length).toBeGreaterThan(0);
  });
});
