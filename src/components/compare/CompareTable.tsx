// One comparison section as a table: a column per regulation, each cell with
// its value, the article it comes from, and the cited words (expandable).
// A Preact component so that the same markup is rendered at build time (no
// JavaScript shipped) and in the browser for a reader's own pick at scale.
import { citationAnchor, citationLabel, citationShortLabel } from '../../lib/cite-format.ts';
import {
  cellFor,
  extremeIdsAmong,
  type CellCite,
  type Comparison,
  type ComparisonRow,
  type ComparisonSection,
} from '../../lib/compare/table.ts';
import StatusBadge from '../StatusBadge.tsx';

interface Props {
  comparison: Comparison;
  section: ComparisonSection;
  /** The site's base path, ending in a slash. */
  base: string;
  /**
   * full: each cell expands to its quotes, coding notes and workings (topic pages).
   * compact: the quotes ride on the citation links as tooltips, and only computed
   * figures expand (the overview, which holds every section and must stay light).
   */
  detail?: 'full' | 'compact';
  /** Where the full version of this section is, for compact tables. */
  fullHref?: string;
  /** Leave out versions replaced by the comparison's day (the pre-rendered pages; a reader's own pick keeps its columns). */
  leaveOutReplaced?: boolean;
  /** A link under each column header to the regulation's guide to applying: its words, and its name for one regulation. */
  guideLink?: { text: string; label: (shortName: string) => string };
}

/** One link per cited article or item; several quotes from it share the link. */
function citeLinks(cites: CellCite[]) {
  const byAnchor = new Map<string, { anchor: string; label: string; quotes: string[] }>();
  for (const { cite } of cites) {
    const anchor = citationAnchor(cite);
    const link = byAnchor.get(anchor) ?? { anchor, label: citationShortLabel(cite), quotes: [] };
    link.quotes.push(cite.quote);
    byAnchor.set(anchor, link);
  }
  return [...byAnchor.values()];
}

/**
 * Each distinct key of a row as a short number, for the page's data-key: equal
 * keys, equal numbers, without writing a cell's whole coded value into the HTML.
 */
function shortKeys(row: ComparisonRow, ids: string[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const id of ids) {
    const { key } = cellFor(row, id);
    if (!keys.has(key)) keys.set(key, String(keys.size));
  }
  return keys;
}

export default function CompareTable({
  comparison,
  section,
  base,
  detail = 'full',
  fullHref,
  leaveOutReplaced = false,
  guideLink,
}: Props) {
  const compact = detail === 'compact';
  const ids = comparison.regulations.map((r) => r.id);
  // A version replaced by the comparison's day is left out (the page's script shows it again for an earlier day).
  const replaced = new Set(
    leaveOutReplaced ? comparison.regulations.filter((r) => r.status === 'superseded').map((r) => r.id) : [],
  );
  const shownIds = ids.filter((id) => !replaced.has(id));
  const page = (id: string) => `${base}regulations/${id}/`;
  return (
    <section class="compare-section" aria-labelledby={`cmp-${section.id}`} data-compare-section>
      <h2 id={`cmp-${section.id}`}>{section.title}</h2>
      <p class="section-intro">
        {section.description}
        {fullHref && (
          <>
            {' '}
            <a href={fullHref} data-keep-selection>
              展开原文与编码说明
            </a>
          </>
        )}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
      <div class="compare-scroll" role="region" aria-labelledby={`cmp-${section.id}`} tabIndex={0}>
        <table class="compare" data-section={section.id}>
          <thead>
            <tr>
              <th scope="col" class="row-head">
                项目
              </th>
              {comparison.regulations.map((r) => (
                <th scope="col" data-reg={r.id} hidden={replaced.has(r.id)}>
                  <a href={page(r.id)}>{r.shortName}</a>
                  <StatusBadge status={r.status} />
                  {guideLink && (
                    <a class="guide-link" href={`${page(r.id)}guide/`} aria-label={guideLink.label(r.shortName)}>
                      {guideLink.text}
                    </a>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row) => {
              const extremes = new Set(extremeIdsAmong(row, shownIds));
              const keys = shortKeys(row, ids);
              return (
                <tr data-row={row.id} data-extreme={row.extreme?.direction}>
                  <th scope="row" class="row-head">
                    {row.label}
                    {row.computed && <span class="note">计算：{row.computed}</span>}
                  </th>
                  {comparison.regulations.map((r) => {
                    const c = cellFor(row, r.id);
                    const hasMore = compact
                      ? !!c.explanation
                      : c.cites.length > 0 || c.notes.length > 0 || !!c.explanation;
                    const cls = [!c.cites.length && c.value === undefined && 'empty', extremes.has(r.id) && 'extreme']
                      .filter(Boolean)
                      .join(' ');
                    return (
                      <td
                        data-reg={r.id}
                        data-key={keys.get(c.key)}
                        data-num={c.num}
                        class={cls || undefined}
                        hidden={replaced.has(r.id)}
                      >
                        <span class="value">{c.text}</span>
                        {row.extreme && (
                          <strong class="extreme-mark" hidden={!extremes.has(r.id)}>
                            {row.extreme.label}
                          </strong>
                        )}
                        {c.cites.length > 0 && (
                          <span class="cites">
                            {citeLinks(c.cites).map((l) => (
                              <a
                                class="cite"
                                href={`${page(r.id)}#${l.anchor}`}
                                title={compact ? `原文：${l.quotes.join(' …… ')}` : undefined}
                              >
                                {l.label}
                              </a>
                            ))}
                          </span>
                        )}
                        {hasMore && (
                          <details class="more">
                            <summary>{compact ? '算法' : c.cites.length ? '原文' : '说明'}</summary>
                            {!compact && c.cites.length > 0 && (
                              <ul class="quotes">
                                {c.cites.map(({ cite, about }) => (
                                  <li>
                                    {about && <span class="about">{about}：</span>}
                                    <q>{cite.quote}</q>（{citationLabel(cite)}）
                                  </li>
                                ))}
                              </ul>
                            )}
                            {c.explanation && <p class="explanation">算法：{c.explanation}</p>}
                            {!compact && c.notes.map((n) => <p class="note">编码说明：{n}</p>)}
                          </details>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="all-same note" hidden data-all-same>
        所选办法在本节各行都相同，已全部隐藏。
      </p>
    </section>
  );
}
