// The checker's calendar file: from the rule cases' verdicts, one all-day VEVENT per regulation and day the report
// computed, which ical.js parses back into the same days, summaries and descriptions; lines folded at 75 octets
// whatever the Chinese, text escaped; UIDs stable from the regulation, what the day clears and the day.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDates, calendarText, calendarUid } from '../../../src/lib/eligibility/calendar.ts';
import { checkRegulation } from '../../../src/lib/eligibility/engine.ts';
import { verdictsWithNextSteps } from '../../../src/lib/guide/next-steps.ts';
import { calendarDescription, calendarEvents, calendarSummary } from '../../../src/lib/wording/calendar.ts';
import { realEntries } from '../../support/regulations.ts';
import { ruleCases } from '../../support/rule-cases.ts';

const entries = realEntries();
const verdicts = ruleCases(entries).flatMap(({ file, c, answers }) => {
  const entry = entries.find((e) => e.id === file.regulation);
  return entry && answers ? [checkRegulation(entry, answers, c.checkDate)] : [];
});
const shown = verdictsWithNextSteps(verdicts);
const stamp = new Date('2026-12-02T08:30:00Z');

const parsedEvents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

describe('the calendar file', () => {
  it('has one day per regulation and day a finding is cleared, and marks the regulation’s own day', () => {
    let days = 0;
    for (const v of shown) {
      const dates = calendarDates([v]);
      const expected = new Set(
        [...v.failures, ...v.limits, ...v.tiers.flatMap((t) => t.findings)].flatMap((f) =>
          f.eligibleFrom ? [f.eligibleFrom] : [],
        ),
      );
      expect(dates.map((d) => d.day)).toEqual([...expected].sort());
      expect(dates.filter((d) => d.opens).map((d) => d.day)).toEqual(v.eligibleFrom ? [v.eligibleFrom] : []);
      for (const d of dates) expect(d.cleared.length).toBeGreaterThan(0);
      days += dates.length;
    }
    // The rule cases hold time-bound verdicts: the file is exercised.
    expect(days).toBeGreaterThan(0);
  });

  it('parses back, in ical.js, into the same all-day dates, summaries and descriptions', async () => {
    const dates = calendarDates(shown);
    const text = await calendarText(calendarEvents(dates), stamp);
    const events = parsedEvents(text);
    expect(events).toHaveLength(dates.length);
    events.forEach((vevent, i) => {
      const d = dates[i]!;
      const event = new ICAL.Event(vevent);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(d.day);
      expect(event.summary).toBe(calendarSummary(d));
      expect(event.description).toBe(calendarDescription(d));
      expect(event.uid).toBe(calendarUid(d));
      expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime()).toBe(stamp.getTime());
    });
    expect(text).toMatch(/^DTSTART;VALUE=DATE:\d{8}\r$/m);
    // Made again later, the UIDs are the same: a calendar that imports it twice updates, not doubles, the days.
    const again = parsedEvents(await calendarText(calendarEvents(dates), new Date()));
    expect(again.map((e) => e.getFirstPropertyValue('uid'))).toEqual(events.map((e) => e.getFirstPropertyValue('uid')));
    // One regulation's days (a report has one verdict a regulation) have a UID each.
    for (const v of shown) {
      const uids = calendarDates([v]).map(calendarUid);
      expect(new Set(uids).size).toBe(uids.length);
    }
  });

  it('folds every line at 75 octets without splitting a character, and escapes text', async () => {
    const [first] = calendarDates(shown);
    const date: CalendarDate = { ...first!, shortName: '区长质量奖'.repeat(20) };
    const summary = `${date.shortName}：a,b;c\\d`;
    const description = `第一行，含逗号, 分号; 反斜杠\\\n第二行${'质量'.repeat(60)}`;
    const text = await calendarText([{ date, summary, description }], stamp);
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(2);
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain('a\\,b\\;c\\\\d');
    const event = new ICAL.Event(parsedEvents(text)[0]);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description);
  });

  it('has no day where the report computed none', async () => {
    expect(
      calendarDates(
        shown.filter(
          (v) => !v.eligibleFrom && !v.limits.length && v.tiers.every((t) => !t.findings.some((f) => f.eligibleFrom)),
        ),
      ),
    ).toEqual([]);
    const events = parsedEvents(await calendarText([], stamp));
    expect(events).toEqual([]);
  });
});
