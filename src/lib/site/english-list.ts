/** Joins items as English prose: "A", "A and B", "A, B and C" (no serial comma, as in GOV.UK style). */
export function englishList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
