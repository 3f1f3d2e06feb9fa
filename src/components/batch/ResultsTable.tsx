// The results table: a row per client × regulation × tier, filtered by outcome, regulation and name (labelled
// controls, kept in the address), a count per outcome, and a page of rows at a time so a long table stays quick.
// A client's name and each outcome open that client's report.
import {
  filteredRows,
  outcomeCounts,
  pageOf,
  type ResultFilter,
  regulationsOf,
  NO_FILTER,
} from '../../lib/batch/filters.ts';
import type { ResultOutcome, ResultRow } from '../../lib/batch/results.ts';
import { BATCH_OUTCOME_LABELS, RESULT_COLUMN_LABELS } from '../../lib/wording/batch.ts';
import {
  ALL_OUTCOMES,
  ALL_REGULATIONS,
  CLEAR_FILTERS,
  FILTER_NAME,
  FILTER_OUTCOME,
  FILTER_REGULATION,
  NEXT_PAGE,
  NO_ROWS,
  OUTCOME_COUNTS_LABEL,
  openReportLabel,
  PAGES_LABEL,
  PREVIOUS_PAGE,
  pageText,
  shownText,
} from '../../lib/wording/batch-upload.ts';

interface Props {
  /** The table's rows (checked clients only). */
  rows: ResultRow[];
  filter: ResultFilter;
  onFilter: (f: ResultFilter) => void;
  /** Opens a client's report, at a regulation if one is given; the button pressed gets focus back after. */
  onOpen: (row: ResultRow, regulation: string | undefined, opener: HTMLElement) => void;
}

const outcomeLabel = (o: string) => BATCH_OUTCOME_LABELS[o as ResultOutcome] ?? o;

export function ResultsTable({ rows, filter, onFilter, onOpen }: Props) {
  const counts = outcomeCounts(rows, filter);
  const shown = filteredRows(rows, filter);
  const page = pageOf(shown, filter.page);
  const outcomes = [...counts.keys()];
  if (filter.outcome && !counts.has(filter.outcome as ResultOutcome)) outcomes.push(filter.outcome as ResultOutcome);
  const regulations = regulationsOf(rows);
  const refine = (change: Partial<ResultFilter>) => onFilter({ ...filter, page: 1, ...change });
  const toPage = (p: number) => onFilter({ ...filter, page: p });

  return (
    <>
      <form class="batch-filters" onSubmit={(e) => e.preventDefault()}>
        <div class="filter">
          <label for="batch-outcome">{FILTER_OUTCOME}</label>
          <select
            id="batch-outcome"
            value={filter.outcome}
            onChange={(e) => refine({ outcome: e.currentTarget.value })}
          >
            <option value="">{ALL_OUTCOMES}</option>
            {outcomes.map((o) => (
              <option value={o}>
                {outcomeLabel(o)}（{counts.get(o) ?? 0}）
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="batch-regulation">{FILTER_REGULATION}</label>
          <select
            id="batch-regulation"
            value={filter.regulation}
            onChange={(e) => refine({ regulation: e.currentTarget.value })}
          >
            <option value="">{ALL_REGULATIONS}</option>
            {regulations.map((r) => (
              <option value={r.id}>{r.shortName}</option>
            ))}
            {filter.regulation && !regulations.some((r) => r.id === filter.regulation) && (
              <option value={filter.regulation}>{filter.regulation}</option>
            )}
          </select>
        </div>
        <div class="filter">
          <label for="batch-name">{FILTER_NAME}</label>
          <input
            id="batch-name"
            type="search"
            value={filter.name}
            onInput={(e) => refine({ name: e.currentTarget.value })}
          />
        </div>
        <button type="button" onClick={() => onFilter(NO_FILTER)}>
          {CLEAR_FILTERS}
        </button>
      </form>
      <ul class="outcome-counts" aria-label={OUTCOME_COUNTS_LABEL}>
        {[...counts].map(([o, n]) => (
          <li class={`count-${o}`} data-outcome={o}>
            {outcomeLabel(o)}：<strong>{n}</strong>
          </li>
        ))}
      </ul>
      <p role="status" class="shown">
        {shownText(shown.length, rows.length)}
      </p>
      {page.rows.length === 0 ? (
        <p class="note">{NO_ROWS}</p>
      ) : (
        <div class="table-scroll">
          <table class="batch-results">
            <thead>
              <tr>
                <th scope="col">{RESULT_COLUMN_LABELS.row}</th>
                <th scope="col">{RESULT_COLUMN_LABELS.name}</th>
                <th scope="col">{RESULT_COLUMN_LABELS.shortName}</th>
                <th scope="col">{RESULT_COLUMN_LABELS.tierName}</th>
                <th scope="col">{RESULT_COLUMN_LABELS.outcomeText}</th>
                <th scope="col">{RESULT_COLUMN_LABELS.eligibleFrom}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr
                  key={`${r.row}:${r.regulation}:${r.tier}`}
                  class={`outcome-${r.outcome}`}
                  data-row={r.row}
                  data-regulation={r.regulation}
                  data-tier={r.tier}
                  data-outcome={r.outcome}
                >
                  <td>{r.row}</td>
                  <th scope="row">
                    <button
                      type="button"
                      class="link-button"
                      aria-label={openReportLabel(r.name)}
                      onClick={(e) => onOpen(r, undefined, e.currentTarget)}
                    >
                      {r.name}
                    </button>
                  </th>
                  <td>{r.shortName}</td>
                  <td>{r.tierName}</td>
                  <td>
                    <button
                      type="button"
                      class="link-button outcome"
                      onClick={(e) => onOpen(r, r.regulation || undefined, e.currentTarget)}
                    >
                      {r.outcomeText}
                    </button>
                  </td>
                  <td>{r.eligibleFrom}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.pages > 1 && (
        <nav class="batch-pages" aria-label={PAGES_LABEL}>
          <button type="button" disabled={page.page <= 1} onClick={() => toPage(page.page - 1)}>
            {PREVIOUS_PAGE}
          </button>
          <span>{pageText(page.page, page.pages)}</span>
          <button type="button" disabled={page.page >= page.pages} onClick={() => toPage(page.page + 1)}>
            {NEXT_PAGE}
          </button>
        </nav>
      )}
    </>
  );
}
