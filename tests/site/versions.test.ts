// Each built regulation page shows its line of versions (the earlier ones its repeal
// clause names, marked 已被替代 once it is in force) and where its text came from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegulationsOrThrow } from '../../src/lib/content/load.ts';
import { asOfDay } from '../../src/lib/content/location.ts';
import { SOURCE_URL_UNRECORDED } from '../../src/lib/schema.ts';
import { versionLines } from '../../src/lib/versions.ts';
import { CONTENT, DIST, SEEDS } from '../support/paths.ts';

const entries = loadRegulationsOrThrow({ contentDir: CONTENT, seedsDir: SEEDS });
const asOf = asOfDay();
const lineOf = versionLines(entries, asOf);
const page = (id: string) => readFileSync(join(DIST, 'regulations', id, 'index.html'), 'utf8');
/** The markup of a page's section with the given heading id, or undefined. */
const section = (html: string, heading: string) =>
  new RegExp(`<section[^>]*aria-labelledby="${heading}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1];
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('the line of versions on a regulation page', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: lists every version it replaces, with its state', (id, e) => {
    const versions = section(page(id), 'versions-heading');
    const line = lineOf(id);
    if (!line.length) {
      expect(versions).toBeUndefined();
      return;
    }
    if (!versions) throw new Error(`${id}: no line of versions on the page`);
    const items = [...versions.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1] ?? ''));
    expect(items).toHaveLength(line.length);
    for (const v of e.regulation.supersedes ?? [])
      if (v.documentNumber) expect(text(versions)).toContain(v.documentNumber);
    line.forEach((v, i) => {
      const item = items[i] ?? '';
      expect(item).toContain(v.title);
      // Superseded versions are marked so; this page's own version is marked as the current page.
      if (v.kind === 'text-only' && v.state === 'superseded') expect(item).toContain('已被替代');
      if (v.kind === 'coded' && v.current) expect(item).toContain('本页');
    });
    expect(versions).toContain('aria-current="page"');
  });
});

describe('the source of a regulation page', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: publisher, address or its absence, day and hash', (id, e) => {
    const source = section(page(id), 'source-heading');
    if (!source) throw new Error(`${id}: no source section on the page`);
    const s = e.regulation.source;
    const shown = text(source);
    expect(shown).toContain(s.publisher);
    expect(shown).toContain(s.sha256);
    expect(shown).toContain(`seeds/${s.file}`);
    if (s.url === SOURCE_URL_UNRECORDED) expect(shown).toContain('网页地址未记录');
    else expect(source).toContain(`href="${s.url}"`);
  });
});
