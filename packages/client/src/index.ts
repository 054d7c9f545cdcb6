export type { TmdbCredentials } from './auth.js';
export { createTmdbClient, TMDB_BASE_URL, type TmdbClient, type TmdbClientOptions } from './create-client.js';
