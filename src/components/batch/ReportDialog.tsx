// One client's report over the table, read-only: the checker's own <Report>, in a modal <dialog> (which keeps
// focus inside and closes on Escape). Closing it returns focus to the button that opened it.
import { useEffect, useRef } from 'preact/hooks';
import type { ApplicantReport } from '../../lib/batch/upload.ts';
import { BACK_TO_TABLE, clientText, LOADING_REPORT, REPORT_UNAVAILABLE } from '../../lib/wording/batch-upload.ts';
import { Report } from '../check/Report.tsx';

/** What the dialog shows: nothing (closed), a report on its way, a report, or none to show. */
export type OpenReport = {
  row: number;
  name: string;
  regulation?: string;
  opener: HTMLElement;
  report?: ApplicantReport | null;
} | null;

interface Props {
  open: OpenReport;
  csv: boolean;
  base: string;
  dataAsOf: string;
  onClose: () => void;
}

export function ReportDialog({ open, csv, base, dataAsOf, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  if (open) opener.current = open.opener;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open !== null]);

  // Once the report is in, the regulation the reader chose is brought into view.
  const report = open?.report;
  useEffect(() => {
    if (!report || !open?.regulation) return;
    dialog.current
      ?.querySelector(`li.verdict[data-regulation="${CSS.escape(open.regulation)}"]`)
      ?.scrollIntoView({ block: 'start' });
  }, [report]);

  return (
    <dialog
      ref={dialog}
      class="report-dialog"
      aria-labelledby="report-dialog-title"
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
    >
      <div class="dialog-bar">
        <p id="report-dialog-title" class="dialog-title">
          {open && clientText(open.row, csv, open.name)}
        </p>
        <button type="button" class="primary" onClick={() => dialog.current?.close()}>
          {BACK_TO_TABLE}
        </button>
      </div>
      {open &&
        (open.report === undefined ? (
          <p aria-busy="true">{LOADING_REPORT}</p>
        ) : open.report === null ? (
          <p class="field-error">{REPORT_UNAVAILABLE}</p>
        ) : (
          <Report
            verdicts={open.report.verdicts}
            base={base}
            outOfPlace={new Set(open.report.outOfPlace)}
            dataAsOf={dataAsOf}
            state={open.report.state}
            fields={open.report.fields}
            checkDate={open.report.checkDate}
            regulations={open.report.regulations}
            answers={open.report.answers}
            applicantName={open.report.name}
          />
        ))}
    </dialog>
  );
}
