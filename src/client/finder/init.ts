/**
 * Wires every finder on the page ([data-finder], rendered by components/finder/Finder.astro): the
 * combobox over the search index, postcode look-ups and "use my location". The index loads on first
 * focus; every outcome ends in a message in the status region, never a silent blank.
 */
import { combobox, type ComboOption } from './combobox.ts';
import { finderData, type FinderData } from './data.ts';
import { locateMe, POSITION_MESSAGES } from './geolocation.ts';
import { isOutcode, LOOKS_LIKE_POSTCODE, lookUpPostcode, offerPostcode, type PostcodeOutcome } from './postcode.ts';
import { OUTLINE_NOTE, POSTCODE_MESSAGES, type Resolution } from './resolve-location.ts';
import { search, type Entry, type Part } from './search.ts';

interface Option extends ComboOption {
  href?: string;
  action?: () => void;
}

export const FINDER_MESSAGES = {
  indexFailed: 'The search index could not be loaded (you may be offline and this page was not saved). Browse the list of footprints instead.',
  noMatch: (query: string) => `No matches for “${query}”. Try the name of your council, a nearby town, a hospital, or your postcode.`,
} as const;

/** The footprint page, opened at the council part the place is in when that council is split. */
export function footprintHref(slug: string, anchor: string | null = null): string {
  return `/footprints/${slug}/${anchor ? `#council-${anchor}` : ''}`;
}

/** "today: NHS Birmingham and Solihull ICB", where the index knows the areas of today. */
function todayNote(entry: Entry, answers: string | undefined): string {
  const today = entry.today;
  if (!today?.length || !answers) return '';
  const names = today.map((p) => p.name);
  const what = answers.replace(/^\d{4} /, '');
  if (today.length === 1) return ` · today (${what}): ${names[0]}`;
  if (today[0]!.percent !== null) return ` · today (${what}): mostly ${names[0]}`;
  return ` · today (${what}): ${names.join(' or ')}`;
}

/**
 * One option per answer. A place split by its people gets its largest footprint and any other
 * with 5% or more, with the shares; one resolved through a split council gets each part, said to
 * depend on the part; a trust serving several footprints gets each.
 */
export function optionsFor(entry: Entry, answers: string, todayAnswers?: string): Option[] {
  const today = todayNote(entry, todayAnswers);
  const one = (p: Part, label: string, what: string): Option => ({ label, context: `${entry.context} · ${answers}${what}${today}`, href: footprintHref(p.slug, p.anchor) });
  const parts = entry.parts;
  if (parts.length === 1) return [one(parts[0]!, `${entry.label} → ${parts[0]!.name}`, '')];
  switch (entry.resolved) {
    case 'people':
      return parts.map((p, i) =>
        i === 0
          ? one(p, `${entry.label} → ${p.name}`, `: ${p.percent !== null && p.percent > 50 ? 'most' : 'the largest part'} of it (${p.percent}%)`)
          : one(p, `${entry.label}: about ${p.percent}% → ${p.name}`, `: about ${p.percent}% of its people`),
      );
    case 'council': {
      const own = entry.kind === 'council' || entry.kind === 'district';
      return parts.map((p) =>
        own
          ? one(p, `${entry.label}: ${p.note ?? 'part'} → ${p.name}`, '')
          : one(p, `${entry.label} → ${p.name} (${p.note ?? 'one part'})`, `: ${entry.via} was split between footprints, and our data does not say which part this ${entry.kind === 'ward' ? 'ward' : 'place'} is in`),
      );
    }
    default:
      return parts.map((p) => one(p, `${entry.label} → ${p.name}`, ': one of the footprints it serves'));
  }
}

function renderResolution(status: HTMLElement, r: Resolution): void {
  status.replaceChildren();
  const p = document.createElement('p');
  p.textContent = r.message + (r.approximate && r.status === 'exact' ? ` ${OUTLINE_NOTE}` : '');
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
    const outcode = isOutcode(query);
    const postcodeOption = (label: string, context: string): Option => ({ label, context, action: () => void lookUp(query) });
    let loaded;
    try {
      loaded = await data.index();
    } catch {
      // Offline with no saved index: a postcode can still be tried (it says if the service is unreachable).
      box.show(offerPostcode(query) ? [postcodeOption(`Look up the postcode ${query.toUpperCase()}`, 'Uses the postcodes.io service (needs a connection)')] : []);
      status.textContent = outcode ? POSTCODE_MESSAGES.outcode(query.toUpperCase()) : FINDER_MESSAGES.indexFailed;
      return;
    }
    if (input.value.trim() !== query) return; // a newer keystroke has taken over
    const items: Option[] = [];
    if (offerPostcode(query)) items.push(postcodeOption(`Look up the postcode ${query.toUpperCase()}`, 'Uses the postcodes.io service (needs a connection)'));
    if (outcode) items.push(postcodeOption(`${query.toUpperCase()}: show the places this postcode district covers`, 'Uses the postcodes.io service (needs a connection)'));
    const { data: index, prepared } = loaded;
    for (const match of search(prepared, query, 8)) items.push(...optionsFor(match.entry, index.answers, index.today?.answers));
    box.show(items.slice(0, 12));
    status.textContent = outcode ? POSTCODE_MESSAGES.outcode(query.toUpperCase()) : items.length ? '' : FINDER_MESSAGES.noMatch(query);
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
