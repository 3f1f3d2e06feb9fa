// The Atom feed: well-formed XML in the Atom namespace, one entry per regulation, newest first, text escaped.
import { xml2js, type Element } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed, type FeedEntry } from '../../../src/lib/open-data/feed.ts';

const entry = (n: number, updated: string, title = `办法${n}`): FeedEntry => ({
  title,
  pageUrl: `https://atlas.example.org/regulations/r-${n}/`,
  summary: `摘要 ${n}`,
  updated,
});

const parse = (xml: string) => {
  const feed = (xml2js(xml) as Element).elements?.find((e) => e.name === 'feed');
  if (!feed) throw new Error('no <feed> element');
  return feed;
};
const child = (e: Element, name: string) => e.elements?.find((c) => c.name === name);
const text = (e: Element | undefined): string => (e?.elements ?? []).map((c) => c.text ?? c.cdata ?? '').join('');

describe('the Atom feed', () => {
  const input = {
    feedUrl: 'https://atlas.example.org/feed.xml',
    homeUrl: 'https://atlas.example.org/',
    asOf: '2026-11-22',
    entries: [entry(1, '2025-01-02'), entry(2, '2026-03-04', '<甲> & “乙”]]>'), entry(3, '2024-05-06')],
  };

  it('is Atom with one entry per regulation, newest first, updated the day its content changed', () => {
    const feed = parse(buildAtomFeed(input));
    expect(feed.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = feed.elements?.filter((e) => e.name === 'entry') ?? [];
    expect(entries.map((e) => text(child(e, 'id')))).toEqual(
      [2, 1, 3].map((n) => `https://atlas.example.org/regulations/r-${n}/`),
    );
    expect(entries.map((e) => text(child(e, 'updated')).slice(0, 10))).toEqual([
      '2026-03-04',
      '2025-01-02',
      '2024-05-06',
    ]);
    expect(text(child(feed, 'updated')).slice(0, 10)).toBe('2026-03-04');
    for (const e of entries) {
      expect(child(e, 'link')?.attributes?.href).toBe(text(child(e, 'id')));
      expect(text(child(e, 'summary'))).toMatch(/^摘要 \d$/);
    }
    expect(text(child(entries[0]!, 'title'))).toBe('<甲> & “乙”]]>');
  });

  it('has an id, a self link and an author, and the build day as updated when it has no entry', () => {
    const feed = parse(buildAtomFeed({ ...input, entries: [] }));
    expect(text(child(feed, 'id'))).toBe(input.feedUrl);
    expect(feed.elements?.find((e) => e.name === 'link' && e.attributes?.rel === 'self')?.attributes?.href).toBe(
      input.feedUrl,
    );
    expect(text(child(child(feed, 'author')!, 'name'))).toMatch(/\S/);
    expect(text(child(feed, 'updated')).slice(0, 10)).toBe('2026-11-22');
  });
});
