/** Short SVG path data: rounded, relative commands from d3-geo's absolute ones. */
import { geoPath, type GeoProjection } from 'd3-geo';

/**
 * Rewrites a d3 path (absolute M/L/Z commands) with relative moves, which are much shorter: most
 * steps between neighbouring points are a pixel or two. Same shape, about a third fewer bytes.
 * A run of line steps carries its command letter once: in SVG path data, coordinate pairs after an
 * "l", or after an "m", are further line steps (SVG 2, §9.3.2: "If a moveto is followed by
 * multiple pairs of coordinates, the subsequent pairs are treated as implicit lineto commands").
 * Steps that round to nothing are left out.
 */
export function compactPath(d: string, digits: number): string {
  const f = 10 ** digits;
  const fmt = (n: number) => String(Math.round(n * f) / f);
  let out = '';
  let x = 0;
  let y = 0;
  let start = [0, 0] as [number, number];
  // Whether the last thing written was a coordinate pair of an m or l run.
  let inRun = false;
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      // Closing a subpath moves the current point back to its start (SVG 2, §9.3.4).
      out += 'z';
      [x, y] = start;
      inRun = false;
      continue;
    }
    const [ax, ay] = args!.split(',').map(Number) as [number, number];
    const dx = Math.round((ax - x) * f) / f;
    const dy = Math.round((ay - y) * f) / f;
    if (cmd === 'L' && dx === 0 && dy === 0) continue;
    // Track the rounded position so rounding errors never accumulate.
    x += dx;
    y += dy;
    if (cmd === 'M') start = [x, y];
    // A minus sign separates two numbers by itself; otherwise a space does.
    const pair = `${fmt(dx)}${dy < 0 ? '' : ' '}${fmt(dy)}`;
    if (cmd === 'M') out += `m${pair}`;
    else out += inRun ? `${dx < 0 ? '' : ' '}${pair}` : `l${pair}`;
    inRun = true;
  }
  return out;
}

/** A d3 path generator for `projection` whose output is rounded to `digits` and written relatively. */
export function compactGeoPath(projection: GeoProjection, digits: number) {
  const path = geoPath(projection).digits(digits);
  return (object: Parameters<typeof path>[0]): string | null => {
    const d = path(object);
    return d ? compactPath(d, digits) : null;
  };
}
