// The search as the page runs it: reads the manifest, fetches the bucket
// files a query's terms are in, matches, filters, ranks, counts the filter
// values, and reads the texts of the results shown. The files are read
// through the functions it is given, so it runs the same in Node and the browser.
import { excerpt, type ExcerptPart } from './excerpt.ts';
import { decodeFoldTable, foldWord, type FoldTable } from './fold.ts';
import { bucketOf } from './grams.ts';
import { allWordsMatches, wordMatches, wordTerms, type TermPostings } from './match.ts';
import { readBucket, readCounts, readPositions, type Counts, type Positions } from './postings.ts';
import { SEARCH_FILTERS, type SearchFilterKey, type SearchFilters } from './filters.ts';
import { INDEX_VERSION, type SearchManifest, type TextChunk } from './build-index.ts';

/** Words a query searches at most; more are left out, and the page says so. */
export const MAX_WORDS = 8;
/** Characters of a word searched at most; a longer word is searched by its beginning, and the page says so. */
export const MAX_WORD_LENGTH = 32;

export interface SearchFiles {
  json(path: string): Promise<unknown>;
  bytes(path: string): Promise<Uint8Array>;
}

export const MANIFEST_PATH = 'search/index.json';
export const bucketPath = (n: number) => `search/grams/${n}.bin`;
export const textsPath = (chunk: number) => `search/texts/${chunk}.json`;

/** What the search changed in the words as typed, for the page to say. */
export type QueryNotice =
  | { code: 'words-left-out'; kept: number; given: number }
  | { code: 'word-shortened'; word: string; kept: number };

export interface QueryWords {
  /** The words as typed (shortened where a notice says so). */
  words: string[];
  folded: string[][];
  notices: QueryNotice[];
}

/** Splits a query into words at whitespace, drops repeats, and bounds how many and how long. */
export function queryWords(q: string, table: FoldTable): QueryWords {
  const words: string[] = [];
  const folded: string[][] = [];
  const notices: QueryNotice[] = [];
  const seen = new Set<string>();
  const given = q.split(/\s+/).filter(Boolean);
  for (const raw of given) {
    let chars = foldWord(raw, table);
    let word = raw;
    if (!chars.length) continue;
    if (chars.length > MAX_WORD_LENGTH) {
      word = [...raw].slice(0, MAX_WORD_LENGTH).join('');
      chars = foldWord(word, table);
      notices.push({ code: 'word-shortened', word, kept: MAX_WORD_LENGTH });
    }
    const key = chars.join('');
    if (seen.has(key)) continue;
    if (words.length === MAX_WORDS) {
      notices.push({ code: 'words-left-out', kept: MAX_WORDS, given: given.length });
      break;
    }
    seen.add(key);
    words.push(word);
    folded.push(chars);
  }
  return { words, folded, notices };
}

export type FilterCounts = Record<SearchFilterKey, Record<string, number>>;

export interface SearchOutcome extends QueryWords {
  /** Documents in rank order. */
  docs: number[];
  /** Words that no text holds at all (so nothing can hold every word). */
  absent: string[];
  /** For each filter value, the results ticking it would give (its own filter's choices left out). */
  counts: FilterCounts;
}

export interface ResultView {
  url: string;
  title: string;
  /** The regulation or page a result belongs to, then its topics and status. */
  facts: string[];
  excerpt: ExcerptPart[];
}

const VALUE_KEYS = ['province', 'level', 'status'] as const;

export class SearchEngine {
  readonly table: FoldTable;
  private readonly groupOf: Int32Array;
  private readonly starts: number[] = [];
  private readonly buckets = new Map<number, Promise<Uint8Array>>();
  private readonly texts = new Map<number, Promise<TextChunk>>();

  readonly manifest: SearchManifest;
  private readonly files: SearchFiles;

  private constructor(manifest: SearchManifest, files: SearchFiles) {
    this.manifest = manifest;
    this.files = files;
    this.table = decodeFoldTable(manifest.fold);
    this.groupOf = new Int32Array(manifest.docs);
    let doc = 0;
    manifest.groups.forEach((g, i) => {
      this.starts.push(doc);
      this.groupOf.fill(i, doc, doc + g.topics.length);
      doc += g.topics.length;
    });
  }

  static async open(files: SearchFiles): Promise<SearchEngine> {
    const manifest = (await files.json(MANIFEST_PATH)) as SearchManifest;
    if (manifest?.version !== INDEX_VERSION) throw new Error(`search index version ${manifest?.version}`);
    return new SearchEngine(manifest, files);
  }

  private bucket(n: number): Promise<Uint8Array> {
    let p = this.buckets.get(n);
    if (!p) {
      p = this.files.bytes(bucketPath(n));
      p.catch(() => this.buckets.delete(n)); // a failed fetch is tried again next time
      this.buckets.set(n, p);
    }
    return p;
  }

  /** Fetches the buckets holding the words' terms and decodes just those terms. */
  private async postings(words: readonly (readonly string[])[]): Promise<TermPostings> {
    const byBucket = new Map<number, Set<number>>();
    for (const w of words) {
      const t = wordTerms(w);
      for (const key of t.unigram !== undefined ? [t.unigram] : t.bigrams) {
        const n = bucketOf(key, this.manifest.buckets);
        if (!byBucket.has(n)) byBucket.set(n, new Set());
        byBucket.get(n)!.add(key);
      }
    }
    const found = new Map<number, Uint8Array>();
    await Promise.all(
      [...byBucket].map(async ([n, keys]) => {
        for (const [k, bytes] of readBucket(await this.bucket(n), keys)) found.set(k, bytes);
      }),
    );
    const positions = new Map<number, Positions>();
    const counts = new Map<number, Counts>();
    return {
      positions: (k) => {
        const b = found.get(k);
        if (b && !positions.has(k)) positions.set(k, readPositions(b));
        return positions.get(k);
      },
      counts: (k) => {
        const b = found.get(k);
        if (b && !counts.has(k)) counts.set(k, readCounts(b));
        return counts.get(k);
      },
    };
  }

  /** The value index of each filter for a document, and its topic mask. */
  private docValues(doc: number): { values: number[]; topics: number } {
    const g = this.groupOf[doc]!;
    const group = this.manifest.groups[g]!;
    return { values: group.values, topics: group.topics[doc - this.starts[g]!]! };
  }

  async search(q: string, filters: SearchFilters): Promise<SearchOutcome> {
    const words = queryWords(q, this.table);
    const postings = await this.postings(
      words.folded.length > 1 ? [...words.folded, words.folded.flat()] : words.folded,
    );
    let matches: Map<number, number>;
    const absent: string[] = [];
    if (words.folded.length) {
      matches = allWordsMatches(words.folded, postings);
      if (!matches.size)
        words.folded.forEach((w, i) => {
          if (!wordMatches(w, postings).size) absent.push(words.words[i]!);
        });
    } else matches = new Map(Array.from({ length: this.manifest.docs }, (_, d) => [d, 0]));
    // A document holding the words side by side, as typed without spaces, ranks first.
    const phrase = words.folded.length > 1 ? wordMatches(words.folded.flat(), postings) : new Map<number, number>();

    const chosen = SEARCH_FILTERS.map(({ key }) => {
      const values = filters[key];
      if (!values?.length) return undefined;
      return new Set(values.map((v) => this.manifest.filters[key].indexOf(v)));
    });
    const counts = Object.fromEntries(SEARCH_FILTERS.map(({ key }) => [key, {}])) as FilterCounts;
    const tallies = SEARCH_FILTERS.map(({ key }) => new Array<number>(this.manifest.filters[key].length).fill(0));
    const kept: number[] = [];
    for (const doc of matches.keys()) {
      const { values, topics } = this.docValues(doc);
      const fails: number[] = [];
      SEARCH_FILTERS.forEach(({ key }, f) => {
        const want = chosen[f];
        if (!want) return;
        const ok = key === 'topic' ? [...want].some((bit) => bit >= 0 && topics & (1 << bit)) : want.has(values[f]!);
        if (!ok) fails.push(f);
      });
      if (fails.length > 1) continue;
      if (!fails.length) kept.push(doc);
      SEARCH_FILTERS.forEach(({ key }, f) => {
        if (fails.length && fails[0] !== f) return;
        if (key === 'topic') {
          for (let bit = 0; bit < tallies[f]!.length; bit++) if (topics & (1 << bit)) tallies[f]![bit]!++;
        } else if (values[f]! >= 0) tallies[f]![values[f]!]!++;
      });
    }
    SEARCH_FILTERS.forEach(({ key }, f) => {
      this.manifest.filters[key].forEach((v, i) => {
        if (tallies[f]![i]) counts[key][v] = tallies[f]![i]!;
      });
    });
    const tier = (doc: number) =>
      (this.manifest.groups[this.groupOf[doc]!]!.kind === 'page' ? 2 : 0) + (phrase.size && !phrase.has(doc) ? 1 : 0);
    kept.sort((a, b) => tier(a) - tier(b) || matches.get(b)! - matches.get(a)! || a - b);
    return { ...words, docs: kept, absent, counts };
  }

  /** The text file a document is in: the last one starting at or before it. */
  private chunkOf(doc: number): number {
    const starts = this.manifest.textStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= doc) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A document's [anchor, label, text], fetching its text file once. */
  private async docText(doc: number): Promise<[string, string, string]> {
    const n = this.chunkOf(doc);
    let p = this.texts.get(n);
    if (!p) {
      p = this.files.json(textsPath(n)) as Promise<TextChunk>;
      p.catch(() => this.texts.delete(n));
      this.texts.set(n, p);
    }
    return (await p)[doc - this.manifest.textStarts[n]!]!;
  }

  /** What the page shows of each result: its link, title, facts and marked excerpt. */
  async views(docs: readonly number[], folded: readonly (readonly string[])[]): Promise<ResultView[]> {
    return Promise.all(
      docs.map(async (doc) => {
        const g = this.groupOf[doc]!;
        const group = this.manifest.groups[g]!;
        const [anchor, label, text] = await this.docText(doc);
        const { values, topics } = this.docValues(doc);
        const topicNames = this.manifest.filters.topic.filter((_, bit) => topics & (1 << bit));
        const status = values[VALUE_KEYS.indexOf('status')]!;
        return {
          url: anchor ? `${group.url}#${anchor}` : group.url,
          title:
            group.kind === 'regulation'
              ? `${group.short} ${label}`
              : label && label !== group.title
                ? `${group.title} · ${label}`
                : group.title,
          facts: [group.title, ...topicNames, ...(status >= 0 ? [this.manifest.filters.status[status]!] : [])],
          excerpt: excerpt(text, folded, this.table),
        };
      }),
    );
  }
}
