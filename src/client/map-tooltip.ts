/**
 * Labels on the national maps ([data-map]): the area under the pointer or keyboard focus (on the
 * map, geographic or hex, or in its ranked chart) gets an outline and a label with its name and
 * value. The words are each area's aria-label (also its <title>), so this is only a visual aid:
 * the map, the chart and the table say the same without it. Highlights asked for in the address
 * are drawn by client/map-options.ts.
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

/** Where a label of `width` goes so it stays inside a frame of `frameWidth`: its left edge. */
export function clampLeft(centre: number, width: number, frameWidth: number, margin = 4): number {
  return Math.max(margin, Math.min(centre - width / 2, frameWidth - width - margin));
}

interface Frame {
  frame: HTMLElement;
  label: HTMLElement;
  areas: Map<string, SVGAElement>;
  show(code: string | undefined, at?: { x: number; y: number }): void;
  hide(): void;
}

function initFrame(frame: HTMLElement): Frame | null {
  const svg = frame.querySelector<SVGSVGElement>('svg.map');
  const label = frame.querySelector<HTMLElement>('.map-label');
  if (!svg || !label) return null;
  const areas = new Map([...svg.querySelectorAll<SVGAElement>('a.fp')].map((a) => [a.dataset.code!, a]));

  /** An outline drawn over an area (a copy of its path, last in its group, so never hidden by a neighbour). */
  const ring = (area: SVGAElement) => {
    const copy = document.createElementNS(SVG_NS, 'path');
    copy.setAttribute('d', area.querySelector('path')?.getAttribute('d') ?? '');
    copy.setAttribute('class', 'fp-ring');
    copy.setAttribute('aria-hidden', 'true');
    area.parentNode?.appendChild(copy);
    return copy;
  };

  const place = (area: SVGAElement, at?: { x: number; y: number }) => {
    const parts = splitLabel(area.getAttribute('aria-label') ?? '');
    const name = document.createElement('strong');
    name.textContent = parts.name;
    const value = document.createElement('span');
    value.textContent = parts.value;
    label.replaceChildren(name, value);
    label.hidden = false;
    const outer = frame.getBoundingClientRect();
    const box = area.getBoundingClientRect();
    const x = at ? at.x - outer.left : box.left - outer.left + box.width / 2;
    const y = at ? at.y - outer.top : box.top - outer.top + Math.min(box.height / 2, 36);
    label.style.left = `${clampLeft(x, label.offsetWidth, frame.clientWidth)}px`;
    // Above the point, or below it when there is no room above.
    const above = y - label.offsetHeight - 10;
    label.style.top = `${above >= 0 ? above : y + 14}px`;
  };

  let hot: { area: SVGAElement; outline: SVGPathElement } | null = null;
  const self: Frame = {
    frame,
    label,
    areas,
    show(code, at) {
      const area = code ? areas.get(code) : undefined;
      if (!area) return;
      if (hot?.area !== area) {
        hot?.outline.remove();
        hot = { area, outline: ring(area) };
      }
      place(area, at);
    },
    hide() {
      hot?.outline.remove();
      hot = null;
      label.hidden = true;
    },
  };

  const codeOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<SVGAElement>('a.fp')?.dataset.code;
  frame.addEventListener('pointermove', (e) => {
    const code = codeOf(e.target);
    if (code) self.show(code, { x: e.clientX, y: e.clientY });
    else if (hot) self.hide();
  });
  frame.addEventListener('pointerleave', () => self.hide());
  frame.addEventListener('focusin', (e) => self.show(codeOf(e.target)));
  frame.addEventListener('focusout', () => self.hide());
  return self;
}

function initMap(figure: HTMLElement): void {
  const frames = [...figure.querySelectorAll<HTMLElement>('.map-frame')].map(initFrame).filter((f): f is Frame => f !== null);
  // The hex view arrives when asked for (client/map-options): label it from then on.
  figure.addEventListener('map-frame-ready', (e) => {
    const frame = initFrame(e.target as HTMLElement);
    if (frame) frames.push(frame);
  });
  if (!frames.length) return;
  const visible = () => frames.find((f) => !f.frame.hidden) ?? frames[0]!;
  // A row of the ranked chart labels its area on whichever view is showing.
  for (const r of figure.querySelectorAll<HTMLAnchorElement>('[data-ranked] a[data-code]')) {
    r.addEventListener('pointerenter', () => visible().show(r.dataset.code));
    r.addEventListener('pointerleave', () => visible().hide());
    r.addEventListener('focus', () => visible().show(r.dataset.code));
    r.addEventListener('blur', () => visible().hide());
  }
  figure.addEventListener('keydown', (e) => e.key === 'Escape' && frames.forEach((f) => f.hide()));
  figure.addEventListener('map-view', () => frames.forEach((f) => f.hide()));
}

export function initMapTooltips(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-map]')) initMap(figure);
}
