// The app's TMDB clients: every call goes through @tmdb-kit/client to the demo server's /tmdb proxy,
// which adds the credentials. TanStack Query caches and tracks the calls: the client's operation methods
// (`tmdb.movies.details(id, { append })`) run as query functions, and openapi-react-query's hooks, which
// take an openapi-fetch client, serve the signed-in user's account states and changes.

import { QueryClient } from '@tanstack/react-query';
import {
  createTmdbClient,
  type SessionPaths,
  type TmdbClient,
  type TmdbSessionClient,
  type TmdbUserClient,
} from '@tmdb-kit/client';
import type { paths } from '@tmdb-kit/types';
import createQueryHooks, { type OpenapiQueryClient } from 'openapi-react-query';

/** The browser holds no credential (`auth: false`): the demo server's proxy adds its token to every call. */
export function createBrowserClient(origin: string): TmdbClient {
  return createTmdbClient({ baseUrl: `${origin}/tmdb`, auth: false });
}

export const tmdb = createBrowserClient(window.location.origin);

/** Hooks for a logged-in user: `session_id` is filled in by the session client. */
export type AccountHooks = OpenapiQueryClient<SessionPaths>;
export const createAccountHooks = (client: TmdbSessionClient): AccountHooks => createQueryHooks(client);

/** Hooks for a user signed in with TMDB (API v4): the client sends their access token. */
export type UserHooks = OpenapiQueryClient<paths>;
export const createUserHooks = (client: TmdbUserClient): UserHooks => createQueryHooks(client);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The client already retries what is worth retrying (429 with Retry-After, 5xx, network), with
      // backoff; a second layer of retries here would multiply the waits before an error shows.
      retry: false,
      staleTime: 60_000,
      refetchOnWindowFocus: false,
    },
    // A change made offline fails at once and says so, rather than waiting invisibly to be replayed.
    mutations: { retry: false, networkMode: 'always' },
  },
});
