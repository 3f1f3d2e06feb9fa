// The import graph of the source tree, read as text, and the layering rules
// checked on it: which folders may import which, no browser globals where code
// must run in Node, and no cycles. A regex over the import forms this project
// writes is enough; a parser would be one more dependency for the same answer.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { groups } from '../../src/lib/regex.ts';

/** A module: its repository path, what it imports (repository paths, or package names as written), its text. */
export interface ModuleNode {
  path: string;
  imports: string[];
  source: string;
}

export type ImportGraph = Map<string, ModuleNode>;

/** A layering rule: modules matching `from` must not import what `forbids` matches. */
export interface LayerRule {
  name: string;
  from: (path: string) => boolean;
  forbids: (target: string) => boolean;
  /** Also forbid reaching a target through other modules (for the bottom of the layers). */
  transitive?: boolean;
}

const IMPORT_FORMS = [
  /\bimport\s+(?:type\s+)?[\w$*{},\s]+?\s+from\s*['"]([^'"]+)['"]/g, // import x from '…', import type { x } from '…'
  /\bexport\s+(?:type\s+)?[\w$*{},\s]+?\s+from\s*['"]([^'"]+)['"]/g, // export { x } from '…'
  /\bimport\s*['"]([^'"]+)['"]/g, // import '…' (for its effect)
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('…')
  /<script\b[^>]*\bsrc=["']([^"']+\.(?:ts|tsx|js|mjs))["']/g, // an Astro page's <script src="…">
];

/** The import specifiers a module's text names, in order of appearance per form. */
export function importSpecifiers(source: string): string[] {
  return IMPORT_FORMS.flatMap((form) => [...source.matchAll(form)].map((m) => groups(m, 1)[0]));
}

const isRelative = (spec: string) => spec.startsWith('./') || spec.startsWith('../');

/** A specifier as a repository path (relative ones resolved against the importing file), or the package as written. */
export function resolveSpecifier(fromPath: string, spec: string): string {
  return isRelative(spec)
    ? normalize(join(dirname(fromPath), spec))
        .split('\\')
        .join('/')
    : spec;
}

/** Code without comments and string contents, so that words in them are not taken for code. */
export function codeOnly(source: string): string {
  return source.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
    (m) => (m.startsWith('/') ? ' ' : "''"),
  );
}

const BROWSER_GLOBALS = [
  /(?<![.\w$])(?:window|document|localStorage|sessionStorage|location|history|navigator)\s*[.[]/g,
  /(?<![.\w$])(?:addEventListener|removeEventListener|requestAnimationFrame)\s*\(/g,
];

/** The browser globals a module's code uses (`document.…`, `localStorage.…`, `addEventListener(…)`). */
export function browserGlobalsIn(source: string): string[] {
  const code = codeOnly(source);
  return BROWSER_GLOBALS.flatMap((form) => [...code.matchAll(form)].map((m) => m[0].replace(/\s*[.[(]$/, '')));
}

export function graphOf(files: { path: string; source: string }[]): ImportGraph {
  return new Map(
    files.map(({ path, source }) => [
      path,
      { path, source, imports: importSpecifiers(source).map((s) => resolveSpecifier(path, s)) },
    ]),
  );
}

/** Every module reachable from a module through imports within the graph, itself excluded. */
function reachableFrom(graph: ImportGraph, start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [...(graph.get(start)?.imports ?? [])];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (seen.has(next) || next === start) continue;
    seen.add(next);
    todo.push(...(graph.get(next)?.imports ?? []));
  }
  return seen;
}

/** Each broken rule, as "rule: importer → imported". */
export function layerViolations(graph: ImportGraph, rules: LayerRule[]): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    for (const node of graph.values()) {
      if (!rule.from(node.path)) continue;
      const targets = rule.transitive ? [...reachableFrom(graph, node.path)] : node.imports;
      for (const t of new Set(targets)) if (rule.forbids(t)) out.push(`${rule.name}: ${node.path} → ${t}`);
    }
  }
  return out;
}

/** A cycle's modules as the path round it, begun at its first module in sort order so that one cycle reads one way. */
function fromSmallest(round: string[]): string[] {
  const [first] = [...round].sort();
  if (first === undefined) return [];
  const start = round.indexOf(first);
  const path = [...round.slice(start), ...round.slice(0, start)];
  return [...path, first];
}

/** The import cycles among the modules `within` selects, each as the path round it (a → b → a). */
export function importCycles(graph: ImportGraph, within: (path: string) => boolean): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (path: string) => {
    state.set(path, 'open');
    stack.push(path);
    for (const next of graph.get(path)?.imports ?? []) {
      if (!within(next) || !graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push(fromSmallest(stack.slice(stack.indexOf(next))));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(path, 'done');
  };
  for (const path of [...graph.keys()].filter(within).sort()) if (!state.has(path)) visit(path);
  return cycles;
}

const SOURCE_FILE = /\.(?:ts|tsx|mts|astro)$/;

/** The source files below some folders of the repository, as repository paths with their text. */
export function sourceFiles(root: string, folders: string[]): { path: string; source: string }[] {
  return folders.flatMap((folder) =>
    (readdirSync(join(root, folder), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile() && SOURCE_FILE.test(d.name))
      .map((d) => {
        const path = relative(root, join(d.parentPath, d.name)).split('\\').join('/');
        return { path, source: readFileSync(join(root, path), 'utf8') };
      }),
  );
}
