// append_to_response: a details request names sub-resources (`credits,videos`) and gets each one's body
// under its key. The builders are declared per Appends schema with a mapped type, so a key added to
// `MovieAppends` (or any other) in the spec is a compile error until the fake can append it.
import { MAX_APPENDS } from '@tmdb-kit/types';
import { tmdbErrors } from '../core/tmdb-errors.js';
import { badRequest } from '../responses/respond.js';
import type { Caller } from './account-states.js';
import type { HandlerContext } from './contract.js';

/** One builder for every key of the Appends schema. */
export type AppendBuilders<Subject, Appends> = {
  readonly [K in keyof Appends]-?: (subject: Subject) => NonNullable<Appends[K]> | undefined;
};

/** What a movie's or series' append builders draw on: the request's context and the caller and image query. */
export interface AppendScope extends HandlerContext {
  readonly query: Caller & { readonly include_image_language?: string };
}

// TMDB accepts at most MAX_APPENDS keys (from the spec; more is a 400, status_code 27) and ignores keys it
// does not know.

export function requestedAppends(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  return [...new Set(raw.split(',').map((key) => key.trim()))].filter(Boolean);
}

/** The 400 TMDB sends for more than MAX_APPENDS keys, or undefined when the request is within the limit. */
export function appendLimitExceeded(raw: string | undefined) {
  return requestedAppends(raw).length > MAX_APPENDS ? badRequest(tmdbErrors.tooManyAppends()) : undefined;
}

export function collectAppends<Subject, Appends extends object>(
  raw: string | undefined,
  builders: AppendBuilders<Subject, Appends>,
  subject: Subject,
): Partial<Appends> {
  const result: Partial<Appends> = {};
  for (const key of requestedAppends(raw)) {
    if (!isBuilderKey(builders, key)) continue;
    const value = builders[key](subject);
    if (value !== undefined) assign(result, key, value);
  }
  return result;
}

function isBuilderKey<Builders extends object>(
  builders: Builders,
  key: string,
): key is Extract<keyof Builders, string> {
  return Object.hasOwn(builders, key);
}

function assign<T, K extends keyof T>(target: Partial<T>, key: K, value: T[K]): void {
  target[key] = value;
}
