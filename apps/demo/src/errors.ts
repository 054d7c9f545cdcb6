// Turns whatever a failed call produced into words a person can act on. Failures arrive as TMDB error
// bodies (openapi-fetch's `error`), as the client's TmdbError (timeouts, network, helpers), or as a bare
// TypeError from fetch; all of them are read field by field, never assumed.

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

/** TMDB's own codes (`status_code`), as listed on the spec's TmdbError schema. */
const TMDB_CODE = {
  fromDemoServer: 0,
  authenticationFailed: 3,
  invalidId: 6,
  invalidApiKey: 7,
  sessionDenied: 17,
  rateLimited: 25,
  invalidLogin: 30,
  notFound: 34,
} as const;

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

  if (kind === 'network' || error instanceof TypeError) {
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
  if (status === 429 || statusCode === TMDB_CODE.rateLimited) {
    const wait = fields.retryAfter;
    return {
      kind: 'rate-limited',
      title: 'Too many requests',
      detail: `TMDB asked the app to slow down. ${wait ? `Wait ${wait} second${wait === 1 ? '' : 's'}` : 'Wait a little'} and try again.`,
      action: 'retry',
    };
  }
  if (statusCode === TMDB_CODE.invalidLogin) {
    return {
      kind: 'login-failed',
      title: 'Wrong username or password',
      detail: 'Check both and try again.',
      action: 'none',
    };
  }
  if (statusCode === TMDB_CODE.invalidApiKey) {
    return {
      kind: 'server-credentials',
      title: 'TMDB refused the demo server’s access token',
      detail: 'Check TMDB_ACCESS_TOKEN and restart `pnpm demo`.',
      action: 'none',
    };
  }
  if (
    statusCode === TMDB_CODE.authenticationFailed ||
    statusCode === TMDB_CODE.sessionDenied ||
    status === 401
  ) {
    return {
      kind: 'session-expired',
      title: 'Your session has ended',
      detail: 'Log in again to continue.',
      action: 'login',
    };
  }
  if (status === 404 || statusCode === TMDB_CODE.notFound || statusCode === TMDB_CODE.invalidId) {
    return {
      kind: 'not-found',
      title: 'Not found',
      detail: `TMDB has no ${subject} with this id.`,
      action: 'none',
    };
  }
  if (statusCode === TMDB_CODE.fromDemoServer) {
    return {
      kind: 'demo-server',
      title: 'The demo server could not get an answer from TMDB',
      detail: fields.statusMessage ?? 'Try again in a moment.',
      action: 'retry',
    };
  }
  if (status !== undefined && status >= 500) {
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
    kind: text('kind'),
    // A TmdbError's `status` is 0 when no response arrived: that is not an HTTP status.
    status: number('status') || undefined,
    statusCode: number('status_code'),
    statusMessage: text('status_message'),
    retryAfter: number('retryAfter'),
  };
}
