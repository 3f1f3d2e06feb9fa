// The Atom feed of regulations added or changed: updated is the day git last saw each content file change
// (the build day for a file git does not track, e.g. content read from another folder).
import { basename } from 'node:path';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { AS_OF, getRegulations, url } from '../data/regulations.ts';
import { contentLocation } from '../lib/content/location.ts';
import { jurisdictionName } from '../lib/jurisdiction.ts';
import { lastCommitDays } from '../lib/open-data/commit-days.ts';
import { buildAtomFeed } from '../lib/open-data/feed.ts';
import { regulationStatus } from '../lib/status.ts';
import { feedSummary } from '../lib/wording/open-data.ts';
import { statusText } from '../lib/wording/values.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(url(path), site).href;
  const files = new Map((await getCollection('regulations')).map((e) => [e.id, e.filePath]));
  const days = lastCommitDays(contentLocation().contentDir);
  const entries = (await getRegulations()).map(({ id, regulation: r, succession }) => {
    const file = files.get(id);
    return {
      title: r.title,
      pageUrl: absolute(`/regulations/${id}/`),
      summary: feedSummary(jurisdictionName(r), r.title, statusText(regulationStatus(r, AS_OF, succession))),
      updated: (file && days.get(basename(file))) || AS_OF,
      published: r.dates.issued?.date,
    };
  });
  const xml = buildAtomFeed({ feedUrl: absolute('/feed.xml'), homeUrl: absolute('/'), entries, asOf: AS_OF });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
