/**
 * Applies a map's query-string options (src/lib/maps/options.ts) to the maps of the page: the
 * geographic or hex view, highlighted areas (outlined, labelled, the rest muted, and named first
 * for screen readers), an own title, and a one-line note of anything ignored. Without JavaScript
 * the default map shows; with it, a bad option never breaks the map.
 *
 * Markup it expects (components/maps/ChoroplethMap.astro): a [data-map] figure with
 * data-version and data-hex ("true" when a hex view is rendered), views in [data-view="geo"] and
 * [data-view="hex"], areas as `a.fp[data-code]`, a [data-map-note] paragraph and a
 * [data-map-highlight] paragraph; the page's own title in [data-map-title].
 */
import { ignoredNote, parseOptions, type MapOptions } from '../lib/maps/options.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Writes a label over an area (at the centre of its bounding box), in the map's own coordinates. */
function label(area: SVGGraphicsElement, text: string): SVGTextElement {
  const box = area.getBBox();
  const t = document.createElementNS(SVG, 'text');
  t.setAttribute('x', String(box.x + box.width / 2));
  t.setAttribute('y', String(box.y + box.height / 2));
  t.setAttribute('class', 'highlight-label');
  t.setAttribute('text-anchor', 'middle');
  t.setAttribute('aria-hidden', 'true');
  t.textContent = text;
  return t;
}

export function applyOptions(figure: HTMLElement, options: MapOptions, ignored: string[]): void {
  for (const view of figure.querySelectorAll<HTMLElement>('[data-view]')) view.hidden = view.dataset.view !== options.view;

  const note = figure.querySelector<HTMLElement>('[data-map-note]');
  const text = ignoredNote(ignored);
  if (note) {
    note.textContent = text ?? '';
    note.hidden = !text;
  }

  figure.classList.toggle('has-highlight', options.highlight.length > 0);
  for (const el of figure.querySelectorAll('.highlight-label')) el.remove();
  const named: string[] = [];
  for (const area of figure.querySelectorAll<SVGAElement>('a.fp[data-code]')) {
    const on = options.highlight.includes(area.dataset.code!);
    area.classList.toggle('is-highlighted', on);
    if (!on) continue;
    // Drawn last, so its outline is on top; labelled where it is.
    area.parentNode?.append(area);
    const view = area.closest<HTMLElement>('[data-view]');
    if (!view || view.dataset.view === options.view) named.push(`${area.dataset.name}: ${area.dataset.value}`);
    const svg = area.ownerSVGElement;
    if (svg && !view?.hidden) svg.append(label(area as unknown as SVGGraphicsElement, area.dataset.name ?? ''));
  }
  const highlight = figure.querySelector<HTMLElement>('[data-map-highlight]');
  if (highlight) {
    highlight.textContent = named.length ? `Highlighted: ${named.join('; ')}.` : '';
    highlight.hidden = !named.length;
  }
  const title = document.querySelector<HTMLElement>('[data-map-title]');
  if (title && options.title) title.textContent = options.title;
}

/** Reads the page's query string and applies it to every map on the page. */
export function initMapOptions(search = location.search): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-map]')) {
    const areas = new Map([...figure.querySelectorAll<SVGAElement>('[data-view="geo"] a.fp[data-code]')].map((a) => [a.dataset.code!, a.dataset.name ?? '']));
    const other = figure.dataset.otherVersions ? (JSON.parse(figure.dataset.otherVersions) as Record<string, string[]>) : {};
    const { options, ignored } = parseOptions(search, {
      version: figure.dataset.version ?? '',
      areas,
      hasHex: figure.dataset.hex === 'true',
      otherVersions: new Map(Object.entries(other)),
    });
    applyOptions(figure, options, ignored);
  }
}
