/**
 * Postcode look-up for the finder: checked locally (the `postcode` package), then asked of
 * postcodes.io, whose answer is resolved to a 2017 footprint by resolve-location.ts.
 */
import { isValid, toNormalised } from 'postcode';
import { fetchWithTimeout, RequestFailed } from '../net.ts';
import type { FinderData } from './data.ts';
import { POSTCODE_MESSAGES, resolvePostcode, type Resolution } from './resolve-location.ts';

export const POSTCODE_API = 'https://api.postcodes.io/postcodes/';
/** Text that looks like the start of a postcode (outward code, maybe part of the inward code). */
export const LOOKS_LIKE_POSTCODE = /^[a-z]{1,2}\d[a-z\d]?\s*\d?[a-z]{0,2}$/i;

/** Worth offering a postcode look-up: looks like a postcode and long enough to be a whole one. */
export function offerPostcode(query: string): boolean {
  return LOOKS_LIKE_POSTCODE.test(query) && query.replace(/\s/g, '').length >= 5;
}

/** The outcome of a look-up: a resolution to show, or a message alone. */
export type PostcodeOutcome = { resolution: Resolution } | { message: string };

/**
 * Looks `raw` up. `progress` is told when the request starts (so the reader sees it is working).
 */
export async function lookUpPostcode(raw: string, data: FinderData, progress: (message: string) => void): Promise<PostcodeOutcome> {
  if (!isValid(raw)) return { message: POSTCODE_MESSAGES.invalid(raw) };
  const postcode = toNormalised(raw)!;
  progress(`Looking up ${postcode}…`);
  let response: Response;
  try {
    response = await fetchWithTimeout(POSTCODE_API + encodeURIComponent(postcode));
  } catch (error) {
    return { message: error instanceof RequestFailed && error.kind === 'timeout' ? POSTCODE_MESSAGES.timeout() : POSTCODE_MESSAGES.offline() };
  }
  if (response.status === 404) return { message: POSTCODE_MESSAGES.notFound(postcode) };
  try {
    if (!response.ok) throw new Error(String(response.status));
    const body = await response.json();
    const result = body.result;
    const { data: index } = await data.index();
    const point = typeof result.longitude === 'number' && typeof result.latitude === 'number' ? await data.councilAt(result.longitude, result.latitude).catch(() => null) : null;
    return { resolution: resolvePostcode(index, result, point) };
  } catch {
    return { message: POSTCODE_MESSAGES.failed() };
  }
}
