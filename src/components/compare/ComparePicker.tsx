// The comparison when the atlas holds more regulations than fit side by side:
// a filterable, sortable list to pick from, and the picked ones compared with
// the same builders and table as the pre-rendered pages. Every choice lives in
// the address (?r=…&p=…&sort=…), so reload, back and a shared link restore it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildComparison, type TopicId } from '../../lib/compare/overview.ts';
import { SELECTION_PARAM } from '../../lib/compare/selection.ts';
import {
  filterRows,
  sortRows,
  SORT_KEYS,
  type PickerFilter,
  type PickerRow,
  type SortKey,
} from '../../lib/compare/picker.ts';
import { formatYuan } from '../../lib/wording/format.ts';
import type { Regulation } from '../../lib/schema.ts';
import CompareTable from './CompareTable.tsx';
import StatusBadge from '../StatusBadge.tsx';
import { statusLabel } from '../../lib/wording/values.ts';
import { fetchJson } from '../../lib/fetch-json.ts';

interface Props {
  indexUrl: string;
  base: string;
  asOf: string;
  maxPicked: number;
  topic?: TopicId;
}

const PAGE = 50;
const SORT_LABELS: Record<SortKey, string> = {
  place: '辖区',
  largestPrize: '最高奖金',
  awardsPerYear: '每年名额',
  status: '状态',
};
const FILTER_PARAMS = {
  text: 'q',
  province: 'p',
  level: 'l',
  status: 's',
  individuals: 'ind',
  minPrize: 'prize',
  minAwards: 'awards',
} as const;
const NUMERIC: (keyof PickerFilter)[] = ['minPrize', 'minAwards'];

interface ViewState {
  picked: string[];
  filter: PickerFilter;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

function readUrl(): ViewState {
  const p = new URLSearchParams(location.search);
  const filter: PickerFilter = {};
  for (const [key, param] of Object.entries(FILTER_PARAMS)) {
    const v = p.get(param);
    if (v)
      (filter as Record<string, string | number>)[key] = NUMERIC.includes(key as keyof PickerFilter) ? Number(v) : v;
  }
  const sort = p.get('sort') as SortKey;
  return {
    picked: (p.get(SELECTION_PARAM) ?? '').split(',').filter(Boolean),
    filter,
    sort: SORT_KEYS.includes(sort) ? sort : 'place',
    dir: p.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

function writeUrl(v: ViewState, push: boolean) {
  const p = new URLSearchParams();
  if (v.picked.length) p.set(SELECTION_PARAM, v.picked.join(','));
  for (const [key, param] of Object.entries(FILTER_PARAMS)) {
    const value = (v.filter as Record<string, string | number | undefined>)[key];
    if (value !== undefined && value !== '') p.set(param, String(value));
  }
  if (v.sort !== 'place' || v.dir !== 'asc') p.set('sort', v.sort), p.set('dir', v.dir);
  const url = `${location.pathname}${p.size ? `?${p.toString().replace(/%2C/gi, ',')}` : ''}`;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}

const distinct = (rows: PickerRow[], key: 'province' | 'level') =>
  [...new Set(rows.map((r) => r[key]))].sort((a, b) => a.localeCompare(b, 'zh-CN'));

export default function ComparePicker({ indexUrl, base, asOf, maxPicked, topic }: Props) {
  const [rows, setRows] = useState<PickerRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<ViewState>(readUrl);
  const [shown, setShown] = useState(PAGE);
  const [regs, setRegs] = useState<Record<string, Regulation>>({});

  useEffect(() => {
    fetchJson<{ regulations: PickerRow[] }>(indexUrl)
      .then((data) => setRows(data.regulations))
      .catch((e: Error) => setError(`办法列表无法加载（${e.message}）。`));
    const onPop = () => setView(readUrl());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [indexUrl]);

  // Each picked regulation's data file, fetched once.
  useEffect(() => {
    for (const id of view.picked.filter((id) => !regs[id])) {
      fetchJson<{ data: Regulation }>(`${base}data/${id}.json`)
        .then((d) => setRegs((prev) => ({ ...prev, [id]: d.data })))
        .catch(() => setError(`${id} 的数据无法加载。`));
    }
  }, [view.picked.join(',')]);

  const update = (next: Partial<ViewState>, push = false) => {
    const v = { ...view, ...next };
    setView(v);
    writeUrl(v, push);
  };
  const setFilter = (key: keyof PickerFilter, value: string) => {
    setShown(PAGE);
    const parsed = value === '' ? undefined : NUMERIC.includes(key) ? Number(value) : value;
    update({ filter: { ...view.filter, [key]: Number.isNaN(parsed) ? undefined : parsed } });
  };
  const toggle = (id: string) =>
    update({ picked: view.picked.includes(id) ? view.picked.filter((x) => x !== id) : [...view.picked, id] }, true);

  const listed = useMemo(
    () => (rows ? sortRows(filterRows(rows, view.filter), view.sort, view.dir) : []),
    [rows, view.filter, view.sort, view.dir],
  );
  const known = new Set(rows?.map((r) => r.id));
  const picked = view.picked.filter((id) => known.has(id));
  // The picked regulations whose files have arrived; the others are still loading.
  const ready = picked.flatMap((id) => {
    const regulation = regs[id];
    return regulation ? [{ id, regulation }] : [];
  });
  // Without a topic, the overview's sections, as the pre-rendered overview shows them.
  const comparison = ready.length ? buildComparison(ready, asOf, topic ?? 'overview') : null;

  if (error && !rows)
    return (
      <p class="field-error" role="alert">
        {error}
      </p>
    );
  if (!rows) return <p role="status">正在加载办法列表……</p>;
  const full = picked.length >= maxPicked;
  return (
    <div class="compare-picker">
      <form class="picker-filters" onSubmit={(e) => e.preventDefault()} aria-label="筛选办法">
        <label>
          名称或辖区{' '}
          <input
            type="search"
            value={view.filter.text ?? ''}
            onInput={(e) => setFilter('text', e.currentTarget.value)}
          />
        </label>
        <label>
          省份{' '}
          <select value={view.filter.province ?? ''} onChange={(e) => setFilter('province', e.currentTarget.value)}>
            <option value="">全部</option>
            {distinct(rows, 'province').map((p) => (
              <option>{p}</option>
            ))}
          </select>
        </label>
        <label>
          行政级别{' '}
          <select value={view.filter.level ?? ''} onChange={(e) => setFilter('level', e.currentTarget.value)}>
            <option value="">全部</option>
            {distinct(rows, 'level').map((p) => (
              <option>{p}</option>
            ))}
          </select>
        </label>
        <label>
          状态{' '}
          <select value={view.filter.status ?? ''} onChange={(e) => setFilter('status', e.currentTarget.value)}>
            <option value="">全部</option>
            {[...new Set(rows.map((r) => r.status))].map((s) => (
              <option value={s}>{statusLabel(s)}</option>
            ))}
          </select>
        </label>
        <label>
          个人可申报{' '}
          <select
            value={view.filter.individuals ?? ''}
            onChange={(e) => setFilter('individuals', e.currentTarget.value)}
          >
            <option value="">不限</option>
            <option value="yes">是</option>
            <option value="no">否</option>
          </select>
        </label>
        <label>
          最高奖金至少（元）{' '}
          <input
            type="number"
            min="0"
            step="10000"
            value={view.filter.minPrize ?? ''}
            onInput={(e) => setFilter('minPrize', e.currentTarget.value)}
          />
        </label>
        <label>
          每年名额至少{' '}
          <input
            type="number"
            min="0"
            step="1"
            value={view.filter.minAwards ?? ''}
            onInput={(e) => setFilter('minAwards', e.currentTarget.value)}
          />
        </label>
      </form>
      <p role="status" class="picker-status">
        {listed.length} 部符合条件，已选 {picked.length} 部{full ? `（最多 ${maxPicked} 部）` : ''}。
        {picked.length > 0 && (
          <button type="button" class="link-button" onClick={() => update({ picked: [] }, true)}>
            清除选择
          </button>
        )}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
      <div class="compare-scroll" role="region" aria-label="办法列表" tabIndex={0}>
        <table class="picker">
          <thead>
            <tr>
              <th scope="col">比较</th>
              <th scope="col">办法</th>
              {SORT_KEYS.map((key) => (
                <th
                  scope="col"
                  aria-sort={view.sort === key ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => update({ sort: key, dir: view.sort === key && view.dir === 'asc' ? 'desc' : 'asc' })}
                  >
                    {SORT_LABELS[key]}
                    {view.sort === key ? (view.dir === 'asc' ? ' ↑' : ' ↓') : ''}
                  </button>
                </th>
              ))}
              <th scope="col">个人</th>
            </tr>
          </thead>
          <tbody>
            {listed.slice(0, shown).map((r) => (
              <tr data-reg={r.id}>
                <td>
                  <input
                    type="checkbox"
                    id={`pick-${r.id}`}
                    checked={picked.includes(r.id)}
                    disabled={full && !picked.includes(r.id)}
                    onChange={() => toggle(r.id)}
                    aria-label={`比较${r.shortName}`}
                  />
                </td>
                <td>
                  <a href={`${base}regulations/${r.id}/`}>{r.title}</a>
                </td>
                <td>
                  {r.place}（{r.level}）
                </td>
                <td>{r.largestPrize === null ? '未定' : formatYuan(r.largestPrize)}</td>
                <td>{r.awardsPerYear === null ? '未定' : `${r.awardsPerYear}个`}</td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
                <td>{r.admitsIndividuals ? '是' : '否'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown < listed.length && (
        <p>
          <button type="button" onClick={() => setShown(shown + PAGE)}>
            再显示 {Math.min(PAGE, listed.length - shown)} 部
          </button>
        </p>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {picked.length === 0 && <p class="note">勾选要并列比较的办法（最多 {maxPicked} 部）。</p>}
      {comparison?.sections.map((section) => (
        <CompareTable comparison={comparison} section={section} base={base} detail={topic ? 'full' : 'compact'} />
      ))}
    </div>
  );
}
