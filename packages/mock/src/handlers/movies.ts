// A movie and the resources attached to it, including append_to_response on the details.
import type { Schemas } from '@tmdb-kit/types';
import type { MovieSeed } from '../data/movies.js';
import { creditsFor } from '../responses/credits.js';
import { changesFor } from '../responses/media-common.js';
import {
  movieAlternativeTitles,
  movieDetails,
  movieExternalIds,
  movieImages,
  movieKeywords,
  movieListItem,
  movieReleaseDates,
  movieTranslations,
  movieVideos,
  movieWatchProviders,
  movieWithMediaType,
  recommendedMovies,
  similarMovies,
} from '../responses/movie.js';
import { paginate } from '../responses/pagination.js';
import { notFound, ok, subResource } from '../responses/respond.js';
import { callerMarks, titleAccountStates } from './account-states.js';
import { type AppendBuilders, type AppendScope, appendLimitExceeded, collectAppends } from './appends.js';
import type { HandlerTable } from './contract.js';
import { listsContaining } from './lists-catalog.js';
import { rate, unrate } from './ratings.js';
import { reviewsOf } from './reviews.js';

/** Every sub-resource a movie details request can append, built exactly as its own endpoint builds it. */
function movieAppends(scope: AppendScope): AppendBuilders<MovieSeed, Schemas['MovieAppends']> {
  const { data, state, today, query } = scope;
  return {
    account_states: (movie) => {
      const marks = callerMarks(state, query);
      return marks.ok ? titleAccountStates(marks.value, 'movie', movie.id) : undefined;
    },
    alternative_titles: (movie) => movieAlternativeTitles(movie, undefined),
    changes: (movie) => changesFor(movie.id, 'overview', today, undefined, undefined),
    credits: (movie) => creditsFor('movie', movie.id),
    external_ids: movieExternalIds,
    images: (movie) => movieImages(movie, query.include_image_language),
    keywords: movieKeywords,
    lists: (movie) => listsContaining(scope, 'movie', movie.id, undefined),
    recommendations: (movie) => paginate(recommendedMovies(movie, data.movies).map(movieWithMediaType), 1),
    release_dates: movieReleaseDates,
    reviews: (movie) => paginate(reviewsOf(data, 'movie', movie.id), 1),
    similar: (movie) => paginate(similarMovies(movie, data.movies).map(movieListItem), 1),
    translations: movieTranslations,
    videos: movieVideos,
    'watch/providers': (movie) => movieWatchProviders(movie, today),
  };
}

export const movieHandlers = {
  getMovieDetails: ({ path, query }, { data, state, today }) => {
    const tooMany = appendLimitExceeded(query.append_to_response);
    if (tooMany) return tooMany;
    const movie = data.movie(path.movie_id);
    if (!movie) return notFound();
    const appended = collectAppends(
      query.append_to_response,
      movieAppends({ data, state, today, query }),
      movie,
    );
    return ok({ ...movieDetails(movie), ...appended });
  },

  getMovieAccountStates: ({ path, query }, { data, state }) => {
    const movie = data.movie(path.movie_id);
    if (!movie) return notFound();
    const marks = callerMarks(state, query);
    return marks.ok ? ok(titleAccountStates(marks.value, 'movie', movie.id)) : marks.response;
  },

  getMovieAlternativeTitles: ({ path, query }, { data }) =>
    subResource(data.movie(path.movie_id), (movie) => movieAlternativeTitles(movie, query.country)),

  getMovieChanges: ({ path, query }, { data, today }) => {
    const movie = data.movie(path.movie_id);
    return movie ? ok(changesFor(movie.id, 'overview', today, query.start_date, query.end_date)) : notFound();
  },

  getMovieCredits: ({ path }, { data }) =>
    subResource(data.movie(path.movie_id), (movie) => creditsFor('movie', movie.id)),

  getMovieExternalIds: ({ path }, { data }) => subResource(data.movie(path.movie_id), movieExternalIds),

  getMovieImages: ({ path, query }, { data }) =>
    subResource(data.movie(path.movie_id), (movie) => movieImages(movie, query.include_image_language)),

  getMovieKeywords: ({ path }, { data }) => subResource(data.movie(path.movie_id), movieKeywords),

  getMovieLists: ({ path, query }, context) =>
    subResource(context.data.movie(path.movie_id), (movie) =>
      listsContaining(context, 'movie', movie.id, query.page),
    ),

  getMovieRecommendations: ({ path, query }, { data }) => {
    const movie = data.movie(path.movie_id);
    return movie
      ? ok(paginate(recommendedMovies(movie, data.movies).map(movieWithMediaType), query.page))
      : notFound();
  },

  getMovieReleaseDates: ({ path }, { data }) => subResource(data.movie(path.movie_id), movieReleaseDates),

  getMovieReviews: ({ path, query }, { data }) =>
    subResource(data.movie(path.movie_id), (movie) =>
      paginate(reviewsOf(data, 'movie', movie.id), query.page),
    ),

  getMovieSimilar: ({ path, query }, { data }) => {
    const movie = data.movie(path.movie_id);
    return movie
      ? ok(paginate(similarMovies(movie, data.movies).map(movieListItem), query.page))
      : notFound();
  },

  getMovieTranslations: ({ path }, { data }) => subResource(data.movie(path.movie_id), movieTranslations),

  getMovieVideos: ({ path }, { data }) => subResource(data.movie(path.movie_id), movieVideos),

  getMovieWatchProviders: ({ path }, { data, today }) =>
    subResource(data.movie(path.movie_id), (movie) => movieWatchProviders(movie, today)),

  addMovieRating: ({ path, query, body }, { data, state }) =>
    data.movie(path.movie_id) ? rate(state, query, 'movie', path.movie_id, body.value) : notFound(),

  deleteMovieRating: ({ path, query }, { data, state }) =>
    data.movie(path.movie_id) ? unrate(state, query, 'movie', path.movie_id) : notFound(),
} satisfies Partial<HandlerTable>;
