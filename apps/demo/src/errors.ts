// Turns whatever a failed call produced into words a person can act on. Failures arrive as TMDB error
// bodies (openapi-fetch's `error`, which the client normalizes: `status_code` 0 for bodies that did not come
// from TMDB, 25 for any 429) or as the client's TmdbError (helpers, timeouts, network); bodies are read
// field by field, never assumed.
import { isTmdbError, TmdbStatus } from '@tmdb-kit/client';

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

/**
 * TMDB's codes for its own outages (service offline, internal error, backend timeout, backend unreachable,
 * maintenance): an error body carries no HTTP status, so these are how a 5xx is recognised from the body.
 */
const TMDB_OUTAGE_CODES: ReadonlySet<number> = new Set([9, 11, 24, 43, 46]);

interface FailureFields {
  readonly kind: string | undefined;
  readonly status: number | undefined;
  readonly statusCode: number | undefined;
  readonly statusMessage: string | undefined;
  readonly retryAfter: number | undefined;
}

/**
 * @param subject what was being loaded, for "TMDB has no movie with this id"
 * @param online `navigator.onLine`: tells a dropped connection from a stopped demo server
 */
export function describeError(error: unknown, subject = 'page', online = true): ErrorDescription {
  const fields = readFields(error);
  const { kind, status, statusCode } = fields;

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
  if (statusCode === TmdbStatus.ResourcePrivate || statusCode === TmdbStatus.EditDenied) {
    return {
      kind: 'not-found',
      title: 'This list is private',
      detail: 'Only its owner can see or change it.',
      action: 'none',
    };
  }
  if (
    statusCode === TmdbStatus.AuthenticationFailed ||
    statusCode === TmdbStatus.SessionDenied ||
    // A v4 user token that was revoked, or a v4 call made without one.
    statusCode === TmdbStatus.InvalidToken ||
    statusCode === TmdbStatus.WriteNotGranted ||
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

function readFields(error: unknown): FailureFields {
  if (isTmdbError(error)) {
    return {
      kind: error.kind,
      // 0 when no response arrived: that is not an HTTP status.
      status: error.status || undefined,
      statusCode: error.status_code,
      statusMessage: error.status_message,
      retryAfter: error.retryAfter,
    };
  }
  // An error body: TmdbError or TmdbValidationError, as far as its fields show.
  if (typeof error !== 'object' || error === null) {
    return {
      kind: undefined,
      status: undefined,
      statusCode: undefined,
      statusMessage: undefined,
      retryAfter: undefined,
    };
  }
  const number = (name: string): number | undefined => {
    const value: unknown = Reflect.get(error, name);
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  };
  const text = (name: string): string | undefined => {
    const value: unknown = Reflect.get(error, name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return {
    kind: undefined,
    status: undefined,
    statusCode: number('status_code'),
    statusMessage: text('status_message'),
    retryAfter: undefined,
  };
}
