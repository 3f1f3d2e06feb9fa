// Browser glue for the comparison pages: reads the selection and the day from
// the URL, shows the chosen columns in force on the day, hides equal rows on
// request, re-marks extremes among the columns shown, and keeps the URL (and
// history) in step.
import {
  isDay,
  parseSelection,
  replacedOn,
  selectionSearch,
  shownOn,
  type CompareSelection,
} from '../lib/compare/selection.ts';
import { type ExtremeDirection, extremeIndexes, rowDiffers } from '../lib/compare/differs.ts';
import { invalidDayText, leftOutText, statusRowDayText } from '../lib/wording/compare-day.ts';

const jsonOf = <T>(s: string | undefined, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

function apply(sel: CompareSelection, form: HTMLFormElement): void {
  const buildDay = form.dataset.asOf!;
  const day = sel.asOf ?? buildDay;
  const replaced = jsonOf<Record<string, string>>(form.dataset.replaced, {});
  const names = jsonOf<Record<string, string>>(form.dataset.names, {});
  const shown = shownOn(sel.ids, replaced, day);
  const chosen = new Set(shown);
  for (const el of document.querySelectorAll<HTMLElement>('[data-reg]')) el.hidden = !chosen.has(el.dataset.reg!);
  let rowsShown = 0;
  let hidden = 0;
  for (const table of document.querySelectorAll<HTMLTableElement>('table.compare')) {
    let visibleRows = 0;
    for (const tr of table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')) {
      const cells = [...tr.querySelectorAll<HTMLTableCellElement>('td[data-reg]')].filter((td) =>
        chosen.has(td.dataset.reg!),
      );
      const differs = rowDiffers(cells.map((td) => td.dataset.key ?? ''));
      tr.hidden = sel.diffOnly && shown.length > 1 && !differs;
      if (tr.hidden) hidden++;
      else {
        rowsShown++;
        visibleRows++;
      }
      const direction = tr.dataset.extreme as ExtremeDirection | undefined;
      if (!direction) continue;
      const nums = cells.map((td) => (td.dataset.num === undefined ? undefined : Number(td.dataset.num)));
      const marked = new Set(extremeIndexes(nums, direction).map((i) => cells[i]));
      for (const td of tr.querySelectorAll<HTMLTableCellElement>('td[data-reg]')) {
        const on = marked.has(td);
        td.classList.toggle('extreme', on);
        const mark = td.querySelector<HTMLElement>('.extreme-mark');
        if (mark) mark.hidden = !on;
      }
    }
    const note = table.closest('[data-compare-section]')?.querySelector<HTMLElement>('[data-all-same]');
    if (note) note.hidden = visibleRows > 0;
  }
  const replacedOnDay = new Set(replacedOn(replaced, day));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="r"]')) {
    box.checked = sel.ids.includes(box.value);
    // A version replaced on the day cannot be shown for it: its successor is.
    box.disabled = replacedOnDay.has(box.value);
  }
  const diff = form.querySelector<HTMLInputElement>('input[name="diff"]')!;
  diff.checked = sel.diffOnly;
  diff.disabled = shown.length < 2;
  form.querySelector<HTMLInputElement>('input[name="asOf"]')!.value = day;
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  status.textContent =
    `已选 ${shown.length} 部办法；显示 ${rowsShown} 行` +
    (hidden ? `，隐藏 ${hidden} 行相同的` : '') +
    (shown.length < 2 ? '。至少选两部才能比较差异。' : '。') +
    (sel.unknown.length ? ` 链接中的 ${sel.unknown.join('、')} 不在本站，已忽略。` : '') +
    (sel.invalidAsOf !== undefined ? ` ${invalidDayText(sel.invalidAsOf, buildDay)}` : '') +
    (day !== buildDay ? ` ${statusRowDayText(buildDay)}` : '');
  const leftOut = document.querySelector<HTMLElement>('[data-compare-left-out]');
  if (leftOut) {
    leftOut.textContent = leftOutText(
      day,
      [...replacedOnDay].map((id) => names[id] ?? id),
    );
    leftOut.hidden = !replacedOnDay.size;
  }
  // Links to the other comparison pages carry the same choice.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-selection]')) {
    a.search = selectionSearch(sel, allIdsOf(form));
  }
}

const allIdsOf = (form: HTMLFormElement) => form.dataset.allIds!.split(',');

export function mountCompareControls(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-compare-controls]');
  if (!form) return;
  const allIds = allIdsOf(form);
  const current = () => parseSelection(location.search, allIds);
  form.hidden = false;
  apply(current(), form);

  form.addEventListener('change', (event) => {
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="r"]')];
    let ids = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!ids.length && event.target instanceof HTMLInputElement) {
      // Keep at least one column: undo unchecking the last.
      event.target.checked = true;
      ids = [event.target.value];
    }
    const diffOnly = form.querySelector<HTMLInputElement>('input[name="diff"]')!.checked;
    // The build day is the default: only another real day goes into the URL.
    const picked = form.querySelector<HTMLInputElement>('input[name="asOf"]')!.value;
    const asOf = isDay(picked) && picked !== form.dataset.asOf ? picked : undefined;
    const search = selectionSearch({ ids, diffOnly, asOf }, allIds, location.search);
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
    apply(current(), form);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  addEventListener('popstate', () => apply(current(), form));
}
