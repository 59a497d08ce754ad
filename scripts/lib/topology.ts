/**
 * From England's 2011 LSOAs to one small TopoJSON per data version, with four layers that share
 * arcs: `footprints`, `ccgs`, `districts`, `councils`. Pure: geometries and memberships in, JSON
 * text out.
 *
 * 1. Coordinates that differ only by floating-point noise (the source files agree along shared
 *    borders to about 1e-11 degrees, not exactly) are snapped to one, and rings are wound the way
 *    d3-geo wants (exterior clockwise, holes anticlockwise, in lon/lat).
 * 2. One topology of all LSOAs (topojson-server): shared borders become shared arcs.
 * 3. LSOAs with the same membership in every layer of every version form a "cell"; the LSOAs of
 *    each cell are merged (topojson-client merge) and the cells made into a second topology, whose
 *    arcs break only where cells meet, so simplification keeps only those points fixed.
 * 4. The cell topology is simplified once, for all layers of all versions (simplifyCells):
 *    slivers join a neighbouring cell, small islands go (never a cell's largest polygon), and
 *    topojson-simplify's Visvalingam simplification runs with weights that favour what a reader
 *    needs (see simplifyCells); rings that would collapse, and segments that would sweep over
 *    another border, get points back.
 * 5. Each version's layers are merged from the simplified cells (topojson-client mergeArcs) and
 *    made into one topology of that version (topojson-server, quantised), so its layers share
 *    arcs and tile England without gaps or overlaps.
 */
import { geoArea } from 'd3-geo';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, mergeArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

export const LAYERS = ['footprints', 'ccgs', 'districts', 'councils'] as const;
export type LayerName = (typeof LAYERS)[number];

/** One version's layers: for each layer, the code of every LSOA (same order as the LSOAs) and the names. */
export interface VersionLayers {
  version: string;
  layers: Record<LayerName, { codes: string[]; names: Map<string, string> }>;
}

export interface LsoaShape {
  code: string;
  geometry: Polygon | MultiPolygon;
}

export interface TopologyOptions {
  /** Weights are divided by (area of the smallest LSOA at the point, km²) to this power. */
  densityExponent: number;
  /** LSOAs larger than this (km²) count as this large in the weights, so moorland borders keep some shape. */
  maxLsoaArea: number;
  /** …or against this fraction of the area (km²) of the smallest feature its arc bounds, if that is smaller. */
  featureShare: number;
  /** Coordinates closer than this (degrees, each axis) are taken to be the same point. */
  snapTolerance: number;
  /**
   * Visvalingam weight below which points are dropped. A point's weight is its triangle's spherical
   * area (steradians) divided by (the area in km² of the smallest LSOA at the point) to the power
   * densityExponent: with exponent 1, 0.7 × KM2 drops triangles smaller than 0.7 of that LSOA.
   */
  minWeight: number;
  /** Islands (rings touching no other cell) below this spherical area (steradians) are dropped. */
  minIslandArea: number;
  /** Polygons below this area (steradians) that border other cells join the neighbour they share most border with. */
  minSliverArea: number;
  /** Weights of arcs that are never a footprint border (nor coast) are multiplied by this. */
  minorBorderFactor: number;
  /** Simplified segments may sweep over other vertices (borders may cross) only within areas smaller than this (steradians). */
  minSweptArea: number;
  /** Weights of coastal points (on arcs bordering no other cell) whose removal moves the coast out to sea, losing no land, are multiplied by this. */
  coastOutFactor: number;
  /** Quantisation: steps per side of the bounding box. */
  quantization: number;
}

/** Steradians in one square kilometre, on a sphere of radius 6,371 km (the radius d3-geo assumes for areas). */
export const KM2 = 1 / 6371 ** 2;

export const DEFAULT_OPTIONS: TopologyOptions = {
  snapTolerance: 1e-9,
  // Tuned on points in LSOAs with even codes (the held-out test uses odd codes) to keep every
  // version's file under 150 KB with at least 99% of points in the right footprint and no shape far
  // from its LSOAs' area; see /work/research/data/NOTES.md for the search and the trade-offs.
  densityExponent: 1,
  maxLsoaArea: Infinity,
  featureShare: 0.005,
  minWeight: 1 * KM2,
  minIslandArea: 1.2 * KM2,
  minSliverArea: 1 * KM2,
  minorBorderFactor: 0.05,
  coastOutFactor: 0.5,
  minSweptArea: 0.3 * KM2,
  // 1e4 steps across England's bounding box: about 60 m. The design asked for 1e5 (about 6 m), but
  // at 1e5 no setting found kept a version under 150 KB with 99% of held-out points right; the
  // bytes saved buy more points where borders cross towns, which matters far more than 60 m.
  quantization: 1e4,
};

/** Planar signed area of a lon/lat ring: negative when clockwise. */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum / 2;
}

/**
 * d3-geo reads a ring on the sphere and takes its inside to be on the right when walking it, so an
 * exterior must run clockwise (RFC 7946 GeoJSON runs them anticlockwise) and a hole anticlockwise.
 */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const fix = (rings: Position[][]) => rings.map((ring, i) => ((signedArea(ring) < 0) === (i === 0) ? ring : [...ring].reverse()));
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(fix) } as G;
}

/**
 * Snaps every coordinate to the first one seen within `tolerance` degrees (in each axis), so that
 * neighbours which share a border share its vertices exactly; drops repeated consecutive points.
 * Deterministic: depends only on the order of the input.
 */
export function snapCoordinates<G extends Polygon | MultiPolygon>(geometries: G[], tolerance: number): G[] {
  // A grid of 1e-5-degree cells (about 1 m), keyed by number; a point near a cell's edge also
  // looks in the neighbouring cells.
  const size = 1e-5;
  if (!(tolerance > 0 && tolerance < size / 10)) throw new Error(`snap tolerance must be between 0 and ${size / 10}`);
  const grid = new Map<number, Position[]>();
  const keyOf = (cx: number, cy: number) => (cx + 2e7) * 2e7 + (cy + 1e7);
  const near = (p: Position, x: number, y: number) => Math.abs(p[0]! - x) <= tolerance && Math.abs(p[1]! - y) <= tolerance;
  const snap = (pt: Position): Position => {
    const x = pt[0]!;
    const y = pt[1]!;
    const cx = Math.floor(x / size);
    const cy = Math.floor(y / size);
    const own = grid.get(keyOf(cx, cy));
    if (own) for (const p of own) if (near(p, x, y)) return p;
    const fx = x / size - cx;
    const fy = y / size - cy;
    const edge = tolerance / size;
    const xs = fx < edge ? [-1, 0] : fx > 1 - edge ? [0, 1] : [0];
    const ys = fy < edge ? [-1, 0] : fy > 1 - edge ? [0, 1] : [0];
    for (const dx of xs) {
      for (const dy of ys) {
        if (!dx && !dy) continue;
        const list = grid.get(keyOf(cx + dx, cy + dy));
        if (list) for (const p of list) if (near(p, x, y)) return p;
      }
    }
    const p: Position = [x, y];
    if (own) own.push(p);
    else grid.set(keyOf(cx, cy), [p]);
    return p;
  };
  const ring = (r: Position[]): Position[] => {
    const out: Position[] = [];
    for (const pt of r) {
      const p = snap(pt);
      if (out.length && out[out.length - 1] === p) continue;
      out.push(p);
    }
    return out;
  };
  return geometries.map((g) =>
    g.type === 'Polygon'
      ? ({ ...g, coordinates: g.coordinates.map(ring) } as G)
      : ({ ...g, coordinates: (g as MultiPolygon).coordinates.map((p) => p.map(ring)) } as G),
  );
}

/** Groups LSOA indexes by their membership in every layer of every version; cells ordered by first LSOA. */
export function cellsOf(count: number, versions: VersionLayers[]): number[][] {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const key = versions.map((v) => LAYERS.map((l) => v.layers[l].codes[i]).join(',')).join(';');
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  return [...byKey.values()];
}

type Arcs = number[][];
type AnyTopology = Topology & { arcs: Position[][] };

const arcIndex = (a: number) => (a < 0 ? ~a : a);

function polygonsOf(geometry: unknown): Arcs[] {
  const g = geometry as { type: string };
  if (g.type === 'Polygon') return [(g as TopoPolygon).arcs];
  if (g.type === 'MultiPolygon') return (g as TopoMultiPolygon).arcs;
  return [];
}

function ringCoordinates(topo: AnyTopology, ring: number[]): Position[] {
  const out: Position[] = [];
  for (const a of ring) {
    const arc = topo.arcs[arcIndex(a)]!;
    const points = a < 0 ? [...arc].reverse() : arc;
    for (let k = out.length ? 1 : 0; k < points.length; k++) out.push(points[k]!);
  }
  return out;
}

/** Keeps at least a triangle of every closed single-arc ring (an island), so simplification cannot collapse it. */
function protectClosedArcs(topo: AnyTopology): void {
  for (const arc of topo.arcs as unknown as number[][][]) {
    const n = arc.length;
    if (n < 5) continue;
    const first = arc[0]!;
    const last = arc[n - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) continue;
    const order = arc
      .slice(1, n - 1)
      .map((p, k) => ({ k: k + 1, w: p[2]! }))
      .sort((a, b) => b.w - a.w || a.k - b.k);
    for (const { k } of order.slice(0, 2)) arc[k]![2] = Infinity;
  }
}

export interface BuildLog {
  (stage: string, detail: string): void;
}

export interface BuiltTopologies {
  /** Version → TopoJSON text (no final newline). */
  files: Map<string, string>;
  stats: { cells: number; lsoaArcs: number; cellArcs: number; slivers: number; droppedIslands: number; restoredPoints: number; pointsBefore: number; pointsAfter: number };
}

/** The cells of all versions and their topology, before simplification. */
export interface CellTopology {
  cells: number[][];
  topology: AnyTopology;
  lsoaArcs: number;
  /** The area (km²) of the smallest LSOA at each vertex, keyed "x,y". */
  lsoaAreaAt: Map<string, number>;
  /** For each cell, its footprint in every version (cells with different keys meet on a footprint border). */
  footprintKey: string[];
  /** For each cell, for every version and layer in turn: the code of the feature it is in, and that feature's area (km²). */
  cellFeatures: { code: string; km2: number }[][];
}

/** Steps 1–3: snapped, rewound LSOAs → LSOA topology → cells → cell topology. */
export function cellTopology(lsoas: LsoaShape[], versions: VersionLayers[], options: TopologyOptions = DEFAULT_OPTIONS, log: BuildLog = () => {}): CellTopology {
  // 1–2. One topology of all LSOAs.
  const snapped = snapCoordinates(lsoas.map((l) => rewindForD3(l.geometry)), options.snapTolerance);
  const lsoaAreaAt = new Map<string, number>();
  const lsoaKm2: number[] = [];
  for (const g of snapped) {
    const km2 = geoArea(g) / KM2;
    lsoaKm2.push(km2);
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const [x, y] of ring) {
          const key = `${x},${y}`;
          const seen = lsoaAreaAt.get(key);
          if (seen == null || km2 < seen) lsoaAreaAt.set(key, km2);
        }
      }
    }
  }
  const lsoaTopo = topology({ lsoas: { type: 'GeometryCollection', geometries: snapped } as never }) as unknown as AnyTopology;
  const lsoaGeoms = (lsoaTopo.objects.lsoas as GeometryCollection).geometries;
  log('lsoa topology', `${lsoas.length} LSOAs, ${lsoaTopo.arcs.length} arcs`);

  // 3. Cells, merged, and their own topology.
  const cells = cellsOf(lsoas.length, versions);
  const cellShapes: Geometry[] = cells.map((members) => merge(lsoaTopo as never, members.map((i) => lsoaGeoms[i]) as never) as Geometry);
  const cellTopo = topology({ cells: { type: 'GeometryCollection', geometries: cellShapes } as never }) as unknown as AnyTopology;
  const cellGeoms = (cellTopo.objects.cells as GeometryCollection).geometries;
  log('cells', `${cells.length} cells, ${cellTopo.arcs.length} arcs`);

  const footprintKey = cells.map((members) => versions.map((v) => v.layers.footprints.codes[members[0]!]).join(','));
  const featureKm2 = new Map<string, number>();
  versions.forEach((v, vi) =>
    LAYERS.forEach((l) => v.layers[l].codes.forEach((code, i) => featureKm2.set(`${vi}/${l}/${code}`, (featureKm2.get(`${vi}/${l}/${code}`) ?? 0) + lsoaKm2[i]!))),
  );
  const cellFeatures = cells.map((members) =>
    versions.flatMap((v, vi) => LAYERS.map((l) => ({ code: `${vi}/${l}/${v.layers[l].codes[members[0]!]}`, km2: featureKm2.get(`${vi}/${l}/${v.layers[l].codes[members[0]!]}`)! }))),
  );
  return { cells, topology: cellTopo, lsoaArcs: lsoaTopo.arcs.length, lsoaAreaAt, footprintKey, cellFeatures };
}

/** Planar length of an arc (degrees), to compare shared borders. */
function arcLength(arc: Position[]): number {
  let sum = 0;
  for (let i = 1; i < arc.length; i++) sum += Math.hypot(arc[i]![0]! - arc[i - 1]![0]!, arc[i]![1]! - arc[i - 1]![1]!);
  return sum;
}

/** A grid index of the vertices of the given arcs: cell → [arc, point] pairs. */
interface VertexIndex {
  size: number;
  cells: Map<number, number[]>;
  arcs: Position[][];
  /** Whether point k of arc i is still there (simplification has not dropped it). */
  isKept: (i: number, k: number) => boolean;
  /** Sweeps smaller than this (steradians) are allowed. */
  minSweptArea: number;
}

const GRID = 0.01;
const gridKey = (cx: number, cy: number) => (cx + 20000) * 40000 + (cy + 20000);

function vertexIndex(arcs: Position[][], used: number[], isKept: VertexIndex['isKept'], minSweptArea: number): VertexIndex {
  const cells = new Map<number, number[]>();
  for (const i of used) {
    arcs[i]!.forEach((p, k) => {
      const key = gridKey(Math.floor(p[0]! / GRID), Math.floor(p[1]! / GRID));
      const list = cells.get(key);
      if (list) list.push(i, k);
      else cells.set(key, [i, k]);
    });
  }
  return { size: GRID, cells, arcs, isKept, minSweptArea };
}

/** Even-odd point-in-polygon test, planar. */
function insideRing(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Whether the straight segment from point `from` to point `to` of an arc sweeps over a vertex: a
 * kept vertex of another arc, or of this arc outside from..to, lies in the area between the segment
 * and the points it replaces (the segment's own end points, shared at junctions, do not count).
 * Sweeps smaller than index.minSweptArea do not count.
 */
function sweepsOverVertex(arc: Position[], from: number, to: number, arcId: number, index: VertexIndex): boolean {
  const region = arc.slice(from, to + 1);
  const closed = [...region, region[0]!];
  if (Math.min(sphericalRingArea(closed as never, false), sphericalRingArea(closed as never, true)) < index.minSweptArea) return false;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of region as [number, number][]) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const a = arc[from]!;
  const b = arc[to]!;
  for (let cx = Math.floor(x0 / index.size); cx <= Math.floor(x1 / index.size); cx++) {
    for (let cy = Math.floor(y0 / index.size); cy <= Math.floor(y1 / index.size); cy++) {
      const list = index.cells.get(gridKey(cx, cy));
      if (!list) continue;
      for (let n = 0; n < list.length; n += 2) {
        const i = list[n]!;
        const k = list[n + 1]!;
        if (i === arcId && k >= from && k <= to) continue;
        if (!index.isKept(i, k)) continue;
        const [x, y] = index.arcs[i]![k] as [number, number];
        if (x < x0 || x > x1 || y < y0 || y > y1) continue;
        if ((x === a[0] && y === a[1]) || (x === b[0] && y === b[1])) continue;
        if (insideRing(region, x, y)) return true;
      }
    }
  }
  return false;
}

export interface SimplifiedCells {
  topology: AnyTopology;
  slivers: number;
  droppedIslands: number;
  restoredPoints: number;
  pointsBefore: number;
  pointsAfter: number;
}

/**
 * Step 4: gives slivers to their neighbours, drops small islands and simplifies the cell topology.
 *  - A sliver is a polygon of a cell, not its largest, smaller than `minSliverArea`, that borders
 *    other cells (a scrap of an LSOA across a river, say): it joins the neighbouring cell it shares
 *    the longest border with, so the tiling stays gap-free and the layers lose a ring of a few
 *    arcs each.
 *  - An island is a ring that borders no other cell: dropped below `minIslandArea`, unless it is
 *    its cell's largest polygon.
 *  - A point's weight is its triangle's spherical area relative to the size of the smallest LSOA
 *    at the point (densityExponent), or to featureShare of the smallest feature its arc bounds if
 *    that is smaller: the map is for people, and people live where LSOAs are small. Arcs that are
 *    never a footprint border in any version nor the coast weigh minorBorderFactor as much, so
 *    footprint borders keep more detail than district-only borders. On the coast (and the borders
 *    with Wales and Scotland) points whose removal moves the line outwards weigh coastOutFactor as
 *    much: that loses no land.
 *  - A ring that simplification turned inside out or shrank below half its area, and a segment
 *    that sweeps over a kept vertex of another border (so borders would cross, or a coast would
 *    cover the land across an estuary; sweeps under minSweptArea are let pass), get points back,
 *    most significant first, until none is left.
 */
export function simplifyCells(prepared: CellTopology, options: TopologyOptions = DEFAULT_OPTIONS, log: BuildLog = () => {}): SimplifiedCells {
  const t = prepared.topology;
  const geoms = (t.objects.cells as GeometryCollection).geometries;
  const owned: Arcs[][] = geoms.map((g) => polygonsOf(g).map((polygon) => polygon.map((ring) => [...ring])));
  const arcCells: number[][] = t.arcs.map(() => []);
  owned.forEach((polygons, c) => polygons.forEach((polygon) => polygon.forEach((ring) => ring.forEach((a) => arcCells[arcIndex(a)]!.push(c)))));
  const ringArea = (ring: number[], interior: boolean) => sphericalRingArea(ringCoordinates(t, ring) as never, interior);
  /** A ring that borders no other cell (an island, or a lake in a hole). */
  const isIsland = (ring: number[], c: number) => ring.every((a) => arcCells[arcIndex(a)]!.every((other) => other === c));

  // Slivers join a neighbour; small islands go.
  const kept: Arcs[][] = owned.map(() => []);
  let slivers = 0;
  let droppedIslands = 0;
  owned.forEach((polygons, c) => {
    const areas = polygons.map((polygon) => ringArea(polygon[0]!, false));
    const largest = areas.indexOf(Math.max(...areas));
    polygons.forEach((polygon, k) => {
      const exterior = polygon[0]!;
      if (k !== largest && areas[k]! < options.minSliverArea && !isIsland(exterior, c)) {
        const shared = new Map<number, number>();
        for (const a of exterior) {
          for (const other of arcCells[arcIndex(a)]!) if (other !== c) shared.set(other, (shared.get(other) ?? 0) + arcLength(t.arcs[arcIndex(a)]!));
        }
        const [best] = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]!;
        kept[best]!.push(polygon);
        slivers++;
        return;
      }
      if (k !== largest && isIsland(exterior, c) && areas[k]! < options.minIslandArea) {
        droppedIslands++;
        return;
      }
      const holes = polygon.slice(1).filter((ring) => {
        const drop = isIsland(ring, c) && ringArea(ring, true) < options.minIslandArea;
        if (drop) droppedIslands++;
        return !drop;
      });
      kept[c]!.push([exterior, ...holes]);
    });
  });
  const cells: AnyTopology = {
    type: 'Topology',
    bbox: t.bbox,
    arcs: t.arcs,
    objects: { cells: { type: 'GeometryCollection', geometries: kept.map((polygons) => ({ type: 'MultiPolygon', arcs: polygons })) } as never },
  } as AnyTopology;

  // Which arcs matter most: the coast and footprint borders of any version; then the rest.
  const factor = arcCells.map((list) => (new Set(list).size === 1 || new Set(list.map((c) => prepared.footprintKey[c])).size > 1 ? 1 : options.minorBorderFactor));

  const { lsoaAreaAt, cellFeatures } = prepared;
  const beta = options.densityExponent;
  // The smallest feature (of any layer and version) each arc bounds: a point's triangle is measured
  // against the smaller of its LSOA and featureShare of that feature, so small districts keep more
  // of their shape.
  const smallestFeature = arcCells.map((list) => {
    const cellsOfArc = [...new Set(list)];
    let min = Infinity;
    if (cellsOfArc.length === 1) for (const f of cellFeatures[cellsOfArc[0]!]!) min = Math.min(min, f.km2);
    else {
      const [a, b] = cellsOfArc as [number, number];
      cellFeatures[a]!.forEach((fa, k) => {
        const fb = cellFeatures[b]![k]!;
        if (fa.code !== fb.code) min = Math.min(min, fa.km2, fb.km2);
      });
    }
    return min;
  });
  // On the coast (and the borders with Wales and Scotland) only one side is England: dropping a
  // point where the coast bends towards the land (the line then runs out to sea) loses no land, so
  // such points weigh less (coastOutFactor) than points whose removal cuts land off.
  const landOnRight = new Map<number, boolean>();
  for (const polygons of kept) for (const polygon of polygons) for (const ring of polygon) for (const a of ring) if (arcCells[arcIndex(a)]!.length === 1) landOnRight.set(arcIndex(a), a >= 0);
  const weightFor = (i: number) => {
    const cap = options.featureShare * smallestFeature[i]!;
    const side = landOnRight.get(i);
    return (tri: Position[]) => {
      const [a, b, c] = tri as [Position, Position, Position];
      const km2 = lsoaAreaAt.get(`${b[0]},${b[1]}`) ?? 1;
      const scale = Math.min(Math.min(Math.max(km2, 0.01), options.maxLsoaArea) ** beta, cap);
      let w = (sphericalTriangleArea(tri as never) / scale) * factor[i]!;
      if (side != null) {
        const cross = (b[0]! - a[0]!) * (c[1]! - b[1]!) - (b[1]! - a[1]!) * (c[0]! - b[0]!);
        if (cross < 0 !== side) w *= options.coastOutFactor;
      }
      return w;
    };
  };
  const weightedArcs = t.arcs.map((arc, i) => (presimplify({ type: 'Topology', objects: {}, arcs: [arc] } as never, weightFor(i) as never) as unknown as { arcs: number[][][] }).arcs[0]!);
  const weighted = { ...cells, arcs: weightedArcs } as unknown as AnyTopology;
  protectClosedArcs(weighted);

  const rings = kept.flat(2);
  const original = rings.map((ring) => signedArea(ringCoordinates(t, ring)));
  const usedArcs = [...new Set(rings.flat().map(arcIndex))].sort((x, y) => x - y);
  const index = vertexIndex(t.arcs, usedArcs, (i, k) => weightedArcs[i]![k]![2]! >= options.minWeight, options.minSweptArea);
  let restoredPoints = 0;
  const keep = (arc: number[][], from: number, to: number): void => {
    let best = -1;
    for (let k = from + 1; k < to; k++) if (arc[k]![2]! < options.minWeight && (best < 0 || arc[k]![2]! > arc[best]![2]!)) best = k;
    if (best >= 0) {
      arc[best]![2] = Infinity;
      restoredPoints++;
    }
  };
  let collapseRounds = 0;
  let sweepFixes = 0;
  let simple = simplify(weighted as never, options.minWeight) as unknown as AnyTopology;
  for (let round = 0; ; round++) {
    if (round === 500) throw new Error('simplification did not settle after 500 rounds of restoring points');
    let changed = false;
    // A ring turned inside out or shrunk below half its area gets a point back on each arc.
    rings.forEach((ring, i) => {
      const now = signedArea(ringCoordinates(simple, ring));
      if (Math.sign(now) === Math.sign(original[i]!) && Math.abs(now) >= 0.5 * Math.abs(original[i]!)) return;
      for (const a of ring) keep(weightedArcs[arcIndex(a)]!, 0, weightedArcs[arcIndex(a)]!.length - 1);
      changed = true;
      collapseRounds++;
    });
    // A simplified segment must not sweep over a vertex still on the map: the area between it and
    // the points it replaces holds no kept vertex of another arc (or of the same arc elsewhere), so
    // borders do not cross and a coast moved out to sea does not cover the land across an estuary.
    // Sweeps smaller than minSweptArea (a thread along a tidal river) are let pass.
    for (const i of usedArcs) {
      const arc = weightedArcs[i]!;
      let from = 0;
      for (let k = 1; k < arc.length; k++) {
        if (arc[k]![2]! < options.minWeight) continue;
        if (k - from > 1 && sweepsOverVertex(t.arcs[i]!, from, k, i, index)) {
          keep(arc, from, k);
          changed = true;
          sweepFixes++;
        }
        from = k;
      }
    }
    if (!changed) break;
    simple = simplify(weighted as never, options.minWeight) as unknown as AnyTopology;
  }
  const pointsBefore = t.arcs.reduce((n, arc) => n + arc.length, 0);
  const pointsAfter = simple.arcs.reduce((n, arc) => n + arc.length, 0);
  log('simplify', `${slivers} slivers joined a neighbour, ${droppedIslands} small island rings dropped, ${restoredPoints} points kept to stop rings collapsing (${collapseRounds} rings) or borders crossing (${sweepFixes} segments); ${pointsBefore} → ${pointsAfter} points`);
  return { topology: simple, slivers, droppedIslands, restoredPoints, pointsBefore, pointsAfter };
}

/**
 * Renumbers arcs so the most referenced come first (shorter indexes in the file); ties keep their
 * order. The geometry is unchanged.
 */
export function reindexArcs(topo: AnyTopology): AnyTopology {
  const refs = new Array<number>(topo.arcs.length).fill(0);
  const scan = (x: unknown): void => {
    if (typeof x === 'number') refs[arcIndex(x)]!++;
    else if (Array.isArray(x)) x.forEach(scan);
  };
  const collections = Object.values(topo.objects) as GeometryCollection[];
  for (const c of collections) for (const g of c.geometries) scan((g as { arcs?: unknown }).arcs);
  const order = refs.map((n, i) => ({ n, i })).sort((a, b) => b.n - a.n || a.i - b.i);
  const newIndex = new Array<number>(topo.arcs.length);
  order.forEach(({ i }, k) => (newIndex[i] = k));
  const map = (x: unknown): unknown => (typeof x === 'number' ? (x < 0 ? ~newIndex[~x]! : newIndex[x]!) : (x as unknown[]).map(map));
  const objects: Record<string, GeometryCollection> = {};
  for (const [key, c] of Object.entries(topo.objects) as [string, GeometryCollection][]) {
    objects[key] = { ...c, geometries: c.geometries.map((g) => ({ ...g, arcs: map((g as { arcs: unknown }).arcs) })) as never };
  }
  return { ...topo, objects, arcs: order.map(({ i }) => topo.arcs[i]!) } as AnyTopology;
}

/** Step 5: one TopoJSON text per version (no final newline). */
export function versionTopologies(prepared: CellTopology, simple: AnyTopology, versions: VersionLayers[], options: TopologyOptions = DEFAULT_OPTIONS, log: BuildLog = () => {}): Map<string, string> {
  const { cells } = prepared;
  const simpleCells = (simple.objects.cells as GeometryCollection).geometries;
  const files = new Map<string, string>();
  for (const v of versions) {
    const collections: Record<string, { type: 'FeatureCollection'; features: unknown[] }> = {};
    for (const layer of LAYERS) {
      const { codes, names } = v.layers[layer];
      const byCode = new Map<string, number[]>();
      cells.forEach((members, c) => {
        const code = codes[members[0]!]!;
        const list = byCode.get(code);
        if (list) list.push(c);
        else byCode.set(code, [c]);
      });
      for (const code of byCode.keys()) if (!names.has(code)) throw new Error(`${v.version} ${layer}: no name for ${code}`);
      for (const code of names.keys()) if (!byCode.has(code)) throw new Error(`${v.version} ${layer}: ${code} has no LSOA`);
      const features = [...byCode.keys()].sort().map((code) => {
        const merged = mergeArcs(simple as never, byCode.get(code)!.map((c) => simpleCells[c]) as never) as unknown as TopoMultiPolygon;
        if (!merged.arcs.length) throw new Error(`${v.version} ${layer}: ${code} has no geometry after simplification`);
        const shape = feature(simple as never, merged as never).geometry as unknown as MultiPolygon;
        const geometry: Polygon | MultiPolygon = shape.coordinates.length === 1 ? { type: 'Polygon', coordinates: shape.coordinates[0]! } : shape;
        return { type: 'Feature', id: code, properties: { name: names.get(code)! }, geometry };
      });
      collections[layer] = { type: 'FeatureCollection', features };
    }
    // A topology of this version's layers alone: its arcs break only where this version's
    // boundaries meet, and the layers share them (they were cut from the same simplified arcs).
    const topo = reindexArcs(topology(collections as never, options.quantization) as unknown as AnyTopology);
    const ordered = { type: 'Topology', bbox: topo.bbox, transform: topo.transform, objects: topo.objects, arcs: topo.arcs };
    files.set(v.version, JSON.stringify(ordered));
    log('version', `${v.version}: ${LAYERS.map((l) => `${collections[l]!.features.length} ${l}`).join(', ')}; ${topo.arcs.length} arcs`)
  }
  return files;
}

export function buildTopologies(lsoas: LsoaShape[], versions: VersionLayers[], options: TopologyOptions = DEFAULT_OPTIONS, log: BuildLog = () => {}): BuiltTopologies {
  const prepared = cellTopology(lsoas, versions, options, log);
  const simple = simplifyCells(prepared, options, log);
  const files = versionTopologies(prepared, simple.topology, versions, options, log);
  return {
    files,
    stats: {
      cells: prepared.cells.length,
      lsoaArcs: prepared.lsoaArcs,
      cellArcs: prepared.topology.arcs.length,
      slivers: simple.slivers,
      droppedIslands: simple.droppedIslands,
      restoredPoints: simple.restoredPoints,
      pointsBefore: simple.pointsBefore,
      pointsAfter: simple.pointsAfter,
    },
  };
}
