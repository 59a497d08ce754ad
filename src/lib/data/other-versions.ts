/**
 * The area codes of the other data versions that this one lacks, each with the versions that have
 * it: so a map asked to highlight a 2022 ICB's code on the 2017 map can say "an area of data
 * version 2022-07" rather than "unknown".
 */
import { listVersions, loadDataset } from './read-version.ts';

export function codesElsewhere(version: string): Record<string, string[]> {
  const here = new Set(loadDataset(version).footprints.map((f) => f.code));
  const out: Record<string, string[]> = {};
  for (const v of listVersions()) {
    if (v === version) continue;
    for (const f of loadDataset(v).footprints) if (!here.has(f.code)) (out[f.code] ??= []).push(v);
  }
  return out;
}
