/**
 * Postcode look-up for the finder: checked locally (the `postcode` package), then asked of
 * postcodes.io through net.ts (5 s timeout), whose answer is resolved to a 2017 footprint by
 * resolve-location.ts. An outward code alone ("SK13") is answered too: it needs the whole
 * postcode, and postcodes.io's /outcodes/ says which councils it covers.
 */
import { isValid, toNormalised, toOutcode, validOutcode } from 'postcode';
import { fetchWithTimeout, RequestFailed } from '../net.ts';
import type { FinderData } from './data.ts';
import { POSTCODE_MESSAGES, resolveOutcode, resolvePostcode, type Resolution } from './resolve-location.ts';

export const POSTCODE_API = 'https://api.postcodes.io/postcodes/';
export const OUTCODE_API = 'https://api.postcodes.io/outcodes/';
/** Text that looks like the start of a postcode (outward code, maybe part of the inward code). */
export const LOOKS_LIKE_POSTCODE = /^[a-z]{1,2}\d[a-z\d]?\s*\d?[a-z]{0,2}$/i;

/** Worth offering a postcode look-up: looks like a postcode and long enough to be a whole one. */
export function offerPostcode(query: string): boolean {
  return LOOKS_LIKE_POSTCODE.test(query) && query.replace(/\s/g, '').length >= 5 && !isOutcode(query);
}

/** An outward code alone: "SK13", "m1", "SW1A" (the postcode package's rules). */
export function isOutcode(query: string): boolean {
  const q = query.trim().toUpperCase();
  return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(q) && validOutcode(q);
}

/** The outcome of a look-up: a resolution to show, or a message alone. */
export type PostcodeOutcome = { resolution: Resolution } | { message: string };

function failure(error: unknown): string {
  return error instanceof RequestFailed && error.kind === 'timeout' ? POSTCODE_MESSAGES.timeout() : POSTCODE_MESSAGES.offline();
}

/**
 * Looks `raw` up. `progress` is told when the request starts (so the reader sees it is working).
 */
export async function lookUpPostcode(raw: string, data: FinderData, progress: (message: string) => void): Promise<PostcodeOutcome> {
  if (isOutcode(raw)) return lookUpOutcode(raw, data, progress);
  if (!isValid(raw)) return { message: POSTCODE_MESSAGES.invalid(raw) };
  const postcode = toNormalised(raw)!;
  progress(`Looking up ${postcode}…`);
  let response: Response;
  try {
    response = await fetchWithTimeout(POSTCODE_API + encodeURIComponent(postcode));
  } catch (error) {
    return { message: failure(error) };
  }
  if (response.status === 404) return { message: POSTCODE_MESSAGES.notFound(postcode) };
  try {
    if (!response.ok) throw new Error(String(response.status));
    const body = await response.json();
    const result = body.result;
    const { data: index } = await data.index();
    const point = typeof result.longitude === 'number' && typeof result.latitude === 'number' ? await data.areasAt(result.longitude, result.latitude).catch(() => null) : null;
    return { resolution: resolvePostcode(index, result, point) };
  } catch {
    return { message: POSTCODE_MESSAGES.failed() };
  }
}

/** An outward code: says the whole postcode is needed, and where possible which councils (and so footprints) it may be. */
export async function lookUpOutcode(raw: string, data: FinderData, progress: (message: string) => void): Promise<PostcodeOutcome> {
  const outcode = toOutcode(`${raw.trim()} 1AA`) ?? raw.trim().toUpperCase();
  const needsWhole = POSTCODE_MESSAGES.outcode(outcode);
  progress(`${needsWhole} Looking up the places ${outcode} covers…`);
  let response: Response;
  try {
    response = await fetchWithTimeout(OUTCODE_API + encodeURIComponent(outcode));
  } catch (error) {
    return { message: `${needsWhole} (${failure(error)})` };
  }
  if (response.status === 404) return { message: `${needsWhole} The postcode service does not know ${outcode}: check it.` };
  try {
    if (!response.ok) throw new Error(String(response.status));
    const body = await response.json();
    const { data: index } = await data.index();
    return { resolution: resolveOutcode(index, { ...body.result, outcode }) };
  } catch {
    return { message: needsWhole };
  }
}
