/**
 * The options of a map or embed, as its query string carries them (the embed URL is the
 * contract, documented on /make/ and in the README):
 *
 *   ?highlight=E54000007            outline and label one area (or several, comma-separated or
 *                                    repeated: ?highlight=E54000007,E54000012)
 *   ?view=hex                        the equal-area hexagon map instead of the geographic one
 *   ?theme=light|dark|auto           colour scheme (auto follows the reader)
 *   ?title=Our%20area                a title of your own in place of the map's (plain text)
 *
 * Pure: the browser parses its location with it, the build writes snippets with it. A bad option
 * never breaks the map: it is ignored, and `ignored` says what was ignored and why, in one line.
 */

export const VIEWS = ['geo', 'hex'] as const;
export type MapView = (typeof VIEWS)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** Longest own title accepted (a headline, not a paragraph). */
export const MAX_TITLE = 120;
/** Most areas one map highlights (beyond this, nothing stands out). */
export const MAX_HIGHLIGHTS = 8;

export interface MapOptions {
  highlight: string[];
  view: MapView;
  theme: Theme;
  title: string | null;
}

export const DEFAULT_OPTIONS: MapOptions = { highlight: [], view: 'geo', theme: 'auto', title: null };

export interface ParsedOptions {
  options: MapOptions;
  /** One short phrase per option that was ignored, e.g. "highlight E54000099 (not an area of data version 2017-04)". */
  ignored: string[];
}

/** What the map knows: its version, its areas' codes (and names), and whether it has a hex layout. */
export interface MapContext {
  version: string;
  areas: ReadonlyMap<string, string>;
  hasHex: boolean;
  /** Codes of areas in other versions (to say "from another version" rather than "unknown"). */
  otherVersions?: ReadonlyMap<string, string[]>;
}

const CODE = /^E54\d{6}$/;

export function parseOptions(search: string | URLSearchParams, context: MapContext): ParsedOptions {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const options: MapOptions = { ...DEFAULT_OPTIONS, highlight: [] };

  const codes = params
    .getAll('highlight')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);
  for (const code of codes) {
    if (options.highlight.includes(code)) continue;
    if (context.areas.has(code)) {
      if (options.highlight.length < MAX_HIGHLIGHTS) options.highlight.push(code);
      else ignored.push(`highlight ${code} (at most ${MAX_HIGHLIGHTS} areas)`);
    } else if (!CODE.test(code)) ignored.push(`highlight “${code.slice(0, 20)}” (not an ONS area code)`);
    else {
      const elsewhere = context.otherVersions?.get(code);
      ignored.push(`highlight ${code} (${elsewhere?.length ? `an area of data version ${elsewhere.join(', ')}, not ${context.version}` : `not an area of data version ${context.version}`})`);
    }
  }

  const view = params.get('view');
  if (view !== null) {
    if (view === 'hex' && !context.hasHex) ignored.push(`view hex (data version ${context.version} has no hex map)`);
    else if ((VIEWS as readonly string[]).includes(view)) options.view = view as MapView;
    else ignored.push(`view “${view.slice(0, 20)}” (use geo or hex)`);
  }

  const theme = params.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) options.theme = theme as Theme;
    else ignored.push(`theme “${theme.slice(0, 20)}” (use light, dark or auto)`);
  }

  const title = params.get('title');
  if (title !== null) {
    // Plain text only: no markup, no control characters (they would break the title's layout).
    // eslint-disable-next-line no-control-regex
    const clean = title.replace(/[\u0000-\u001f<>]/g, '').replace(/\s+/g, ' ').trim();
    if (!clean) ignored.push('title (empty)');
    else {
      options.title = clean.slice(0, MAX_TITLE);
      if (clean.length > MAX_TITLE) ignored.push(`the end of the title (at most ${MAX_TITLE} characters)`);
    }
  }
  return { options, ignored };
}

/** The query string for `options`, leaving out defaults, in a stable order (so equal options give equal URLs). */
export function optionsQuery(options: MapOptions): string {
  const params = new URLSearchParams();
  if (options.highlight.length) params.set('highlight', options.highlight.join(','));
  if (options.view !== 'geo') params.set('view', options.view);
  if (options.theme !== 'auto') params.set('theme', options.theme);
  if (options.title) params.set('title', options.title);
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** "Ignored: highlight E54000099 (not an area of data version 2017-04)." — or null when nothing was. */
export function ignoredNote(ignored: readonly string[]): string | null {
  return ignored.length ? `Ignored: ${ignored.join('; ')}.` : null;
}
