// Typed response constructors. Each carries its status as a literal, so a handler can only return a
// status its operation declares in the spec.
import type { TmdbError } from '@tmdb-kit/types';
import type { TmdbFailure } from '../core/tmdb-errors.js';
import { tmdbErrors } from '../core/tmdb-errors.js';

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

/** A 400 carrying one of TMDB's range or format errors (18, 22, 23, 27, 28, 29). */
export function badRequest(failure: TmdbFailure): { readonly status: 400; readonly body: TmdbError } {
  return { status: 400, body: failure.body };
}

/** A 403: TMDB's answer to a duplicate list entry (status_code 8). */
export function forbidden(failure: TmdbFailure): { readonly status: 403; readonly body: TmdbError } {
  return { status: 403, body: failure.body };
}

/** A 422 carrying a TMDB error code rather than a list of validation messages (20 date window too long, 41 token not approved). */
export function unprocessable(failure: TmdbFailure): { readonly status: 422; readonly body: TmdbError } {
  return { status: 422, body: failure.body };
}

/**
 * TMDB's answer for a sub-resource of a record (its credits, images, videos, ...): the record's id ahead of
 * the sub-resource's body, or a 404 when the path named no such record. The body stays generic rather than
 * annotated, so each handler's result is still checked against its own operation's declared response.
 */
export function subResource<Entity extends { readonly id: number }, Body extends object>(
  entity: Entity | undefined,
  build: (entity: Entity) => Body,
) {
  return entity ? ok({ id: entity.id, ...build(entity) }) : notFound();
}
