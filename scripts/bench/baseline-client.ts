/**
 * The benchmark's baseline, in the browser: the leanest honest client-rendered version of the
 * national population map. It fetches the site's own TopoJSON, decodes it with topojson-client,
 * projects it with d3-geo (the site's projection, src/lib/geometry/projection.ts, with the scale
 * and translation the site's map uses) and draws plain SVG elements with the site's fills. No
 * framework, no d3-selection, no second request for the values: the 44 fills are inlined
 * (BASELINE, replaced at build time by scripts/bench/build-baseline.ts).
 */
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { nationalGridProjection } from '../../src/lib/geometry/projection.ts';

export interface Placement {
  scale: number;
  translate: [number, number];
}

export interface BaselineConfig {
  /** Where the page fetches the topology from. */
  topologyUrl: string;
  /** The main map's projection, and the London inset's (same as the site's map). */
  main: Placement;
  inset: Placement & { box: { x: number; y: number; width: number; height: number }; labelX: number; labelY: number };
  /** Fill of each footprint, by code: the site's population map classes. */
  fills: Record<string, string>;
  /** Codes of London's footprints: grey on the main map, coloured in the inset. */
  london: string[];
  /** Fill of London on the main map. */
  londonFill: string;
  /** Fill for a code with no class (none, for population). */
  fallbackFill: string;
}

declare const BASELINE: BaselineConfig;

declare global {
  interface Window {
    /** The topology request, started by an inline script in the head before this bundle is parsed. */
    baselineTopology?: Promise<Topology>;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgEl(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text) e.textContent = text;
  return e;
}

async function draw(): Promise<void> {
  const c = BASELINE;
  const topology = await (window.baselineTopology ?? fetch(c.topologyUrl).then((r) => r.json() as Promise<Topology>));
  const footprints = feature(topology, topology.objects.footprints!) as unknown as FeatureCollection;
  const place = (p: Placement) => geoPath(nationalGridProjection().scale(p.scale).translate(p.translate)).digits(1);
  const main = place(c.main);
  const inset = place(c.inset);
  const london = new Set(c.london);

  const areas = svgEl('g', { stroke: '#fff', 'stroke-width': 0.6, 'stroke-linejoin': 'round' });
  const insetAreas = svgEl('g', { stroke: '#fff', 'stroke-width': 0.8, 'stroke-linejoin': 'round' });
  const path = (d: string | null, fill: string) => svgEl('path', { d: d ?? '', fill });
  for (const f of footprints.features as Feature[]) {
    const code = String(f.id);
    const fill = c.fills[code] ?? c.fallbackFill;
    if (london.has(code)) {
      areas.append(path(main(f), c.londonFill));
      insetAreas.append(path(inset(f), fill));
    } else {
      areas.append(path(main(f), fill));
    }
  }
  const frame = svgEl('g', {});
  const b = c.inset.box;
  frame.append(
    svgEl('rect', { x: b.x, y: b.y, width: b.width, height: b.height, fill: 'none', stroke: 'currentColor', 'stroke-width': 1 }),
    svgEl('text', { x: c.inset.labelX, y: c.inset.labelY, 'font-size': 12, fill: 'currentColor' }, 'London'),
  );
  // One insertion, so the whole map appears in one frame.
  document.querySelector('svg.map')!.append(areas, frame, insetAreas);
}

void draw();
