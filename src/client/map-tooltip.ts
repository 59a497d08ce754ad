/**
 * Labels on the national maps ([data-map]): the footprint under the pointer or keyboard focus (on
 * the map or in its ranked chart) gets an outline and a label with its name and value, and the one
 * named by ?highlight=<slug> keeps both. The words are each area's aria-label (also its <title>),
 * so this is only a visual aid: the map, the chart and the table say the same without it.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

interface Parts {
  name: string;
  value: string;
}

/** "Greater Manchester: NHS provider" → name and value (names may hold colons, values do not). */
export function splitLabel(label: string): Parts {
  const i = label.lastIndexOf(': ');
  return i < 0 ? { name: label, value: '' } : { name: label.slice(0, i), value: label.slice(i + 2) };
}

/** The slug asked for by ?highlight=, if it is a plausible one. */
export function highlightSlug(search: string): string | null {
  const slug = new URLSearchParams(search).get('highlight');
  return slug && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? slug : null;
}

/** Where a label of `width` goes so it stays inside a frame of `frameWidth`: its left edge. */
export function clampLeft(centre: number, width: number, frameWidth: number, margin = 4): number {
  return Math.max(margin, Math.min(centre - width / 2, frameWidth - width - margin));
}

function initMap(figure: HTMLElement): void {
  const frame = figure.querySelector<HTMLElement>('.map-frame');
  const svg = frame?.querySelector<SVGSVGElement>('svg.map');
  const [label, pin] = frame ? [...frame.querySelectorAll<HTMLElement>('.map-label')] : [];
  if (!frame || !svg || !label || !pin) return;
  const areas = new Map([...svg.querySelectorAll<SVGAElement>('a.fp')].map((a) => [a.dataset.code!, a]));
  const rows = [...figure.querySelectorAll<HTMLAnchorElement>('[data-ranked] a[data-code]')];

  /** An outline drawn over an area (a copy of its path, last in its group, so never hidden by a neighbour). */
  const ring = (area: SVGAElement, cls: string) => {
    const path = area.querySelector('path');
    const copy = document.createElementNS(SVG_NS, 'path');
    copy.setAttribute('d', path?.getAttribute('d') ?? '');
    copy.setAttribute('class', cls);
    copy.setAttribute('aria-hidden', 'true');
    area.parentNode?.appendChild(copy);
    return copy;
  };

  const place = (el: HTMLElement, area: SVGAElement, at?: { x: number; y: number }) => {
    const parts = splitLabel(area.getAttribute('aria-label') ?? '');
    const name = document.createElement('strong');
    name.textContent = parts.name;
    const value = document.createElement('span');
    value.textContent = parts.value;
    el.replaceChildren(name, value);
    el.hidden = false;
    const outer = frame.getBoundingClientRect();
    const box = area.getBoundingClientRect();
    const x = at ? at.x - outer.left : box.left - outer.left + box.width / 2;
    const y = at ? at.y - outer.top : box.top - outer.top + Math.min(box.height / 2, 36);
    el.style.left = `${clampLeft(x, el.offsetWidth, frame.clientWidth)}px`;
    // Above the point, or below it when there is no room above.
    const above = y - el.offsetHeight - 10;
    el.style.top = `${above >= 0 ? above : y + 14}px`;
  };

  let hot: { area: SVGAElement; outline: SVGPathElement } | null = null;
  const show = (code: string | undefined, at?: { x: number; y: number }) => {
    const area = code ? areas.get(code) : undefined;
    if (!area) return;
    if (hot?.area !== area) {
      hot?.outline.remove();
      hot = { area, outline: ring(area, 'fp-ring') };
    }
    place(label, area, at);
    if (highlighted) pin.hidden = area === highlighted;
  };
  const hide = () => {
    hot?.outline.remove();
    hot = null;
    label.hidden = true;
    if (highlighted) place(pin, highlighted);
  };

  // The highlighted footprint: outlined and labelled until the reader moves elsewhere.
  const slug = highlightSlug(location.search);
  const highlighted = slug ? [...areas.values()].find((a) => a.getAttribute('href') === `/footprints/${slug}/`) ?? null : null;
  if (highlighted) {
    highlighted.classList.add('is-highlighted');
    ring(highlighted, 'fp-ring is-highlighted');
    for (const r of rows) if (r.dataset.code === highlighted.dataset.code) r.classList.add('is-highlighted');
    const draw = () => place(pin, highlighted);
    draw();
    new ResizeObserver(() => !pin.hidden && draw()).observe(frame);
  }

  const codeOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<SVGAElement | HTMLAnchorElement>('a.fp, a[data-code]')?.dataset.code;
  frame.addEventListener('pointermove', (e) => {
    const code = codeOf(e.target);
    if (code) show(code, { x: e.clientX, y: e.clientY });
    else if (hot) hide();
  });
  frame.addEventListener('pointerleave', hide);
  frame.addEventListener('focusin', (e) => show(codeOf(e.target)));
  frame.addEventListener('focusout', hide);
  for (const r of rows) {
    r.addEventListener('pointerenter', () => show(r.dataset.code));
    r.addEventListener('pointerleave', hide);
    r.addEventListener('focus', () => show(r.dataset.code));
    r.addEventListener('blur', hide);
  }
  figure.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
}

export function initMapTooltips(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-map]')) initMap(figure);
}
