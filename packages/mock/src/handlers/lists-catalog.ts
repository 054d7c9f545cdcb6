// Every v3 list the fake knows, community lists from the data set and lists users created, as one
// catalogue with the shapes the list endpoints return.
import type { Schemas } from '@tmdb-kit/types';
import type { MockData } from '../data/index.js';
import { movieListItem } from '../responses/movie.js';
import { paginate } from '../responses/pagination.js';
import { tvListItem } from '../responses/tv.js';
import type { ListItem, MockState } from '../state/store.js';
import type { HandlerContext } from './contract.js';

export interface CatalogList {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly createdBy: string;
  readonly favoriteCount: number;
  readonly language: string;
  /** The owning account, for user lists; community lists cannot be changed. */
  readonly accountId: number | undefined;
  readonly items: readonly ListItem[];
}

export function allLists(data: MockData, state: MockState): CatalogList[] {
  const community = data.communityLists.map((list) => ({
    id: list.id,
    name: list.name,
    description: list.description,
    createdBy: list.createdBy,
    favoriteCount: list.favoriteCount,
    language: 'en',
    accountId: undefined,
    items: list.items,
  }));
  const created = [...state.lists.values()].map((list) => ({
    id: list.id,
    name: list.name,
    description: list.description,
    createdBy: state.accounts.get(list.accountId)?.user.username ?? '',
    favoriteCount: 0,
    language: list.language,
    accountId: list.accountId,
    items: list.items,
  }));
  return [...community, ...created];
}

export function listEntries(
  data: MockData,
  items: readonly ListItem[],
  today: string,
): Schemas['ListDetails']['items'] {
  return items.flatMap((item): Schemas['ListDetails']['items'] => {
    if (item.mediaType === 'movie') {
      const movie = data.movie(item.mediaId);
      return movie ? [{ ...movieListItem(movie), media_type: 'movie' }] : [];
    }
    const show = data.show(item.mediaId);
    return show ? [{ ...tvListItem(show, today), media_type: 'tv' }] : [];
  });
}

function posterOfFirst(data: MockData, list: CatalogList, today: string): string | null {
  return listEntries(data, list.items.slice(0, 1), today)[0]?.poster_path ?? null;
}

export function listSummary(data: MockData, list: CatalogList, today: string): Schemas['ListSummary'] {
  return {
    description: list.description,
    favorite_count: list.favoriteCount,
    id: list.id,
    item_count: list.items.length,
    iso_639_1: list.language,
    list_type: 'movie',
    name: list.name,
    poster_path: posterOfFirst(data, list, today),
  };
}

export function accountList(data: MockData, list: CatalogList, today: string): Schemas['AccountList'] {
  return { ...listSummary(data, list, today), list_type: 'movie' };
}

/** A page of the lists holding a title: what a movie's or series' `lists` endpoint (and append) answers. */
export function listsContaining(
  { data, state, today }: HandlerContext,
  mediaType: 'movie' | 'tv',
  id: number,
  page: number | undefined,
) {
  const holding = allLists(data, state).filter((list) =>
    list.items.some((item) => item.mediaType === mediaType && item.mediaId === id),
  );
  return paginate(
    holding.map((list) => listSummary(data, list, today)),
    page,
  );
}
