/**
 * The 搜索 page in the browser (src/routes/search.astro): loads Pagefind's own script from the site,
 * searches as the reader types or chooses in 筛选, and lists the results with the metadata of
 * search-record.ts; the address keeps the words and the choices. The status line is a live region,
 * so a screen reader hears "找到 N 件" without leaving the input.
 */
import type { SearchMeta } from './search-record.ts';

/** The part of Pagefind's browser API used here (pagefind.js, written by the build). */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  /** A null query with filters lists every page the filters match. */
  debouncedSearch(query: string | null, options?: { filters?: Record<string, string> }, waitMs?: number): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Partial<SearchMeta> }>;
}

/** Long enough to skip the keystrokes of one word, short enough to feel immediate. */
const TYPING_PAUSE_MS = 250;

export function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-index]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const pagefind = loadPagefind(form.dataset['searchIndex']!, form.dataset['searchBase']!);
  const dateLabel = form.dataset['dateLabel']!;
  // 筛选: each select names its filter as the index does (data-filter-name, search-record.ts).
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter-name]')];
  let latest = '';

  const run = async (wait: number) => {
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.flatMap((select) => (select.value ? [[select.dataset['filterName']!, select.value]] : [])));
    const asked = JSON.stringify([query, filters]);
    latest = asked;
    // The address says what is asked (?q=…&年份=…), so it can be shared, bookmarked and come back to.
    const url = new URL(location.href);
    for (const [name, value] of [['q', query], ...selects.map((select) => [select.dataset['filterName']!, select.value])] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const search = await (await pagefind).debouncedSearch(query || null, { filters }, wait);
      // A newer search (other words or 筛选) has started: its answer will be shown instead.
      if (!search || asked !== latest) return;
      const results = await Promise.all(search.results.map((result) => result.data()));
      if (asked !== latest) return;
      list.replaceChildren(...results.map((result) => resultItem(result, dateLabel)));
      status.textContent = `找到 ${results.length} 件`;
    } catch (error) {
      list.replaceChildren();
      // `astro dev` serves no index: Pagefind writes it at the end of `astro build`.
      status.textContent = import.meta.env.DEV
        ? '开发服务器上没有搜索索引：它在 astro build 结束时生成，请用 astro build 和 astro preview 试用搜索。'
        : `搜索暂时无法使用（${error instanceof Error ? error.message : String(error)}），请稍后再试。`;
    }
  };

  input.addEventListener('input', () => void run(TYPING_PAUSE_MS));
  form.addEventListener('change', (event) => {
    if ((event.target as Element).matches('select')) void run(0);
  });
  // Enter searches at once; the page stays, as its results are already here.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(0);
  });
  const params = new URL(location.href).searchParams;
  const words = params.get('q');
  if (words) input.value = words;
  for (const select of selects) {
    const value = params.get(select.dataset['filterName']!);
    if (value && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  if (input.value || selects.some((select) => select.value)) void run(0);
}

async function loadPagefind(script: string, baseUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ script)) as Pagefind;
  // The index holds paths below gongwen's base; the links need the whole URL path.
  await pagefind.options({ baseUrl });
  return pagefind;
}

/** One result: the title as a link, then the number and 成文日期 as labelled values, then where the words were found. */
function resultItem(result: { url: string; excerpt: string; meta: Partial<SearchMeta> }, dateLabel: string): HTMLLIElement {
  const { meta } = result;
  const item = element('li', 'gw-doc-list__item');
  const heading = element('h2', 'gw-doc-list__title');
  const link = element('a');
  link.href = result.url;
  link.textContent = meta.title ?? result.url;
  heading.append(link);
  const info = element('dl', 'gw-doc-list__info');
  if (meta.docNumber && meta.numberLabel) info.append(entry(meta.numberLabel, meta.docNumber));
  if (meta.date) {
    const time = element('time');
    time.dateTime = meta.dateIso ?? '';
    time.textContent = meta.date;
    info.append(entry(dateLabel, time));
  }
  const excerpt = element('p', 'gw-search__excerpt');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, info, excerpt);
  return item;
}

function entry(label: string, value: string | Node): HTMLDivElement {
  const row = element('div');
  const term = element('dt');
  term.textContent = label;
  const definition = element('dd');
  definition.append(value);
  row.append(term, definition);
  return row;
}

/** Pagefind's excerpt is HTML with <mark> around the words found: kept as text and <mark> alone, never as markup. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = element('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
