// bench/pages' side-by-side search measurement: for each query, the atlas's search
// and Starlight's over the same texts, each in a fresh Chromium context, weighed from
// the page's first request to its first results (search-in-browser.ts, search-weight.ts).
// A step that fails is reported with its reason and the others go on.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { headersFor, readHeadersFile } from '../../tests/support/headers.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { type SearchFlow, type SearchRun, searchOnce } from './search-in-browser.ts';
import { sizeOf } from './bytes.ts';
import { compareWeights, isFavicon, KINDS, kindOf, type SearchWeight, weighResponses } from './search-weight.ts';

export interface SearchSite {
  /** The built site folder, served at the root. */
  dir: string;
  flow: SearchFlow;
}

export interface SideBySide {
  query: string;
  ours?: WeighedRun;
  starlight?: WeighedRun;
  errors: string[];
}

type WeighedRun = SearchRun & { weight: SearchWeight };
interface QueryOutcome {
  query: string;
  run?: WeighedRun;
  error?: string;
}

/** Serves `site.dir` (with its `_headers`, as a static host would) and runs every query in it. */
async function runSite(browser: Browser, site: SearchSite, queries: string[]): Promise<QueryOutcome[]> {
  const headersFile = join(site.dir, '_headers');
  const rules = existsSync(headersFile) ? readHeadersFile(headersFile) : [];
  let served = 0;
  const server = await serveStatic(site.dir, '/', (path) => {
    served++;
    return headersFor(rules, path);
  });
  try {
    // A search that does not finish is tried once more in a fresh context (a busy machine can stall one).
    const attempt = async (query: string, tries: number): Promise<QueryOutcome> => {
      try {
        const run = await searchOnce(browser, server.origin, site.flow, query, () => served);
        return { query, run: { ...run, weight: weighResponses(run.responses) } };
      } catch (e) {
        const reason = (e as Error).message.split('\n').slice(0, 6).join('\n');
        if (tries > 1) {
          console.log(`  search "${query}" failed, trying once more: ${reason.split('\n')[0]}`);
          return attempt(query, tries - 1);
        }
        return { query, error: reason };
      }
    };
    const runs: QueryOutcome[] = [];
    for (const query of queries) runs.push(await attempt(query, 2));
    return runs;
  } finally {
    await server.close();
  }
}

export async function searchSideBySide(
  browser: Browser,
  ours: SearchSite,
  starlight: SearchSite | undefined,
  queries: string[],
): Promise<SideBySide[]> {
  const a = await runSite(browser, ours, queries);
  const b = starlight ? await runSite(browser, starlight, queries) : [];
  return queries.map((query, i) => {
    const errors = [
      ...(a[i]?.error ? [`ours: ${a[i].error}`] : []),
      ...(starlight ? (b[i]?.error ? [`Starlight: ${b[i].error}`] : []) : ['Starlight: not built']),
    ];
    return { query, ours: a[i]?.run, starlight: b[i]?.run, errors };
  });
}

const num = (n: number) => n.toLocaleString('en-US');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Prints one query's table by kind and its ratio (with `listFiles`, every response counted); returns the
 * comparison (undefined: not measured).
 */
export function printSideBySide(
  size: string,
  m: SideBySide,
  say: (line?: string) => void,
  listFiles = false,
): { ratio: number; met: boolean } | undefined {
  say(`\nSearch "${m.query}" at ${size}: bytes from the page's first request to the first results (raw / gzip -9)`);
  const cell = (w: SearchWeight | undefined, kind: (typeof KINDS)[number]) => {
    const k = w?.kinds.find((x) => x.kind === kind);
    return k ? `${k.files} files ${num(k.raw)} / ${num(k.gzip)}` : '-';
  };
  const kinds = KINDS.filter((k) => [m.ours, m.starlight].some((r) => r?.weight.kinds.some((x) => x.kind === k)));
  const rows = [
    ...kinds.map((k) => [k, cell(m.ours?.weight, k), cell(m.starlight?.weight, k)]),
    ...([m.ours, m.starlight].every((r) => r === undefined)
      ? []
      : [
          [
            'total',
            ...[m.ours, m.starlight].map((r) =>
              r ? `${r.weight.total.files} files ${num(r.weight.total.raw)} / ${num(r.weight.total.gzip)}` : '-',
            ),
          ],
          ['results shown', ...[m.ours, m.starlight].map((r) => (r ? `${r.results} (${r.status})` : '-'))],
          [
            'time, requests',
            ...[m.ours, m.starlight].map((r) =>
              r ? `${(r.ms / 1000).toFixed(2)} s, ${r.responses.length} seen (${r.served} served)` : '-',
            ),
          ],
        ]),
  ];
  const header = ['kind', 'ours', 'Starlight'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  say(line(header));
  say(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) say(line(r));
  for (const e of m.errors) say(`  FAILED: ${e}`);
  for (const [who, r] of [
    ['ours', m.ours],
    ['Starlight', m.starlight],
  ] as const) {
    if (!r) continue;
    const counted = r.responses.filter((x) => !isFavicon(x));
    for (const failed of counted.filter((x) => (x.status ?? 200) >= 400))
      say(`  ${who}: ${failed.status} for ${new URL(failed.url).pathname} (its body counted)`);
    if (!r.results) say(`  note: ${who} showed no results, so its fragments were not fetched`);
    if (!listFiles) continue;
    say(`  ${who}, every response counted (the favicon left out):`);
    for (const x of counted)
      say(`    ${kindOf(x).padEnd(11)} ${num(sizeOf(x.body).gzip).padStart(8)} B gz  ${new URL(x.url).pathname}`);
  }
  if (!m.ours || !m.starlight) return undefined;
  const comparison = compareWeights(m.ours.weight, m.starlight.weight);
  const a = m.ours.weight.total.gzip;
  const b = m.starlight.weight.total.gzip;
  say(`ours / Starlight = ${num(a)} B (${kib(a)}) / ${num(b)} B (${kib(b)}) = ${comparison.ratio.toFixed(2)}`);
  return comparison;
}
