// Narrowing helpers for walking the bundled spec, which arrives as untyped JSON.

export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: JsonObject, key: string): JsonObject | undefined {
  const child = value[key];
  return isJsonObject(child) ? child : undefined;
}

/** Resolves a local JSON pointer such as `#/components/schemas/Movie` inside `root`. */
export function resolvePointer(root: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new SpecShapeError(`only local $refs are supported, got ${ref}`);
  let current: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isJsonObject(current) || !(key in current)) throw new SpecShapeError(`unresolvable $ref ${ref}`);
    current = current[key];
  }
  return current;
}

/** The bundled spec is not shaped as the fake expects; a bug in the spec or in the fake, never in a request. */
export class SpecShapeError extends Error {
  override name = 'SpecShapeError';
}
