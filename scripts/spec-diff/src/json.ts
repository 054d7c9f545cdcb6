import { isJsonObject, type JsonObject as SpecObject } from '@tmdb-kit/types/spec-walk';

/** What `JSON.parse` can return, for documents the tool parses or tests build. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

/** An object somewhere in a parsed document, its values not yet narrowed. */
export type { SpecObject };
export { isJsonObject };

/** Reads `object[key]` as an object, or undefined when it is absent or of another kind. */
export function objectAt(object: SpecObject | undefined, key: string): SpecObject | undefined {
  const value = object?.[key];
  return isJsonObject(value) ? value : undefined;
}

export function stringAt(object: SpecObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function arrayAt(object: SpecObject | undefined, key: string): readonly unknown[] {
  const value = object?.[key];
  return Array.isArray(value) ? value : [];
}
