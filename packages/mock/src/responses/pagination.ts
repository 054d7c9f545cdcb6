// TMDB's paginated envelope: 20 results a page, `total_pages` counted from the whole result set. Pages past
// the end are empty rather than errors; pages above 500 are refused before a handler runs (PageParam).
import type { Page } from '@tmdb-kit/types';

export const PAGE_SIZE = 20;

export function paginate<T>(items: readonly T[], page: number | undefined): Page & { results: T[] } {
  const current = page ?? 1;
  const start = (current - 1) * PAGE_SIZE;
  return {
    page: current,
    results: items.slice(start, start + PAGE_SIZE),
    total_pages: Math.ceil(items.length / PAGE_SIZE),
    total_results: items.length,
  };
}

/** `paginate`, projecting only the requested page's items (list items with nested credits are not free). */
export function paginateMapped<T, R>(
  items: readonly T[],
  page: number | undefined,
  project: (item: T) => R,
): Page & { results: R[] } {
  const { results, ...envelope } = paginate(items, page);
  return { ...envelope, results: results.map(project) };
}
