// A signed-in user's account: details, favorites, watchlist, ratings and lists. Every operation needs a
// valid session_id; the account is the session's (account_id in the path is not checked, as with TMDB).
import type { Schemas } from '@tmdb-kit/types';
import type { EpisodeRef } from '../data/episodes.js';
import type { MockData } from '../data/index.js';
import { movieListItem } from '../responses/movie.js';
import { paginate } from '../responses/pagination.js';
import { created, notFound, ok, success } from '../responses/respond.js';
import { episodeSummary, tvListItem } from '../responses/tv.js';
import type { Account, MarkableMedia, MockState, Rating, Ratings } from '../state/store.js';
import type { HandlerTable } from './contract.js';
import { accountList, allLists } from './lists-catalog.js';
import { accountForSession } from './sessions.js';

type SortBy = 'created_at.asc' | 'created_at.desc' | undefined;

/** Ids in the order they were added (or the reverse), which is what sort_by=created_at means. */
function inCreationOrder(entries: Iterable<readonly [number, number]>, sortBy: SortBy): number[] {
  const sorted = [...entries].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  return sortBy === 'created_at.desc' ? sorted.reverse() : sorted;
}

const byOrder = (ratings: ReadonlyMap<number, Rating>): [number, number][] =>
  [...ratings].map(([id, rating]) => [id, rating.order]);

export function moviesOf(data: MockData, ids: readonly number[]): Schemas['MovieListItem'][] {
  return ids.flatMap((id) => {
    const movie = data.movie(id);
    return movie ? [movieListItem(movie)] : [];
  });
}

export function seriesOf(data: MockData, ids: readonly number[], today: string): Schemas['TvListItem'][] {
  return ids.flatMap((id) => {
    const show = data.show(id);
    return show ? [tvListItem(show, today)] : [];
  });
}

export function ratedMovies(data: MockData, ratings: Ratings, sortBy: SortBy): Schemas['RatedMovie'][] {
  return inCreationOrder(byOrder(ratings.movie), sortBy).flatMap((id) => {
    const movie = data.movie(id);
    const rating = ratings.movie.get(id);
    return movie && rating ? [{ ...movieListItem(movie), rating: rating.value }] : [];
  });
}

export function ratedSeries(
  data: MockData,
  ratings: Ratings,
  sortBy: SortBy,
  today: string,
): Schemas['RatedTvSeries'][] {
  return inCreationOrder(byOrder(ratings.tv), sortBy).flatMap((id) => {
    const show = data.show(id);
    const rating = ratings.tv.get(id);
    return show && rating ? [{ ...tvListItem(show, today), rating: rating.value }] : [];
  });
}

function ratedEpisode(ref: EpisodeRef, today: string, rating: number): Schemas['RatedEpisode'] {
  const { episode_type: _summaryOnly, ...episode } = episodeSummary(ref, today);
  return { ...episode, rating };
}

export function ratedEpisodes(
  data: MockData,
  ratings: Ratings,
  sortBy: SortBy,
  today: string,
): Schemas['RatedEpisode'][] {
  return inCreationOrder(byOrder(ratings.episode), sortBy).flatMap((id) => {
    const ref = data.episodeById(id);
    const rating = ratings.episode.get(id);
    return ref && rating ? [ratedEpisode(ref, today, rating.value)] : [];
  });
}

function titleExists(data: MockData, mediaType: MarkableMedia, id: number): boolean {
  return mediaType === 'movie' ? data.movie(id) !== undefined : data.show(id) !== undefined;
}

/** Sets or clears a favorite/watchlist mark with TMDB's status codes (1 added, 12 already there, 13 removed). */
function mark(
  state: MockState,
  marks: Record<MarkableMedia, Map<number, number>>,
  mediaType: MarkableMedia,
  id: number,
  on: boolean,
) {
  const set = marks[mediaType];
  if (!on) {
    set.delete(id);
    return ok(success(13, 'The item/record was deleted successfully.'));
  }
  if (set.has(id)) return created(success(12, 'The item/record was updated successfully.'));
  set.set(id, state.nextOrder());
  return created(success(1, 'Success.'));
}

function details(account: Account): Schemas['AccountDetails'] {
  return {
    avatar: { gravatar: { hash: account.id.toString(16).padStart(32, '0') }, tmdb: { avatar_path: null } },
    id: account.id,
    iso_639_1: 'en',
    iso_3166_1: 'US',
    name: account.user.name ?? account.user.username,
    include_adult: false,
    username: account.user.username,
  };
}

export const accountHandlers = {
  getAccountDetails: ({ query }, { state }) => {
    const account = accountForSession(state, query.session_id);
    return account.ok ? ok(details(account.value)) : account.response;
  },

  addFavorite: ({ query, body }, { data, state }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    if (!titleExists(data, body.media_type, body.media_id)) return notFound();
    return mark(state, account.value.favorites, body.media_type, body.media_id, body.favorite);
  },

  addToWatchlist: ({ query, body }, { data, state }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    if (!titleExists(data, body.media_type, body.media_id)) return notFound();
    return mark(state, account.value.watchlist, body.media_type, body.media_id, body.watchlist);
  },

  getAccountFavoriteMovies: ({ query }, { data, state }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    return ok(
      paginate(moviesOf(data, inCreationOrder(account.value.favorites.movie, query.sort_by)), query.page),
    );
  },

  getAccountFavoriteTvSeries: ({ query }, { data, state, today }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    return ok(
      paginate(seriesOf(data, inCreationOrder(account.value.favorites.tv, query.sort_by), today), query.page),
    );
  },

  getAccountWatchlistMovies: ({ query }, { data, state }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    return ok(
      paginate(moviesOf(data, inCreationOrder(account.value.watchlist.movie, query.sort_by)), query.page),
    );
  },

  getAccountWatchlistTvSeries: ({ query }, { data, state, today }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    return ok(
      paginate(seriesOf(data, inCreationOrder(account.value.watchlist.tv, query.sort_by), today), query.page),
    );
  },

  getAccountRatedMovies: ({ query }, { data, state }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    return ok(paginate(ratedMovies(data, account.value.ratings, query.sort_by), query.page));
  },

  getAccountRatedTvSeries: ({ query }, { data, state, today }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    return ok(paginate(ratedSeries(data, account.value.ratings, query.sort_by, today), query.page));
  },

  getAccountRatedTvEpisodes: ({ query }, { data, state, today }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    return ok(paginate(ratedEpisodes(data, account.value.ratings, query.sort_by, today), query.page));
  },

  getAccountLists: ({ query }, { data, state, today }) => {
    const account = accountForSession(state, query.session_id);
    if (!account.ok) return account.response;
    const own = allLists(data, state).filter((list) => list.accountId === account.value.id);
    return ok(
      paginate(
        own.map((list) => accountList(data, list, today)),
        query.page,
      ),
    );
  },
} satisfies Partial<HandlerTable>;
