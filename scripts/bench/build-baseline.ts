/**
 * Builds the benchmark's baseline page into a folder (a temporary one: it is never committed):
 * index.html with the d3-geo + topojson-client bundle of baseline-client.ts inlined, and the site's
 * own TopoJSON at the path the site publishes it. Everything the page shows comes from the project:
 * the fills from the site's population map model (src/lib/maps/map-model.ts), the projection from
 * src/lib/geometry/projection.ts fitted exactly as src/lib/geometry/map-geometry.ts fits it, and
 * the topology from content/data/<version>/footprints.topo.json: unchanged, or (`footprintsOnly`)
 * cut to its footprints layer by topology-layer.ts, the same arcs without the CCG, district and
 * council layers, which the population map does not draw.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { loadDataset } from '../../src/lib/data/read-version.ts';
import { londonCodes } from '../../src/lib/data/queries.ts';
import { INSET_LABEL_SPACE, insetBox } from '../../src/lib/geometry/map-geometry.ts';
import { nationalGridProjection } from '../../src/lib/geometry/projection.ts';
import { NOT_KNOWN_FILL } from '../../src/lib/maps/colour-scales.ts';
import { mapModel } from '../../src/lib/maps/map-model.ts';
import type { BaselineConfig } from './baseline-client.ts';
import { onlyLayer } from './topology-layer.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** The map's margin: map-geometry.ts keeps it private; the height check below catches a change. */
const PAD = 8;
/** The site's grey for London on the main map (choropleth.ts, the London silhouette). */
const LONDON_FILL = '#d1d5db';

export interface BaselineBuild {
  dir: string;
  /** The page's path on its server. */
  path: string;
  topologyPath: string;
  sizes: { htmlBytes: number; htmlGzipBytes: number; bundleBytes: number; topologyBytes: number; topologyGzipBytes: number };
}

/** The projections of the site's national map (map-geometry.ts: buildMapGeometry), as scale and translation. */
function placements(topology: Topology, width: number, london: ReadonlySet<string>): { config: Pick<BaselineConfig, 'main' | 'inset'>; height: number } {
  const all = feature(topology, topology.objects.footprints!) as unknown as FeatureCollection<Geometry>;
  const projection = nationalGridProjection().fitWidth(width - 2 * PAD, all);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(all);
  projection.translate([projection.translate()[0] + PAD - x0, projection.translate()[1] + PAD - y0]);
  const height = Math.ceil(y1 - y0 + 2 * PAD);
  const box = insetBox(width);
  const londonFeatures: FeatureCollection = { type: 'FeatureCollection', features: all.features.filter((f: Feature) => london.has(String(f.id))) };
  const insetProjection = nationalGridProjection().fitExtent(
    [
      [box.x + 6, box.y + INSET_LABEL_SPACE],
      [box.x + box.width - 6, box.y + box.height - 6],
    ],
    londonFeatures,
  );
  return {
    height,
    config: {
      main: { scale: projection.scale(), translate: projection.translate() },
      inset: { scale: insetProjection.scale(), translate: insetProjection.translate(), box, labelX: box.x + 6, labelY: box.y + 15 },
    },
  };
}

export interface BaselineOptions {
  version?: string;
  indicator?: string;
  /** The folder of the page on its server, e.g. "/" or "/footprints-only/". */
  base?: string;
  /** Fetch only the footprints layer of the topology rather than the published file. */
  footprintsOnly?: boolean;
}

export async function buildBaseline(outDir: string, o: BaselineOptions = {}): Promise<BaselineBuild> {
  const { version = '2017-04', indicator = 'population', base = '/', footprintsOnly = false } = o;
  const model = mapModel(indicator, version);
  const dataset = loadDataset(version);
  const london = londonCodes(dataset);
  const topologyPath = `${base}data/${version}/footprints${footprintsOnly ? '-only' : ''}.topo.json`;
  const { config: placed, height } = placements(dataset.topology as unknown as Topology, model.geometry.width, london);
  if (height !== model.geometry.height) {
    throw new Error(`baseline map is ${height} px high but the site's is ${model.geometry.height}: map-geometry.ts fits the map differently now; update scripts/bench/build-baseline.ts`);
  }
  const fills: Record<string, string> = {};
  for (const row of model.rows) {
    const i = model.classification.classOf.get(row.code);
    const c = i === undefined ? undefined : model.classification.classes[i];
    fills[row.code] = !c || c.notKnown ? NOT_KNOWN_FILL : c.fill;
  }
  const config: BaselineConfig = { topologyUrl: topologyPath, ...placed, fills, london: [...london].sort(), londonFill: LONDON_FILL, fallbackFill: NOT_KNOWN_FILL };

  const bundled = await build({
    entryPoints: [join(ROOT, 'scripts', 'bench', 'baseline-client.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    define: { BASELINE: JSON.stringify(config) },
    logLevel: 'warning',
  });
  const bundle = bundled.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  const { width } = model.geometry;
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${model.indicator.title} (baseline)</title>
<script>window.baselineTopology=fetch(${JSON.stringify(topologyPath)}).then(function(r){return r.json()})</script>
<style>body{margin:0 auto;max-width:44rem;padding:0 1rem;font:16px/1.5 system-ui,sans-serif;color:#1f2328;background:#fff}svg.map{display:block;width:100%;height:auto}</style>
</head>
<body>
<h1>${model.indicator.title}</h1>
<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 ${width} ${height}" role="img" aria-label="${model.indicator.title}"></svg>
<script>${bundle}</script>
</body>
</html>
`;
  mkdirSync(join(outDir, base), { recursive: true });
  writeFileSync(join(outDir, base, 'index.html'), html);
  const topologyFile = join(outDir, topologyPath);
  mkdirSync(dirname(topologyFile), { recursive: true });
  const source = join(ROOT, 'content', 'data', version, 'footprints.topo.json');
  if (footprintsOnly) writeFileSync(topologyFile, JSON.stringify(onlyLayer(JSON.parse(readFileSync(source, 'utf8')) as Topology, 'footprints')));
  else copyFileSync(source, topologyFile);
  const topoRaw = readFileSync(topologyFile);
  return {
    dir: outDir,
    path: base,
    topologyPath,
    sizes: {
      htmlBytes: Buffer.byteLength(html),
      htmlGzipBytes: gzipSync(html).length,
      bundleBytes: Buffer.byteLength(bundle),
      topologyBytes: topoRaw.length,
      topologyGzipBytes: gzipSync(topoRaw).length,
    },
  };
}
