// The button that saves the days the report computed (a ban ends, years are reached, a re-application opens) as an
// iCalendar file, made in the page: ical.js is loaded when the button is pressed, and nothing leaves the browser.
// Shown only where the report has at least one such day.
import { useState } from 'preact/hooks';
import { calendarDates, calendarText } from '../../lib/eligibility/calendar.ts';
import type { RegulationVerdict } from '../../lib/eligibility/engine.ts';
import { calendarDownloadedText, calendarEvents, DOWNLOAD_CALENDAR } from '../../lib/wording/calendar.ts';
import { downloadText } from '../download.ts';

interface Props {
  /** The verdicts the report shows next steps for (verdictsWithNextSteps). */
  verdicts: RegulationVerdict[];
  fileName: string;
}

export function CalendarDownload({ verdicts, fileName }: Props) {
  const [saved, setSaved] = useState<string | null>(null);
  const dates = calendarDates(verdicts);
  if (!dates.length) return null;
  return (
    <p class="report-actions no-print">
      <button
        type="button"
        onClick={async () => {
          const text = await calendarText(calendarEvents(dates), new Date());
          downloadText(fileName, text, 'text/calendar;charset=utf-8');
          setSaved(fileName);
        }}
      >
        {DOWNLOAD_CALENDAR}
      </button>{' '}
      <span role="status">{saved && calendarDownloadedText(saved)}</span>
    </p>
  );
}
