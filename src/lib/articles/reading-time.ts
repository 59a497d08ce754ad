/** Reading time for an article body: words at 230 a minute, the adult silent-reading rate for
 * non-fiction found by Brysbaert (2019, Journal of Memory and Language 109), rounded up. */
export const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  const prose = text
    .replace(/^---[\s\S]*?---/, ' ') // frontmatter
    .replace(/<[^>]+>/g, ' ') // tags and components
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/[#*_>`[\]{}]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE));
}
