// Lines of a YAML text's nodes, for problem messages. The position-keeping
// reader (`yaml`) is slower than the data reader, so it reads the text only
// when a line is first asked for.
import { type Document, isNode, isScalar, LineCounter, parseDocument, visit, YAMLParseError } from 'yaml';
import { excerpt } from './excerpt.ts';
import { boundedProblems, type ContentProblem, type LineOf, type PathKey } from './problems.ts';

export interface LocatedYaml {
  /** The document with positions, read on first call. */
  locate: () => { doc: Document; lineCounter: LineCounter };
  /** Line of the node at `path`, or of its nearest ancestor present in the text. */
  lineOf: LineOf;
}

export function locatedYaml(yamlText: string): LocatedYaml {
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  const locate = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      // The reader's own check of duplicate keys compares each key with every earlier one of its
      // mapping: minutes on a crafted mapping of 40,000 keys. The same check, with a set, is below.
      const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: false });
      const duplicates = duplicateKeyErrors(doc, lineCounter);
      if (duplicates.length) doc.errors = [...doc.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
      located = { doc, lineCounter };
    }
    return located;
  };
  const lineOf = (path: readonly PathKey[]): number | undefined => {
    const { doc, lineCounter } = locate();
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { locate, lineOf };
}

/** The reader's syntax errors as problems, each at its line: `not valid YAML: …`. */
export function syntaxProblems(file: string, doc: Document): ContentProblem[] {
  return boundedProblems(doc.errors, file, (e) => ({
    file,
    line: e.linePos?.[0].line,
    field: '',
    message: `not valid YAML: ${excerpt(e.message.split('\n')[0] ?? '', 200)}`,
  }));
}

const NO_KEY = Symbol('no key');

/**
 * A key written twice in one mapping, as the reader reports it ("Map keys must be unique"): scalar keys
 * of the same value (1 and "1" differ), or two left out. A key that is itself a collection is never a duplicate.
 */
function duplicateKeyErrors(doc: Document, lineCounter: LineCounter): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (key !== null && !isScalar(key)) continue;
        const value = key === null ? NO_KEY : key.value;
        if (!seen.has(value)) {
          seen.add(value);
          continue;
        }
        const start = (isNode(key) && key.range?.[0]) || map.range?.[0] || 0;
        const error = new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
        error.linePos = [lineCounter.linePos(start), lineCounter.linePos(start + 1)];
        error.message += ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}`;
        errors.push(error);
      }
    },
  });
  return errors;
}
