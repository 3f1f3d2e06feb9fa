// The Atom feed of regulations added or changed, for people who watch the
// atlas: one entry per regulation, updated on the last day its content file
// changed, newest first.
import { Feed } from 'feed';
import { ATLAS_NAME, FEED_TITLE } from '../wording/open-data.ts';
import { DATA_LICENSE } from './licence.ts';

export interface FeedEntry {
  title: string;
  /** The regulation page, absolute: the entry's id and link. */
  pageUrl: string;
  summary: string;
  /** The day its content last changed, YYYY-MM-DD. */
  updated: string;
  /** The day it was issued, when the text gives one to the day. */
  published?: string;
}

export interface FeedInput {
  /** The feed's own absolute address (its id and rel=self). */
  feedUrl: string;
  /** The site's home page, absolute. */
  homeUrl: string;
  entries: FeedEntry[];
  /** The build day: the feed's updated when it has no entry. */
  asOf: string;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isFullDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function buildAtomFeed({ feedUrl, homeUrl, entries, asOf }: FeedInput): string {
  const newest = [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
  const feed = new Feed({
    id: feedUrl,
    title: FEED_TITLE,
    link: homeUrl,
    language: 'zh-CN',
    updated: day(newest[0]?.updated ?? asOf),
    generator: false,
    feedLinks: { atom: feedUrl },
    author: { name: ATLAS_NAME, link: homeUrl },
    copyright: `${DATA_LICENSE.title} (${DATA_LICENSE.name})`,
  });
  for (const e of newest) {
    feed.addItem({
      title: e.title,
      id: e.pageUrl,
      link: e.pageUrl,
      date: day(e.updated),
      description: e.summary,
      ...(e.published && isFullDay(e.published) && { published: day(e.published) }),
    });
  }
  return feed.atom1();
}
