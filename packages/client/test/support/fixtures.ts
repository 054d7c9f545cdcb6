// Invented response bodies, typed by the generated schemas: when the spec changes, these stop compiling
// before the tests can pass against a stale shape.
import type { components } from '@tmdb-kit/types';

type Schemas = components['schemas'];

export const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.test-read-access-token.c2lnbmF0dXJl';
export const API_KEY = '0123456789abcdef0123456789abcdef';

export function movie(id: number): Schemas['MovieListItem'] {
  return {
    adult: false,
    backdrop_path: null,
    genre_ids: [18],
    id,
    original_language: 'en',
    original_title: `Film ${id}`,
    overview: '',
    popularity: 1.5,
    poster_path: `/poster-${id}.jpg`,
    release_date: '2001-02-03',
    title: `Film ${id}`,
    video: false,
    vote_average: 6.5,
    vote_count: 10,
  };
}

/** Page `page` of `totalPages`, each page holding `perPage` movies with ids numbered across pages. */
export function moviePage(page: number, totalPages: number, perPage = 2): Schemas['MovieListPage'] {
  const results =
    page > totalPages ? [] : Array.from({ length: perPage }, (_, i) => movie((page - 1) * perPage + i + 1));
  return { page, total_pages: totalPages, total_results: totalPages * perPage, results };
}

export function movieDetails(id: number): Schemas['MovieDetails'] {
  return {
    adult: false,
    backdrop_path: null,
    belongs_to_collection: null,
    budget: 0,
    genres: [{ id: 18, name: 'Drama' }],
    homepage: null,
    id,
    imdb_id: null,
    origin_country: ['GB'],
    original_language: 'en',
    original_title: `Film ${id}`,
    overview: '',
    popularity: 1,
    poster_path: null,
    production_companies: [],
    production_countries: [],
    release_date: '',
    revenue: 0,
    runtime: 0,
    spoken_languages: [],
    status: 'Released',
    tagline: '',
    title: `Film ${id}`,
    video: false,
    vote_average: 0,
    vote_count: 0,
  };
}

export const credits: Schemas['Credits'] = { cast: [], crew: [] };

export const configuration: Schemas['Configuration'] = {
  images: {
    base_url: 'http://images.example.test/t/p/',
    secure_base_url: 'https://images.example.test/t/p/',
    backdrop_sizes: ['w300', 'original'],
    logo_sizes: ['w45', 'original'],
    poster_sizes: ['w92', 'w500', 'original'],
    profile_sizes: ['w45', 'original'],
    still_sizes: ['w92', 'original'],
  },
  change_keys: [],
};

export function tmdbError(status_code: number, status_message: string): Schemas['TmdbError'] {
  return { success: false, status_code, status_message };
}

/** Twenty append keys, TMDB's limit for append_to_response: the seasons of a long series, in order. */
export const TWENTY_SEASONS = [
  'season/1',
  'season/2',
  'season/3',
  'season/4',
  'season/5',
  'season/6',
  'season/7',
  'season/8',
  'season/9',
  'season/10',
  'season/11',
  'season/12',
  'season/13',
  'season/14',
  'season/15',
  'season/16',
  'season/17',
  'season/18',
  'season/19',
  'season/20',
] as const;

/** A v4 user access token as TMDB issues it (JWT-shaped), and the v4 account it belongs to. */
export const V4_USER_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.user-access-token-for-ada.c2ln';
export const V4_ACCOUNT_ID = 'a1b2c3d4e5f60718293a4b5c';

/** TMDB's answer to an approved request token's exchange (POST /4/auth/access_token). */
export const v4AccessGranted: Schemas['V4AccessToken'] = {
  success: true,
  status_code: 1,
  status_message: 'Success.',
  access_token: V4_USER_TOKEN,
  account_id: V4_ACCOUNT_ID,
};

/** TMDB's answer to clearing a v4 list of its two items. */
export const v4ListCleared: Schemas['V4ListCleared'] = {
  success: true,
  status_code: 1,
  status_message: 'Success.',
  id: 7,
  items_deleted: 2,
};
