// The button that saves the report as a JSON file (src/lib/eligibility/report.ts gives its shape), made in the page:
// nothing leaves the browser. The line after it tells screen readers the file was made.
import { useState } from 'preact/hooks';
import { DOWNLOAD_REPORT, reportDownloadedText } from '../../lib/wording/report.ts';
import { downloadText } from '../download.ts';

interface Props {
  /** The document, made when the button is pressed (not on every render). */
  report: () => unknown;
  fileName: string;
}

export function ReportDownload({ report, fileName }: Props) {
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <p class="report-actions no-print">
      <button
        type="button"
        onClick={() => {
          downloadText(fileName, `${JSON.stringify(report(), null, 2)}\n`, 'application/json');
          setSaved(fileName);
        }}
      >
        {DOWNLOAD_REPORT}
      </button>{' '}
      <span role="status">{saved && reportDownloadedText(saved)}</span>
    </p>
  );
}
