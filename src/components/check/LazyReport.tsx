// The report, loaded when it is first shown: its module (the answers table, next steps, downloads, calendar) is not
// needed to answer the questions, so the checker page does not download it on opening. Until it is in, a line says
// so where the report will be; the step's buttons below stay where they are. The module is asked for once per visit,
// and a failed load is said in words and tried again the next time the report is shown.
import { loadOnce, useLoaded } from './load-once.ts';
import type { ReportProps } from './Report.tsx';

const report = loadOnce(() => import('./Report.tsx'));

/** Starts loading the report's module (at once, or ahead of the result step); resolves with it. */
export const loadReport = report.load;

export function LazyReport(props: ReportProps) {
  const { module, failed } = useLoaded(report);
  if (failed)
    return (
      <p class="field-error" role="alert">
        报告载入失败：{failed}
      </p>
    );
  if (!module)
    return (
      <p class="report-loading" aria-busy="true">
        正在载入报告……
      </p>
    );
  return <module.Report {...props} />;
}
