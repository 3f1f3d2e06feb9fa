// Loads every regulation content file with its parsed source text, and
// reports all problems at once. Node-only (reads files); the checks it runs are pure.
import { readdirSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { sourceFileSchema, type Regulation } from '../schema.ts';
import { parseSource, SourceParseError, type ParsedSource } from '../source/parse.ts';
import { checkCitations } from './citations.ts';
import { parseRegulationFile } from './parse-file.ts';
import { excerpt } from './excerpt.ts';
import { boundedProblems, ContentError, type ContentProblem } from './problems.ts';
import { readBounded } from './read-bounded.ts';
import { compareRegulations } from './order.ts';
import { checkReferences } from './references.ts';
import { checkSeedHash } from './provenance.ts';
import { checkVersionLinks, type VersionLinks } from '../versions.ts';

export interface RegulationEntry {
  /** The content file's base name, e.g. `tongzhou-2023`. */
  id: string;
  file: string;
  regulation: Regulation;
  source: ParsedSource;
}

export interface LoadOptions {
  contentDir: string;
  seedsDir: string;
  /** Base for the file names in messages (default: the working directory). */
  root?: string;
}

export const CONTENT_FILE_RE = /\.ya?ml$/;

/** The content files of a folder, by name, in the order they are checked. */
export function contentFileNames(contentDir: string): string[] {
  return readdirSync(contentDir)
    .filter((f) => CONTENT_FILE_RE.test(f))
    .sort();
}

/** The ids of the content files named: every id a version link may name. */
export const codedIds = (names: string[]): Set<string> =>
  new Set(names.map((f) => basename(f).replace(CONTENT_FILE_RE, '')));

export interface CheckedFiles {
  problems: ContentProblem[];
  /** Each valid file's links to the versions it replaces, for checkVersionLinks once every file is read. */
  links: VersionLinks[];
}

/**
 * Checks the content files named (schema, references, citations), handing each valid regulation with its parsed
 * source text to `visit`; the links between versions are left to checkVersionLinks, which needs every file.
 * Nothing is kept: with thousands of regulations, a caller that needs only the coded data (the site's loader) lets
 * each parsed text go as soon as it has been checked.
 */
export function checkRegulationFiles(
  opts: LoadOptions,
  names: string[],
  visit: (entry: RegulationEntry) => void,
): CheckedFiles {
  const root = opts.root ?? process.cwd();
  const problems: ContentProblem[] = [];
  const links: VersionLinks[] = [];
  for (const name of names) {
    const path = join(opts.contentDir, name);
    const file = relative(root, path) || path;
    const content = readBounded(path, file);
    if ('problem' in content) {
      problems.push(content.problem);
      continue;
    }
    const parsed = parseRegulationFile(file, content.bytes.toString('utf8'));
    problems.push(...parsed.problems);
    const reg = parsed.regulation;
    // A file the schema rejects (a starter still being coded) still has its
    // citations checked, so a wrong quote shows while coding, not at the end.
    const sourceFile = reg?.source.file ?? sourceFileOf(parsed.data);
    if (!sourceFile) continue;

    const seedPath = join(opts.seedsDir, sourceFile);
    const read = readSource(seedPath, file, () => parsed.lineOf(['source', 'file']));
    if (!('source' in read)) {
      problems.push(read);
      continue;
    }
    const { source } = read;
    if (!reg) {
      // One problem per field: where the schema already spoke, its message stands alone.
      const reported = new Set(parsed.problems.map((p) => p.field));
      const unreported = checkCitations(file, parsed.data, source, parsed.lineOf).filter((p) => !reported.has(p.field));
      problems.push(...boundedProblems(unreported, file, (p) => p));
      continue;
    }
    const id = basename(name).replace(CONTENT_FILE_RE, '');
    const seed = { name: sourceFile, bytes: read.bytes };
    const edited = checkSeedHash(file, seed, reg.source.sha256, () => parsed.lineOf(['source', 'sha256']));
    const found = [
      ...(edited ? [edited] : []),
      ...checkReferences(file, reg, parsed.lineOf),
      ...checkCitations(file, reg, source, parsed.lineOf),
    ];
    problems.push(...boundedProblems(found, file, (p) => p));
    // Links to other versions are checked once every file is read; only files that link keep their lines.
    links.push({
      id,
      file,
      supersedes: reg.supersedes ?? [],
      ...(reg.supersedes?.length && { lineOf: parsed.lineOf }),
    });
    if (!found.length) visit({ id, file, regulation: reg, source });
  }
  return { problems, links };
}

/**
 * Checks every content file in turn (schema, references, citations), then the links between versions, handing
 * each valid regulation with its parsed source text to `visit`, and returns every problem found.
 */
export function checkRegulations(opts: LoadOptions, visit: (entry: RegulationEntry) => void): ContentProblem[] {
  const names = contentFileNames(opts.contentDir);
  const { problems, links } = checkRegulationFiles(opts, names, visit);
  return [...problems, ...checkVersionLinks(links, codedIds(names))];
}

/** Every valid regulation with its parsed source text, in the one order of regulations, and every problem. */
export function loadRegulations(opts: LoadOptions): { entries: RegulationEntry[]; problems: ContentProblem[] } {
  const entries: RegulationEntry[] = [];
  const problems = checkRegulations(opts, (e) => entries.push(e));
  return { entries: entries.sort(compareRegulations), problems };
}

/** The source file a content file names, if it names one the schema accepts. */
function sourceFileOf(data: unknown): string | undefined {
  const source = sourceFileSchema.safeParse((data as { source?: unknown } | undefined)?.source);
  return source.success ? source.data.file : undefined;
}

/**
 * The seed's bytes (for its hash) and its parsed text, read once. `line` is asked only when there is a problem to
 * report: finding it means reading the file for positions.
 */
function readSource(
  seedPath: string,
  file: string,
  line: () => number | undefined,
): { source: ParsedSource; bytes: Buffer } | ContentProblem {
  if (!existsSync(seedPath)) {
    return {
      file,
      line: line(),
      field: 'source.file',
      message: `no such source text ${excerpt(basename(seedPath))}: expected a file in seeds/`,
    };
  }
  const read = readBounded(seedPath, file, 'source.file');
  if ('problem' in read) return { ...read.problem, line: line() };
  const { bytes } = read;
  try {
    return { source: parseSource(bytes.toString('utf8')), bytes };
  } catch (e) {
    if (!(e instanceof SourceParseError)) throw e;
    return {
      file,
      line: line(),
      field: 'source.file',
      message: `source text ${basename(seedPath)} cannot be parsed: ${excerpt(e.message, 200)}`,
    };
  }
}

/** Loads all regulations or throws a ContentError listing every problem. */
export function loadRegulationsOrThrow(opts: LoadOptions): RegulationEntry[] {
  const { entries, problems } = loadRegulations(opts);
  if (problems.length) throw new ContentError(problems);
  return entries;
}
