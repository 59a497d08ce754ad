/**
 * The map maker's page (/make/): the form drives the preview (the embed itself, in an iframe),
 * the two snippets and the downloads, all from lib/publish/maker.ts; the page's own address keeps
 * the choices, so a link reopens them. With a highlight or an own title, the SVG and PNG are made
 * here from the standalone file with the same highlight code as the embed (client/map-options),
 * so what downloads is what the preview shows.
 */
import { MAX_HIGHLIGHTS, type MapOptions, type MapView, type Theme } from '../lib/maps/options.ts';
import { makerOutputs, makerQuery, stateFromQuery, versionOf, type MakerData, type MakerOutputs, type MakerState } from '../lib/publish/maker.ts';
import { highlightSvg } from './map-options.ts';
import { RESIZE_MESSAGE, type ResizeMessage } from './embed/protocol.ts';
import { fetchWithTimeout, RequestFailed } from './net.ts';

/** How long typing in the title waits before the preview reloads. */
const TITLE_DELAY_MS = 400;

/** The standalone file with the chosen highlight and title, as SVG text. */
export async function customSvg(out: MakerOutputs, options: MapOptions): Promise<string> {
  const response = await fetchWithTimeout(out.files.svg);
  if (!response.ok) throw new RequestFailed('http', `${out.files.svg} answered ${response.status}`, response.status);
  const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
  const svg = doc.documentElement as unknown as SVGSVGElement;
  highlightSvg(svg, options.highlight);
  if (options.title) {
    const heading = svg.querySelector('text.heading');
    if (heading) heading.textContent = options.title;
    const title = svg.querySelector(':scope > title');
    if (title) title.textContent = options.title;
  }
  return new XMLSerializer().serializeToString(doc);
}

/** SVG text to a PNG at twice its size (as the build's PNGs). */
async function pngOf(svgText: string): Promise<Blob> {
  // A data: address, which the site's image policy allows (blob: it does not).
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made'))), 'image/png'));
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function initMaker(): void {
  const root = document.querySelector<HTMLElement>('[data-maker]');
  const form = document.querySelector<HTMLFormElement>('#maker-form');
  if (!root || !form) return;
  const data = JSON.parse(root.dataset.maker!) as MakerData;
  const preview = root.querySelector<HTMLIFrameElement>('[data-maker-preview]')!;
  const status = form.querySelector<HTMLElement>('#maker-status')!;
  const versionSelect = form.querySelector<HTMLSelectElement>('#maker-version')!;
  const indicatorSelect = form.querySelector<HTMLSelectElement>('#maker-indicator')!;
  const titleInput = form.querySelector<HTMLInputElement>('#maker-title')!;
  const list = form.querySelector<HTMLElement>('[data-highlight-list]')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-clear-highlight]')!;
  const snippet = (key: string) => document.querySelector<HTMLTextAreaElement>(`[data-snippet="${key}"]`);
  const imageNote = document.querySelector<HTMLElement>('[data-image-note]');
  const download = (key: string) => document.querySelector<HTMLAnchorElement>(`[data-download="${key}"]`);

  const say = (text: string) => {
    status.textContent = text;
    status.hidden = !text;
  };

  const restored = stateFromQuery(data, location.search);
  let state: MakerState = restored.state;
  if (restored.ignored.length) say(`Ignored: ${restored.ignored.join('; ')}.`);

  /** The indicator list and the highlight boxes of a version, keeping what still applies. */
  const fillVersion = () => {
    const v = versionOf(data, state.version);
    versionSelect.value = v.version;
    indicatorSelect.replaceChildren(...v.indicators.map((i) => new Option(i.title, i.id, false, i.id === state.indicator)));
    if (!v.indicators.some((i) => i.id === state.indicator)) state.indicator = v.indicators[0]!.id;
    indicatorSelect.value = state.indicator;
    const codes = new Set(v.areas.map((a) => a.code));
    state.options.highlight = state.options.highlight.filter((c) => codes.has(c));
    list.replaceChildren(
      ...v.areas.map((a) => {
        const label = document.createElement('label');
        label.className = 'choice';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = 'highlight';
        box.value = a.code;
        box.checked = state.options.highlight.includes(a.code);
        label.append(box, ` ${a.name}`);
        return label;
      }),
    );
    const hex = form.querySelector<HTMLInputElement>('input[name="view"][value="hex"]')!;
    hex.disabled = !v.hasHex;
    if (!v.hasHex) state.options.view = 'geo';
  };

  /** The title box as an option: plain text, or null when empty. */
  const titleOf = () => {
    // eslint-disable-next-line no-control-regex
    const clean = titleInput.value.replace(/[\u0000-\u001f<>]/g, '').replace(/\s+/g, ' ').trim();
    return clean || null;
  };

  /** Everything that follows from the state: preview, snippets, files, the address. */
  let out: MakerOutputs;
  const render = () => {
    state.options.title = titleOf();
    out = makerOutputs(data, state, location.origin);
    const src = new URL(out.embedPath, location.origin).href;
    if (preview.src !== src) preview.src = src;
    const iframe = snippet('iframe');
    if (iframe) iframe.value = out.iframe;
    const image = snippet('image');
    if (image) image.value = out.image;
    if (imageNote) {
      imageNote.textContent = out.imageNote ?? '';
      imageNote.hidden = !out.imageNote;
    }
    const svg = download('svg');
    const png = download('png');
    const csv = download('csv');
    if (svg) svg.href = out.files.svg;
    if (png) png.href = out.files.png;
    if (csv) csv.href = out.files.csv;
    const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    for (const box of boxes) box.checked = state.options.highlight.includes(box.value);
    // At most MAX_HIGHLIGHTS: the other boxes rest until one is unticked.
    const full = state.options.highlight.length >= MAX_HIGHLIGHTS;
    for (const box of boxes) box.disabled = full && !box.checked;
    clear.hidden = state.options.highlight.length === 0;
    for (const r of form.querySelectorAll<HTMLInputElement>('input[name="view"]')) r.checked = r.value === state.options.view;
    for (const r of form.querySelectorAll<HTMLInputElement>('input[name="theme"]')) r.checked = r.value === state.options.theme;
    titleInput.placeholder = versionOf(data, state.version).indicators.find((i) => i.id === state.indicator)?.title ?? '';
    history.replaceState(history.state, '', `${location.pathname}${makerQuery(state)}${location.hash}`);
  };

  titleInput.value = state.options.title ?? '';
  fillVersion();
  render();

  // The preview sizes itself to the embed, as /embed.js does on a host page.
  window.addEventListener('message', (event: MessageEvent<ResizeMessage>) => {
    if (event.source !== preview.contentWindow || event.data?.type !== RESIZE_MESSAGE) return;
    const height = Number(event.data.height);
    if (Number.isFinite(height) && height > 0 && height < 10_000) preview.style.height = `${Math.ceil(height)}px`;
  });

  form.addEventListener('submit', (e) => e.preventDefault());
  versionSelect.addEventListener('change', () => {
    state = { ...state, version: versionSelect.value };
    fillVersion();
    render();
  });
  indicatorSelect.addEventListener('change', () => {
    state.indicator = indicatorSelect.value;
    render();
  });
  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.name === 'view') state.options.view = input.value as MapView;
    else if (input.name === 'theme') state.options.theme = input.value as Theme;
    else if (input.name === 'highlight') {
      const on = new Set([...list.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value));
      // In the order chosen: kept ones first, then the new one.
      state.options.highlight = [...state.options.highlight.filter((c) => on.has(c)), ...[...on].filter((c) => !state.options.highlight.includes(c))];
    } else return;
    render();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  titleInput.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(render, TITLE_DELAY_MS);
  });
  clear.hidden = state.options.highlight.length === 0;
  clear.addEventListener('click', () => {
    state.options.highlight = [];
    render();
    list.querySelector<HTMLInputElement>('input')?.focus();
  });

  // With a highlight or a title, the SVG and PNG are made here (the pre-rendered files are the plain map).
  for (const kind of ['svg', 'png'] as const) {
    download(kind)?.addEventListener('click', async (e) => {
      if (!out.custom) return;
      e.preventDefault();
      say(`Making the ${kind.toUpperCase()}…`);
      try {
        const text = await customSvg(out, state.options);
        save(kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await pngOf(text), `${out.fileName}.${kind}`);
        say(`Your ${kind.toUpperCase()} is downloading.`);
      } catch (error) {
        say(error instanceof RequestFailed && error.kind !== 'http' ? `The map file could not be fetched (${error.kind === 'timeout' ? 'no answer in time' : 'no connection'}). Try again, or download the plain map.` : 'The file could not be made in this browser. Download the plain map and highlight it in your own tools.');
      }
    });
  }
}
