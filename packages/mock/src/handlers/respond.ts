// Typed response constructors. Each carries its status as a literal, so a handler can only return a
// status its operation declares in the spec.
import type { TmdbError } from '@tmdb-kit/types';
import type { TmdbFailure } from '../engine/tmdb-errors.js';
import { tmdbErrors } from '../engine/tmdb-errors.js';

export const ok = <B>(body: B) => ({ status: 200, body }) as const;
export const created = <B>(body: B) => ({ status: 201, body }) as const;

export const notFound = () => ({ status: 404, body: tmdbErrors.notFound().body }) as const;

/** A 401 carrying one of TMDB's authentication failures (3, 7, 17, 30, 33). */
export function unauthorized(failure: TmdbFailure): { readonly status: 401; readonly body: TmdbError } {
  return { status: 401, body: failure.body };
}

export const success = (statusCode = 1, statusMessage = 'Success.') => ({
  success: true,
  status_code: statusCode,
  status_message: statusMessage,
});

/** A 422 carrying a TMDB error code rather than a list of validation messages (e.g. 8, duplicate entry). */
export function unprocessable(failure: TmdbFailure): { readonly status: 422; readonly body: TmdbError } {
  return { status: 422, body: failure.body };
}
