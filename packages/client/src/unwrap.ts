import { BufferedResponse } from './buffered-response.js';
import { TmdbError } from './errors.js';
import { parseRetryAfter } from './retry-after.js';

/** The shape of every openapi-fetch result: `{ data }` or `{ error }`, and the response. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The throwing style: returns `data`, or throws a `TmdbError` describing the failed response.
 * `const movie = unwrap(await tmdb.GET('/3/movie/{movie_id}', init))`.
 */
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

/** The `TmdbError` for a failed openapi-fetch result (its `error` body and response). */
export function toTmdbError({ error, response }: FetchResult): TmdbError {
  const body: { status_code?: unknown; status_message?: unknown; errors?: unknown } =
    typeof error === 'object' && error !== null ? error : {};
  const operation = response instanceof BufferedResponse ? response.operation : undefined;
  return new TmdbError({
    // A success status without a body is not what any TMDB operation promises.
    kind: response.ok ? 'invalid-response' : 'http',
    method: operation?.method ?? 'request',
    path: operation?.path,
    status: response.status,
    status_code: typeof body.status_code === 'number' ? body.status_code : undefined,
    status_message:
      typeof body.status_message === 'string' ? body.status_message : response.ok ? 'no body' : undefined,
    errors: Array.isArray(body.errors) ? body.errors.map(String) : undefined,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  });
}
