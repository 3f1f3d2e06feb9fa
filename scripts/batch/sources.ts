// The applicants of a file, one at a time, for `npm run check`: a CSV through
// csv-parse's stream, a JSON array through stream-json (one element assembled at
// a time), a JSON file of one object read whole. Each yields the batch readers'
// steps (src/lib/batch/), so the command line and the browser read a file alike;
// the consumer's await is the backpressure (the stream waits while it writes).
import { closeSync, createReadStream, openSync, readFileSync, readSync } from 'node:fs';
import { parse as csvParse } from 'csv-parse';
import streamArray from 'stream-json/streamers/stream-array.js';
import type { FileProblem, ReadStep } from '../../src/lib/batch/applicant.ts';
import { CSV_OPTIONS, CsvApplicantReader } from '../../src/lib/batch/csv-applicants.ts';
import { JsonApplicantReader, jsonApplicants, notJson } from '../../src/lib/batch/json-applicants.ts';

export type Step = NonNullable<ReadStep>;

export async function* csvSteps(file: string): AsyncGenerator<Step> {
  const reader = new CsvApplicantReader();
  const source = createReadStream(file);
  const records = csvParse({ ...CSV_OPTIONS, info: true });
  source.on('error', (e) => records.destroy(e));
  source.pipe(records);
  try {
    for await (const { record, info } of records as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const step = reader.read(record, info.lines);
      if (!step) continue;
      yield step;
      if ('problem' in step) return;
    }
  } catch (e) {
    yield { problem: reader.failure(e) };
    return;
  } finally {
    source.destroy();
  }
  const end = reader.end();
  if (end) yield { problem: end };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The file's first bytes: whether it opens with a BOM, and its first character past blanks. */
function opening(file: string): { bomBytes: number; first: string | undefined } {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const bomBytes = UTF8_BOM.every((b, i) => head[i] === b) ? 3 : 0;
    const first = /\S/.exec(head.subarray(bomBytes, n).toString('latin1'))?.[0];
    return { bomBytes, first };
  } finally {
    closeSync(fd);
  }
}

export async function* jsonSteps(file: string): AsyncGenerator<Step> {
  const { bomBytes, first } = opening(file);
  if (first !== '[') {
    // One applicant (or not JSON at all): small, read whole.
    const { applicants, problem } = jsonApplicants(readFileSync(file, 'utf8'));
    for (const applicant of applicants) yield { applicant };
    if (problem) yield { problem };
    return;
  }
  const reader = new JsonApplicantReader();
  const source = createReadStream(file, { start: bomBytes });
  const elements = streamArray.withParserAsStream();
  source.on('error', (e) => elements.destroy(e));
  source.pipe(elements);
  let problem: FileProblem | undefined;
  try {
    for await (const { key, value } of elements as AsyncIterable<{ key: number; value: unknown }>) {
      const step = reader.read(value, key + 1);
      if (!step) continue;
      yield step;
      if ('problem' in step) return;
    }
  } catch (e) {
    problem = notJson(e);
  } finally {
    source.destroy();
  }
  problem ??= reader.end();
  if (problem) yield { problem };
}
