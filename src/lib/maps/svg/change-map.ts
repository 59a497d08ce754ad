/**
 * A boundary change on a map: the area a part moved from (in the earlier version, dashed), the
 * area it moved to (in the later version, solid), and the part that moved, filled. The moved part
 * is drawn as the later area clipped by the earlier one: both are unions of the same 2011 LSOAs,
 * so their overlap is exactly the LSOAs that moved.
 */
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Dataset } from '../../data/types.ts';
import { compactGeoPath } from '../../geometry/compact-path.ts';
import { nationalGridProjection } from '../../geometry/projection.ts';
import { el, SVG_NS, textEl } from './xml.ts';

/** Okabe–Ito vermilion for what moved; the areas in grey and blue outlines. */
export const MOVED_FILL = '#D55E00';
const CONTEXT_FILL = '#eceef1';

function areaFeatures(d: Dataset): Feature<Geometry, { name: string }>[] {
  const t = d.topology as unknown as Topology;
  return (feature(t, t.objects.footprints as GeometryObject) as unknown as FeatureCollection<Geometry, { name: string }>).features;
}

export interface ChangeMapOptions {
  before: Dataset;
  after: Dataset;
  /** The area the part moved from (code in `before`) and to (code in `after`). */
  from: string;
  to: string;
  idPrefix: string;
  /** Words for the title and description, e.g. "Glossop moved from Greater Manchester to Derby and Derbyshire". */
  title: string;
  description: string;
  width?: number;
}

export function changeMapSvg(o: ChangeMapOptions): string {
  const width = o.width ?? 320;
  const pad = 8;
  const fromF = areaFeatures(o.before).find((f) => String(f.id) === o.from);
  const toF = areaFeatures(o.after).find((f) => String(f.id) === o.to);
  if (!fromF || !toF) throw new Error(`No area ${o.from} in ${o.before.version.version} or ${o.to} in ${o.after.version.version}`);
  const both: FeatureCollection = { type: 'FeatureCollection', features: [fromF, toF] };
  const projection = nationalGridProjection().fitWidth(width - 2 * pad, both);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(both);
  projection.translate([projection.translate()[0] + pad - x0, projection.translate()[1] + pad - y0]);
  const height = Math.ceil(y1 - y0 + 2 * pad);
  const path = compactGeoPath(projection, 0);
  const p = o.idPrefix;
  const fromPath = path(fromF) ?? '';
  const toPath = path(toF) ?? '';
  return el(
    'svg',
    { xmlns: SVG_NS, class: 'map change-map', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${p}-title ${p}-desc` },
    textEl('title', { id: `${p}-title` }, o.title) +
      textEl('desc', { id: `${p}-desc` }, o.description) +
      el('defs', {}, el('clipPath', { id: `${p}-from` }, el('path', { d: fromPath }))) +
      el('path', { class: 'after-area', d: toPath, fill: CONTEXT_FILL, stroke: 'none' }) +
      el('path', { class: 'moved', d: toPath, fill: MOVED_FILL, 'clip-path': `url(#${p}-from)` }) +
      el('path', { class: 'before-outline', d: fromPath, fill: 'none', stroke: '#3d4651', 'stroke-width': 1.2, 'stroke-dasharray': '4 3' }) +
      el('path', { class: 'after-outline', d: toPath, fill: 'none', stroke: '#0b3d66', 'stroke-width': 1.5 }),
  );
}

/**
 * Every part that moved between two versions on one map of England: the later version's areas in
 * grey, and each moved part (its later area clipped by its earlier one) filled, with a <title>.
 */
export function movedMapSvg(o: { before: Dataset; after: Dataset; moves: { from: string; to: string; label: string }[]; idPrefix: string; title: string; description: string; width?: number }): string {
  const width = o.width ?? 420;
  const pad = 8;
  const after = areaFeatures(o.after);
  const before = new Map(areaFeatures(o.before).map((f) => [String(f.id), f]));
  const all: FeatureCollection = { type: 'FeatureCollection', features: after };
  const projection = nationalGridProjection().fitWidth(width - 2 * pad, all);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(all);
  projection.translate([projection.translate()[0] + pad - x0, projection.translate()[1] + pad - y0]);
  const height = Math.ceil(y1 - y0 + 2 * pad);
  const path = compactGeoPath(projection, 0);
  const afterPath = new Map(after.map((f) => [String(f.id), path(f) ?? '']));
  const p = o.idPrefix;
  const clips = o.moves.map((m, i) => el('clipPath', { id: `${p}-c${i}` }, el('path', { d: path(before.get(m.from)!) ?? '' }))).join('');
  return el(
    'svg',
    { xmlns: SVG_NS, class: 'map moved-map', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${p}-title ${p}-desc` },
    textEl('title', { id: `${p}-title` }, o.title) +
      textEl('desc', { id: `${p}-desc` }, o.description) +
      el('defs', {}, clips) +
      el('g', { class: 'land', fill: CONTEXT_FILL, stroke: '#ffffff', 'stroke-width': 0.6 }, [...afterPath.values()].map((d) => el('path', { d })).join('')) +
      el('g', { class: 'moved' }, o.moves.map((m, i) => el('path', { d: afterPath.get(m.to)!, fill: MOVED_FILL, 'clip-path': `url(#${p}-c${i})` }, textEl('title', {}, m.label))).join('')),
  );
}
