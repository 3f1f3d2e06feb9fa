// The days a report computed for the applicant (a ban ends, the years of operation are reached, a re-application
// opens), as an iCalendar file a calendar program imports. calendarDates collects them from the verdicts (values and
// codes: src/lib/wording/calendar.ts words them); calendarText writes the file with ical.js, imported only when a
// file is asked for, so the checker's page does not carry the library until then.
import type { Finding, RegulationVerdict } from './engine.ts';

/** Why a day matters, from the finding it clears. */
export type CalendarReason = 'ban-ends' | 'reapplication-opens' | 'years-reached' | 'record-leaves-window';

/** One thing a day clears: a finding of the verdict, and the tier it closed (re-application waits). */
export interface Cleared {
  reason: CalendarReason;
  finding: Finding;
  tier?: string;
}

/** One day of one regulation, with what it clears. */
export interface CalendarDate {
  regulation: string;
  shortName: string;
  day: string;
  /** The regulation's own day: from it no checkable hard condition stands in the way of some tier sought. */
  opens: boolean;
  awardCycle?: RegulationVerdict['awardCycle'];
  cleared: Cleared[];
}

/** A day in words, ready for the file. */
export interface CalendarEvent {
  date: CalendarDate;
  summary: string;
  description: string;
}

function reasonOf(f: Finding): CalendarReason {
  if (f.code === 'ban-in-force') return 'ban-ends';
  if (f.code === 'reapplication-wait') return 'reapplication-opens';
  const failed = f.code === 'tested' ? f.tests.find((t) => t.result === 'fail' && 'eligibleFrom' in t) : undefined;
  return failed && (failed.code === 'years-not-reached' || failed.code === 'work-years')
    ? 'years-reached'
    : 'record-leaves-window';
}

/**
 * The days of these verdicts, one per regulation and day, in the order of the verdicts and then of the days: each
 * finding time clears (the regulation's failures and limits, each tier's waits), and the regulation's own day.
 * Give it the verdicts the report shows next steps for (verdictsWithNextSteps).
 */
export function calendarDates(verdicts: readonly RegulationVerdict[]): CalendarDate[] {
  return verdicts.flatMap((v) => {
    const byDay = new Map<string, CalendarDate>();
    const add = (f: Finding, tier?: string) => {
      if (!f.eligibleFrom) return;
      const date = byDay.get(f.eligibleFrom) ?? {
        regulation: v.id,
        shortName: v.shortName,
        day: f.eligibleFrom,
        opens: f.eligibleFrom === v.eligibleFrom,
        ...(v.awardCycle && { awardCycle: v.awardCycle }),
        cleared: [],
      };
      byDay.set(f.eligibleFrom, date);
      // A wait told on the regulation (every tier closed) is told again under each tier: it clears once per tier.
      const same = date.cleared.find((c) => c.finding.id === f.id && (c.tier === tier || !c.tier || !tier));
      if (same) same.tier ??= tier;
      else date.cleared.push({ reason: reasonOf(f), finding: f, ...(tier && { tier }) });
    };
    for (const t of v.tiers) for (const f of t.findings) add(f, t.name);
    for (const f of [...v.failures, ...v.limits]) add(f);
    return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  });
}

const SITE_ID = 'quality-award-atlas';

/** A day's UID, the same however often the file is made: the regulation, what it clears, and the day. */
export const calendarUid = (d: CalendarDate): string =>
  `${d.day}-${d.regulation}-${[...new Set(d.cleared.map((c) => c.finding.id))].sort().join('+')}@${SITE_ID}`;

/** The day after, for an all-day event's end. */
const nextDay = (day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** The file: one all-day VEVENT a day, stamped with the moment it was made. */
export async function calendarText(events: readonly CalendarEvent[], stamp: Date): Promise<string> {
  const { default: ICAL } = await import('ical.js');
  // ical.js folds after foldLength octets and then starts the next line with a space: 74 keeps every line, space
  // included, within RFC 5545's 75 octets.
  ICAL.foldLength = 74;
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', `-//${SITE_ID}//checker//ZH`);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  const dtstamp = ICAL.Time.fromJSDate(stamp, true);
  for (const e of events) {
    const vevent = new ICAL.Component('vevent');
    const event = new ICAL.Event(vevent);
    event.uid = calendarUid(e.date);
    vevent.updatePropertyWithValue('dtstamp', dtstamp);
    event.startDate = ICAL.Time.fromDateString(e.date.day);
    event.endDate = ICAL.Time.fromDateString(nextDay(e.date.day));
    event.summary = e.summary;
    event.description = e.description;
    // A reminder to look at, not a busy day.
    vevent.updatePropertyWithValue('transp', 'TRANSPARENT');
    calendar.addSubcomponent(vevent);
  }
  return calendar.toString();
}
