/**
 * The map maker (/make/): from a journalist's choices (version, indicator, highlight, view, theme,
 * title) to what they paste and download: the embed address (the contract: lib/maps/options.ts),
 * the iframe snippet, the static-image snippet and the files. Pure, so the build writes the
 * no-JavaScript defaults and the browser the live ones from the same code.
 */
import { optionsQuery, parseOptions, type MapOptions, type MapView } from '../maps/options.ts';
import { iframeSnippet, imageSnippet, type EmbedTarget } from './embed-snippet.ts';
import { dataPath, embedPath, mapImagePath, mapPath } from './paths.ts';

/** One national map the maker can make: what its snippets and files need. */
export interface MakerIndicator {
  id: string;
  title: string;
  /** The map's source line ("Source: …"). */
  source: string;
  /** The map's one-line takeaway (the image's alternative text). */
  takeaway: string;
  /** The standalone file's size, per view. */
  image: Partial<Record<MapView, { width: number; height: number }>>;
}

/** One data version, with its areas and maps. */
export interface MakerVersion {
  version: string;
  /** "April 2017: 44 STP footprints". */
  label: string;
  /** "footprint" or "ICB". */
  area: string;
  hasHex: boolean;
  areas: { code: string; name: string }[];
  indicators: MakerIndicator[];
}

export interface MakerData {
  versions: MakerVersion[];
  /** Codes of every version, for "an area of another version" notes. */
  codes: Record<string, string[]>;
}

/** What the maker has chosen. */
export interface MakerState {
  version: string;
  indicator: string;
  options: MapOptions;
}

/** The embed's starting height before /embed.js fits it to its content, px. */
export const MAP_EMBED_HEIGHT = 820;

export function versionOf(data: MakerData, version: string): MakerVersion {
  return data.versions.find((v) => v.version === version) ?? data.versions[0]!;
}

/** The other versions' codes this version lacks (for parseOptions). */
function otherVersions(data: MakerData, version: string): Map<string, string[]> {
  return new Map(Object.entries(data.codes).filter(([, vs]) => !vs.includes(version)));
}

/**
 * The maker's state from its own address (/make/?version=…&indicator=…&highlight=…), so a link to
 * the maker opens the same map; anything unknown falls back to the first version's first map, and
 * is listed in `ignored`.
 */
export function stateFromQuery(data: MakerData, search: string): { state: MakerState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const asked = params.get('version');
  const v = data.versions.find((x) => x.version === asked) ?? data.versions[0]!;
  if (asked !== null && v.version !== asked) ignored.push(`version “${asked.slice(0, 20)}” (not a data version)`);
  const wanted = params.get('indicator');
  const indicator = v.indicators.find((i) => i.id === wanted) ?? v.indicators[0]!;
  if (wanted !== null && indicator.id !== wanted) ignored.push(`map “${wanted.slice(0, 30)}” (not a map of data version ${v.version})`);
  const parsed = parseOptions(params, { version: v.version, areas: new Map(v.areas.map((a) => [a.code, a.name])), hasHex: v.hasHex, otherVersions: otherVersions(data, v.version) });
  return { state: { version: v.version, indicator: indicator.id, options: parsed.options }, ignored: [...ignored, ...parsed.ignored] };
}

/** The maker's own address for a state (version and map first, then the map's options). */
export function makerQuery(state: MakerState): string {
  const q = optionsQuery(state.options);
  return `?version=${state.version}&indicator=${state.indicator}${q ? `&${q.slice(1)}` : ''}`;
}

export interface MakerOutputs {
  /** The embed's address on this site (path and query). */
  embedPath: string;
  iframe: string;
  image: string;
  /** A line under the static-image snippet when it cannot show everything chosen, else null. */
  imageNote: string | null;
  /** The pre-rendered standalone files of the chosen view. */
  files: { svg: string; png: string; csv: string };
  /** Whether the SVG and PNG must be made in the browser (a highlight or an own title). */
  custom: boolean;
  /** A file name for what the browser makes, without extension. */
  fileName: string;
}

export function makerOutputs(data: MakerData, state: MakerState, origin: string): MakerOutputs {
  const v = versionOf(data, state.version);
  const ind = v.indicators.find((i) => i.id === state.indicator) ?? v.indicators[0]!;
  const o = state.options;
  const view: MapView = o.view === 'hex' && v.hasHex ? 'hex' : 'geo';
  const path = embedPath(v.version, ind.id) + optionsQuery(o);
  const title = o.title ?? ind.title;
  const names = o.highlight.map((c) => v.areas.find((a) => a.code === c)?.name).filter((n): n is string => Boolean(n));
  const files = { svg: mapImagePath(v.version, ind.id, view, 'svg'), png: mapImagePath(v.version, ind.id, view, 'png'), csv: dataPath(v.version, `maps/${ind.id}.csv`) };
  const size = ind.image[view] ?? ind.image.geo!;
  // The static image: the pre-rendered PNG, or, with a highlight, the SVG with the area's code
  // as its fragment (the file highlights its target: lib/maps/svg/highlight.ts).
  const imagePath = o.highlight.length ? `${files.svg}#${o.highlight[0]}` : files.png;
  const target: EmbedTarget = {
    origin,
    embedPath: path,
    pagePath: mapPath(v.version, ind.id),
    dataPath: files.csv,
    imagePath,
    imageWidth: size.width,
    imageHeight: size.height,
    title: `Map: ${title}`,
    alt: `${title}.${names.length ? ` Highlighted: ${names.join(', ')}.` : ''} ${ind.takeaway}`,
    source: ind.source,
    height: MAP_EMBED_HEIGHT,
  };
  const parts = [ind.id, v.version, view === 'hex' ? 'hex' : null, ...o.highlight].filter(Boolean);
  return {
    embedPath: path,
    iframe: iframeSnippet(target),
    image: imageSnippet(target),
    imageNote:
      o.highlight.length > 1
        ? `The static image highlights one area, ${names[0]}; the interactive map and the downloads highlight all ${o.highlight.length}.`
        : o.title
          ? 'The static image keeps the map’s own title; your title is in the interactive map and the downloads.'
          : null,
    files,
    custom: o.highlight.length > 0 || o.title !== null,
    fileName: parts.join('-'),
  };
}
