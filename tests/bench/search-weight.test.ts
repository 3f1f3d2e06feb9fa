// bench/pages' search weight: responses grouped by kind from their content type and
// body (WebAssembly found by its header, bare or gzipped behind a signature as Pagefind
// serves it), each body gzipped on its own; and the ours ≤ Starlight's verdict.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sizeOf } from '../../bench/lib/bytes.ts';
import { compareWeights, kindOf, type ReceivedResponse, weighResponses } from '../../bench/lib/search-weight.ts';

const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05]);
const response = (path: string, contentType: string, body: string | Uint8Array): ReceivedResponse => ({
  url: `http://127.0.0.1:4321${path}`,
  contentType,
  body: typeof body === 'string' ? Buffer.from(body) : body,
});

describe('search weight', () => {
  it('tells kinds from content types, then WebAssembly by its header, then fragments by path', () => {
    expect(kindOf(response('/search/', 'text/html; charset=utf-8', '<p>'))).toBe('HTML');
    expect(kindOf(response('/_astro/a.css', 'text/css', 'p{}'))).toBe('CSS');
    expect(kindOf(response('/_astro/a.js', 'text/javascript; charset=utf-8', ''))).toBe('JS');
    expect(kindOf(response('/x.mjs', 'application/javascript', ''))).toBe('JS');
    expect(kindOf(response('/x', 'application/wasm', 'not even wasm'))).toBe('WebAssembly');
    expect(kindOf(response('/pagefind/wasm.unknown.pagefind', 'application/octet-stream', WASM))).toBe('WebAssembly');
    const signed = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), WASM]));
    expect(kindOf(response('/pagefind/wasm.zh.pagefind', 'application/octet-stream', signed))).toBe('WebAssembly');
    // Gzipped data that is not WebAssembly, and a body that only looks gzipped.
    const index = gzipSync(Buffer.from('pagefind_dcd index words'));
    expect(kindOf(response('/pagefind/index/zh_1.pf_index', 'application/octet-stream', index))).toBe('index');
    expect(kindOf(response('/x.bin', 'application/octet-stream', Buffer.from([0x1f, 0x8b, 0, 1])))).toBe('index');
    expect(kindOf(response('/search/index.json', 'application/json', '{}'))).toBe('index');
    expect(kindOf(response('/search/grams/3f.bin', '', Buffer.from([1, 2, 3])))).toBe('index');
    expect(kindOf(response('/pagefind/fragment/zh_ab.pf_fragment', 'application/octet-stream', index))).toBe(
      'fragment',
    );
    expect(kindOf(response('/search/texts/12.json', 'application/json', '[]'))).toBe('fragment');
    expect(kindOf(response('/logo.svg', 'image/svg+xml', '<svg/>'))).toBe('other');
  });

  it('sums files, raw and gzip bytes per kind in a fixed order, and in total', () => {
    const html = '<!doctype html><p>搜索</p>'.repeat(20);
    const js = 'export const a = 1;'.repeat(50);
    const weight = weighResponses([
      response('/_astro/b.js', 'text/javascript', js),
      response('/search/', 'text/html', html),
      response('/_astro/c.js', 'text/javascript', 'console.log(1)'),
    ]);
    expect(weight.kinds.map((k) => k.kind)).toEqual(['HTML', 'JS']);
    const jsSizes = [sizeOf(js), sizeOf('console.log(1)')];
    expect(weight.kinds[1]).toEqual({
      kind: 'JS',
      files: 2,
      raw: jsSizes[0]!.raw + jsSizes[1]!.raw,
      gzip: jsSizes[0]!.gzip + jsSizes[1]!.gzip,
    });
    expect(weight.total).toEqual({
      files: 3,
      raw: sizeOf(html).raw + weight.kinds[1]!.raw,
      gzip: sizeOf(html).gzip + weight.kinds[1]!.gzip,
    });
    expect(weight.total.gzip).toBeLessThan(weight.total.raw);
    expect(weighResponses([])).toEqual({ kinds: [], total: { files: 0, raw: 0, gzip: 0 } });
  });

  it('leaves the favicon out, even when a 404 page answers for it', () => {
    const page = response('/search/', 'text/html', '<p>搜索</p>');
    const missingIcon = { ...response('/favicon.svg', 'text/html', '<h1>404</h1>'.repeat(40)), status: 404 };
    const icon = response('/atlas/favicon.ico', 'image/x-icon', Buffer.from([0, 0, 1, 0]));
    expect(weighResponses([page, missingIcon, icon])).toEqual(weighResponses([page]));
    expect(weighResponses([response('/favicon.svg.json', 'application/json', '{}')]).total.files).toBe(1);
  });

  it('meets the target when ours is at most Starlight’s, gzip', () => {
    const of = (text: string) => weighResponses([response('/', 'text/html', text)]);
    const small = of('a');
    const large = of('a much longer page, less compressible: 质量奖 提名奖 申报 0123456789');
    expect(compareWeights(small, large).met).toBe(true);
    expect(compareWeights(small, small)).toEqual({ ratio: 1, met: true });
    const worse = compareWeights(large, small);
    expect(worse.met).toBe(false);
    expect(worse.ratio).toBeCloseTo(large.total.gzip / small.total.gzip);
  });
});
