/**
 * The footprints table ([data-sortable]) and its filters ([data-filters]): column headers become
 * sort buttons (with aria-sort), and the filter form shows only matching rows. Without JavaScript
 * the table is plain and complete.
 */
export function initFootprintTable(): void {
  const table = document.querySelector<HTMLTableElement>('[data-sortable]');
  const form = document.querySelector<HTMLFormElement>('[data-filters]');
  if (table && form) {
    const tbody = table.tBodies[0]!;
    const rows = [...tbody.rows];
    const count = form.querySelector<HTMLElement>('.filter-count')!;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-key]')];
    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const key = th.dataset.key!;
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const value = (r: HTMLTableRowElement) => (key === 'ccgs' ? Number(r.dataset.ccgs) : key === 'rating' ? Number(r.dataset.ratingOrder) : (r.dataset[key] ?? ''));
        rows.sort((a, b) => {
          const x = value(a);
          const y = value(b);
          const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB');
          return ascending ? c : -c;
        });
        tbody.append(...rows);
      });
    }
    const apply = () => {
      const data = new FormData(form);
      const q = String(data.get('q') ?? '').trim().toLowerCase();
      let shown = 0;
      for (const r of rows) {
        const ok =
          (!q || r.dataset.name!.toLowerCase().includes(q)) &&
          (!data.get('region') || r.dataset.region === data.get('region')) &&
          (!data.get('lead') || r.dataset.lead === data.get('lead')) &&
          (!data.get('rating') || r.dataset.rating === data.get('rating'));
        r.hidden = !ok;
        if (ok) shown++;
      }
      count.textContent = `Showing ${shown} of ${rows.length} footprints`;
    };
    form.addEventListener('input', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
    form.hidden = false;
    apply();
  }
}
