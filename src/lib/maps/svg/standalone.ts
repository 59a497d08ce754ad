/**
 * Maps as standalone SVG files, for download and for the PNG: title, map, legend, source and
 * licence lines, with styles inlined so they look the same in any viewer or design tool. The map
 * is composed in as a nested <svg> with its own viewBox, never patched into another string.
 */
import { attributionText, locatorSourceLine } from '../../publish/credits.ts';
import type { MapGeometry } from '../../geometry/map-geometry.ts';
import type { MapModel } from '../map-model.ts';
import type { MapView } from '../options.ts';
import { choroplethBody, choroplethSize } from './choropleth.ts';
import { hexBody, hexCentre, hexPath, hexSize } from './hex.ts';
import { areaPathId, labelAnchor, overlayMarkup, pathBounds, TARGET_CSS } from './highlight.ts';
import { locatorBody, type LocatorOptions } from './locator.ts';
import { LONDON_FILL, LONDON_LEGEND, LONDON_STROKE } from './patterns.ts';
import { el, SVG_NS, textEl } from './xml.ts';

/** The font the PNG is rendered with (shipped by the dejavu-fonts-ttf package); viewers fall back. */
export const FONT_FAMILY = 'DejaVu Sans, Verdana, Arial, sans-serif';
const TITLE_HEIGHT = 44;
const LINE = 18;
const LEGEND_ROW = 22;
const INK = '#1b1f24';
const NOTE_INK = '#4a5260';
/** Characters per line of the notes at 11.5 px (the SVG has no text flow). */
const NOTE_CHARS = 88;
const LEGEND_FONT = 13;
/** DejaVu Sans averages under 0.62 em a character: a safe width estimate for legend labels. */
const CHAR_EM = 0.62;
const SWATCH = 26;
const MARGIN = 8;

/** Greedy word wrap at about `width` characters (the SVG has no text flow). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The lines under a standalone map: its source line, then the attribution. */
export function standaloneNotes(model: MapModel): string[] {
  return [...wrap(model.sourceLine, NOTE_CHARS), ...wrap(attributionText(), NOTE_CHARS)];
}

/** One legend entry of a standalone map: its swatch, its text and where they sit. */
export interface LegendItem {
  x: number;
  y: number;
  text: string;
  fill: string;
  stroke: string;
  /** Estimated right edge of the text, in px. */
  right: number;
}

/** The legend's entries: every class with its count, then (on the geographic map) London's outline. */
function legendEntries(model: MapModel, view: MapView): Omit<LegendItem, 'x' | 'y' | 'right'>[] {
  return [
    ...model.classification.classes.map((c) => ({ text: `${c.label} (${c.count})`, fill: c.fill, stroke: '#6b7280' })),
    ...(view === 'geo' ? [{ text: LONDON_LEGEND, fill: LONDON_FILL, stroke: LONDON_STROKE }] : []),
  ];
}

/** The size of the map itself in a standalone file of `view`. */
export function standaloneMapSize(model: MapModel, view: MapView): { width: number; height: number } {
  if (view === 'hex') {
    if (!model.hex) throw new Error(`Data version ${model.version} has no hex layout`);
    // As wide as the geographic map, so both files share a width (and a legend layout).
    const own = hexSize(model.hex);
    const { width } = choroplethSize(model.geometry);
    return { width, height: Math.ceil((own.height * width) / own.width) };
  }
  return choroplethSize(model.geometry);
}

/**
 * Lays the legend out in two columns when every entry fits its column, else in one, so no entry
 * runs past the file's right edge (or below its bottom).
 */
export function legendLayout(model: MapModel, top: number, view: MapView = 'geo'): { items: LegendItem[]; height: number } {
  const { width } = choroplethSize(model.geometry);
  const entries = legendEntries(model, view);
  const textWidth = (t: string) => Math.ceil(t.length * LEGEND_FONT * CHAR_EM);
  const column = Math.floor((width - 2 * MARGIN) / 2);
  const columns = entries.every((e) => SWATCH + textWidth(e.text) <= column - MARGIN) ? 2 : 1;
  const items = entries.map((e, i) => {
    const x = MARGIN + (i % columns) * column;
    const y = top + Math.floor(i / columns) * LEGEND_ROW;
    return { ...e, x, y, right: x + SWATCH + textWidth(e.text) };
  });
  return { items, height: Math.ceil(entries.length / columns) * LEGEND_ROW };
}

/** Where the parts of the standalone map sit; its width and height are the file's size. */
export function standaloneLayout(model: MapModel, view: MapView = 'geo') {
  const map = standaloneMapSize(model, view);
  const notes = standaloneNotes(model);
  const legendTop = TITLE_HEIGHT + map.height + 12;
  const legend = legendLayout(model, legendTop, view);
  const notesTop = legendTop + legend.height + 10;
  return { width: map.width, height: notesTop + notes.length * LINE + 8, mapHeight: map.height, legendTop, legend: legend.items, notesTop, notes };
}

/** The frame every standalone file shares: white page, heading, then the parts. */
function page(width: number, height: number, text: { title: string; heading: string; desc: string; css?: string }, content: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      'svg',
      { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY, fill: INK },
      textEl('title', {}, text.title) +
        textEl('desc', {}, text.desc) +
        el('style', {}, `.inset text{fill:${INK}}${text.css ?? ''}`) +
        el('rect', { width, height, fill: '#ffffff' }) +
        textEl('text', { class: 'heading', x: 8, y: 28, 'font-size': 19, 'font-weight': 'bold' }, text.heading) +
        content,
    ) +
    '\n'
  );
}

/** Note lines set from `top`, one every LINE px. */
function noteLines(lines: string[], top: number): string {
  return lines.map((n, i) => textEl('text', { x: 8, y: top + i * LINE + 12, 'font-size': 11.5, fill: NOTE_INK }, n)).join('');
}

/** A map placed at (0, top), `width` by `height`, drawn from a map of its own `viewBox`. */
function nested(width: number, height: number, top: number, body: string, viewBox = `0 0 ${width} ${height}`): string {
  return el('svg', { class: 'map-body', x: 0, y: top, width, height, viewBox }, body);
}

/** The prefix of ids inside standalone files (each file is its own document). */
export const STANDALONE_PREFIX = 'dl';

/**
 * Every area's highlight overlay, hidden: `file.svg#E54000007` shows that one (TARGET_CSS), and the
 * map maker shows the ones chosen before it saves the file.
 */
function overlays(model: MapModel, view: MapView): string {
  const width = view === 'hex' ? hexSize(model.hex!).width : model.geometry.width;
  // The same places the page's script finds from the same path data (client/map-options.ts).
  const anchors = new Map<string, { x: number; y: number }>();
  if (view === 'hex') {
    for (const [code, cell] of Object.entries(model.hex!.cells)) anchors.set(code, labelAnchor(pathBounds(hexPath(...hexCentre(cell.col, cell.row))), 'hex'));
  } else {
    for (const shape of [...model.geometry.main, ...model.geometry.inset.shapes]) anchors.set(shape.code, labelAnchor(pathBounds(shape.d), 'geo'));
  }
  return el(
    'g',
    { class: 'highlights' },
    model.labels
      .map((f) => overlayMarkup({ code: f.code, name: f.name, pathId: areaPathId(STANDALONE_PREFIX, f.code), anchor: anchors.get(f.code)!, mapWidth: width, id: f.code, shown: false }))
      .join(''),
  );
}

/**
 * A national map as a standalone file, geographic or hex: title, map, legend, notes. Every area's
 * highlight overlay is in it, hidden, so `file.svg#E54000007` highlights one area with no script.
 */
export function standaloneSvg(model: MapModel, view: MapView = 'geo'): string {
  const { width, height, mapHeight, legend: items, notesTop, notes } = standaloneLayout(model, view);
  const prefix = STANDALONE_PREFIX;
  const legend = items
    .map((i) => el('rect', { x: i.x, y: i.y, width: 18, height: 14, fill: i.fill, stroke: i.stroke, 'stroke-width': 0.75 }) + textEl('text', { x: i.x + SWATCH, y: i.y + 12, 'font-size': LEGEND_FONT }, i.text))
    .join('');
  const { title } = model.indicator;
  if (view === 'hex') {
    const own = hexSize(model.hex!);
    const body = hexBody({ hex: model.hex!, classification: model.classification, footprints: model.labels, idPrefix: prefix, links: false, pathIds: true }) + overlays(model, view);
    const desc = `${model.hexDescription} ${model.sourceLine}`;
    return page(width, height, { title: `${title} (hex map)`, heading: title, desc, css: TARGET_CSS }, nested(width, mapHeight, TITLE_HEIGHT, body, `0 0 ${own.width} ${own.height}`) + el('g', {}, legend) + noteLines(notes, notesTop));
  }
  const body = choroplethBody({ ...model.drawing(prefix), links: false, pathIds: true }) + overlays(model, view);
  return page(width, height, { title, heading: title, desc: `${model.takeaway} ${model.sourceLine}`, css: TARGET_CSS }, nested(width, mapHeight, TITLE_HEIGHT, body) + el('g', {}, legend) + noteLines(notes, notesTop));
}

/** Where the parts of a footprint's standalone locator sit (the static image of its embed). */
export function standaloneLocatorLayout(geometry: MapGeometry, code: string, version: string) {
  const notes = wrap(`${locatorSourceLine(code, version)} ${attributionText()}`, Math.floor(NOTE_CHARS / 2));
  const notesTop = TITLE_HEIGHT + geometry.height + 4;
  return { width: geometry.width, height: notesTop + notes.length * LINE + 8, notesTop, notes };
}

/** A footprint's locator map as a standalone SVG (the static fallback of its embed). */
export function standaloneLocatorSvg(o: LocatorOptions, version: string): string {
  const g = o.geometry;
  const { width, height, notesTop, notes } = standaloneLocatorLayout(g, o.code, version);
  return page(width, height, { title: `Where ${o.name} is in England`, heading: o.name, desc: notes.join(' ') }, nested(g.width, g.height, TITLE_HEIGHT, locatorBody(o)) + noteLines(notes, notesTop));
}
