/**
 * 筛选 on 全部公文 (src/routes/index.astro): each <select> narrows the list to the documents that
 * have its value, at once and without leaving the page; the status line, a live region, says how
 * many are shown. A joint document matches each of its 发文机关.
 */
import type { FilterKey } from './filter-choices.ts';

export function enhanceFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-filters]');
  const status = form?.querySelector<HTMLElement>('[data-filters-status]');
  const items = [...document.querySelectorAll<HTMLLIElement>('.gw-doc-list__item')];
  if (!form || !status) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];

  const apply = () => {
    const chosen = selects.flatMap((select) => (select.value ? [[select.dataset['filter'] as FilterKey, select.value] as const] : []));
    let shown = 0;
    for (const item of items) {
      const match = chosen.every(([key, value]) => valuesOf(item, key).includes(value));
      item.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent = `显示 ${shown} 件`;
  };
  form.addEventListener('change', apply);
  // Nothing to send: the list is already on the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  // A browser may restore the choices of a visit before (back/forward): the list follows them.
  if (selects.some((select) => select.value)) apply();
}

function valuesOf(item: HTMLElement, key: FilterKey): string[] {
  const value = item.dataset[key] ?? '';
  return key === 'issuers' ? (JSON.parse(value) as string[]) : [value];
}
