// The search page: runs Pagefind in the browser over the index built with the
// site (scripts/search-index.ts). The query lives in the address bar.
import {
  isEmptyQuery,
  pagefindFilters,
  paramsOfQuery,
  queryFromParams,
  type SearchQuery,
} from '../lib/search/query.ts';
import { SEARCH_FILTERS } from '../lib/search/filters.ts';
import { fetchJson } from '../lib/fetch-json.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { title: string; url: string }[];
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  mergeIndex(path: string, o: { baseUrl: string }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    q: string | null,
    o: { filters: object },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[]; filters: FilterCounts }>;
}
type FilterCounts = Record<string, Record<string, number>>;

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const base = form.dataset.base!;

function readForm(): SearchQuery {
  return queryFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function writeForm({ q, filters }: SearchQuery) {
  input.value = q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = (filters[box.name as keyof typeof filters] ?? []).includes(box.value);
  }
}

/** Pagefind's excerpt marks the matched words with <mark>; keep those and only text. */
function excerptNodes(html: string): Node[] {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  return [...tpl.content.childNodes].map((n) => {
    if (n.nodeName !== 'MARK') return document.createTextNode(n.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = n.textContent;
    return mark;
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, ...children: (Node | string)[]) {
  const e = document.createElement(tag);
  e.className = cls;
  e.append(...children);
  return e;
}

function renderResult(r: PagefindResult): HTMLLIElement {
  const link = el('a', 'result-title', r.meta.title ?? r.url);
  link.href = r.url;
  const facts = [r.meta.regulation, ...(r.filters.topic ?? []), ...(r.filters.status ?? [])]
    .filter(Boolean)
    .join(' · ');
  const item = el(
    'li',
    'search-result',
    link,
    el('p', 'result-facts', facts),
    el('p', 'result-excerpt', ...excerptNodes(r.excerpt)),
  );
  // A page (not an article) also offers the sections where the words occur.
  const sections = (r.sub_results ?? []).filter((s) => s.url.includes('#') && s.url !== r.url).slice(0, 3);
  if (sections.length) {
    const p = el('p', 'result-sections', '见：');
    sections.forEach((s, i) => {
      const a = el('a', '', s.title);
      a.href = s.url;
      p.append(...(i ? ['、', a] : [a]));
    });
    item.append(p);
  }
  return item;
}

/**
 * Beside each filter value, how many results ticking it would give. Values of
 * one filter combine with "any", so a filter's counts come from the search
 * without that filter's own choices.
 */
async function showCounts(pf: Pagefind, query: SearchQuery, counts: FilterCounts) {
  for (const { key } of SEARCH_FILTERS) {
    let own = counts[key];
    if (query.filters[key]) {
      const { [key]: _, ...others } = query.filters;
      own = (await pf.search(query.q || null, { filters: pagefindFilters(others) })).filters[key];
    }
    for (const span of form.querySelectorAll<HTMLElement>(`[data-count-for^="${key}:"]`)) {
      span.textContent = `(${own?.[span.dataset.countFor!.slice(key.length + 1)] ?? 0})`;
    }
  }
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base });
    // The regulations are indexed in shards (see scripts/search-index.ts): search them all at once.
    const { shards } = await fetchJson<{ shards: string[] }>(`${base}pagefind/shards.json`);
    for (const shard of shards) await pf.mergeIndex(`${base}pagefind/${shard}`, { baseUrl: base });
    await pf.filters(); // loads every filter, so that searches report counts for all of them
    return pf;
  });
  return pagefind;
}

let generation = 0;
async function run(query: SearchQuery) {
  const mine = ++generation;
  list.replaceChildren();
  more.hidden = true;
  if (isEmptyQuery(query)) {
    status.textContent = '输入词语或勾选筛选条件开始搜索。';
    return;
  }
  status.textContent = '正在搜索……';
  try {
    const pf = await loadPagefind();
    const found = await pf.search(query.q || null, { filters: pagefindFilters(query.filters) });
    if (mine !== generation) return; // a newer query has started
    await showCounts(pf, query, found.filters);
    if (mine !== generation) return;
    let shown = 0;
    const showMore = async () => {
      const page = await Promise.all(found.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (mine !== generation) return;
      list.append(...page.map(renderResult));
      shown += page.length;
      more.hidden = shown >= found.results.length;
    };
    more.onclick = showMore;
    await showMore();
    if (mine !== generation) return;
    // Announced once the first results are on the page.
    status.textContent = found.results.length
      ? `找到 ${found.results.length} 条结果。`
      : '没有找到结果：试试更短的词，或去掉一些筛选条件。';
  } catch {
    status.textContent = '搜索索引无法加载：请确认站点已完整构建（npm run build）并通过网址访问。';
  }
}

let typing: number | undefined;
function update() {
  const query = readForm();
  const search = paramsOfQuery(query).toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  void run(query);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(typing);
  update();
});
form.addEventListener('change', update);
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(update, 250);
});

const initial = queryFromParams(new URLSearchParams(location.search));
writeForm(initial);
// Chosen filters are never hidden from the reader.
if (Object.keys(initial.filters).length)
  document.querySelector<HTMLDetailsElement>('[data-search-filters]')!.open = true;
void run(initial);
