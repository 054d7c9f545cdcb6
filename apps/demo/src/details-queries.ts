// The details pages' queries: each asks for its appends with the client's operation methods
// (`tmdb.movies.details(id, { append })`), typed as the details plus exactly the appended keys (credits,
// videos, images, recommendations, ...).
import { queryOptions } from '@tanstack/react-query';
import { tmdb } from './api.js';

const MOVIE_APPENDS = ['credits', 'videos', 'images', 'recommendations'] as const;
const TV_APPENDS = ['credits', 'videos', 'images', 'recommendations'] as const;
const SEASON_APPENDS = ['credits', 'videos', 'images'] as const;
const PERSON_APPENDS = ['combined_credits', 'images'] as const;

export const movieDetailsQuery = (id: number) =>
  queryOptions({
    queryKey: ['details', 'movie', id, MOVIE_APPENDS],
    queryFn: ({ signal }) => tmdb.movies.details(id, { append: MOVIE_APPENDS, signal }),
  });

export const tvDetailsQuery = (id: number) =>
  queryOptions({
    queryKey: ['details', 'tv', id, TV_APPENDS],
    queryFn: ({ signal }) => tmdb.tvSeries.details(id, { append: TV_APPENDS, signal }),
  });

export const seasonDetailsQuery = (seriesId: number, seasonNumber: number) =>
  queryOptions({
    queryKey: ['details', 'season', seriesId, seasonNumber, SEASON_APPENDS],
    queryFn: ({ signal }) =>
      tmdb.tvSeasons.details({
        series_id: seriesId,
        season_number: seasonNumber,
        append: SEASON_APPENDS,
        signal,
      }),
  });

export const personDetailsQuery = (id: number) =>
  queryOptions({
    queryKey: ['details', 'person', id, PERSON_APPENDS],
    queryFn: ({ signal }) => tmdb.people.details(id, { append: PERSON_APPENDS, signal }),
  });
