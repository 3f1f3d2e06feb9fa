// The report written in the order of the file however the chunks are checked: a
// chunk's text is written only after every chunk before it, and no more than the
// checker's inFlight chunks are out at once, so the reading waits for the
// checking, the checking for the writing, and the writing for the pipe.
import type { Applicant, FileProblem } from '../../src/lib/batch/applicant.ts';
import { applicantChars, type Checker } from './checkers.ts';
import type { Output } from './output.ts';
import type { ReportChunk } from './report-chunk.ts';
import type { Step } from './sources.ts';

export interface Written {
  /** Applicants written. */
  count: number;
  invalid: number;
  /** The problem that stopped the file; the rows before it are written. */
  problem?: FileProblem;
}

export async function writeReport(steps: AsyncIterable<Step>, checker: Checker, out: Output): Promise<Written> {
  const queue: { size: number; chunk: Promise<ReportChunk> }[] = [];
  const written: Written = { count: 0, invalid: 0 };
  let sent = 0;
  let chunk: Applicant[] = [];
  let chars = 0;
  const send = () => {
    chars = 0;
    if (!chunk.length) return;
    const checked = checker.check(chunk, sent);
    // A chunk left unwritten (the reader went away, an earlier chunk failed) must not fail unheard.
    checked.catch(() => {});
    queue.push({ size: chunk.length, chunk: checked });
    sent += chunk.length;
    chunk = [];
  };
  const writeOldest = async () => {
    const { size, chunk: done } = queue.shift()!;
    const { text, invalid } = await done;
    await out.write(text);
    written.count += size;
    written.invalid += invalid;
  };
  for await (const step of steps) {
    if (out.closed) break;
    if ('problem' in step) {
      written.problem = step.problem;
      break;
    }
    chunk.push(step.applicant);
    if (checker.chunkChars < Infinity) chars += applicantChars(step.applicant, checker.chunkChars);
    if (chunk.length < checker.chunkSize && chars < checker.chunkChars) continue;
    send();
    while (queue.length >= checker.inFlight) await writeOldest();
  }
  send();
  while (queue.length && !out.closed) await writeOldest();
  return written;
}
