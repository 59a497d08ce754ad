/**
 * The search page ([data-search]): Pagefind's JavaScript API over the articles and footprint pages.
 * Its index is a static file, so search also works offline once the site is saved.
 */
import { withTimeout } from './net.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}
export function initSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]')!;
  const input = form.querySelector<HTMLInputElement>('input')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  status.textContent = '';
  let pagefind: Promise<Pagefind> | null = null;
  // The index is built after Astro (npm run build runs Pagefind on dist/), so import it at run time.
  const load = () =>
    (pagefind ??= withTimeout(import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>, 'Loading the search index').catch((error: unknown) => {
      pagefind = null;
      throw error;
    }));

  async function run(query: string) {
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = 'Type a word or two, for example “social care” or a place name.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const { results } = await withTimeout((await load()).search(query), 'Searching');
      const top = await withTimeout(Promise.all(results.slice(0, 12).map((r) => r.data())), 'Loading the results');
      status.textContent = top.length ? `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”` : `Nothing found for “${query}”. Try fewer or different words.`;
      for (const r of top) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        p.innerHTML = r.excerpt; // Pagefind escapes page text and adds only <mark>
        li.append(a, p);
        list.append(li);
      }
    } catch {
      status.textContent = 'Search is not available right now (its index could not be loaded). Browse the articles or footprints instead.';
    }
  }

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
    void run(input.value);
  });
}
