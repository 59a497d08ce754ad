/**
 * Where Debian's Chromium is, and the flags it needs on these machines (a closed network: nothing
 * it would fetch for itself can arrive). Shared by the browser tests (test/helpers/browser.ts) and
 * the page benchmark (scripts/bench-pages.ts), each with its own launch options on top.
 */
import { existsSync } from 'node:fs';

/** $CHROMIUM_PATH if set, then Debian's and Ubuntu's paths. */
const CANDIDATES = () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

/** The first Chromium binary found, or null. */
export function findChromium(): string | null {
  return CANDIDATES().find((p) => existsSync(p)) ?? null;
}

/** What to tell someone whose machine has no Chromium; `who` is what needs it ("Browser tests"). */
export function missingChromium(who: string): string {
  return (
    `${who} need Chromium, and none was found at $CHROMIUM_PATH, /usr/bin/chromium or /usr/bin/chromium-browser.\n` +
    'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
  );
}

/** Headless on a machine without a sandbox, a GPU or the internet: no background fetches, no QUIC. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
