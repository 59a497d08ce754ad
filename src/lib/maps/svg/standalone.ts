/**
 * Maps as standalone SVG files, for download and for the PNG: title, map, legend, source and
 * licence lines, with styles inlined so they look the same in any viewer or design tool. The map
 * is composed in as a nested <svg> with its own viewBox, never patched into another string.
 */
import { attributionText, locatorSourceLine } from '../../publish/credits.ts';
import type { MapGeometry } from '../../geometry/map-geometry.ts';
import type { MapModel } from '../map-model.ts';
import { choroplethBody, choroplethSize } from './choropleth.ts';
import { locatorBody, type LocatorOptions } from './locator.ts';
import { patternFill } from './patterns.ts';
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

/** Where the parts of the standalone map sit; its width and height are the file's size. */
export function standaloneLayout(model: MapModel) {
  const map = choroplethSize(model.geometry);
  const legendRows = Math.ceil(model.classification.classes.length / 2);
  const notes = standaloneNotes(model);
  const legendTop = TITLE_HEIGHT + map.height + 12;
  const notesTop = legendTop + legendRows * LEGEND_ROW + 10;
  return { width: map.width, height: notesTop + notes.length * LINE + 8, mapHeight: map.height, legendTop, notesTop, notes };
}

/** The frame every standalone file shares: white page, heading, then the parts. */
function page(width: number, height: number, text: { title: string; heading: string; desc: string }, content: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      'svg',
      { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY, fill: INK },
      textEl('title', {}, text.title) +
        textEl('desc', {}, text.desc) +
        el('style', {}, `.inset text{fill:${INK}}`) +
        el('rect', { width, height, fill: '#ffffff' }) +
        textEl('text', { x: 8, y: 28, 'font-size': 19, 'font-weight': 'bold' }, text.heading) +
        content,
    ) +
    '\n'
  );
}

/** Note lines set from `top`, one every LINE px. */
function noteLines(lines: string[], top: number): string {
  return lines.map((n, i) => textEl('text', { x: 8, y: top + i * LINE + 12, 'font-size': 11.5, fill: NOTE_INK }, n)).join('');
}

/** A map placed at (0, top) at its own size. */
function nested(width: number, height: number, top: number, body: string): string {
  return el('svg', { x: 0, y: top, width, height, viewBox: `0 0 ${width} ${height}` }, body);
}

export function standaloneSvg(model: MapModel): string {
  const { classification } = model;
  const classes = classification.classes;
  const { width, height, mapHeight, legendTop, notesTop, notes } = standaloneLayout(model);
  const prefix = 'dl';

  const swatch = (i: number, fill: string, label: string, count: number) => {
    const x = 8 + (i % 2) * 296;
    const y = legendTop + Math.floor(i / 2) * LEGEND_ROW;
    return (
      el('rect', { x, y, width: 18, height: 14, fill, stroke: '#6b7280', 'stroke-width': 0.5 }) +
      textEl('text', { x: x + 26, y: y + 12, 'font-size': 13 }, `${label} (${count})`)
    );
  };
  const legend = classes.map((c, i) => swatch(i, c.notKnown ? patternFill(prefix, 'notKnown') : c.fill, c.label, c.count)).join('');

  const body = choroplethBody({ ...model.drawing(prefix), links: false });
  const { title } = model.indicator;
  return page(width, height, { title, heading: title, desc: `${model.takeaway} ${model.sourceLine}` }, nested(width, mapHeight, TITLE_HEIGHT, body) + el('g', {}, legend) + noteLines(notes, notesTop));
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
