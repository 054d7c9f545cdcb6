import { TMDB_STATUS_CODES } from '@tmdb-kit/types';

/**
 * TMDB's own status codes (the `status_code` of an error body, not the HTTP status), by name:
 * `TmdbStatus.NotFound` is 34. Generated from the spec's `TmdbStatusCode` catalogue, plus one of ours,
 * `NotFromTmdb` (0): the body did not come from TMDB's API (a CDN or proxy page, a non-TMDB JSON body).
 */
// Pure: a bundle that never reads it (the client itself uses the numbers) drops the whole catalogue.
export const TmdbStatus = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.assign({ NotFromTmdb: 0 } as const, TMDB_STATUS_CODES),
);

/**
 * What went wrong:
 * - `http`: TMDB (or something in front of it) answered with an error status;
 * - `network`: no usable answer (connection refused or reset, DNS, body cut short);
 * - `timeout`: an attempt took longer than the client's `timeout`;
 * - `invalid-response`: an answer that is not what the operation promises (a body that is not JSON or
 *   lacks what was asked for, a redirect, a body over `maxResponseBytes`).
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
 * JSON, and that never contains credentials (the client redacts every error before it leaves).
 */
export class TmdbError extends Error {
  override readonly name = 'TmdbError';
  readonly kind: TmdbErrorKind;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly status_code: number;
  readonly status_message: string;
  readonly errors: readonly string[] | undefined;
  readonly retryAfter: number | undefined;

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

/** Which operation a response or failure belongs to: the method and the spec's path template. */
export interface Operation {
  method: string;
  path: string;
}

/**
 * The operation of each response the client handed out, so that a later `unwrap` (or a body that turns
 * out not to be JSON) can name it. Kept beside the responses rather than on them: a `Response` is the
 * platform's object, and openapi-fetch hands it to the caller as it is.
 */
const operations = new WeakMap<Response, Operation>();

export function rememberOperation(response: Response, operation: Operation): void {
  operations.set(response, operation);
}

export function operationOf(response: Response): Operation | undefined {
  return operations.get(response);
}

/** The shape of every openapi-fetch result: `{ data }` or `{ error }`, and the response. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The one normaliser: a `TmdbError` for anything a call can produce.
 * - a `TmdbError` is returned as it is (given `operation`, with it filled in where it was missing);
 * - an openapi-fetch result (`{ error, response }`) or a `Response`: an `http` error with TMDB's fields
 *   (`invalid-response` for a success status without the promised body);
 * - a TMDB error body alone (`{ status_code, status_message }` or `{ errors }`): an `http` error;
 * - anything else (a fetch failure, an unknown throw): a `network` error with it as the `cause`.
 */
export function toTmdbError(value: unknown, operation?: Partial<Operation>): TmdbError {
  if (value instanceof TmdbError) {
    if (!operation?.path || value.path !== '(unknown path)') return value;
    return new TmdbError({ ...value, ...operation, cause: value.cause });
  }
  const result = asFetchResult(value);
  if (result) {
    const { response } = result;
    const body = fieldsOf(result.error);
    const named = operationOf(response) ?? operation;
    return new TmdbError({
      // A success status without a body is not what any TMDB operation promises.
      kind: response.ok ? 'invalid-response' : 'http',
      method: named?.method ?? 'request',
      path: named?.path,
      status: response.status,
      status_code: body.status_code,
      status_message: body.status_message ?? (response.ok ? 'no body' : undefined),
      errors: body.errors,
      retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    });
  }
  const body = fieldsOf(value);
  if (body.status_code !== undefined || body.errors !== undefined) {
    return new TmdbError({ kind: 'http', method: operation?.method ?? 'request', ...operation, ...body });
  }
  return new TmdbError({
    kind: 'network',
    method: operation?.method ?? 'request',
    path: operation?.path,
    status_message: reasonOf(value),
    cause: value,
  });
}

/** The throwing style: returns `data`, or throws the `TmdbError` of the failed result. */
export function unwrap<Result extends FetchResult>(result: Result): NonNullable<Result['data']> {
  const data = result.data;
  if (result.error !== undefined || !result.response.ok || data == null) throw toTmdbError(result);
  return data;
}

/** `unwrap` for a pending call: `const movie = await orThrow(tmdb.GET(...))`. */
export async function orThrow<Result extends FetchResult>(
  pending: Promise<Result>,
): Promise<NonNullable<Result['data']>> {
  return unwrap(await pending);
}

function asFetchResult(value: unknown): FetchResult | undefined {
  if (value instanceof Response) return { response: value };
  if (typeof value !== 'object' || value === null || !('response' in value)) return undefined;
  const { response } = value;
  if (!(response instanceof Response)) return undefined;
  return { response, error: 'error' in value ? value.error : undefined };
}

/** TMDB's fields of an error body, each only when it has the right type. */
function fieldsOf(body: unknown): Pick<TmdbErrorDetails, 'status_code' | 'status_message' | 'errors'> {
  if (typeof body !== 'object' || body === null) return {};
  const code = 'status_code' in body ? body.status_code : undefined;
  const message = 'status_message' in body ? body.status_message : undefined;
  const errors = 'errors' in body ? body.errors : undefined;
  return {
    status_code: typeof code === 'number' ? code : undefined,
    status_message: typeof message === 'string' ? message : undefined,
    errors: Array.isArray(errors) ? errors.map(String) : undefined,
  };
}

/** `fetch failed: ECONNRESET`: the error and, for undici's wrapped errors, the system error under it. */
function reasonOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const detail = cause instanceof Error ? ('code' in cause ? String(cause.code) : cause.message) : '';
  return `${error instanceof Error ? error.message : String(error)}${detail ? `: ${detail}` : ''}`;
}

/**
 * Reads a `Retry-After` header, either seconds or an HTTP date, as seconds from `now` (never negative);
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
