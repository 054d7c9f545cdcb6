// How search matches a query: every word of the query must start a word of one of the record's names,
// ignoring case and accents ("quiet orb" finds "The Quiet Orbit").

const wordCache = new Map<string, string[]>();

/** Lower-cased, accent-free words; names are memoised (queries are few and short, so caching them is harmless). */
function words(text: string): string[] {
  const known = wordCache.get(text);
  if (known) return known;
  const split = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (wordCache.size < 10_000) wordCache.set(text, split);
  return split;
}

export function matchesQuery(query: string, names: readonly string[]): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return false;
  const available = names.flatMap(words);
  return wanted.every((word) => available.some((candidate) => candidate.startsWith(word)));
}
