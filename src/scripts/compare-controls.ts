// Browser glue for the comparison pages: reads the selection from the URL,
// shows the chosen columns, hides equal rows on request, re-marks extremes
// among the chosen regulations, and keeps the URL (and history) in step.
import { parseSelection, selectionSearch, type CompareSelection } from '../lib/compare/selection.ts';
import { type ExtremeDirection, extremeIndexes, rowDiffers } from '../lib/compare/differs.ts';

function apply(sel: CompareSelection, form: HTMLFormElement): void {
  const chosen = new Set(sel.ids);
  for (const el of document.querySelectorAll<HTMLElement>('[data-reg]')) el.hidden = !chosen.has(el.dataset.reg!);
  let shown = 0;
  let hidden = 0;
  for (const table of document.querySelectorAll<HTMLTableElement>('table.compare')) {
    let visibleRows = 0;
    for (const tr of table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')) {
      const cells = [...tr.querySelectorAll<HTMLTableCellElement>('td[data-reg]')].filter((td) =>
        chosen.has(td.dataset.reg!),
      );
      const differs = rowDiffers(cells.map((td) => td.dataset.key ?? ''));
      tr.hidden = sel.diffOnly && sel.ids.length > 1 && !differs;
      if (tr.hidden) hidden++;
      else {
        shown++;
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
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="r"]')) box.checked = chosen.has(box.value);
  const diff = form.querySelector<HTMLInputElement>('input[name="diff"]')!;
  diff.checked = sel.diffOnly;
  diff.disabled = sel.ids.length < 2;
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  status.textContent =
    `已选 ${sel.ids.length} 部办法；显示 ${shown} 行` +
    (hidden ? `，隐藏 ${hidden} 行相同的` : '') +
    (sel.ids.length < 2 ? '。至少选两部才能比较差异。' : '。') +
    (sel.unknown.length ? ` 链接中的 ${sel.unknown.join('、')} 不在本站，已忽略。` : '');
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
    const search = selectionSearch({ ids, diffOnly }, allIds, location.search);
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
    apply(current(), form);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  addEventListener('popstate', () => apply(current(), form));
}
