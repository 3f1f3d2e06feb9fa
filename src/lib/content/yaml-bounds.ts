// Bounds a file must keep before its data is read. A regulation's coding and its rule cases
// take a few dozen KB and write every value out; a file of megabytes, or one using YAML aliases
// (a few hundred bytes of nested aliases stand for a billion values, which every reader of the
// data would walk), is refused with one problem, before any walk of its data.
import { type Alias, visit } from 'yaml';
import { excerpt } from './excerpt.ts';
import type { ContentProblem } from './problems.ts';
import type { LocatedYaml } from './yaml-lines.ts';

/**
 * The largest content, rule case or seed file read: 256 KB, seven times the largest real one (36 KB). The
 * position-keeping reader takes about a second for a file of that size where it is asked for lines.
 */
export const MAX_CONTENT_FILE_BYTES = 256 * 1024;

const MB = 1024 * 1024;
const sizeOf = (bytes: number) => (bytes < MB ? `${Math.round(bytes / 1024)} KB` : `${(bytes / MB).toFixed(1)} MB`);

/** The problem of a file larger than MAX_CONTENT_FILE_BYTES, told with both sizes, or nothing. */
export function fileSizeProblem(file: string, bytes: number, field = ''): ContentProblem | undefined {
  if (bytes <= MAX_CONTENT_FILE_BYTES) return undefined;
  return {
    file,
    field,
    message: `file of ${sizeOf(bytes)} (${bytes} bytes): expected at most ${sizeOf(MAX_CONTENT_FILE_BYTES)} (${MAX_CONTENT_FILE_BYTES} bytes); real ones take a few dozen KB`,
  };
}

// An alias starts a node: at a line's start, or after white space or a flow indicator. A text
// without one is read without the position-keeping reader (ADR 0006); a `*` inside a quoted
// text passes this test but not the reader's.
const MAY_HOLD_ALIAS = /(?:^|[\s[\]{},])\*/m;

/** The problem of a text that uses YAML aliases, at the first, or nothing. */
export function aliasProblem(file: string, text: string, locate: LocatedYaml['locate']): ContentProblem | undefined {
  if (!text.includes('*') || !MAY_HOLD_ALIAS.test(text)) return undefined;
  const { doc, lineCounter } = locate();
  // The reader keeps an alias as a node of its own: visiting the document does not expand it.
  const aliases: Alias[] = [];
  visit(doc, { Alias: (_, node) => void aliases.push(node) });
  const first = aliases[0];
  if (!first) return undefined;
  return {
    file,
    line: first.range ? lineCounter.linePos(first.range[0]).line : undefined,
    field: '',
    message: `YAML alias *${excerpt(first.source)} (${aliases.length} in the file): expected every value written out in full; these files take no anchors (&) or aliases (*), with which a few lines can stand for millions of values`,
  };
}
