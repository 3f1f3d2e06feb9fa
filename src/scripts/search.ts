// The search page: runs the atlas's own index in the browser (built with the
// site by scripts/search-index.ts). The query lives in the address bar.
import { isEmptyQuery, paramsOfQuery, queryFromParams, type SearchQuery } from '../lib/search/query.ts';
import { SEARCH_FILTERS } from '../lib/search/filters.ts';
import { type FilterCounts, SearchEngine, type ResultView } from '../lib/search/engine.ts';
import { SEARCH_WORDING, queryNoticeText, searchStatusText } from '../lib/wording/search.ts';

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const notices = document.querySelector<HTMLElement>('[data-search-notices]')!;
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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, ...children: (Node | string)[]) {
  const e = document.createElement(tag);
  e.className = cls;
  e.append(...children);
  return e;
}

function renderResult(r: ResultView): HTMLLIElement {
  const link = el('a', 'result-title', r.title);
  link.href = `${base}${r.url.slice(1)}`;
  const excerpt = r.excerpt.map((part) => (part.marked ? el('mark', '', part.text) : part.text));
  return el(
    'li',
    'search-result',
    link,
    el('p', 'result-facts', r.facts.join(' · ')),
    el('p', 'result-excerpt', ...excerpt),
  );
}

/** Beside each filter value, how many results ticking it would give. */
function showCounts(counts: FilterCounts) {
  for (const { key } of SEARCH_FILTERS) {
    for (const span of form.querySelectorAll<HTMLElement>(`[data-count-for^="${key}:"]`)) {
      span.textContent = `(${counts[key][span.dataset.countFor!.slice(key.length + 1)] ?? 0})`;
    }
  }
}

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}

let engine: Promise<SearchEngine> | undefined;
function loadEngine(): Promise<SearchEngine> {
  engine ??= SearchEngine.open({
    json: async (path) => (await fetchOk(path)).json(),
    bytes: async (path) => new Uint8Array(await (await fetchOk(path)).arrayBuffer()),
  });
  engine.catch(() => {
    engine = undefined; // tried again on the next search
  });
  return engine;
}

let generation = 0;
async function run(query: SearchQuery) {
  const mine = ++generation;
  list.replaceChildren();
  notices.replaceChildren();
  more.hidden = true;
  if (isEmptyQuery(query)) {
    status.textContent = SEARCH_WORDING.idle;
    return;
  }
  status.textContent = SEARCH_WORDING.searching;
  try {
    const search = await loadEngine();
    const found = await search.search(query.q, query.filters);
    if (mine !== generation) return; // a newer query has started
    showCounts(found.counts);
    notices.append(...found.notices.map((n) => el('li', '', queryNoticeText(n))));
    let shown = 0;
    const showMore = async () => {
      const page = await search.views(found.docs.slice(shown, shown + PAGE_SIZE), found.folded);
      if (mine !== generation) return;
      list.append(...page.map(renderResult));
      shown += page.length;
      more.hidden = shown >= found.docs.length;
    };
    more.onclick = () => void showMore();
    await showMore();
    if (mine !== generation) return;
    // Announced once the first results are on the page.
    status.textContent = searchStatusText(found.docs.length, found.words, found.absent);
  } catch {
    if (mine === generation) status.textContent = SEARCH_WORDING.unavailable;
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
