// Builds the search index from the documents (articles and page sections),
// grouped by regulation or page: a manifest the search page reads first (the
// groups, their filters, the fold table), bucket files of postings, and one
// text file per group for excerpts. Pure: the build script writes the files.
import { type FoldTable, encodeFoldTable, foldChar } from './fold.ts';
import { bigramKey, bucketOf, unigramKey } from './grams.ts';
import { CountPostings, PositionPostings, writeBucket } from './postings.ts';
import { SEARCH_FILTERS, type SearchFilterKey } from './filters.ts';

export const INDEX_VERSION = 1;

/** One searchable unit: an article, or a section of a page. */
export interface SearchDoc {
  /** The fragment the result opens ('' for the top of the page). */
  anchor: string;
  /** What the result is called after the group's short title (第三条（申报条件）, a section heading). */
  label: string;
  /** The text searched and excerpted. */
  text: string;
  /** The topics (comparison topic titles) it is filed under. */
  topics: string[];
}

/** A regulation's articles, or one page's sections, with the filters they share. */
export interface SearchGroup {
  kind: 'regulation' | 'page';
  /** Site-relative URL without the base path. */
  url: string;
  /** The regulation's or page's title. */
  title: string;
  /** Put before each document's label in a result's title (a regulation's short name). */
  short: string;
  filters: Partial<Record<Exclude<SearchFilterKey, 'topic'>, string>>;
  docs: SearchDoc[];
}

export interface ManifestGroup {
  kind: SearchGroup['kind'];
  url: string;
  title: string;
  short: string;
  /** Index of the group's value in `filters[key]` for province, level and status; -1 for none. */
  values: number[];
  /** Per document, the topics as a bit mask over `filters.topic`. */
  topics: number[];
}

export interface SearchManifest {
  version: number;
  /** How many bucket files there are (bucketOf's modulus). */
  buckets: number;
  docs: number;
  /** Traditional → simplified pairs for the characters the texts use (fold.ts). */
  fold: string;
  /** Every value of each filter, in the order the page lists them. */
  filters: Record<SearchFilterKey, string[]>;
  groups: ManifestGroup[];
  /** The first document of each text file, in order (a document's texts are in the last file starting at or before it). */
  textStarts: number[];
}

/** Documents' texts, in document order: [anchor, label, text]. */
export type TextChunk = [string, string, string][];

export interface BuiltIndex {
  manifest: SearchManifest;
  buckets: Uint8Array[];
  texts: TextChunk[];
  /** Milliseconds per phase, for the benchmark. */
  timings: Record<string, number>;
}

/** Bytes of postings a bucket file aims at: a query fetches one bucket per term. */
export const BUCKET_BYTES = 8 * 1024;
/** Characters of text a text file aims at: the results shown fetch the files their texts are in. */
export const TEXT_CHARS = 4 * 1024;
/** Topics a document can carry: the mask is a small integer. */
const MAX_TOPICS = 30;

/**
 * Indexes the groups. `filterValues` gives every value of each filter in the order the page lists them
 * (values a group uses but the list lacks are added at the end).
 */
export function buildSearchIndex(
  groups: SearchGroup[],
  foldTable: FoldTable,
  filterValues: Record<SearchFilterKey, string[]>,
  now: () => number = () => Date.now(),
): BuiltIndex {
  const timings: Record<string, number> = {};
  let mark = now();
  const lap = (phase: string) => {
    const t = now();
    timings[phase] = (timings[phase] ?? 0) + t - mark;
    mark = t;
  };
  const filters = Object.fromEntries(SEARCH_FILTERS.map(({ key }) => [key, [...filterValues[key]]])) as Record<
    SearchFilterKey,
    string[]
  >;
  const indexOf = (key: SearchFilterKey, value: string | undefined) => {
    if (value === undefined) return -1;
    let i = filters[key].indexOf(value);
    if (i < 0) i = filters[key].push(value) - 1;
    return i;
  };

  // Characters get dense ids as they are first seen, so a pair's id is a small integer (a fast map key);
  // the files use the code-point keys of grams.ts, computed once per term at the end.
  // UTF-16 unit of the text → dense id of its folded character + 1 (0: not seen yet; -1: ignored); astral
  // characters (surrogate pairs) in a map.
  const folds = new Int32Array(0x10000);
  const astral = new Map<number, number>();
  const chars: string[] = []; // dense id → folded character
  const idOf = new Map<string, number>();
  const unigrams: CountPostings[] = [];
  const bigrams = new Map<number, PositionPostings>();
  const PAIR = 1 << 15;
  const manifestGroups: ManifestGroup[] = [];
  const texts: TextChunk[] = [];
  const textStarts: number[] = [];
  let chunkChars = Number.POSITIVE_INFINITY;
  let doc = 0;
  for (const group of groups) {
    const topics: number[] = [];
    for (const d of group.docs) {
      let prev = -1;
      let pos = 0;
      const text = d.text;
      for (let at = 0; at < text.length; at++) {
        const unit = text.charCodeAt(at);
        const pair = unit >= 0xd800 && unit < 0xdc00 && at + 1 < text.length;
        const cp = pair ? text.codePointAt(at)! : unit;
        let id = pair ? (astral.get(cp) ?? 0) : folds[unit]!;
        if (id === 0) {
          const folded = foldChar(String.fromCodePoint(cp), foldTable);
          let dense = folded ? idOf.get(folded) : -2;
          if (dense === undefined) {
            dense = chars.push(folded) - 1;
            idOf.set(folded, dense);
            unigrams.push(new CountPostings());
          }
          id = dense + 1;
          if (pair) astral.set(cp, id);
          else folds[unit] = id;
        }
        if (pair) at++;
        if (id < 0) continue;
        id--;
        unigrams[id]!.add(doc);
        if (prev >= 0) {
          const key = prev * PAIR + id;
          let positions = bigrams.get(key);
          if (!positions) {
            positions = new PositionPostings();
            bigrams.set(key, positions);
          }
          positions.add(doc, pos - 1);
        }
        prev = id;
        pos++;
      }
      let mask = 0;
      for (const t of d.topics) {
        const bit = indexOf('topic', t);
        if (bit >= MAX_TOPICS) throw new RangeError(`more than ${MAX_TOPICS} search topics`);
        mask |= 1 << bit;
      }
      topics.push(mask);
      if (chunkChars + d.text.length > TEXT_CHARS && chunkChars > 0) {
        texts.push([]);
        textStarts.push(doc);
        chunkChars = 0;
      }
      texts.at(-1)!.push([d.anchor, d.label, d.text]);
      chunkChars += d.text.length;
      doc++;
    }
    manifestGroups.push({
      kind: group.kind,
      url: group.url,
      title: group.title,
      short: group.short,
      values: (['province', 'level', 'status'] as const).map((k) => indexOf(k, group.filters[k])),
      topics,
    });
  }
  lap('postings');

  if (chars.length > PAIR) throw new RangeError(`more than ${PAIR} distinct characters`);
  const terms = new Map<number, Uint8Array>();
  let total = 0;
  unigrams.forEach((p, id) => {
    p.finish();
    terms.set(unigramKey(chars[id]!), p.out.view());
    total += p.out.length;
  });
  for (const [key, p] of bigrams) {
    terms.set(bigramKey(chars[Math.floor(key / PAIR)]!, chars[key % PAIR]!), p.out.view());
    total += p.out.length;
  }
  const bucketCount = Math.max(1, Math.ceil(total / BUCKET_BYTES));
  const perBucket = Array.from({ length: bucketCount }, () => new Map<number, Uint8Array>());
  for (const [key, bytes] of terms) perBucket[bucketOf(key, bucketCount)]!.set(key, bytes);
  const buckets = perBucket.map(writeBucket);
  lap('buckets');

  // Only the pairs a query could need: a traditional character whose simplified form is in the texts.
  const used = new Set(chars);
  const fold = new Map([...foldTable].filter(([, to]) => used.has(to)));
  return {
    manifest: {
      version: INDEX_VERSION,
      buckets: bucketCount,
      docs: doc,
      fold: encodeFoldTable(fold),
      filters,
      groups: manifestGroups,
      textStarts,
    },
    buckets,
    texts,
    timings,
  };
}
