// Batch checking in the browser: a file of clients in `npm run check`'s format, checked here by a worker against
// the site's rules; the bad rows by row and column, a filterable table of client × regulation × tier, each client's
// report, and the results as CSV and JSON. The composition; the work is in src/lib/batch and check.worker.ts.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { tableRows } from '../../lib/batch/filters.ts';
import { type ResultRow, resultsCsv, resultsJson } from '../../lib/batch/results.ts';
import { fileProblemText, problemLine } from '../../lib/wording/batch.ts';
import {
  BAD_ROWS_HEADING,
  checkedSummaryText,
  clientText,
  DOWNLOAD_CSV,
  DOWNLOAD_JSON,
  downloadedText,
  FORGET_FILE,
  keptText,
  NOT_KEPT_TEXT,
  progressText,
  READING_TEXT,
  RESULTS_HEADING,
  uploadLimitText,
  WORKER_FAILED,
} from '../../lib/wording/batch-upload.ts';
import { downloadText } from '../download.ts';
import { forgetFile, keepFile, keptFile, MAX_KEPT_CHARS } from './kept-file.ts';
import { type OpenReport, ReportDialog } from './ReportDialog.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { Upload } from './Upload.tsx';
import { type BatchState, useBatchWorker } from './useBatchWorker.ts';
import { useFilterUrl } from './useFilterUrl.ts';

interface Props {
  rulesUrl: string;
  base: string;
  dataAsOf: string;
}

/** The downloads' names: the uploaded file's, with 结果. */
const resultName = (fileName: string, ext: string) => `${fileName.replace(/\.[^.]*$/, '') || '申报者'}-结果.${ext}`;

/** One live region for the reading and checking, so a screen reader hears each step. */
function Progress({ state }: { state: BatchState }) {
  const busy = state.phase === 'reading' || state.phase === 'checking';
  return (
    <p role="status" aria-busy={busy} class="batch-progress">
      {state.phase === 'reading' && READING_TEXT}
      {state.phase === 'checking' && (
        <>
          {progressText(state.done, state.total)} <progress value={state.done} max={state.total} />
        </>
      )}
    </p>
  );
}

export default function BatchChecker({ rulesUrl, base, dataAsOf }: Props) {
  const worker = useBatchWorker(rulesUrl, base);
  const [filter, setFilter] = useFilterUrl();
  const [kept, setKept] = useState<'kept' | 'not-kept' | null>(null);
  const [open, setOpen] = useState<OpenReport>(null);
  const [saved, setSaved] = useState<string | null>(null);

  // The last file of this tab, if it was kept: its results again, as before the reload.
  useEffect(() => {
    const file = keptFile();
    if (!file) return;
    setKept('kept');
    worker.start(new Blob([file.text]), file.name);
  }, []);

  const choose = async (file: File) => {
    setOpen(null);
    setSaved(null);
    // Only a small file is read here (to keep it); a large one goes to the worker unread.
    const keeps = file.size <= MAX_KEPT_CHARS && keepFile({ name: file.name, text: await file.text() });
    if (!keeps) forgetFile();
    setKept(keeps ? 'kept' : 'not-kept');
    worker.start(file, file.name);
  };

  const { state } = worker;
  const busy = state.phase === 'reading' || state.phase === 'checking';
  const rows = useMemo(() => (state.phase === 'done' ? tableRows(state.outcome.rows) : []), [state]);
  const openReport = ({ row, name }: ResultRow, regulation: string | undefined, opener: HTMLElement) => {
    setOpen({ row, name, regulation, opener });
    worker.report(row).then((report) => setOpen((o) => (o && o.row === row ? { ...o, report } : o)));
  };
  const save = (fileName: string, text: string, type: string) => {
    downloadText(fileName, text, type);
    setSaved(fileName);
  };

  return (
    <div class="batch">
      <Upload onFile={choose} busy={busy} />
      {kept === 'kept' && state.phase !== 'idle' && (
        <p class="note kept">
          {keptText(state.fileName)}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              forgetFile();
              location.reload();
            }}
          >
            {FORGET_FILE}
          </button>
        </p>
      )}
      {kept === 'not-kept' && <p class="note kept">{NOT_KEPT_TEXT}</p>}
      <Progress state={state} />
      {state.phase === 'failed' && (
        <p class="field-error" role="alert">
          {WORKER_FAILED}：{state.message}
        </p>
      )}
      {state.phase === 'done' && (
        <section class="batch-results-section" aria-labelledby="results-title">
          <h2 id="results-title">{RESULTS_HEADING}</h2>
          {state.outcome.limit && (
            <p class="field-error" role="alert">
              {uploadLimitText(state.outcome.limit)}
            </p>
          )}
          {state.outcome.problem && (
            <p class="field-error file-problem" role="alert">
              {fileProblemText(state.outcome.problem)}
            </p>
          )}
          {!state.outcome.limit && (
            <p class="batch-summary">{checkedSummaryText(state.outcome.applicants, state.outcome.invalid.length)}</p>
          )}
          {state.outcome.invalid.length > 0 && (
            <section class="bad-rows" aria-labelledby="bad-rows-title">
              <h3 id="bad-rows-title">{BAD_ROWS_HEADING}</h3>
              <ul>
                {state.outcome.invalid.map((a) => (
                  <li data-row={a.row}>
                    <strong>{clientText(a.row, state.csv, a.name)}</strong>
                    <ul>
                      {a.problems.map((p) => (
                        <li data-field={p.field}>{problemLine(p)}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {state.outcome.rows.length > 0 && (
            <>
              <p class="batch-downloads">
                <button
                  type="button"
                  onClick={() =>
                    save(resultName(state.fileName, 'csv'), resultsCsv(state.outcome.rows), 'text/csv;charset=utf-8')
                  }
                >
                  {DOWNLOAD_CSV}
                </button>{' '}
                <button
                  type="button"
                  onClick={() =>
                    save(resultName(state.fileName, 'json'), resultsJson(state.outcome.rows), 'application/json')
                  }
                >
                  {DOWNLOAD_JSON}
                </button>{' '}
                <span role="status">{saved && downloadedText(saved)}</span>
              </p>
              <ResultsTable rows={rows} filter={filter} onFilter={setFilter} onOpen={openReport} />
            </>
          )}
        </section>
      )}
      <ReportDialog
        open={open}
        csv={state.phase === 'done' && state.csv}
        base={base}
        dataAsOf={dataAsOf}
        onClose={() => setOpen(null)}
      />
    </div>
  );
}
