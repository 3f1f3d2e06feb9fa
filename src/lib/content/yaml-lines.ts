// Lines of a YAML text's nodes, for problem messages. The position-keeping
// reader (`yaml`) is slower than the data reader, so it reads the text only
// when a line is first asked for.
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { LineOf, PathKey } from './problems.ts';

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
      located = { doc: parseDocument(yamlText, { lineCounter }), lineCounter };
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
