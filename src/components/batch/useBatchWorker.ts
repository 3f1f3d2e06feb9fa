// Runs a batch check in a worker (check.worker.ts) and follows it: progress, the results, and a client's report on
// request. A new file ends the worker of the last one, so a stale answer never shows.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApplicantReport, BatchOutcome } from '../../lib/batch/upload.ts';
import { todayIso } from '../../lib/dates.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export type BatchState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'checking'; fileName: string; done: number; total: number }
  | { phase: 'done'; fileName: string; outcome: BatchOutcome; csv: boolean }
  | { phase: 'failed'; fileName: string; message: string };

export interface BatchWorker {
  state: BatchState;
  start: (file: Blob, fileName: string) => void;
  /** A client's report (null if the row is not a checked client). */
  report: (row: number) => Promise<ApplicantReport | null>;
}

export function useBatchWorker(rulesUrl: string, base: string): BatchWorker {
  const [state, setState] = useState<BatchState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const waiting = useRef(new Map<number, (r: ApplicantReport | null) => void>());

  useEffect(() => () => worker.current?.terminate(), []);

  const start = (file: Blob, fileName: string) => {
    worker.current?.terminate();
    for (const resolve of waiting.current.values()) resolve(null);
    waiting.current.clear();
    setState({ phase: 'reading', fileName });
    const w = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'progress') setState({ phase: 'checking', fileName, done: m.done, total: m.total });
      else if (m.type === 'done') setState({ phase: 'done', fileName, outcome: m.outcome, csv: m.csv });
      else if (m.type === 'failed') setState({ phase: 'failed', fileName, message: m.message });
      else {
        waiting.current.get(m.row)?.(m.report);
        waiting.current.delete(m.row);
      }
    };
    w.onerror = (e) => setState({ phase: 'failed', fileName, message: e.message || 'worker error' });
    const message: ToWorker = {
      type: 'check',
      file,
      fileName,
      rulesUrl: new URL(rulesUrl, location.href).href,
      rulesBase: new URL(base, location.href).href,
      // The applicant's own day, as the wizard dates a check.
      today: todayIso('local'),
    };
    w.postMessage(message);
  };

  const report = (row: number) =>
    new Promise<ApplicantReport | null>((resolve) => {
      if (!worker.current) return resolve(null);
      waiting.current.set(row, resolve);
      worker.current.postMessage({ type: 'report', row } satisfies ToWorker);
    });

  return { state, start, report };
}
