// The public face of @tmdb-kit/types: the generated OpenAPI types plus readable aliases for the
// schemas people use every day. Everything here is derived from openapi/; nothing is written by hand
// except the alias names.
import type { components, operations, paths } from './generated/tmdb.js';

export type { components, operations, paths };

/** Every schema in the spec, by name: `Schemas['MovieDetails']`. */
export type Schemas = components['schemas'];

/** Every path the API has, as written in the spec (`/3/movie/{movie_id}`). */
export type TmdbPath = keyof paths;

/** The body TMDB sends with most failed requests (`status_code`, `status_message`). */
export type TmdbError = Schemas['TmdbError'];
/** The body TMDB sends with HTTP 422 validation failures (`errors: string[]`). */
export type TmdbValidationError = Schemas['TmdbValidationError'];
/** The acknowledgement of a write. */
export type StatusResponse = Schemas['StatusResponse'];
/** The paginated envelope (`page`, `total_pages`, `total_results`). */
export type Page = Schemas['Page'];

/** A movie as listed in searches, charts and discover results. */
export type Movie = Schemas['MovieListItem'];
export type MovieDetails = Schemas['MovieDetails'];
export type MoviePage = Schemas['MovieListPage'];
export type Genre = Schemas['Genre'];

export type Configuration = Schemas['Configuration'];
export type ImageConfiguration = Schemas['ImageConfiguration'];
export type BackdropSize = Schemas['BackdropSize'];
export type LogoSize = Schemas['LogoSize'];
export type PosterSize = Schemas['PosterSize'];
export type ProfileSize = Schemas['ProfileSize'];
export type StillSize = Schemas['StillSize'];

export type RequestToken = Schemas['RequestToken'];
export type LoginRequest = Schemas['LoginRequest'];
export type Session = Schemas['Session'];
export type GuestSession = Schemas['GuestSession'];
