// The public face of @tmdb-kit/types: the generated OpenAPI types plus readable aliases for the
// schemas people use every day. Everything here is derived from openapi/; nothing is written by hand
// except the alias names.
import type { components, operations, paths } from './generated/tmdb.js';

export {
  MAX_APPENDS,
  SESSION_PARAMETERS,
  type SessionParameters,
  TMDB_STATUS_CODES,
  TMDB_STATUS_HTTP,
  type TmdbStatusCodeValue,
} from './generated/api-facts.js';
export {
  type MethodName,
  type OperationFacts,
  operationTable,
  type TmdbMethodTree,
} from './generated/operations.js';
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
/** What `append_to_response` can add to movie details, by key. */
export type MovieAppends = Schemas['MovieAppends'];

/** A TV series as listed in searches, charts and discover results. */
export type TvSeries = Schemas['TvListItem'];
export type TvSeriesDetails = Schemas['TvSeriesDetails'];
export type TvSeriesPage = Schemas['TvListPage'];
/** What `append_to_response` can add to TV series details, including `season/${number}` keys. */
export type TvSeriesAppends = Schemas['TvSeriesAppends'];
export type TvSeasonDetails = Schemas['TvSeasonDetails'];
export type TvSeasonAppends = Schemas['TvSeasonAppends'];
export type TvEpisodeDetails = Schemas['TvEpisodeDetails'];
export type TvEpisodeAppends = Schemas['TvEpisodeAppends'];

/** A person as listed in searches and charts. */
export type Person = Schemas['PersonListItem'];
export type PersonDetails = Schemas['PersonDetails'];
export type PersonPage = Schemas['PersonListPage'];
export type PersonAppends = Schemas['PersonAppends'];

/** A result of multi search: a movie, TV series or person, told apart by `media_type`. */
export type MultiSearchResult = Schemas['MultiSearchItem'];
export type Credits = Schemas['Credits'];
export type CastMember = Schemas['CastMember'];
export type CrewMember = Schemas['CrewMember'];
export type Image = Schemas['Image'];
export type ImageList = Schemas['ImageList'];
export type Video = Schemas['Video'];
export type VideoList = Schemas['VideoList'];
export type Review = Schemas['Review'];
export type WatchProviderResults = Schemas['WatchProviderResults'];
export type Genre = Schemas['Genre'];
export type Collection = Schemas['CollectionDetails'];
export type Company = Schemas['CompanyDetails'];
export type Network = Schemas['NetworkDetails'];
export type Keyword = Schemas['Keyword'];

/** A user's state for one movie or series: favorite, watchlist, and `rated: false | { value }`. */
export type AccountStates = Schemas['AccountStates'];
export type AccountDetails = Schemas['AccountDetails'];
export type ListDetails = Schemas['ListDetails'];

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

/** API v4: a list with one page of its mixed movies and series, comments keyed `movie:550` / `tv:1399`. */
export type V4ListDetails = Schemas['V4ListDetails'];
/** API v4: a list as an account's lists summarise it (integer flags and `sort_by` code). */
export type V4AccountList = Schemas['V4AccountList'];
/** API v4: one list item, addressed by `media_type` and `media_id`. */
export type V4ListItemRef = Schemas['V4ListItemRef'];
/** API v4: a bulk item write's answer, with a `success` per item. */
export type V4ListItemsResult = Schemas['V4ListItemsResult'];
export type V4ListSortBy = Schemas['V4ListSortBy'];
/** API v4: the user access token and the account's object id from the approval flow. */
export type V4AccessToken = Schemas['V4AccessToken'];
