/**
 * Applies a map's query-string options (src/lib/maps/options.ts) to the maps of the page: the
 * geographic or hex view, highlighted areas (drawn again on top, outlined and named, the rest
 * muted, and named first for screen readers), an own title, and a one-line note of anything
 * ignored. Without JavaScript the default map shows; with it, a bad option never breaks the map.
 *
 * Markup it expects (components/maps/ChoroplethMap.astro): a [data-map] figure with
 * data-version, data-hex ("true" when a hex view is rendered) and data-other-versions (JSON: code →
 * versions), views in [data-view="geo"] and [data-view="hex"], view buttons [data-set-view],
 * areas as `a.fp[data-code]` named by their aria-label ("Name: value"), a [data-map-note]
 * paragraph and a [data-map-highlight] paragraph before the map; the page's own title in
 * [data-map-title]. The same highlight runs on standalone files (the map maker's downloads), whose
 * areas are `g.fp[data-code]` with their <title>.
 */
import { areaPathId, labelAnchor, MUTED_OPACITY, nameOf, overlayMarkup, pathBounds } from '../lib/maps/svg/highlight.ts';
import { HEX_VIEW_PREFIX } from '../lib/maps/svg/hex.ts';
import { ignoredNote, parseOptions, type MapOptions, type MapView } from '../lib/maps/options.ts';
import { fetchWithTimeout, RequestFailed } from './net.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The words of an area: its aria-label on a page, its <title> in a standalone file. */
function wordsOf(area: Element): string {
  return area.getAttribute('aria-label') ?? area.querySelector('title')?.textContent ?? '';
}

/**
 * Highlights `codes` on one map (inline or standalone): their overlays shown (made the first
 * time), every other area muted; no codes, nothing muted. Markup from the shared overlayMarkup,
 * so the page and a downloaded file draw the same thing.
 */
export function highlightSvg(svg: SVGSVGElement, codes: readonly string[]): void {
  const areas = [...svg.querySelectorAll<SVGElement>('.fp[data-code]')];
  for (const area of areas) {
    if (codes.length && !codes.includes(area.dataset.code!)) area.setAttribute('opacity', String(MUTED_OPACITY));
    else area.removeAttribute('opacity');
  }
  const body = areas[0]?.closest('svg') ?? svg;
  let layer = body.querySelector<SVGGElement>(':scope > g.highlights');
  if (!layer) {
    if (!codes.length) return;
    layer = document.createElementNS(SVG, 'g');
    layer.setAttribute('class', 'highlights');
    body.append(layer);
  }
  for (const overlay of layer.querySelectorAll<SVGGElement>('g.hl[data-code]')) {
    if (codes.includes(overlay.dataset.code!)) overlay.removeAttribute('display');
    else overlay.setAttribute('display', 'none');
  }
  const width = body.viewBox.baseVal?.width || Number(body.getAttribute('viewBox')?.split(/\s+/)[2]) || 0;
  const kind = body.classList.contains('hex-map') ? 'hex' : 'geo';
  // The map's id prefix, from its title's id ("map-title" → "map").
  const prefix = body.querySelector(':scope > title')?.id.replace(/-title$/, '') ?? 'map';
  for (const code of codes) {
    if (layer.querySelector(`g.hl[data-code="${code}"]`)) continue;
    const area = areas.find((a) => a.dataset.code === code);
    const path = area?.querySelector('path');
    if (!area || !path) continue;
    // Named only when highlighted: the overlay draws it again by reference.
    path.id ||= areaPathId(prefix, code);
    const anchor = labelAnchor(pathBounds(path.getAttribute('d') ?? ''), kind);
    layer.insertAdjacentHTML('beforeend', overlayMarkup({ code, name: nameOf(wordsOf(area)), pathId: path.id, anchor, mapWidth: width, shown: true }));
  }
}

/** The figure's hex frame, with its map fetched and inlined the first time (null if it cannot be). */
const loading = new WeakMap<HTMLElement, Promise<string | null>>();
function loadHex(frame: HTMLElement): Promise<string | null> {
  let promise = loading.get(frame);
  if (!promise) {
    promise = (async () => {
      if (frame.querySelector('svg.map')) return null;
      try {
        const response = await fetchWithTimeout(frame.dataset.src!);
        if (!response.ok) throw new RequestFailed('http', `${frame.dataset.src} answered ${response.status}`, response.status);
        // Its ids renamed to this figure's, so two maps on a page never share one.
        frame.insertAdjacentHTML('afterbegin', (await response.text()).split(`${HEX_VIEW_PREFIX}-`).join(`${frame.dataset.prefix}-`));
        frame.dispatchEvent(new CustomEvent('map-frame-ready', { bubbles: true }));
        return null;
      } catch (error) {
        loading.delete(frame);
        return error instanceof RequestFailed && error.kind === 'timeout' ? 'the hex map did not arrive in time' : 'the hex map could not be loaded (no connection?)';
      }
    })();
    loading.set(frame, promise);
  }
  return promise;
}

/**
 * Shows one view of a figure and presses its button; the hex view is fetched first, and if it
 * cannot be, the geographic map stays and the reason is returned for the note.
 */
async function showView(figure: HTMLElement, view: MapView): Promise<string | null> {
  const hexFrame = figure.querySelector<HTMLElement>('[data-view="hex"]');
  const problem = view === 'hex' && hexFrame ? await loadHex(hexFrame) : null;
  const shown: MapView = problem ? 'geo' : view;
  for (const frame of figure.querySelectorAll<HTMLElement>('[data-view]')) frame.hidden = frame.dataset.view !== shown;
  for (const button of figure.querySelectorAll<HTMLButtonElement>('[data-set-view]')) button.setAttribute('aria-pressed', String(button.dataset.setView === shown));
  // What only the geographic map has (the legend's line for London's inset).
  for (const el of figure.querySelectorAll<HTMLElement>('[data-geo-only]')) el.hidden = shown !== 'geo';
  return problem;
}

function setNote(figure: HTMLElement, ignored: readonly string[], problem: string | null): void {
  const note = figure.querySelector<HTMLElement>('[data-map-note]');
  if (!note) return;
  const parts = [ignoredNote(ignored), problem ? `Showing the geographic map: ${problem}.` : null].filter(Boolean);
  note.textContent = parts.join(' ');
  note.hidden = parts.length === 0;
}

export async function applyOptions(figure: HTMLElement, options: MapOptions, ignored: string[]): Promise<void> {
  setNote(figure, ignored, null);
  figure.classList.toggle('has-highlight', options.highlight.length > 0);
  for (const row of figure.querySelectorAll<HTMLElement>('[data-ranked] a[data-code]')) row.classList.toggle('is-highlighted', options.highlight.includes(row.dataset.code!));

  // Named in the order asked for, with their values, before the map: what a screen reader hears first.
  const geo = figure.querySelector('[data-view="geo"]') ?? figure;
  const named = options.highlight
    .map((code) => geo.querySelector(`a.fp[data-code="${code}"]`))
    .filter((a): a is SVGAElement => a !== null)
    .map((a) => {
      const words = wordsOf(a);
      const name = nameOf(words);
      return words.length > name.length ? `${name} (${words.slice(name.length + 2)})` : name;
    });
  const highlight = figure.querySelector<HTMLElement>('[data-map-highlight]');
  if (highlight) {
    highlight.textContent = named.length ? `Highlighted: ${named.join('; ')}.` : '';
    highlight.hidden = !named.length;
  }
  const title = document.querySelector<HTMLElement>('[data-map-title]');
  if (title && options.title) {
    title.textContent = options.title;
    document.title = options.title;
  }
  const highlightAll = () => {
    for (const svg of figure.querySelectorAll<SVGSVGElement>('[data-view] svg.map')) highlightSvg(svg, options.highlight);
  };
  highlightAll();
  const problem = await showView(figure, options.view);
  // The hex map may have just arrived.
  highlightAll();
  setNote(figure, ignored, problem);
}

function contextOf(figure: HTMLElement) {
  const areas = new Map([...figure.querySelectorAll<SVGAElement>('[data-view="geo"] a.fp[data-code]')].map((a) => [a.dataset.code!, wordsOf(a)]));
  let other: Record<string, string[]> = {};
  try {
    other = figure.dataset.otherVersions ? (JSON.parse(figure.dataset.otherVersions) as Record<string, string[]>) : {};
  } catch {
    // A damaged attribute only costs the note its detail ("from another version").
  }
  return { version: figure.dataset.version ?? '', areas, hasHex: figure.dataset.hex === 'true', otherVersions: new Map(Object.entries(other)) };
}

/** Each figure's options, once read from the address. */
const state = new WeakMap<HTMLElement, { options: MapOptions; ignored: string[] }>();

function stateOf(figure: HTMLElement, search: string) {
  let s = state.get(figure);
  if (!s) {
    s = parseOptions(search, contextOf(figure));
    state.set(figure, s);
  }
  return s;
}

/** Reads the page's query string and applies it to every map on the page. */
export function initMapOptions(search = location.search): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-map]')) {
    const { options, ignored } = stateOf(figure, search);
    void applyOptions(figure, options, ignored);
  }
}

/**
 * A reader pressed a view button: that view, and the address in step (so a copied link opens the
 * same view; the page's other parameters are kept as they were).
 */
export function switchView(figure: HTMLElement, view: MapView, search = location.search): Promise<void> {
  const { options, ignored } = stateOf(figure, search);
  options.view = view;
  figure.dispatchEvent(new CustomEvent('map-view', { bubbles: true }));
  const params = new URLSearchParams(location.search);
  if (view === 'hex') params.set('view', 'hex');
  else params.delete('view');
  const q = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
  return applyOptions(figure, options, ignored);
}
