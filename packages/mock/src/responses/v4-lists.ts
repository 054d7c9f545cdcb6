// The two shapes of a v4 list: details (a page of mixed items, `public` a boolean, `sort_by` a string,
// comments keyed `movie:550`) and the account-lists summary (`public` 0/1, `sort_by` an integer code,
// `number_of_items`, `runtime` as a string of digits), exactly as TMDB sends them.
import type { Schemas } from '@tmdb-kit/types';
import type { MockData } from '../data/index.js';
import type { Account } from '../state/store.js';
import { formatTmdbTimestamp } from '../state/store.js';
import { accountObjectId, type V4ListEntry, type V4ListRecord } from '../state/v4.js';
import { movieListItem } from './movie.js';
import { paginate } from './pagination.js';
import { tvListItem } from './tv.js';

type V4Item = Schemas['V4ListDetails']['results'][number];
type V4SortBy = Schemas['V4ListSortBy'];

/**
 * TMDB's integer codes for a list's order in account lists. Unpublished: 1 (original order, ascending) and
 * 6 (primary release date, descending) were seen in TMDB's answers; the fake numbers the rest in order.
 */
export const V4_SORT_CODES: Readonly<Record<V4SortBy, number>> = {
  'original_order.asc': 1,
  'original_order.desc': 2,
  'vote_average.asc': 3,
  'vote_average.desc': 4,
  'primary_release_date.asc': 5,
  'primary_release_date.desc': 6,
  'release_date.asc': 7,
  'release_date.desc': 8,
  'title.asc': 9,
  'title.desc': 10,
};

interface Projected {
  readonly entry: V4ListEntry;
  readonly item: V4Item;
  readonly runtime: number;
  readonly revenue: number;
}

function project(data: MockData, entries: readonly V4ListEntry[], today: string): Projected[] {
  return entries.flatMap((entry): Projected[] => {
    if (entry.mediaType === 'movie') {
      const movie = data.movie(entry.mediaId);
      if (!movie) return [];
      const item: V4Item = { ...movieListItem(movie), media_type: 'movie' };
      return [{ entry, item, runtime: movie.runtime, revenue: movie.revenue }];
    }
    const show = data.show(entry.mediaId);
    return show
      ? [{ entry, item: { ...tvListItem(show, today), media_type: 'tv' }, runtime: 0, revenue: 0 }]
      : [];
  });
}

const titleOf = (item: V4Item) => (item.media_type === 'movie' ? item.title : item.name);
const dateOf = (item: V4Item) => (item.media_type === 'movie' ? item.release_date : item.first_air_date);

function sorted(items: readonly Projected[], sortBy: V4SortBy): Projected[] {
  const field = sortBy.slice(0, sortBy.lastIndexOf('.'));
  const keyed = items.map((projected, index) => ({ projected, index }));
  const compare = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number => {
    if (field === 'title') return titleOf(a.projected.item).localeCompare(titleOf(b.projected.item));
    if (field === 'vote_average') return a.projected.item.vote_average - b.projected.item.vote_average;
    if (field === 'primary_release_date' || field === 'release_date')
      return dateOf(a.projected.item).localeCompare(dateOf(b.projected.item));
    return a.index - b.index;
  };
  const ordered = keyed.sort((a, b) => compare(a, b) || a.index - b.index).map(({ projected }) => projected);
  return sortBy.endsWith('.desc') ? ordered.reverse() : ordered;
}

const commentKey = (entry: V4ListEntry) => `${entry.mediaType}:${entry.mediaId}`;

function totals(items: readonly Projected[]) {
  const votes = items.map(({ item }) => item.vote_average);
  const average = votes.length === 0 ? 0 : votes.reduce((sum, vote) => sum + vote, 0) / votes.length;
  return {
    average_rating: Math.round(average * 1000) / 1000,
    runtime: items.reduce((sum, { runtime }) => sum + runtime, 0),
    revenue: items.reduce((sum, { revenue }) => sum + revenue, 0),
  };
}

export function v4ListDetails(
  data: MockData,
  list: V4ListRecord,
  owner: Account,
  request: {
    readonly page: number | undefined;
    readonly sortBy: V4SortBy | undefined;
    readonly today: string;
  },
): Schemas['V4ListDetails'] {
  const items = sorted(project(data, list.items, request.today), request.sortBy ?? list.sortBy);
  const page = paginate(items, request.page);
  return {
    ...totals(items),
    backdrop_path: items[0]?.item.backdrop_path ?? null,
    comments: Object.fromEntries(page.results.map(({ entry }) => [commentKey(entry), entry.comment])),
    created_by: {
      avatar_path: null,
      gravatar_hash: owner.id.toString(16).padStart(32, '0'),
      id: accountObjectId(owner.id),
      name: owner.user.name ?? '',
      username: owner.user.username,
    },
    description: list.description,
    id: list.id,
    iso_3166_1: list.country,
    iso_639_1: list.language,
    item_count: items.length,
    name: list.name,
    object_ids: {},
    page: page.page,
    poster_path: items[0]?.item.poster_path ?? null,
    public: list.public,
    results: page.results.map(({ item }) => item),
    sort_by: list.sortBy,
    total_pages: page.total_pages,
    total_results: page.total_results,
  };
}

export function v4AccountList(data: MockData, list: V4ListRecord, today: string): Schemas['V4AccountList'] {
  const items = project(data, list.items, today);
  const { average_rating, runtime, revenue } = totals(items);
  const summary: Schemas['V4AccountList'] = {
    account_object_id: accountObjectId(list.accountId),
    adult: 0,
    average_rating,
    created_at: formatTmdbTimestamp(list.createdAt),
    description: list.description,
    featured: 0,
    id: list.id,
    iso_3166_1: list.country,
    iso_639_1: list.language,
    name: list.name,
    number_of_items: items.length,
    public: list.public ? 1 : 0,
    revenue,
    // TMDB sends the summed runtime as a string of digits here (and revenue as a number).
    runtime: String(runtime),
    sort_by: V4_SORT_CODES[list.sortBy],
    updated_at: formatTmdbTimestamp(list.updatedAt),
  };
  // Image paths are left out, not null, when the list has none.
  const first = items[0]?.item;
  if (first?.poster_path) summary.poster_path = first.poster_path;
  if (first?.backdrop_path) summary.backdrop_path = first.backdrop_path;
  return summary;
}
