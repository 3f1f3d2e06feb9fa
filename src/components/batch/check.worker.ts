// The batch check off the page's thread: reads the file, fetches the rules from the site itself and checks every
// applicant (src/lib/batch/upload.ts), so the page never freezes. A module worker from the site's own origin, which
// the CSP's script-src 'self' allows; its fetches are connect-src 'self'.
import {
  applicantReport,
  type BatchRun,
  checkBatch,
  formatOf,
  limitedOutcome,
  type RulesSource,
  sizeLimit,
} from '../../lib/batch/upload.ts';
import type { CheckInput } from '../../lib/eligibility/engine.ts';
import type { IndexedRules } from '../../lib/eligibility/split.ts';
import { fetchJson } from '../../lib/fetch-json.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

let run: BatchRun | undefined;

const rulesFrom = (indexUrl: string, base: string): RulesSource => ({
  index: () => fetchJson<{ regulations: IndexedRules[] }>(indexUrl).then((d) => d.regulations),
  full: (id) => fetchJson<CheckInput>(new URL(`check/rules/${id}.json`, base).href),
});

async function check(m: Extract<ToWorker, { type: 'check' }>) {
  run = undefined;
  // A file past the limit is refused before it is read.
  const tooLarge = sizeLimit(m.file.size);
  if (tooLarge) return scope.postMessage({ type: 'done', outcome: limitedOutcome(tooLarge), csv: true });
  const text = await m.file.text();
  const format = formatOf(m.fileName, text);
  const checked = await checkBatch(text, format, rulesFrom(m.rulesUrl, m.rulesBase), { today: m.today }, (p) =>
    scope.postMessage({ type: 'progress', ...p }),
  );
  run = checked.run;
  scope.postMessage({ type: 'done', outcome: checked.outcome, csv: format === 'csv' });
}

async function report(row: number) {
  scope.postMessage({ type: 'report', row, report: (run && applicantReport(run, row)) ?? null });
}

scope.onmessage = (e) => {
  const m = e.data;
  (m.type === 'check' ? check(m) : report(m.row)).catch((error: unknown) =>
    scope.postMessage({ type: 'failed', message: String((error as Error)?.message ?? error) }),
  );
};
