import type { paths } from '@tmdb-kit/types';
import createClient, { type Client } from 'openapi-fetch';
import { authMiddleware, type TmdbCredentials } from './auth.js';

export const TMDB_BASE_URL = 'https://api.themoviedb.org';

export type TmdbClientOptions = TmdbCredentials & {
  /** Where TMDB lives; point it at `@tmdb-kit/mock` or a proxy. Paths already start with `/3/`. */
  baseUrl?: string;
  /** A fetch implementation (tests, instrumentation). Defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch;
};

/** The typed openapi-fetch client over every TMDB v3 operation. */
export type TmdbClient = Client<paths>;

/** Creates a client whose every call is typed by the spec: `client.GET('/3/movie/{movie_id}', ...)`. */
export function createTmdbClient(options: TmdbClientOptions): TmdbClient {
  const { baseUrl = TMDB_BASE_URL, fetch: customFetch } = options;
  const client = createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ''),
    ...(customFetch ? { fetch: customFetch } : {}),
  });
  client.use(authMiddleware(options));
  return client;
}
