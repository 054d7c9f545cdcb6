// Narrowing helpers for walking the bundled spec, which arrives as untyped JSON. JSON pointers are
// resolved by @tmdb-kit/types/spec-walk, the walker the spec-diff script shares, so both read a spec by
// the same rules (RFC 6901 escapes, percent-encoded fragments, array indexes, own keys only).
import {
  isJsonObject,
  type JsonObject,
  resolvePointer as resolve,
  SpecWalkError,
} from '@tmdb-kit/types/spec-walk';

export { isJsonObject, type JsonObject };

export function objectAt(value: JsonObject, key: string): JsonObject | undefined {
  const child = value[key];
  return isJsonObject(child) ? child : undefined;
}

/** Resolves a local JSON pointer such as `#/components/schemas/Movie` inside `root`. */
export function resolvePointer(root: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#')) throw new SpecShapeError(`only local $refs are supported, got ${ref}`);
  try {
    return resolve(root, ref);
  } catch (error) {
    if (error instanceof SpecWalkError)
      throw new SpecShapeError(`unresolvable $ref ${ref}: ${error.message}`);
    throw error;
  }
}

/** The bundled spec is not shaped as the fake expects; a bug in the spec or in the fake, never in a request. */
export class SpecShapeError extends Error {
  override name = 'SpecShapeError';
}
