// Turns whatever a failed call produced into words a person can act on. Failures arrive as TMDB error
// bodies (openapi-fetch's `error`) or as the client's TmdbError (helpers, timeouts, network); the client's
// one normaliser, `toTmdbError`, reads both into the same fields.
import { TmdbStatus, toTmdbError } from '@tmdb-kit/client';

export type ErrorKind =
  | 'offline'
  | 'unreachable'
  | 'timeout'
  | 'rate-limited'
  | 'not-found'
  | 'session-expired'
  | 'login-failed'
  | 'server-credentials'
  | 'demo-server'
  | 'tmdb-down'
  | 'unknown';

export interface ErrorDescription {
  readonly kind: ErrorKind;
  readonly title: string;
  readonly detail: string;
  /** What the person can do about it. */
  readonly action: 'retry' | 'login' | 'none';
}

/** TMDB's codes for its own outages: an error body carries no HTTP status, so a 5xx shows in its code. */
const TMDB_OUTAGE_CODES: ReadonlySet<number> = new Set([
  TmdbStatus.ServiceOffline,
  TmdbStatus.InternalError,
  TmdbStatus.BackendTimeout,
  TmdbStatus.BackendUnreachable,
  TmdbStatus.Maintenance,
]);

/**
 * @param subject what was being loaded, for "TMDB has no movie with this id"
 * @param online `navigator.onLine`: tells a dropped connection from a stopped demo server
 */
export function describeError(error: unknown, subject = 'page', online = true): ErrorDescription {
  const failure = toTmdbError(error);
  // `toTmdbError` wraps what it does not recognise (not a client failure at all) as the cause of a
  // network error: that is an unknown failure here, not a dropped connection.
  const recognised = failure.cause !== error;
  const kind = recognised ? failure.kind : undefined;
  // 0 means no response arrived: that is not an HTTP status.
  const status = failure.status || undefined;
  // A validation body (`errors`) has no TMDB code; 0 is otherwise the client's "not from TMDB".
  const statusCode = recognised && !failure.errors ? failure.status_code : undefined;
  const fields = {
    retryAfter: failure.retryAfter,
    statusMessage: recognised && !failure.errors ? failure.status_message || undefined : undefined,
  };

  if (kind === 'network') {
    return online
      ? {
          kind: 'unreachable',
          title: 'The demo server is not answering',
          detail: 'Is `pnpm demo` still running? Start it again, then retry.',
          action: 'retry',
        }
      : {
          kind: 'offline',
          title: 'You are offline',
          detail: 'Check your connection, then retry.',
          action: 'retry',
        };
  }
  if (kind === 'timeout') {
    return {
      kind: 'timeout',
      title: 'TMDB is taking too long',
      detail: 'Try again in a moment.',
      action: 'retry',
    };
  }
  if (status === 429 || statusCode === TmdbStatus.RateLimited) {
    const wait = fields.retryAfter;
    return {
      kind: 'rate-limited',
      title: 'Too many requests',
      detail: `TMDB asked the app to slow down. ${wait ? `Wait ${wait} second${wait === 1 ? '' : 's'}` : 'Wait a little'} and try again.`,
      action: 'retry',
    };
  }
  if (statusCode === TmdbStatus.InvalidCredentials) {
    return {
      kind: 'login-failed',
      title: 'Wrong username or password',
      detail: 'Check both and try again.',
      action: 'none',
    };
  }
  if (statusCode === TmdbStatus.InvalidApiKey) {
    return {
      kind: 'server-credentials',
      title: 'TMDB refused the demo server’s access token',
      detail: 'Check TMDB_ACCESS_TOKEN and restart `pnpm demo`.',
      action: 'none',
    };
  }
  if (
    statusCode === TmdbStatus.AuthenticationFailed ||
    statusCode === TmdbStatus.SessionDenied ||
    status === 401
  ) {
    return {
      kind: 'session-expired',
      title: 'Your session has ended',
      detail: 'Log in again to continue.',
      action: 'login',
    };
  }
  if (status === 404 || statusCode === TmdbStatus.NotFound || statusCode === TmdbStatus.InvalidId) {
    return {
      kind: 'not-found',
      title: 'Not found',
      detail: `TMDB has no ${subject} with this id.`,
      action: 'none',
    };
  }
  if (statusCode === TmdbStatus.NotFromTmdb) {
    return {
      kind: 'demo-server',
      title: 'The demo server could not get an answer from TMDB',
      detail: fields.statusMessage ?? 'Try again in a moment.',
      action: 'retry',
    };
  }
  if (
    (status !== undefined && status >= 500) ||
    (statusCode !== undefined && TMDB_OUTAGE_CODES.has(statusCode))
  ) {
    return {
      kind: 'tmdb-down',
      title: 'TMDB is having trouble',
      detail: 'Try again in a moment.',
      action: 'retry',
    };
  }
  return {
    kind: 'unknown',
    title: 'Something went wrong',
    detail: fields.statusMessage ?? (error instanceof Error ? error.message : 'Try again in a moment.'),
    action: 'retry',
  };
}
