// Postings and the bucket files that hold them.
// A bigram's postings: for each occurrence, in text order, the document (as a
// difference from the previous one; 0 = the same document) and the position
// (absolute in a new document, else the difference from the previous one).
// A unigram's postings: for each document holding it, the difference from the
// previous document and how many times it occurs.
// A bucket file: the number of terms, each term's key and byte length, then
// their postings one after the other.
import { VarintReader, VarintWriter } from './varint.ts';

/** Writes a bigram's occurrences as they are found, document by document, in order. */
export class PositionPostings {
  readonly out = new VarintWriter();
  private doc = -1;
  private pos = 0;
  get lastDoc(): number {
    return this.doc;
  }
  add(doc: number, pos: number): void {
    if (doc === this.doc) {
      this.out.write(0);
      this.out.write(pos - this.pos);
    } else {
      this.out.write(doc - this.doc);
      this.out.write(pos);
      this.doc = doc;
    }
    this.pos = pos;
  }
}

/** Writes a unigram's documents and counts; occurrences of one document come together. Call `finish` last. */
export class CountPostings {
  readonly out = new VarintWriter();
  private doc = -1;
  private count = 0;
  private written = -1;
  get lastDoc(): number {
    return this.doc;
  }
  add(doc: number): void {
    if (doc !== this.doc) {
      this.finish();
      this.doc = doc;
    }
    this.count++;
  }
  finish(): void {
    if (!this.count) return;
    this.out.write(this.doc - this.written);
    this.out.write(this.count);
    this.written = this.doc;
    this.count = 0;
  }
}

/** Documents with the sorted positions where a bigram starts. */
export type Positions = Map<number, number[]>;
/** Documents with how often a unigram occurs. */
export type Counts = Map<number, number>;

export function readPositions(bytes: Uint8Array): Positions {
  const r = new VarintReader(bytes);
  const out: Positions = new Map();
  let doc = -1;
  let pos = 0;
  let list: number[] = [];
  while (!r.done) {
    const step = r.read();
    if (step === 0) pos += r.read();
    else {
      doc += step;
      pos = r.read();
      list = [];
      out.set(doc, list);
    }
    list.push(pos);
  }
  return out;
}

export function readCounts(bytes: Uint8Array): Counts {
  const r = new VarintReader(bytes);
  const out: Counts = new Map();
  let doc = -1;
  while (!r.done) {
    doc += r.read();
    out.set(doc, r.read());
  }
  return out;
}

/** One bucket file from its terms (key → postings bytes), in key order so the file is the same every build. */
export function writeBucket(terms: Map<number, Uint8Array>): Uint8Array {
  const keys = [...terms.keys()].sort((a, b) => a - b);
  const head = new VarintWriter();
  head.write(keys.length);
  let body = 0;
  for (const k of keys) {
    head.write(k);
    head.write(terms.get(k)!.length);
    body += terms.get(k)!.length;
  }
  const file = new Uint8Array(head.length + body);
  file.set(head.view());
  let at = head.length;
  for (const k of keys) {
    file.set(terms.get(k)!, at);
    at += terms.get(k)!.length;
  }
  return file;
}

/** The postings of the wanted keys found in a bucket file (absent keys are left out). */
export function readBucket(file: Uint8Array, wanted: ReadonlySet<number>): Map<number, Uint8Array> {
  const r = new VarintReader(file);
  const count = r.read();
  const spans: [number, number][] = [];
  for (let i = 0; i < count; i++) spans.push([r.read(), r.read()]);
  const out = new Map<number, Uint8Array>();
  let at = r.at;
  for (const [key, length] of spans) {
    if (at + length > file.length) throw new RangeError('bucket file shorter than its table');
    if (wanted.has(key)) out.set(key, file.subarray(at, at + length));
    at += length;
  }
  return out;
}
