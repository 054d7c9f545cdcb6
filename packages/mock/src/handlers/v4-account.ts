// API v4 account collections. They read the same marks and ratings the v3 writes make (favorites,
// watchlist, ratings through a session), so a v3 write shows up here at once; v4 itself has no such
// writes. The user comes from the bearer (a user access token) and must be the account in the path.
import type { Schemas } from '@tmdb-kit/types';
import type { MockData } from '../data/index.js';
import { movieListItem } from '../responses/movie.js';
import { paginate } from '../responses/pagination.js';
import { ok } from '../responses/respond.js';
import { tvListItem } from '../responses/tv.js';
import { v4AccountList } from '../responses/v4-lists.js';
import type { Account, MarkableMedia, Rating } from '../state/store.js';
import { inCreationOrder, moviesOf, seriesOf } from './account.js';
import type { HandlerTable } from './contract.js';
import { userForAccountPath } from './v4-users.js';

type SortBy = 'created_at.asc' | 'created_at.desc' | undefined;

const ratingOrder = (ratings: ReadonlyMap<number, Rating>): [number, number][] =>
  [...ratings].map(([id, rating]) => [id, rating.order]);

const accountRating = (rating: Rating): Schemas['V4AccountRating'] => ({
  created_at: new Date(rating.at).toISOString(),
  value: rating.value,
});

function ratedMovies(data: MockData, account: Account, sortBy: SortBy): Schemas['V4RatedMovie'][] {
  const ratings = account.ratings.movie;
  return inCreationOrder(ratingOrder(ratings), sortBy).flatMap((id) => {
    const movie = data.movie(id);
    const rating = ratings.get(id);
    return movie && rating ? [{ ...movieListItem(movie), account_rating: accountRating(rating) }] : [];
  });
}

function ratedSeries(
  data: MockData,
  account: Account,
  sortBy: SortBy,
  today: string,
): Schemas['V4RatedTvSeries'][] {
  const ratings = account.ratings.tv;
  return inCreationOrder(ratingOrder(ratings), sortBy).flatMap((id) => {
    const show = data.show(id);
    const rating = ratings.get(id);
    return show && rating ? [{ ...tvListItem(show, today), account_rating: accountRating(rating) }] : [];
  });
}

/** Everything the account has marked or rated of one kind: recommendations leave these out. */
function seen(account: Account, mediaType: MarkableMedia): Set<number> {
  return new Set([
    ...account.favorites[mediaType].keys(),
    ...account.watchlist[mediaType].keys(),
    ...account.ratings[mediaType].keys(),
  ]);
}

/**
 * Titles the account has not marked yet, those sharing the most genres with what it liked (favorites and
 * ratings of 7 or more) first, then by popularity: a simple, deterministic stand-in for TMDB's engine.
 */
function recommended<
  T extends { readonly id: number; readonly genres: readonly number[]; readonly popularity: number },
>(
  candidates: readonly T[],
  account: Account,
  mediaType: MarkableMedia,
  lookup: (id: number) => T | undefined,
): T[] {
  const liked = [
    ...account.favorites[mediaType].keys(),
    ...[...account.ratings[mediaType]].filter(([, rating]) => rating.value >= 7).map(([id]) => id),
  ];
  const likedGenres = new Set(liked.flatMap((id) => lookup(id)?.genres ?? []));
  const exclude = seen(account, mediaType);
  const score = (title: T) => title.genres.filter((genre) => likedGenres.has(genre)).length;
  return candidates
    .filter((title) => !exclude.has(title.id))
    .sort((a, b) => score(b) - score(a) || b.popularity - a.popularity);
}

export const v4AccountHandlers = {
  getV4AccountLists: ({ path, query }, { data, state, bearer, today }) => {
    const user = userForAccountPath(state, bearer, path.account_object_id);
    if (!user.ok) return user.response;
    const own = [...state.v4.lists.values()].filter((list) => list.accountId === user.value.id);
    return ok(
      paginate(
        own.map((list) => v4AccountList(data, list, today)),
        query.page,
      ),
    );
  },

  getV4AccountFavoriteMovies: ({ path, query }, { data, state, bearer }) => {
    const user = userForAccountPath(state, bearer, path.account_object_id);
    if (!user.ok) return user.response;
    return ok(
      paginate(moviesOf(data, inCreationOrder(user.value.favorites.movie, query.sort_by)), query.page),
    );
  },

  getV4AccountFavoriteTv: ({ path, query }, { data, state, bearer, today }) => {
    const user = userForAccountPath(state, bearer, path.account_object_id);
    if (!user.ok) return user.response;
    const ids = inCreationOrder(user.value.favorites.tv, query.sort_by);
    return ok(paginate(seriesOf(data, ids, today), query.page));
  },

  getV4AccountRatedMovies: ({ path, query }, { data, state, bearer }) => {
    const user = userForAccountPath(state, bearer, path.account_object_id);
    if (!user.ok) return user.response;
    return ok(paginate(ratedMovies(data, user.value, query.sort_by), query.page));
  },

  getV4AccountRatedTv: ({ path, query }, { data, state, bearer, today }) => {
    const user = userForAccountPath(state, bearer, path.account_object_id);
    if (!user.ok) return user.response;
    return ok(paginate(ratedSeries(data, user.value, query.sort_by, today), query.page));
  },

  getV4AccountMovieWatchlist: ({ path, query }, { data, state, bearer }) => {
    const user = userForAccountPath(state, bearer, path.account_object_id);
    if (!user.ok) return user.response;
    const ids = inCreationOrder(user.value.watchlist.movie, query.sort_by);
    return ok(paginate(moviesOf(data, ids), query.page));
  },

  getV4AccountTvWatchlist: ({ path, query }, { data, state, bearer, today }) => {
    const user = userForAccountPath(state, bearer, path.account_object_id);
    if (!user.ok) return user.response;
    const ids = inCreationOrder(user.value.watchlist.tv, query.sort_by);
    return ok(paginate(seriesOf(data, ids, today), query.page));
  },

  getV4AccountMovieRecommendations: ({ path, query }, { data, state, bearer }) => {
    const user = userForAccountPath(state, bearer, path.account_object_id);
    if (!user.ok) return user.response;
    const movies = recommended(data.movies, user.value, 'movie', data.movie);
    return ok(
      paginate(
        movies.map((movie) => ({ ...movieListItem(movie), media_type: 'movie' as const })),
        query.page,
      ),
    );
  },

  getV4AccountTvRecommendations: ({ path, query }, { data, state, bearer, today }) => {
    const user = userForAccountPath(state, bearer, path.account_object_id);
    if (!user.ok) return user.response;
    const shows = recommended(data.series, user.value, 'tv', data.show);
    return ok(
      paginate(
        shows.map((show) => ({ ...tvListItem(show, today), media_type: 'tv' as const })),
        query.page,
      ),
    );
  },
} satisfies Partial<HandlerTable>;
