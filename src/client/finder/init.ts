/**
 * Wires every finder on the page ([data-finder], rendered by components/finder/Finder.astro): the
 * combobox over the search index, postcode look-ups and "use my location". The index loads on first
 * focus; every outcome ends in a message in the status region, never a silent blank.
 */
import { combobox, type ComboOption } from './combobox.ts';
import { finderData, type FinderData } from './data.ts';
import { locateMe, POSITION_MESSAGES } from './geolocation.ts';
import { LOOKS_LIKE_POSTCODE, lookUpPostcode, offerPostcode, type PostcodeOutcome } from './postcode.ts';
import type { Resolution } from './resolve-location.ts';
import { search, type FinderEntry } from './search.ts';

interface Option extends ComboOption {
  href?: string;
  action?: () => void;
}

export const FINDER_MESSAGES = {
  indexFailed: 'The search index could not be loaded (you may be offline and this page was not saved). Browse the list of footprints instead.',
  noMatch: (query: string) => `No matches for “${query}”. Try the name of your council, a nearby town, or your postcode.`,
} as const;

const footprintHref = (slug: string) => `/footprints/${slug}/`;

/** One option per part: a split place offers each footprint it is in, with the note that says which part. */
function optionsFor(entry: FinderEntry, names: Record<string, string>): Option[] {
  return entry.p.map(([slug, note]) => ({
    label: entry.p.length > 1 ? `${entry.n}: ${note ?? 'part'} → ${names[slug]}` : `${entry.n} → ${names[slug]}`,
    context: entry.k ?? '',
    href: footprintHref(slug),
  }));
}

function renderResolution(status: HTMLElement, r: Resolution): void {
  status.replaceChildren();
  const p = document.createElement('p');
  p.textContent = r.message + (r.approximate && r.status === 'exact' ? ' This is approximate near council boundaries.' : '');
  status.append(p);
  if (!r.candidates.length) return;
  const ul = document.createElement('ul');
  for (const c of r.candidates) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = footprintHref(c.slug);
    a.textContent = c.name;
    li.append(a);
    if (c.note) li.append(` (${c.note})`);
    ul.append(li);
  }
  status.append(ul);
}

function showOutcome(status: HTMLElement, outcome: PostcodeOutcome): void {
  if ('resolution' in outcome) renderResolution(status, outcome.resolution);
  else status.textContent = outcome.message;
}

export function initFinder(root: HTMLElement, data: FinderData = finderData(root.dataset.version!)): void {
  const ui = root.querySelector<HTMLElement>('.finder-ui')!;
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = root.querySelector<HTMLElement>('.finder-status')!;
  const locate = root.querySelector<HTMLButtonElement>('.finder-locate')!;
  root.querySelector('.finder-js-off')?.remove();
  ui.hidden = false;

  const lookUp = async (query: string) => {
    box.close();
    showOutcome(status, await lookUpPostcode(query, data, (message) => (status.textContent = message)));
  };

  const update = async (query: string) => {
    if (!query) {
      box.show([]);
      status.textContent = '';
      return;
    }
    let loaded;
    try {
      loaded = await data.index();
    } catch {
      box.show([]);
      status.textContent = FINDER_MESSAGES.indexFailed;
      return;
    }
    if (input.value.trim() !== query) return; // a newer keystroke has taken over
    const items: Option[] = [];
    if (offerPostcode(query)) {
      items.push({ label: `Look up the postcode ${query.toUpperCase()}`, context: 'Uses the postcodes.io service (needs a connection)', action: () => void lookUp(query) });
    }
    for (const match of search(loaded.prepared, query, 8)) items.push(...optionsFor(match.entry, loaded.data.footprints));
    box.show(items.slice(0, 12));
    status.textContent = items.length ? '' : FINDER_MESSAGES.noMatch(query);
  };

  const box = combobox<Option>(input, list, root.id, {
    onInput: (query) => void update(query),
    onChoose: (o) => (o.href ? window.location.assign(o.href) : o.action?.()),
    onSubmit: (query) => {
      if (LOOKS_LIKE_POSTCODE.test(query)) void lookUp(query);
    },
  });

  input.addEventListener('focus', () => void data.index().catch(() => undefined), { once: true });

  if (!('geolocation' in navigator)) locate.hidden = true;
  locate.addEventListener('click', async () => {
    status.textContent = POSITION_MESSAGES.finding;
    showOutcome(status, await locateMe(data));
  });
}

export function initFinders(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-finder]')) initFinder(root);
}
