import { dereference, SpecWalkError } from '@tmdb-kit/types/spec-walk';
import { SpecDiffError } from './errors.js';
import { isJsonObject, type SpecObject } from './json.js';

/**
 * Follows `$ref`s inside the same document (by the rules of `@tmdb-kit/types/spec-walk`, which the mock
 * shares) until it reaches an object; undefined when the value is not an object.
 */
export function resolveRefs(document: unknown, value: unknown): SpecObject | undefined {
  const resolved = asSpecDiffError(() => dereference(document, value));
  return isJsonObject(resolved) ? resolved : undefined;
}

/** Walker errors are problems in the document the user gave, reported like any other (exit 2). */
export function asSpecDiffError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SpecWalkError) throw new SpecDiffError(error.message);
    throw error;
  }
}
