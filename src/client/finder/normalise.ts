/**
 * How the finder compares names, written once for the gazetteer script, the index builder and the
 * browser: case, accents, apostrophes and full stops are ignored, "&" is "and", any other
 * punctuation separates words ("Chester-le-Street" is "chester le street"), "Saint" is "St" and
 * "upon" is "on" ("Newcastle on Tyne", "Stoke upon Trent").
 */
const SAME_WORD: Record<string, string> = { saint: 'st', upon: 'on' };

const PLAIN = /^[A-Za-z0-9 ]*$/;

export function normalise(text: string): string {
  // Most names are plain letters and spaces: the quick way gives the same answer.
  if (PLAIN.test(text)) {
    return text
      .toLowerCase()
      .split(' ')
      .filter(Boolean)
      .map((w) => SAME_WORD[w] ?? w)
      .join(' ');
  }
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['‘’`ʼ.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((w) => SAME_WORD[w] ?? w)
    .join(' ');
}
