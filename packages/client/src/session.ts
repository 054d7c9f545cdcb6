import type { paths } from '@tmdb-kit/types';
import type { Client, Middleware } from 'openapi-fetch';
import { scopeOf, type TmdbClient } from './create-client.js';
import type { TmdbMethods } from './method-types.js';
import { operationMethods } from './methods.js';
import type { AllOperations, OperationsTaking, PathsFilling } from './operation-types.js';
import { withQuery, withUrl } from './query.js';

/** The spec's paths as a session client sees them: `session_id` is optional wherever it is accepted. */
export type SessionPaths = PathsFilling<paths, 'query', 'session_id'>;

/** The spec's paths as a guest-session client sees them: `guest_session_id` (query or path) is optional. */
export type GuestSessionPaths = PathsFilling<
  PathsFilling<paths, 'query', 'guest_session_id'>,
  'path',
  'guest_session_id'
>;

/** A client for a signed-in user (see `withSession`); its methods take `session_id` as optional. */
export type TmdbSessionClient = Client<SessionPaths> & TmdbMethods<'session_id'>;

/** A client for a guest (see `withGuestSession`). */
export type TmdbGuestSessionClient = Client<GuestSessionPaths>;

/**
 * A client for a signed-in user: `session_id` is filled in, and optional in the types, wherever an
 * operation accepts it. It shares the pipeline (rate limit, cache, ...) of `client`, and its errors never
 * show the session id.
 */
export function withSession(client: TmdbClient, sessionId: string): TmdbSessionClient {
  const session = scopeOf(client).narrowed<SessionPaths>(sessionMiddleware(sessionId, false), sessionId);
  return Object.assign(session, operationMethods<'session_id'>(session));
}

/** A client for a guest: `guest_session_id` is filled in (query or path) wherever it is accepted. */
export function withGuestSession(client: TmdbClient, guestSessionId: string): TmdbGuestSessionClient {
  return scopeOf(client).narrowed(sessionMiddleware(guestSessionId, true), guestSessionId);
}

type TakesSessionId = OperationsTaking<paths, 'query', 'session_id'>;
type TakesGuestSessionId = OperationsTaking<paths, 'query', 'guest_session_id'>;
type TakesGuestSessionPath = OperationsTaking<paths, 'path', 'guest_session_id'>;

/** `s`: takes `session_id`; `g`: takes `guest_session_id`; `p`: has `{guest_session_id}` in its path. */
type SessionFlags<Key> =
  `${Key extends TakesSessionId ? 's' : ''}${Key extends TakesGuestSessionId ? 'g' : ''}${Key extends TakesGuestSessionPath ? 'p' : ''}`;

/**
 * Which operations take the ids, as `"METHOD /path"` patterns (`*` matches anything; the first match wins).
 * Patterns are smaller in the bundle than a list of operations, and the typecheck below proves they give
 * every operation of the spec exactly its flags, so a spec change that breaks them fails the build.
 */
const SESSION_PATTERNS = [
  ['s', '* /3/account/*'],
  ['s', 'POST /3/list*'],
  ['s', 'DELETE /3/list/*'],
  ['sg', '* */account_states'],
  ['sg', '* */rating'],
  ['sg', 'GET /3/movie/{movie_id}'],
  ['sg', 'GET /3/tv/{series_id}'],
  ['sg', 'GET /3/tv/{series_id}/season/{season_number}'],
  ['sg', 'GET /3/tv/{series_id}/season/{season_number}/episode/{episode_number}'],
  ['p', 'GET /3/guest_session/{guest_session_id}/*'],
] as const;

type Glob<Pattern extends string> = Pattern extends `${infer Head}*${infer Tail}`
  ? `${Head}${string}${Glob<Tail>}`
  : Pattern;
type FlagsFromPatterns<Key, Patterns> = Patterns extends readonly [
  readonly [infer Flags, infer Pattern extends string],
  ...infer Rest,
]
  ? Key extends Glob<Pattern>
    ? Flags
    : FlagsFromPatterns<Key, Rest>
  : '';
type Mismatched = {
  [Key in AllOperations<paths>]: FlagsFromPatterns<Key, typeof SESSION_PATTERNS> extends SessionFlags<Key>
    ? SessionFlags<Key> extends FlagsFromPatterns<Key, typeof SESSION_PATTERNS>
      ? never
      : Key
    : Key;
}[AllOperations<paths>];
// Fails to compile, naming the operations ("property ... is missing"), if the patterns and the spec disagree.
const patternsMatchTheSpec: { [Key in Mismatched]: 'session flags differ from the spec' } = {};
void patternsMatchTheSpec;

/** The session flags of an operation key (`"GET /3/movie/{movie_id}"`): which ids it takes, and where. */
export function sessionFlags(key: string): string {
  return PATTERN_EXPRESSIONS.find(([, expression]) => expression.test(key))?.[0] ?? '';
}

const PATTERN_EXPRESSIONS = SESSION_PATTERNS.map(
  ([flags, pattern]) =>
    [flags, new RegExp(`^${pattern.replace(/[{}]/g, '\\$&').replaceAll('*', '.*')}$`)] as const,
);

/**
 * Fills in a session id wherever the operation takes it and the call did not set it: `session_id` for a
 * user session; `guest_session_id`, in the query or the path, for a guest session.
 */
export function sessionMiddleware(id: string, guest: boolean): Middleware {
  if (typeof id !== 'string' || !id.trim()) throw new TypeError('a session id must be a non-empty string');
  return {
    onRequest({ request, schemaPath }) {
      const flags = sessionFlags(`${request.method} ${schemaPath}`);
      if (!guest) return flags.includes('s') ? withQuery(request, { session_id: id }) : undefined;
      if (flags.includes('g')) return withQuery(request, { guest_session_id: id });
      // openapi-fetch leaves a path parameter the call did not set as its (percent-encoded) template.
      const template = '%7Bguest_session_id%7D';
      if (!flags.includes('p') || !request.url.includes(template)) return undefined;
      return withUrl(request, request.url.replace(template, encodeURIComponent(id)));
    },
  };
}
