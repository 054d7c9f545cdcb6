/**
 * TMDB's own status codes (the `status_code` of an error body, not the HTTP status) that callers
 * commonly branch on. The spec's `TmdbError` schema lists them; the names are ours.
 */
export const TmdbStatus = {
  /** The body did not come from TMDB's API (a CDN or proxy page, or a non-TMDB JSON body). */
  NotFromTmdb: 0,
  AuthenticationFailed: 3,
  InvalidId: 6,
  InvalidApiKey: 7,
  SessionDenied: 17,
  InvalidPage: 22,
  RateLimited: 25,
  InvalidCredentials: 30,
  NotFound: 34,
} as const;

/**
 * What went wrong:
 * - `http`: TMDB (or something in front of it) answered with an error status;
 * - `network`: no usable answer (connection refused or reset, DNS, body cut short);
 * - `timeout`: an attempt took longer than the client's `timeout`;
 * - `invalid-response`: a success status whose body is not the JSON the operation promises.
 */
export type TmdbErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response';

export interface TmdbErrorDetails {
  kind: TmdbErrorKind;
  method: string;
  /** The path template (`/3/movie/{movie_id}`): ids and query strings can hold secrets, templates cannot. */
  path?: string | undefined;
  /** HTTP status; 0 when no response arrived. */
  status?: number | undefined;
  status_code?: number | undefined;
  status_message?: string | undefined;
  /** The messages of a 422 validation failure. */
  errors?: readonly string[] | undefined;
  /** Seconds the server asked us to wait (`Retry-After`). */
  retryAfter?: number | undefined;
  cause?: unknown;
}

/**
 * Every failure the client reports is a `TmdbError`: a real `Error` with a stack, that serializes to
 * JSON, and that never contains credentials (messages are built only from the method, the path template
 * and TMDB's status fields, after secrets are redacted).
 */
export class TmdbError extends Error {
  // `declare`: the fields are set in the constructor; declaring them again would only add bundle bytes.
  override readonly name = 'TmdbError';
  declare readonly kind: TmdbErrorKind;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly status: number;
  declare readonly status_code: number;
  declare readonly status_message: string;
  declare readonly errors: readonly string[] | undefined;
  declare readonly retryAfter: number | undefined;

  constructor(details: TmdbErrorDetails) {
    const {
      kind,
      method,
      path = '(unknown path)',
      status = 0,
      status_code = 0,
      errors,
      retryAfter,
    } = details;
    const statusMessage = details.status_message ?? (status ? `HTTP ${status}` : kind);
    const code = status_code ? `, TMDB status ${status_code}` : '';
    super(
      `${method} ${path} failed (${status ? `HTTP ${status}` : kind}${code}): ${errors?.length ? errors.join('; ') : statusMessage}`,
      { cause: details.cause },
    );
    this.kind = kind;
    this.method = method;
    this.path = path;
    this.status = status;
    this.status_code = status_code;
    this.status_message = statusMessage;
    this.errors = errors;
    this.retryAfter = retryAfter;
  }

  /** Logs and error trackers serialize errors with JSON.stringify, which skips `message` otherwise. */
  toJSON(): object {
    return { ...this, message: this.message };
  }
}

/**
 * Narrows an unknown (a `catch` variable) to a `TmdbError`, optionally with a given TMDB `status_code`:
 * `if (isTmdbError(error, TmdbStatus.NotFound)) ...`.
 */
export function isTmdbError<Code extends number>(
  value: unknown,
  statusCode?: Code,
): value is TmdbError & { readonly status_code: Code } {
  return value instanceof TmdbError && (statusCode === undefined || value.status_code === statusCode);
}
