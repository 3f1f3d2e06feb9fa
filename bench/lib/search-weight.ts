// What a reader downloads to see a search's first results, from the network
// responses a browser received: each body counted raw and gzipped on its own at
// level 9 (bytes.ts, as a server would send it), grouped by kind. The kind comes
// from the response's content type and the body itself (WebAssembly by its magic
// number and version near the start, gzipped or not: Pagefind serves it gzipped behind
// a signature); only index vs fragment, a label for the breakdown, reads the path.
// The favicon is left out, as in the page weights: the browser asks for it whether or
// not the site has one (Starlight's baseline has none and answers with its 404 page). Pure: no browser here (search-in-browser.ts collects the responses).
import { gunzipSync } from 'node:zlib';
import { addSizes, NO_BYTES, type Size, sizeOf } from './bytes.ts';

export interface ReceivedResponse {
  url: string;
  /** HTTP status; an error's body (a 404 page) is counted too, as it was downloaded. */
  status?: number;
  contentType: string;
  body: Uint8Array;
}

export const KINDS = ['HTML', 'CSS', 'JS', 'WebAssembly', 'index', 'fragment', 'other'] as const;
export type Kind = (typeof KINDS)[number];

// "\0asm" and version 1, within the first bytes (after a signature, if any).
const WASM_HEADER = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const HEADER_WITHIN = 64;
const hasWasmHeader = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, HEADER_WITHIN)).includes(WASM_HEADER);

function isWasm(body: Uint8Array): boolean {
  if (hasWasmHeader(body)) return true;
  if (body[0] !== 0x1f || body[1] !== 0x8b) return false;
  try {
    return hasWasmHeader(gunzipSync(body));
  } catch {
    return false;
  }
}

// Text a search's data files hold per result (Pagefind's fragments, the atlas's texts/).
const FRAGMENT_PATH = /fragment|\/texts?\//i;

export function kindOf(response: ReceivedResponse): Kind {
  const type = response.contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html') return 'HTML';
  if (type === 'text/css') return 'CSS';
  if (/(java|ecma)script/.test(type)) return 'JS';
  if (type === 'application/wasm' || isWasm(response.body)) return 'WebAssembly';
  if (type.startsWith('image/') || type.startsWith('font/')) return 'other';
  return FRAGMENT_PATH.test(new URL(response.url).pathname) ? 'fragment' : 'index';
}

export interface KindWeight extends Size {
  kind: Kind;
  files: number;
}

export interface SearchWeight {
  /** Kinds that occurred, in KINDS order. */
  kinds: KindWeight[];
  total: Size & { files: number };
}

export const isFavicon = (response: ReceivedResponse) => /\/favicon\.[a-z]+$/i.test(new URL(response.url).pathname);

export function weighResponses(responses: ReceivedResponse[]): SearchWeight {
  const byKind = new Map<Kind, KindWeight>();
  const counted = responses.filter((r) => !isFavicon(r));
  for (const response of counted) {
    const kind = kindOf(response);
    const sum = byKind.get(kind) ?? { kind, files: 0, ...NO_BYTES };
    const size = sizeOf(response.body);
    byKind.set(kind, { kind, files: sum.files + 1, raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip });
  }
  const kinds = KINDS.flatMap((k) => byKind.get(k) ?? []);
  return { kinds, total: { files: counted.length, ...addSizes(...kinds) } };
}

/** Ours / theirs of the gzip totals, and whether ours is at most theirs (the target). */
export function compareWeights(ours: SearchWeight, theirs: SearchWeight): { ratio: number; met: boolean } {
  const ratio = ours.total.gzip / theirs.total.gzip;
  return { ratio, met: ours.total.gzip <= theirs.total.gzip };
}
