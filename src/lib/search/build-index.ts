// Builds the search index from the documents (articles and page sections),
// grouped by regulation or page: a manifest the search page reads first (the
// groups, their filters, the fold table), bucket files of postings, and one
// text file per group for excerpts. Pure: the build script writes the files.
import { type FoldTable, encodeFoldTable, foldChar } from './fold.ts';
import { bigramKey, bucketOf, unigramKey } from './grams.ts';
import { CountPostings, PositionPostings, writeBucket } from './postings.ts';
import { VarintReader, VarintWriter } from './varint.ts';
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
}

/** Bytes of postings a bucket file aims at: a query fetches one bucket per term. */
export const BUCKET_BYTES = 8 * 1024;
/** Characters of text a text file aims at: the results shown fetch the files their texts are in. */
export const TEXT_CHARS = 4 * 1024;
/** Topics a document can carry: the mask is a small integer. */
const MAX_TOPICS = 30;

/** A segment's terms, packed for a worker thread to hand over without copying. */
export interface SegmentTerms {
  /** Term keys (grams.ts). */
  keys: Float64Array;
  /** The last document of each term's postings, to join the next segment's on. */
  lastDocs: Int32Array;
  /** Byte length of each term's postings in `bytes`, in the order of `keys`. */
  lengths: Uint32Array;
  bytes: Uint8Array;
}

/** The index of a run of groups, its documents numbered from 0 (mergeSegments numbers them across the atlas). */
export interface IndexSegment {
  docCount: number;
  groups: (Omit<SearchGroup, 'docs'> & { docTopics: string[][] })[];
  texts: TextChunk[];
  /** The first document of each text file. */
  textStarts: number[];
  /** The folded characters the texts use. */
  chars: string[];
  terms: SegmentTerms;
}

/**
 * Indexes a run of groups: one pass over the texts, folding each character
 * and appending its occurrence to the postings of its character and its pair.
 */
export function indexSegment(groups: SearchGroup[], foldTable: FoldTable): IndexSegment {
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
  const texts: TextChunk[] = [];
  const textStarts: number[] = [];
  let chunkChars = Number.POSITIVE_INFINITY;
  let doc = 0;
  for (const group of groups) {
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
            if (dense >= PAIR) throw new RangeError(`more than ${PAIR} distinct characters`);
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
      if (chunkChars + d.text.length > TEXT_CHARS && chunkChars > 0) {
        texts.push([]);
        textStarts.push(doc);
        chunkChars = 0;
      }
      texts.at(-1)!.push([d.anchor, d.label, d.text]);
      chunkChars += d.text.length;
      doc++;
    }
  }

  const count = unigrams.length + bigrams.size;
  const terms: SegmentTerms = {
    keys: new Float64Array(count),
    lastDocs: new Int32Array(count),
    lengths: new Uint32Array(count),
    bytes: new Uint8Array(0),
  };
  const parts: Uint8Array[] = [];
  let n = 0;
  const add = (key: number, p: { out: { view(): Uint8Array }; lastDoc: number }) => {
    const bytes = p.out.view();
    terms.keys[n] = key;
    terms.lastDocs[n] = p.lastDoc;
    terms.lengths[n] = bytes.length;
    parts.push(bytes);
    n++;
  };
  unigrams.forEach((p, id) => {
    p.finish();
    add(unigramKey(chars[id]!), p);
  });
  for (const [key, p] of bigrams) add(bigramKey(chars[Math.floor(key / PAIR)]!, chars[key % PAIR]!), p);
  terms.bytes = concatBytes(parts);
  return {
    docCount: doc,
    groups: groups.map(({ docs, ...g }) => ({ ...g, docTopics: docs.map((d) => d.topics) })),
    texts,
    textStarts,
    chars,
    terms,
  };
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Joins segments, in document order, into the index's files. A segment's
 * documents are numbered from 0 and a term's postings begin with a difference
 * from document -1; the first difference is rewritten from the term's last
 * document in the segments before (or -1), the segment's first document added.
 * `filterValues` gives every value of each filter in the order the page lists
 * them (values a group uses but the list lacks are added at the end).
 */
export function mergeSegments(
  segments: readonly IndexSegment[],
  foldTable: FoldTable,
  filterValues: Record<SearchFilterKey, string[]>,
): BuiltIndex {
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
  const mask = (topics: readonly string[]) => {
    let m = 0;
    for (const t of topics) {
      const bit = indexOf('topic', t);
      if (bit >= MAX_TOPICS) throw new RangeError(`more than ${MAX_TOPICS} search topics`);
      m |= 1 << bit;
    }
    return m;
  };

  const joined = new Map<number, { parts: Uint8Array[]; lastDoc: number; length: number }>();
  const groups: ManifestGroup[] = [];
  const texts: TextChunk[] = [];
  const textStarts: number[] = [];
  const used = new Set<string>();
  let docs = 0;
  for (const seg of segments) {
    const offset = docs;
    docs += seg.docCount;
    for (const g of seg.groups)
      groups.push({
        kind: g.kind,
        url: g.url,
        title: g.title,
        short: g.short,
        values: (['province', 'level', 'status'] as const).map((k) => indexOf(k, g.filters[k])),
        topics: g.docTopics.map(mask),
      });
    texts.push(...seg.texts);
    textStarts.push(...seg.textStarts.map((d) => d + offset));
    for (const ch of seg.chars) used.add(ch);
    const { keys, lastDocs, lengths, bytes } = seg.terms;
    let at = 0;
    for (let i = 0; i < keys.length; i++) {
      let part = bytes.subarray(at, at + lengths[i]!);
      at += lengths[i]!;
      const key = keys[i]!;
      const before = joined.get(key);
      if (offset) {
        const r = new VarintReader(part);
        const firstDoc = r.read() - 1 + offset;
        const w = new VarintWriter();
        w.write(firstDoc - (before?.lastDoc ?? -1));
        part = concatBytes([w.view(), part.subarray(r.at)]);
      }
      const lastDoc = lastDocs[i]! + offset;
      if (!before) joined.set(key, { parts: [part], lastDoc, length: part.length });
      else {
        before.parts.push(part);
        before.length += part.length;
        before.lastDoc = lastDoc;
      }
    }
  }

  let total = 0;
  for (const t of joined.values()) total += t.length;
  const bucketCount = Math.max(1, Math.ceil(total / BUCKET_BYTES));
  const perBucket = Array.from({ length: bucketCount }, () => new Map<number, Uint8Array>());
  for (const [key, t] of joined)
    perBucket[bucketOf(key, bucketCount)]!.set(key, t.parts.length === 1 ? t.parts[0]! : concatBytes(t.parts));
  const buckets = perBucket.map(writeBucket);

  // Only the pairs a query could need: a traditional character whose simplified form is in the texts.
  const fold = new Map([...foldTable].filter(([, to]) => used.has(to)));
  return {
    manifest: {
      version: INDEX_VERSION,
      buckets: bucketCount,
      docs,
      fold: encodeFoldTable(fold),
      filters,
      groups,
      textStarts,
    },
    buckets,
    texts,
  };
}

/** Indexes the groups in one segment (the build script splits the work over threads). */
export function buildSearchIndex(
  groups: SearchGroup[],
  foldTable: FoldTable,
  filterValues: Record<SearchFilterKey, string[]>,
): BuiltIndex {
  return mergeSegments([indexSegment(groups, foldTable)], foldTable, filterValues);
}
