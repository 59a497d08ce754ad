/**
 * Every network request the browser makes goes through here: it gives up after a timeout
 * (AbortSignal.timeout), so a hanging server never leaves a reader looking at "Looking up…", and it
 * says which way it failed, so the message can be specific.
 */

/** How long any request may take before the reader is told it failed (the finder issue's "about 5 s"). */
export const REQUEST_TIMEOUT_MS = 5000;

export type FailureKind = 'timeout' | 'offline' | 'http';

export class RequestFailed extends Error {
  readonly kind: FailureKind;
  readonly status: number | null;
  constructor(kind: FailureKind, message: string, status: number | null = null, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RequestFailed';
    this.kind = kind;
    this.status = status;
  }
}

/** fetch with a timeout; network errors and timeouts become a RequestFailed. HTTP errors are returned, not thrown. */
export async function fetchWithTimeout(url: string, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Response> {
  try {
    return await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new RequestFailed('timeout', `No answer from ${url} within ${timeoutMs / 1000} s`, null, { cause: error });
    throw new RequestFailed('offline', `Could not reach ${url}`, null, { cause: error });
  }
}

/** JSON from `url`, or a RequestFailed (timeout, offline, or an HTTP error status). */
export async function fetchJson<T>(url: string, timeoutMs = REQUEST_TIMEOUT_MS): Promise<T> {
  const response = await fetchWithTimeout(url, timeoutMs);
  if (!response.ok) throw new RequestFailed('http', `${url} answered ${response.status}`, response.status);
  return (await response.json()) as T;
}

/** A promise that rejects with a timeout RequestFailed if `promise` takes longer than `ms` (for what fetch cannot abort, such as a dynamic import). */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = REQUEST_TIMEOUT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new RequestFailed('timeout', `${what} took longer than ${ms / 1000} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
