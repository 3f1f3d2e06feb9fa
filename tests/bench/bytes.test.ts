// The page-weight counter of bench/pages: on a tiny built site written to a temp
// folder, it follows scripts' static imports (a chunk shared by two scripts once),
// keeps dynamic imports apart, follows CSS @import and gzips each file on its own.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleImports, pageAssets, pageWeight, sizeOf } from '../../bench/lib/bytes.ts';

const FILES = {
  'index.html': `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">
    <script type="module" src="/_astro/a.js"></script>
    <script type="module" src="/_astro/b.js"></script>
    <script type="application/ld+json">{"@type":"WebPage"}</script>
    </head><body><h1>Hello</h1>
    <astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js" props="{&quot;rulesUrl&quot;:[0,&quot;/rules.json&quot;]}"></astro-island>
    </body></html>`,
  'plain/index.html':
    '<!doctype html><title>Plain</title><link rel=stylesheet href=../_astro/site.css><p data-src="/rules.json">No script, <a href="/rules.json">a link</a>.</p>',
  'mounted/index.html':
    '<!doctype html><div id="checker" data-rules-url="/rules.json"></div><script type="module" src="/_astro/side.js"></script>',
  '_astro/site.css': '@import url("./fonts.css");body{color:#123}',
  '_astro/fonts.css': 'h1{font-weight:700}',
  '_astro/a.js': 'import{s as e}from"./shared.js";import"./side.js";console.log(e)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a script's source text, with a template literal in it
  '_astro/b.js': 'import{s}from"./shared.js";document.onclick=()=>import("./search.js");import(`./${s}.js`)',
  '_astro/shared.js': 'export const s="shared".repeat(20);',
  '_astro/side.js': 'window.side=1',
  '_astro/search.js': 'import{s}from"./shared.js";import"./search-ui.js";export default s',
  '_astro/search-ui.js': 'export const ui="search ui"',
  '_astro/Island.js': 'import{h}from"./preact.js";export default h',
  '_astro/client.js': 'import{h}from"./preact.js";export default h',
  '_astro/preact.js': 'export const h=()=>null;',
  'rules.json': '{"rules":[]}',
} satisfies Record<string, string>;
type FileName = keyof typeof FILES;

let site: string;
const bytesOf = (...names: FileName[]) => names.reduce((n, name) => n + Buffer.byteLength(FILES[name]), 0);
const gzipOf = (...names: FileName[]) => names.reduce((n, name) => n + gzipSync(FILES[name], { level: 9 }).length, 0);

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'bench-bytes-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(site, name)), { recursive: true });
    writeFileSync(join(site, name), text);
  }
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('page weight', () => {
  it('finds scripts, stylesheets, island modules and island JSON in the HTML, but not JSON-LD', () => {
    const assets = pageAssets(FILES['index.html']);
    expect(assets.scripts).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/client.js', '/_astro/Island.js']);
    expect(assets.stylesheets).toEqual(['/_astro/site.css']);
    expect(assets.data).toEqual(['/rules.json']);
    expect(assets.inlineScripts).toEqual([]);
  });

  it('reads static, dynamic and computed imports from minified modules', () => {
    expect(moduleImports(FILES['_astro/b.js'])).toEqual({
      static: ['./shared.js'],
      dynamic: ['./search.js'],
      unresolved: 1,
    });
    expect(moduleImports(FILES['_astro/a.js']).static).toEqual(['./shared.js', './side.js']);
    const vite =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/x.js","_astro/y.js"])))=>i.map(i=>d[i]);import{a}from"./p.js";';
    expect(moduleImports(vite)).toEqual({
      static: ['./p.js'],
      dynamic: ['/_astro/x.js', '/_astro/y.js'],
      unresolved: 0,
    });
  });

  it('follows imports recursively, counting a chunk two scripts import once, and keeps import() apart', () => {
    const weight = pageWeight(site, '/')!;
    const loaded: FileName[] = [
      '_astro/a.js',
      '_astro/b.js',
      '_astro/shared.js',
      '_astro/side.js',
      '_astro/Island.js',
      '_astro/client.js',
      '_astro/preact.js',
    ];
    expect(weight.files.js.sort()).toEqual(loaded.map((f) => `/${f}`).sort());
    expect(weight.js).toEqual({ raw: bytesOf(...loaded), gzip: gzipOf(...loaded) });
    // search.js imports shared.js, already loaded with the page: only the rest is on demand.
    expect(weight.files.onDemandJs.sort()).toEqual(['/_astro/search-ui.js', '/_astro/search.js']);
    expect(weight.onDemandJs.raw).toBe(bytesOf('_astro/search.js', '_astro/search-ui.js'));
    expect(weight.unresolvedImports).toBe(1);
  });

  it('gzips each file on its own (level 9) and totals HTML, CSS (with @import), JS and JSON', () => {
    const weight = pageWeight(site, '/')!;
    expect(weight.html).toEqual(sizeOf(FILES['index.html']));
    expect(weight.html.gzip).toBe(gzipOf('index.html'));
    expect(weight.css).toEqual({
      raw: bytesOf('_astro/site.css', '_astro/fonts.css'),
      gzip: gzipOf('_astro/site.css', '_astro/fonts.css'),
    });
    expect(weight.json).toEqual({ raw: bytesOf('rules.json'), gzip: gzipOf('rules.json') });
    expect(weight.total.gzip).toBe(weight.html.gzip + weight.css.gzip + weight.js.gzip + weight.json.gzip);
    expect(weight.missing).toEqual([]);
  });

  it('resolves relative links from the page and reports a page without JS as zero', () => {
    const weight = pageWeight(site, '/plain/')!;
    expect(weight.files.css.sort()).toEqual(['/_astro/fonts.css', '/_astro/site.css']);
    expect(weight.js).toEqual({ raw: 0, gzip: 0 });
    expect(weight.inlineJs).toEqual({ raw: 0, gzip: 0 });
  });

  it('counts JSON named in a data-* attribute when the page runs code, never a linked one', () => {
    expect(pageWeight(site, '/mounted/')!.files.json).toEqual(['/rules.json']);
    expect(pageWeight(site, '/plain/')!.json).toEqual({ raw: 0, gzip: 0 });
  });

  it('returns undefined for a page the site does not have', () => {
    expect(pageWeight(site, '/search/')).toBeUndefined();
  });
});
