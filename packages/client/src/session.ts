import { type paths, SESSION_PARAMETERS } from '@tmdb-kit/types';
import type { Client, Middleware } from 'openapi-fetch';
import { scopeOf, type TmdbClient } from './create-client.js';
import type { PathsFilling } from './operation-types.js';
import { withQuery, withUrl } from './requests.js';

/** The spec's paths as a session client sees them: `session_id` is optional wherever it is accepted. */
export type SessionPaths = PathsFilling<paths, 'query', 'session_id'>;

/** The spec's paths as a guest-session client sees them: `guest_session_id` (query or path) is optional. */
export type GuestSessionPaths = PathsFilling<
  PathsFilling<paths, 'query', 'guest_session_id'>,
  'path',
  'guest_session_id'
>;

/** A client for a signed-in user (see `withSession`). */
export type TmdbSessionClient = Client<SessionPaths>;

/** A client for a guest (see `withGuestSession`). */
export type TmdbGuestSessionClient = Client<GuestSessionPaths>;

/**
 * A client for a signed-in user: `session_id` is filled in, and optional in the types, wherever an
 * operation accepts it. It shares the pipeline (rate limit, cache, ...) of `client`, and its errors never
 * show the session id.
 */
export function withSession(client: TmdbClient, sessionId: string): TmdbSessionClient {
  return scopeOf(client).narrowed(sessionMiddleware(sessionId, false), sessionId);
}

/** A client for a guest: `guest_session_id` is filled in (query or path) wherever it is accepted. */
export function withGuestSession(client: TmdbClient, guestSessionId: string): TmdbGuestSessionClient {
  return scopeOf(client).narrowed(sessionMiddleware(guestSessionId, true), guestSessionId);
}

/**
 * The session flags of an operation key (`"GET /3/movie/{movie_id}"`), read from the spec's generated
 * `SESSION_PARAMETERS`: `s` takes `session_id`, `g` takes `guest_session_id` in the query, `p` has
 * `{guest_session_id}` in its path.
 */
export function sessionFlags(key: string): string {
  const where = SESSION_PARAMETERS[key];
  if (!where) return '';
  const guest = where.guest_session_id;
  return `${where.session_id ? 's' : ''}${guest === 'query' ? 'g' : ''}${guest === 'path' ? 'p' : ''}`;
}

/**
 * Fills in a session id wherever the operation takes it and the call did not set it: `session_id` for a
 * user session; `guest_session_id`, in the query or the path, for a guest session.
 */
export function sessionMiddleware(id: string, guest: boolean): Middleware {
  if (typeof id !== 'string' || !id.trim()) throw new TypeError('a session id must be a non-empty string');
  return {
    onRequest({ request, schemaPath }) {
      const takes = SESSION_PARAMETERS[`${request.method} ${schemaPath}`];
      if (!guest) return takes?.session_id ? withQuery(request, { session_id: id }) : undefined;
      if (takes?.guest_session_id === 'query') return withQuery(request, { guest_session_id: id });
      // openapi-fetch leaves a path parameter the call did not set as its (percent-encoded) template.
      const template = '%7Bguest_session_id%7D';
      if (takes?.guest_session_id !== 'path' || !request.url.includes(template)) return undefined;
      return withUrl(request, request.url.replace(template, encodeURIComponent(id)));
    },
  };
}
