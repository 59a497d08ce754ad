/** Finds Debian's Chromium and launches it headless with the flags this closed network needs. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, missingChromium } from '../../scripts/lib/chromium.ts';

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(missingChromium('Browser tests'));
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
}
