// How search matches a query: every word of the query must start a word of one of the record's names,
// ignoring case and accents ("quiet orb" finds "The Quiet Orbit").

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function matchesQuery(query: string, names: readonly string[]): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return false;
  const available = names.flatMap(words);
  return wanted.every((word) => available.some((candidate) => candidate.startsWith(word)));
}
