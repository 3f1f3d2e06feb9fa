// `npm run check -- answers.json | applicants.csv [--json] [--date YYYY-MM-DD]`:
// the batch checker. Checks one applicant (JSON object), several (JSON array)
// or one per CSV row against every regulation, with the wizard's engine.
// Invalid applicants are reported by row and field; the valid ones are still checked.
//
// It streams: applicants are read one at a time (csv-parse's stream, stream-json
// for an array) and checked in chunks, a file past a few hundred applicants by
// worker threads on every core (batch/checkers.ts); each chunk is written in the
// file's order, waiting for the pipe to drain, and only a few chunks are out at
// once, so memory stays flat however long the file. A file that cannot be read
// as applicants (missing, a folder, empty, an unclosed quote, a column twice or
// unknown, an applicant that is not an object) is named with where and why, exit 2.
// Exit 1 when some applicants' answers were invalid, else 0.
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDateProblem } from '../src/lib/batch/check.ts';
import { loadRegulationsOrThrow } from '../src/lib/content/load.ts';
import { asOfDay, contentLocation } from '../src/lib/content/location.ts';
import { answerContext } from '../src/lib/eligibility/engine.ts';
import { withSuccessions } from '../src/lib/eligibility/split.ts';
import {
  FILE_IS_FOLDER,
  FILE_MISSING,
  fileProblemLine,
  fileUnreadableText,
  invalidSummary,
  optionProblemLine,
  optionValueText,
  printable,
  threadsProblemText,
  unknownOptionText,
} from '../src/lib/wording/batch.ts';
import { reportNotice } from '../src/lib/wording/findings.ts';
import { stdoutOutput } from './batch/output.ts';
import { csvSteps, jsonSteps } from './batch/sources.ts';
import { checkThreads, inlineChecker, MAX_THREADS, workerPool } from './batch/checkers.ts';
import { writeReport } from './batch/ordered-report.ts';
import type { ReportRun } from './batch/report-chunk.ts';

const USAGE = 'usage: npm run check -- <answers.json | applicants.csv> [--json] [--date YYYY-MM-DD]';

/** Stops with a message and exit 2, before anything is written to stdout. */
function refuse(line: string): never {
  console.error(line);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: { json: { type: 'boolean', default: false }, date: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const { code, message } = e as NodeJS.ErrnoException;
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') refuse(`${unknownOptionText(option)}\n${USAGE}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') refuse(`${optionValueText(option)}\n${USAGE}`);
    refuse(`${printable(message, 300)}\n${USAGE}`);
  }
}

const { values: options, positionals } = readArgs();
const file = positionals[0];
if (!file || positionals.length > 1) refuse(USAGE);

function fileProblem(path: string): string | undefined {
  try {
    if (statSync(path).isDirectory()) return FILE_IS_FOLDER;
  } catch (e) {
    const { code } = e as NodeJS.ErrnoException;
    return code === 'ENOENT' ? FILE_MISSING : fileUnreadableText(code ?? 'unknown');
  }
  return undefined;
}
const unreadable = fileProblem(file);
if (unreadable) refuse(`${printable(file, 300)}：${unreadable}`);

const { contentDir, seedsDir } = contentLocation();
// With their successions: a version replaced by the check date is folded, as the wizard folds it.
const entries = withSuccessions(loadRegulationsOrThrow({ contentDir, seedsDir }));
const today = asOfDay();
const context = answerContext(entries, today);
const date = options.date;
if (date !== undefined) {
  const wrong = checkDateProblem(date, context);
  if (wrong) refuse(optionProblemLine('--date', wrong));
}

const csv = extname(file).toLowerCase() === '.csv';
const run: ReportRun = { entries, context, options: { date, today }, json: options.json, csv };
const threads = checkThreads(process.env.ATLAS_CHECK_THREADS, statSync(file).size);
if (threads === undefined) refuse(optionProblemLine('ATLAS_CHECK_THREADS', threadsProblemText(MAX_THREADS)));
const checker = threads ? workerPool(run, threads) : inlineChecker(run);
const out = stdoutOutput();

if (options.json) await out.write('[');
const { count, invalid, problem } = await writeReport(csv ? csvSteps(file) : jsonSteps(file), checker, out);
await checker.close();
if (options.json) await out.write(count ? '\n]\n' : ']\n');
else if (count) await out.write(`\n${reportNotice(today)}\n`);

if (problem) console.error(fileProblemLine(file, problem));
else if (invalid) console.error(`\n${invalidSummary(invalid)}`);
// exitCode, not exit(): writes to a pipe are asynchronous, and exit() would cut a long report short.
process.exitCode = problem ? 2 : invalid ? 1 : 0;
