// The details pages' queries: the client's `details` helper asks for `append_to_response` and types the
// answer as the details plus exactly the appended keys (credits, videos, images, recommendations, ...).
import { queryOptions } from '@tanstack/react-query';
import { details } from '@tmdb-kit/client';
import { tmdb } from './api.js';

const MOVIE_APPENDS = ['credits', 'videos', 'images', 'recommendations'] as const;
const TV_APPENDS = ['credits', 'videos', 'images', 'recommendations'] as const;
const SEASON_APPENDS = ['credits', 'videos', 'images'] as const;
const PERSON_APPENDS = ['combined_credits', 'images'] as const;

export const movieDetailsQuery = (id: number) =>
  queryOptions({
    queryKey: ['details', 'movie', id, MOVIE_APPENDS],
    queryFn: ({ signal }) =>
      details(tmdb, '/3/movie/{movie_id}', MOVIE_APPENDS, { params: { path: { movie_id: id } }, signal }),
  });

export const tvDetailsQuery = (id: number) =>
  queryOptions({
    queryKey: ['details', 'tv', id, TV_APPENDS],
    queryFn: ({ signal }) =>
      details(tmdb, '/3/tv/{series_id}', TV_APPENDS, { params: { path: { series_id: id } }, signal }),
  });

export const seasonDetailsQuery = (seriesId: number, seasonNumber: number) =>
  queryOptions({
    queryKey: ['details', 'season', seriesId, seasonNumber, SEASON_APPENDS],
    queryFn: ({ signal }) =>
      details(tmdb, '/3/tv/{series_id}/season/{season_number}', SEASON_APPENDS, {
        params: { path: { series_id: seriesId, season_number: seasonNumber } },
        signal,
      }),
  });

export const personDetailsQuery = (id: number) =>
  queryOptions({
    queryKey: ['details', 'person', id, PERSON_APPENDS],
    queryFn: ({ signal }) =>
      details(tmdb, '/3/person/{person_id}', PERSON_APPENDS, { params: { path: { person_id: id } }, signal }),
  });
