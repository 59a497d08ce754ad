/**
 * The detail map of one area, for its page: the area filled, its CCGs (or sub-ICB locations) as
 * shapes with their names, the council boundaries that run through it dashed (so the part of a
 * split council shows), and the neighbouring areas in grey for context. All from the version's
 * one topology, so every line is the ONS line and the layers meet exactly.
 */
import { geoBounds, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { aboutPeople } from '../../data/describe.ts';
import { termsOf } from '../../data/terms.ts';
import type { Dataset } from '../../data/types.ts';
import { compactGeoPath } from '../../geometry/compact-path.ts';
import { nationalGridProjection } from '../../geometry/projection.ts';
import { el, SVG_NS, textEl } from './xml.ts';

export const AREA_MAP_WIDTH = 480;
const PAD = 10;
/** Half a pixel is finer than a detail map needs and keeps the page light. */
const DIGITS = 0;

export interface AreaMapSize {
  width: number;
  height: number;
}

/** Colours: the area in a pale Okabe–Ito blue, neighbours grey; lines adapt to the page scheme (.area-map CSS). */
const AREA_FILL = '#cfe3f3';
const NEIGHBOUR_FILL = '#eceef1';

function features(topology: Topology, layer: string): Feature<Geometry, { name: string }>[] {
  return (feature(topology, topology.objects[layer] as GeometryObject) as unknown as FeatureCollection<Geometry, { name: string }>).features;
}

/** The detail map of the area with `code`, as inline SVG labelled for screen readers. */
export function areaMapSvg(dataset: Dataset, code: string, idPrefix: string): { svg: string; size: AreaMapSize } {
  const topology = dataset.topology as unknown as Topology;
  const area = dataset.byCode.get(code);
  if (!area) throw new Error(`No area ${code} in version ${dataset.version.version}`);
  const t = termsOf(dataset.version);
  const areas = features(topology, 'footprints');
  const focus = areas.find((f) => String(f.id) === code)!;
  const ccgCodes = new Set(area.ccgs.map((c) => c.code));
  const ccgs = features(topology, 'ccgs').filter((f) => ccgCodes.has(String(f.id)));

  const width = AREA_MAP_WIDTH;
  const projection = nationalGridProjection().fitWidth(width - 2 * PAD, focus);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(focus);
  projection.translate([projection.translate()[0] + PAD - x0, projection.translate()[1] + PAD - y0]);
  const height = Math.ceil(y1 - y0 + 2 * PAD);
  const path = compactGeoPath(projection, DIGITS);

  // Neighbours: areas whose bounding box overlaps the focus's (drawn only where they show).
  const [[w, s], [e, n]] = geoBounds(focus);
  const near = areas.filter((f) => {
    if (String(f.id) === code) return false;
    const [[fw, fs], [fe, fn]] = geoBounds(f);
    return fw <= e && fe >= w && fs <= n && fn >= s;
  });

  // Council boundaries inside the area: the lines between two districts (which include the county
  // lines), of the districts that have LSOAs here, clipped to the area's shape so only the lines
  // that run through it show.
  const here = new Set(area.councils.filter((c) => !c.code.startsWith('E10')).map((c) => c.code));
  const districtLines = path(mesh(topology, topology.objects.districts as GeometryObject, (a, b) => a !== b && (here.has(String(a.id)) || here.has(String(b.id)))) as MultiLineString) ?? '';
  const p = idPrefix;
  const focusPath = path(focus) ?? '';
  const ccgCount = ccgs.length;
  const title = `${area.name}: its ${ccgCount} ${ccgCount === 1 ? t.ccg : t.ccgs} and the council boundaries that cross it`;
  const desc = `${area.name} (${aboutPeople(area.population)}) in grey surroundings; the lines inside it are the boundaries of its ${t.ccgs} (solid) and of councils (dashed). The lists below give every ${t.ccg} and council, with the parts of split councils.`;
  const svg = el(
    'svg',
    { xmlns: SVG_NS, class: 'map area-map', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${p}-title ${p}-desc` },
    textEl('title', { id: `${p}-title` }, title) +
      textEl('desc', { id: `${p}-desc` }, desc) +
      el('defs', {}, el('clipPath', { id: `${p}-clip` }, el('path', { d: focusPath }))) +
      el('g', { class: 'neighbours', fill: NEIGHBOUR_FILL, stroke: '#9aa3ad', 'stroke-width': 0.5 }, near.map((f) => el('path', { d: path(f) ?? '' }, textEl('title', {}, f.properties.name))).join('')) +
      el('g', { class: 'ccgs', fill: AREA_FILL, stroke: '#4f7ea6', 'stroke-width': 1, 'stroke-linejoin': 'round' }, ccgs.map((f) => el('path', { d: path(f) ?? '' }, textEl('title', {}, f.properties.name))).join('')) +
      el('g', { 'clip-path': `url(#${p}-clip)`, fill: 'none', 'pointer-events': 'none' }, el('path', { class: 'council-lines', d: districtLines, stroke: '#3d4651', 'stroke-width': 0.8, 'stroke-dasharray': '3 2' })) +
      el('path', { class: 'area-outline', d: focusPath, fill: 'none', stroke: '#0b3d66', 'stroke-width': 1.5, 'stroke-linejoin': 'round', 'pointer-events': 'none' }),
  );
  return { svg, size: { width, height } };
}
