export { currentAccount } from './account.js';
export { type AppendablePath, type Appended, type AppendKey, details } from './append.js';
export type { TmdbCredentials } from './auth.js';
export { type CacheOptions, type ResponseCache, responseCache } from './cache.js';
export { createTmdbClient, TMDB_BASE_URL, type TmdbClient, type TmdbClientOptions } from './create-client.js';
export {
  type FetchResult,
  isTmdbError,
  orThrow,
  TmdbError,
  type TmdbErrorDetails,
  type TmdbErrorKind,
  TmdbStatus,
  toTmdbError,
  unwrap,
} from './errors.js';
export {
  createImageUrls,
  type ImageKind,
  type ImageSize,
  type ImageSizes,
  type ImageUrls,
  type ImageUrlsOptions,
  imageUrls,
} from './images.js';
export { createGuestSession, loginWithPassword, logout, type PasswordCredentials } from './login.js';
export type {
  AppendedKeys,
  AppendList,
  AppendMethod,
  CallOptions,
  MethodsByName,
  OperationCall,
  OperationMethod,
  PagedMethod,
  PageItem,
  TmdbMethods,
} from './method-types.js';
export type { PaginatedPath } from './operation-types.js';
export { Pages, type PaginateOptions, paginate, TMDB_MAX_PAGE } from './paginate.js';
export type { FetchFunction, PipelineOptions, RetryEvent, RetryOptions } from './pipeline.js';
export { RateLimiter, type RateLimitOptions, type Release } from './rate-limit.js';
export {
  type GuestSessionPaths,
  type SessionPaths,
  type TmdbGuestSessionClient,
  type TmdbSessionClient,
  withGuestSession,
  withSession,
} from './session.js';
export {
  createSessionFromV4AccessToken,
  createV4AccessToken,
  createV4RequestToken,
  revokeV4AccessToken,
  TMDB_APPROVAL_PAGE,
  type TmdbUserClient,
  type V4AccessToken,
  type V4RequestTokenOptions,
  type V4SignInRequest,
  v4ApprovalUrl,
  withAccessToken,
} from './v4.js';
