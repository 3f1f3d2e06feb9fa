// A starter content file for a new regulation: the identity fields read from its
// text (each cited), every part still to code as an empty key under a
// TODO(coding) comment pointing to the articles that likely hold it, and the
// articles listed for reference. The empty keys are deliberate: `npm run
// validate` reports each one by line and field until it is coded, so its output
// is the list of what remains. Pure: parsed text in, YAML text out.
import { stringify } from 'yaml';
import { intToChinese } from '../chinese-numerals.ts';
import { NO_ARTICLE, parseSource, SourceParseError, type ParsedSource, type SourceArticle } from '../source/parse.ts';
import { CODING_PARTS, formatHint, hintsFor, type CodingPart } from './hints.ts';
import { readIdentity, type IdentityReading } from './identity.ts';
import { sha256Of } from '../content/provenance.ts';

export interface StarterOptions {
  /** The seed's file name in seeds/, e.g. `tongzhou-2023.txt`. */
  sourceFile: string;
  /** The SHA-256 of the seed file, which `source.sha256` pins (starterFromText computes it). */
  sha256?: string;
}

export interface Starter {
  yaml: string;
  identity: IdentityReading;
  /** The fields left to code (empty keys), as dotted paths. */
  todo: string[];
}

const ARTICLE_PREVIEW = 60;
const COMMENT_WIDTH = 100;

/** Comment lines at an indent, wrapped at spaces so long remarks stay readable. */
function comment(text: string, indent = '', continuation = '  '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${indent + line} ${word}`.length > COMMENT_WIDTH) {
      lines.push(line);
      line = continuation + word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

/** One field as block YAML (no folding of long quotes), at an indent. */
function field(key: string, value: unknown, indent = ''): string[] {
  return stringify({ [key]: value }, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((l) => indent + l);
}

const hintList = (part: CodingPart, s: ParsedSource) => hintsFor(part, s).map(formatHint).join('; ');

/** An empty key under its TODO: the validator reports it until it is coded. */
function todoKey(part: CodingPart, s: ParsedSource, indent: string, subparts: CodingPart[] = []): string[] {
  const key = part.field.split('.').at(-1)!;
  const hints = hintList(part, s);
  const out = comment(
    `TODO(coding): ${key} — ${part.what}. ${hints ? `See ${hints}.` : `No article has the usual words (${part.words.filter((w) => typeof w === 'string').join(', ')}): read the text.`}`,
    indent,
  );
  for (const sub of subparts) {
    const subHints = hintList(sub, s);
    if (subHints) out.push(...comment(`  - ${sub.field.split('.').at(-1)} — ${sub.what}: ${subHints}`, indent, '    '));
  }
  out.push(`${indent}${key}:`);
  return out;
}

/** An optional part the text seems to hold: a comment only, since an empty optional key would be an error to delete. */
function optionalHint(part: CodingPart, s: ParsedSource, indent: string): string[] {
  const hints = hintList(part, s);
  return hints
    ? comment(`optional: ${part.field.split('.').at(-1)} — ${part.what}, if the text has it. See ${hints}.`, indent)
    : [];
}

function articleLine(a: SourceArticle): string {
  const flat = a.text.replace(/\n/g, ' ');
  const preview = flat.length > ARTICLE_PREVIEW ? `${flat.slice(0, ARTICLE_PREVIEW)}…` : flat;
  const notes = [
    a.items.length ? `${a.items.length} items` : '',
    a.conversion ? 'converted from traditional characters' : '',
  ].filter(Boolean);
  const label = `第${intToChinese(a.number)}条`.padEnd(6, '　');
  return `#   ${label} article ${String(a.number).padEnd(3)} #${a.anchor.padEnd(7)} ${a.heading ? `（${a.heading}）` : ''}${preview}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
}

/** The articles of the text, chapter by chapter, for reference while coding. */
function articleIndex(s: ParsedSource, sourceFile: string): string[] {
  const out = [
    `# ── The text: seeds/${sourceFile}, ${s.articles.length} articles ──`,
    '# Cite an article as `article: 11`, an item （二） as `item: 2`; the notice, title and draft marker as `article: front`',
    ...(s.colophon.length ? ['# and the closing 抄送/印发 lines as `article: colophon`.'] : []),
  ];
  let chapter: number | undefined;
  for (const a of s.articles) {
    if (a.chapter !== chapter) {
      chapter = a.chapter;
      const ch = s.chapters.find((c) => c.number === chapter);
      if (ch) out.push(`# 第${intToChinese(ch.number)}章 ${ch.title}`);
    }
    out.push(articleLine(a));
  }
  if (s.colophon.length) out.push(`#   文末 article colophon: ${s.colophon.join(' ').slice(0, ARTICLE_PREVIEW)}…`);
  return out;
}

function identityLines(id: IdentityReading, opts: StarterOptions, todo: string[]): string[] {
  const out: string[] = [];
  const read = (text: string) => out.push(...comment(text));
  const empty = (path: string, why: string, indent = '') => {
    const key = path.split('.').at(-1)!;
    out.push(...comment(`TODO(coding): ${key} — ${why}`, indent), `${indent}${key}:`);
    todo.push(path);
  };

  if (id.title) out.push(...field('title', id.title));
  else empty('title', id.remarks.title ?? 'the regulation’s title');
  if (id.shortName) {
    read('guess: the short name headers use: city (or municipality) and district');
    out.push(...field('shortName', id.shortName));
  } else empty('shortName', 'the short name for headers and cards, e.g. 南通市通州区');

  out.push('source:', ...field('file', opts.sourceFile, '  '));
  if (id.publisher) {
    out.push(...comment(id.remarks.publisher ?? 'guess', '  '));
    out.push(...field('publisher', id.publisher, '  '));
  } else empty('source.publisher', 'who published the text you took (the issuing body, or the site)', '  ');
  empty(
    'source.url',
    'the address of the page the text was taken from; unrecorded (with a note) if it was not recorded',
    '  ',
  );
  empty('source.retrievedOn', 'the day the text was taken (YYYY-MM-DD)', '  ');
  if (opts.sha256) out.push(...field('sha256', opts.sha256, '  '));
  else empty('source.sha256', 'the SHA-256 of the seed file (sha256sum seeds/<file>)', '  ');

  if (id.remarks.jurisdiction) read(id.remarks.jurisdiction);
  const { province, cites, ...rest } = id.jurisdiction;
  out.push('jurisdiction:');
  if (province) out.push(...field('province', province, '  '));
  else empty('jurisdiction.province', 'the province (or municipality) of the place', '  ');
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) out.push(...field(k, v, '  '));
  if (!rest.level)
    empty('jurisdiction.level', 'province, prefecture-level-city, county-level-city, district or county', '  ');
  if (cites.length) out.push(...field('cites', cites, '  '));
  else empty('jurisdiction.cites', 'words of the text that place the regulation', '  ');

  if (id.issuer) {
    if (id.remarks.issuer) read(id.remarks.issuer);
    out.push(...field('issuer', id.issuer));
  } else empty('issuer', id.remarks.issuer ?? 'the issuing body as signed, with its citation');

  if (id.remarks.documentNumber) {
    read(`TODO(coding): documentNumber — ${id.remarks.documentNumber}`);
    todo.push('documentNumber');
  }
  out.push(...field('documentNumber', id.documentNumber));

  if (id.stage.value) {
    if (id.remarks.stage) read(id.remarks.stage);
    out.push(...field('stage', id.stage));
  } else {
    out.push('stage:');
    empty('stage.value', id.remarks.stage ?? 'draft or final', '  ');
  }

  if (id.remarks.dates) read(`TODO(coding): dates — ${id.remarks.dates}`);
  const dates = Object.fromEntries(Object.entries(id.dates).filter(([, v]) => v));
  out.push(...field('dates', dates));
  if (id.validityYears) out.push(...field('validityYears', id.validityYears));
  return out;
}

const parts = (prefix: string) => CODING_PARTS.filter((p) => p.field.startsWith(prefix));
const part = (name: string) => CODING_PARTS.find((p) => p.field === name)!;

function codingLines(s: ParsedSource, todo: string[]): string[] {
  const out = [
    '',
    '# ── Still to code ──',
    ...comment(
      'Each empty key below is reported by `npm run validate` until it is coded. Code it with the codebook (/codebook/, src/lib/codebook.ts), cite every value, and write [] for a list the text has nothing for. The "See" articles are found by keywords: read them, and the others.',
    ),
  ];
  const top = (p: CodingPart, subparts: CodingPart[] = []) => {
    const lines = p.required ? todoKey(p, s, '', subparts) : optionalHint(p, s, '');
    if (lines.length) out.push('', ...lines);
    if (p.required) todo.push(p.field);
  };
  for (const name of ['repeals', 'awardCycle', 'tracks']) top(part(name));
  top(part('tiers'), parts('tiers[].'));
  for (const name of ['higherAwardBonuses', 'evaluationStandards', 'scoreScale', 'applicants', 'exclusionClauses'])
    top(part(name));
  for (const group of ['process', 'sanctions']) {
    out.push('', `${group}:`);
    for (const p of parts(`${group}.`)) {
      if (p.required) {
        out.push(...todoKey(p, s, '  '));
        todo.push(p.field);
      } else out.push(...optionalHint(p, s, '  '));
    }
  }
  return out;
}

/** The starter content file for a parsed regulation text. */
export function starterFile(s: ParsedSource, opts: StarterOptions): Starter {
  const identity = readIdentity(s);
  const todo: string[] = [];
  const heading = `${s.title || `(no title) seeds/${opts.sourceFile}`}${identity.documentNumber.value ? `（${identity.documentNumber.value}）` : s.draftMarker ? `（${s.draftMarker}）` : ''}`;
  const lines = [
    `# ${heading}`,
    `# Starter written by \`npm run new-regulation\` from seeds/${opts.sourceFile}; see docs/authoring.md.`,
    ...comment(
      'Down to "Still to code", the values were read from the text, each with the citation the validator checks; a "guess" comment says what to confirm.',
    ),
    ...identityLines(identity, opts, todo),
    ...codingLines(s, todo),
    '',
    ...articleIndex(s, opts.sourceFile),
  ];
  return { yaml: `${lines.join('\n')}\n`, identity, todo };
}

/**
 * The starter for a raw source text, or why there can be none: a text that does
 * not parse into articles cannot be cited, so no starter is written for it.
 */
export function starterFromText(
  raw: string,
  opts: StarterOptions,
): { starter: Starter; source: ParsedSource } | { refused: string } {
  let source: ParsedSource;
  try {
    source = parseSource(raw);
  } catch (e) {
    if (!(e instanceof SourceParseError)) throw e;
    return { refused: e.message === NO_ARTICLE ? e.message : `the text cannot be parsed into articles: ${e.message}` };
  }
  if (!source.articles.length) return { refused: NO_ARTICLE };
  const sha256 = opts.sha256 ?? sha256Of(raw);
  return { starter: starterFile(source, { ...opts, sha256 }), source };
}
