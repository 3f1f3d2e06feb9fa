// Dependencies point down: src/lib is plain TypeScript that runs in Node (no
// Astro, Preact or browser globals); the codebook, the facts registry and the
// schema sit at the bottom; builders return values and only src/lib/wording
// puts them into words; scripts import from src/lib, never from components.
// As Starlight's no-internal-barrel-imports test does, this reads the imports
// of every source file and fails on the first rule broken.
import { describe, expect, it } from 'vitest';
import {
  browserGlobalsIn,
  codeOnly,
  graphOf,
  importCycles,
  importSpecifiers,
  type LayerRule,
  layerViolations,
  sourceFiles,
} from '../support/import-graph.ts';
import { ROOT } from '../support/paths.ts';

const under =
  (...folders: string[]) =>
  (path: string) =>
    folders.some((f) => path.startsWith(`${f}/`));
const oneOf =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const either =
  (...tests: ((path: string) => boolean)[]) =>
  (path: string) =>
    tests.some((t) => t(path));

const FRAMEWORK = /^(?:astro(?::.*|\/.*)?|preact(?:\/.*)?|@astrojs\/.*|@preact\/.*)$/;
const isLib = under('src/lib');

const LAYER_RULES: LayerRule[] = [
  {
    name: 'src/lib imports no Astro or Preact',
    from: isLib,
    forbids: (t) => FRAMEWORK.test(t),
  },
  {
    name: 'src/lib imports nothing from the site around it',
    from: isLib,
    forbids: under('src/components', 'src/pages', 'src/layouts', 'src/scripts', 'src/data'),
  },
  {
    name: 'the codebook, the facts registry and the schema sit at the bottom',
    from: oneOf('src/lib/codebook.ts', 'src/lib/codebook-labels.ts', 'src/lib/facts.ts', 'src/lib/schema.ts'),
    forbids: either(under('src/lib/eligibility', 'src/lib/compare', 'src/lib/wording'), oneOf('src/lib/summary.ts')),
    transitive: true,
  },
  {
    name: 'the comparison does not build on the regulation page or the checker',
    from: under('src/lib/compare'),
    forbids: either(under('src/lib/eligibility'), oneOf('src/lib/summary.ts')),
  },
  {
    name: 'the engine returns reason codes; wording is applied above it',
    from: oneOf('src/lib/eligibility/engine.ts'),
    forbids: under('src/lib/wording'),
  },
  {
    name: 'scripts import from src/lib, not from components',
    from: under('src/scripts', 'scripts'),
    forbids: under('src/components'),
  },
];

describe('the layering checks', () => {
  // A small graph that breaks each rule once, beside modules that keep them.
  const graph = graphOf([
    { path: 'src/lib/codebook.ts', source: "import { x } from './wording/values.ts';" },
    { path: 'src/lib/schema.ts', source: "import { FACTS } from './facts.ts';" },
    { path: 'src/lib/facts.ts', source: "import type { Recipient } from './codebook.ts';" },
    { path: 'src/lib/wording/values.ts', source: "import { h } from 'preact';\nimport { y } from '../summary.ts';" },
    { path: 'src/lib/summary.ts', source: "export { y } from './wording/values.ts';" },
    { path: 'src/lib/compare/rows.ts', source: "const s = await import('../summary.ts');" },
    { path: 'src/lib/eligibility/engine.ts', source: "import { FACTS } from '../facts.ts';" },
    { path: 'src/lib/dates.ts', source: "import { AS_OF } from '../data/regulations.ts';" },
    { path: 'src/scripts/mount.ts', source: "import '../components/check/Checker.tsx';" },
    { path: 'src/components/check/Checker.tsx', source: "import { FACTS } from '../../lib/facts.ts';" },
  ]);

  it('read every import form the source uses', () => {
    const source = [
      "import a from './a.ts';",
      "import type { B } from '../b.ts';",
      "import {\n  c,\n  type D,\n} from 'c';",
      "import * as e from 'e';",
      "import './f.ts'; // first",
      "export { g } from './g.ts';",
      "const h = await import('./h.ts');",
      '<script src="../../components/check/mount.ts"></script>',
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(
      ['./a.ts', '../b.ts', 'c', 'e', './f.ts', './g.ts', './h.ts', '../../components/check/mount.ts'].sort(),
    );
  });

  it('find each broken rule, and only those', () => {
    expect(layerViolations(graph, LAYER_RULES).sort()).toEqual(
      [
        'src/lib imports no Astro or Preact: src/lib/wording/values.ts → preact',
        'src/lib imports nothing from the site around it: src/lib/dates.ts → src/data/regulations.ts',
        'the codebook, the facts registry and the schema sit at the bottom: src/lib/codebook.ts → src/lib/wording/values.ts',
        'the codebook, the facts registry and the schema sit at the bottom: src/lib/codebook.ts → src/lib/summary.ts',
        // facts.ts and schema.ts import only the bottom's own files, but reach the wording through codebook.ts.
        'the codebook, the facts registry and the schema sit at the bottom: src/lib/facts.ts → src/lib/wording/values.ts',
        'the codebook, the facts registry and the schema sit at the bottom: src/lib/facts.ts → src/lib/summary.ts',
        'the codebook, the facts registry and the schema sit at the bottom: src/lib/schema.ts → src/lib/wording/values.ts',
        'the codebook, the facts registry and the schema sit at the bottom: src/lib/schema.ts → src/lib/summary.ts',
        'the comparison does not build on the regulation page or the checker: src/lib/compare/rows.ts → src/lib/summary.ts',
        'scripts import from src/lib, not from components: src/scripts/mount.ts → src/components/check/Checker.tsx',
      ].sort(),
    );
  });

  it('follow imports through other modules where a rule says so', () => {
    // schema → facts → codebook → wording: the schema reaches the wording through the bottom's own files.
    const rule = LAYER_RULES.find((r) => r.transitive)!;
    const found = layerViolations(graph, [rule]);
    expect(found).toContain(`${rule.name}: src/lib/schema.ts → src/lib/wording/values.ts`);
    expect(found).toContain(`${rule.name}: src/lib/facts.ts → src/lib/summary.ts`);
    expect(layerViolations(graph, [{ ...rule, transitive: false }])).not.toContain(
      `${rule.name}: src/lib/schema.ts → src/lib/wording/values.ts`,
    );
  });

  it('find an import cycle, and none in a graph without one', () => {
    expect(importCycles(graph, isLib)).toEqual([
      ['src/lib/summary.ts', 'src/lib/wording/values.ts', 'src/lib/summary.ts'],
    ]);
    const acyclic = graphOf([
      { path: 'src/lib/a.ts', source: "import './b.ts'; import './c.ts';" },
      { path: 'src/lib/b.ts', source: "import './c.ts';" },
      { path: 'src/lib/c.ts', source: '' },
    ]);
    expect(importCycles(acyclic, isLib)).toEqual([]);
  });

  it('see browser globals in code, not in comments, strings or property names', () => {
    const source = [
      'const saved = localStorage.getItem(key);',
      "addEventListener('popstate', onPop);",
      '// document.title is the page title',
      "const label = 'window.open';",
      'const window = lookbackYears; const h = state.history.length;',
    ].join('\n');
    expect(browserGlobalsIn(source)).toEqual(['localStorage', 'addEventListener']);
    expect(codeOnly("a('x // y'); // z")).toBe("a('');  ");
  });
});

describe('the source tree', () => {
  const files = sourceFiles(ROOT, ['src', 'scripts']);
  const tree = graphOf(files);

  it('is read whole', () => {
    expect(tree.has('src/lib/schema.ts')).toBe(true);
    expect(tree.get('src/lib/schema.ts')?.imports).toContain('src/lib/facts.ts');
    expect([...tree.keys()].some((p) => p.endsWith('.astro'))).toBe(true);
  });

  it('keeps every layering rule', () => {
    expect(layerViolations(tree, LAYER_RULES)).toEqual([]);
  });

  it('has no import cycle among src/lib modules', () => {
    expect(importCycles(tree, isLib).map((c) => c.join(' → '))).toEqual([]);
  });

  it('uses no browser globals in src/lib', () => {
    const uses = files
      .filter((f) => isLib(f.path))
      .flatMap((f) => browserGlobalsIn(f.source).map((g) => `${f.path}: ${g}`));
    expect(uses).toEqual([]);
  });
});
