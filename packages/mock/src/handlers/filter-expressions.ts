// TMDB's list filters: `a,b` means all of them and `a|b` means any of them; the two combine, with `,`
// binding looser ("28,12|16" is 28 and (12 or 16)).

export type Matcher = (values: readonly string[]) => boolean;

export function matchExpression(expression: string | undefined): Matcher | undefined {
  if (expression === undefined || expression === '') return undefined;
  const groups = expression.split(',').map((group) => group.split('|'));
  return (values) => groups.every((options) => options.some((option) => values.includes(option)));
}

/** For `without_*`: a value matches when it has none of the listed ids. */
export function excludeExpression(expression: string | undefined): Matcher | undefined {
  if (expression === undefined || expression === '') return undefined;
  const banned = expression.split(/[,|]/);
  return (values) => !values.some((value) => banned.includes(value));
}

export const ids = (values: readonly number[]): string[] => values.map(String);

/** `popularity.desc` → a comparator over the named field, with ties broken by id for a stable order. */
export function sorter<T extends { readonly id: number }>(
  sortBy: string,
  fields: Readonly<Record<string, (item: T) => number | string>>,
  fallback: string,
): (a: T, b: T) => number {
  const [field = '', direction = 'desc'] = sortBy.split('.');
  const read = fields[field] ?? fields[fallback];
  if (!read) return (a, b) => a.id - b.id;
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const left = read(a);
    const right = read(b);
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : String(left).localeCompare(String(right));
    return sign * order || a.id - b.id;
  };
}

export const within = (
  value: number | string,
  min: number | string | undefined,
  max: number | string | undefined,
): boolean => (min === undefined || value >= min) && (max === undefined || value <= max);
