// Page weight from a built site folder: what a reader downloads for one page.
// The HTML, the stylesheets it links (and their @imports), the scripts it loads
// and every module those import statically; dynamic import() targets are counted
// apart, as code fetched on demand (e.g. a search UI opened on a click).
// Each file is gzipped on its own (level 9), as a server would send it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { groups, matchedGroup } from '../../src/lib/regex.ts';

export interface Size {
  raw: number;
  gzip: number;
}

export const NO_BYTES: Size = { raw: 0, gzip: 0 };

export function sizeOf(content: string | Uint8Array): Size {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function addSizes(...sizes: Size[]): Size {
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), NO_BYTES);
}

/** What an HTML page asks for, as the URLs written in it. */
export interface PageAssets {
  /** <script src>, <link rel=modulepreload>, and Astro islands' component and renderer modules. */
  scripts: string[];
  /** <link rel=stylesheet> (print stylesheets too: browsers fetch them). */
  stylesheets: string[];
  /**
   * JSON files named in data-* attributes or island props, which the page's scripts fetch
   * (the only data fetches findable without running the page; links, href, are not fetches).
   */
  data: string[];
  /** Code of inline scripts: already in the HTML's bytes, listed to tell whether a page runs any JS. */
  inlineScripts: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#'))
      return String.fromCodePoint(Number(name.charAt(1).toLowerCase() === 'x' ? `0${name.slice(1)}` : name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=<>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const [name] = groups(m, 1);
    found.set(name.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return found;
}

// Script types a browser runs; others (JSON-LD, import maps, speculation rules) are data.
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { scripts: [], stylesheets: [], data: [], inlineScripts: [] };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [open, code] = groups(m, 2);
    const attrs = attributes(open);
    if (!RUNNABLE.has((attrs.get('type') ?? '').trim().toLowerCase())) continue;
    const src = attrs.get('src');
    if (src) assets.scripts.push(src);
    else if (code.trim()) assets.inlineScripts.push(code);
  }
  for (const [tag] of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(tag.slice(5));
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!href) continue;
    if (rel.includes('stylesheet') || (rel.includes('preload') && attrs.get('as') === 'style'))
      assets.stylesheets.push(href);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && attrs.get('as') === 'script'))
      assets.scripts.push(href);
  }
  // Astro's island loader imports these as soon as the island hydrates.
  for (const [tag] of withoutComments.matchAll(/<astro-island\b[^>]*>/gi)) {
    const attrs = attributes(tag.slice(13));
    for (const name of ['before-hydration-url', 'renderer-url', 'component-url']) {
      const url = attrs.get(name);
      if (url) assets.scripts.push(url);
    }
    for (const m of (attrs.get('props') ?? '').matchAll(/"([^"]+\.json)"/g)) assets.data.push(groups(m, 1)[0]);
  }
  for (const m of withoutComments.matchAll(/<[a-z][\w-]*\b([^>]*)>/gi)) {
    for (const [name, value] of attributes(groups(m, 1)[0])) {
      if (name.startsWith('data-') && /\.json(?:[?#].*)?$/.test(value)) assets.data.push(value);
    }
  }
  const unique = (list: string[]) => [...new Set(list)];
  return {
    scripts: unique(assets.scripts),
    stylesheets: unique(assets.stylesheets),
    data: unique(assets.data),
    inlineScripts: assets.inlineScripts,
  };
}

export interface ModuleImports {
  /** import ... from "x", import "x", export ... from "x": fetched before the module runs. */
  static: string[];
  /** import("x") with a literal specifier, plus the files Vite preloads with it (__vite__mapDeps). */
  dynamic: string[];
  /** import(expression): cannot be followed without running the code. */
  unresolved: number;
}

// A specifier that names a file (bundles have no bare specifiers left).
const FILE_SPECIFIER = /^(\.{1,2}\/|\/|https?:)/;

export function moduleImports(js: string): ModuleImports {
  const staticImports = [
    ...js.matchAll(/(?:^|[;}\s)/])(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?(["'`])([^"'`]+)\1/g),
  ]
    .map((m) => groups(m, 2)[1])
    .filter((s) => FILE_SPECIFIER.test(s));
  const calls = [...js.matchAll(/(?<![\w$.])import\s*\(/g)].length;
  const literal = [...js.matchAll(/(?<![\w$.])import\s*\(\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*\)/g)].map(
    matchedGroup,
  );
  // Vite lists a dynamic import's dependencies relative to the site root, without a leading slash.
  const preloaded = [
    ...(js.match(/__vite__mapDeps\s*=[^;]*?\[([^\]]*)\]/)?.[1] ?? '').matchAll(/["'`]([^"'`]+)["'`]/g),
  ].map((m) => `/${m[1]}`);
  return {
    static: [...new Set(staticImports)],
    dynamic: [...new Set([...literal.filter((s) => FILE_SPECIFIER.test(s)), ...preloaded])],
    unresolved: calls - literal.length,
  };
}

export function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g)].map((m) => groups(m, 1)[0]);
}

export interface PageWeight {
  /** The page's URL path, e.g. /regulations/hongqi-2022/. */
  page: string;
  html: Size;
  css: Size;
  /** Scripts loaded with the page and their static imports, each counted once. */
  js: Size;
  /** JSON the page's scripts fetch, where named statically (data-* attributes, island props). */
  json: Size;
  /** HTML + CSS + JS + JSON: the page's transfer. */
  total: Size;
  /** Inline script code (inside the HTML bytes above; not added again). */
  inlineJs: Size;
  /** Modules reachable only through import(): fetched on demand, not in the total. */
  onDemandJs: Size;
  files: { css: string[]; js: string[]; json: string[]; onDemandJs: string[] };
  /** Referenced but absent from the site folder, or on another host: not counted. */
  missing: string[];
  /** import(expression) calls met along the way, not followed. */
  unresolvedImports: number;
}

const ORIGIN = 'http://site.invalid';

/** The file a same-site URL path is served from, or undefined if none. */
export function fileFor(siteDir: string, urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath);
  const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const asFolder = join(siteDir, path, 'index.html');
  return existsSync(asFolder) ? asFolder : undefined;
}

/** Resolves `href` against `from` (a URL path); undefined when it points to another host. */
function resolvePath(href: string, from: string): string | undefined {
  const url = new URL(href, ORIGIN + from);
  return url.origin === ORIGIN ? url.pathname : undefined;
}

/** Measures one page of a built site; undefined when the site has no such page. */
export function pageWeight(siteDir: string, page: string): PageWeight | undefined {
  const htmlFile = fileFor(siteDir, page);
  if (!htmlFile) return undefined;
  const html = readFileSync(htmlFile);
  const assets = pageAssets(html.toString('utf8'));
  const missing: string[] = [];
  const sizes = new Map<string, Size>();
  const texts = new Map<string, string>();

  // Reads a same-site file once; records what cannot be found.
  const load = (href: string, from: string): string | undefined => {
    const path = resolvePath(href, from);
    const file = path && fileFor(siteDir, path);
    if (!path || !file) {
      missing.push(href);
      return undefined;
    }
    if (!sizes.has(path)) {
      const bytes = readFileSync(file);
      sizes.set(path, sizeOf(bytes));
      texts.set(path, bytes.toString('utf8'));
    }
    return path;
  };

  const css = new Set<string>();
  const followCss = (href: string, from: string) => {
    const path = load(href, from);
    if (!path || css.has(path)) return;
    css.add(path);
    for (const imported of cssImports(texts.get(path)!)) followCss(imported, path);
  };
  for (const href of assets.stylesheets) followCss(href, page);

  // Breadth-first over static imports; dynamic targets are queued for the on-demand set.
  let unresolvedImports = 0;
  const followModules = (entries: [string, string][], seen: Set<string>, exclude: Set<string>): [string, string][] => {
    const dynamic: [string, string][] = [];
    const queue = [...entries];
    while (queue.length) {
      const [href, from] = queue.shift()!;
      const path = load(href, from);
      if (!path || seen.has(path) || exclude.has(path)) continue;
      seen.add(path);
      const imports = moduleImports(texts.get(path)!);
      unresolvedImports += imports.unresolved;
      for (const s of imports.static) queue.push([s, path]);
      for (const d of imports.dynamic) dynamic.push([d, path]);
    }
    return dynamic;
  };
  const js = new Set<string>();
  const onDemand = new Set<string>();
  let pending = followModules(
    assets.scripts.map((s) => [s, page]),
    js,
    new Set(),
  );
  while (pending.length) pending = followModules(pending, onDemand, js);

  // Named data is only fetched if the page runs code.
  const runsCode = js.size > 0 || assets.inlineScripts.length > 0;
  const json = new Set(runsCode ? assets.data.map((href) => load(href, page)).filter((p) => p !== undefined) : []);
  const sum = (paths: Set<string>) => addSizes(...[...paths].map((p) => sizes.get(p)!));
  const weights = { html: sizeOf(html), css: sum(css), js: sum(js), json: sum(json) };
  return {
    page,
    ...weights,
    total: addSizes(weights.html, weights.css, weights.js, weights.json),
    inlineJs: assets.inlineScripts.length ? sizeOf(assets.inlineScripts.join('\n')) : NO_BYTES,
    onDemandJs: sum(onDemand),
    files: { css: [...css], js: [...js], json: [...json], onDemandJs: [...onDemand] },
    missing: [...new Set(missing)],
    unresolvedImports,
  };
}
