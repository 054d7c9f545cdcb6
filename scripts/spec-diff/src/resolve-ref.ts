import { SpecDiffError } from './errors.js';
import { isJsonObject, type JsonObject, type JsonValue } from './json.js';

// A chain of $refs longer than this is a cycle ($ref pointing at itself through others), not a spec.
const MAX_REF_HOPS = 32;

/** Follows `$ref`s inside the same document until it reaches an object that is not a reference. */
export function resolveRefs(document: JsonObject, value: JsonValue | undefined): JsonObject | undefined {
  let current = value;
  for (let hops = 0; hops <= MAX_REF_HOPS; hops += 1) {
    if (!isJsonObject(current)) return undefined;
    const ref = current.$ref;
    if (typeof ref !== 'string') return current;
    current = followPointer(document, ref);
  }
  throw new SpecDiffError(`$ref cycle: more than ${MAX_REF_HOPS} references in a row`);
}

function followPointer(document: JsonObject, ref: string): JsonValue {
  if (!ref.startsWith('#/')) {
    throw new SpecDiffError(`$ref "${ref}" points outside the document; bundle the spec into one file first`);
  }
  let node: JsonValue = document;
  for (const rawToken of ref.slice(2).split('/')) {
    const token = decodeURIComponent(rawToken).replaceAll('~1', '/').replaceAll('~0', '~');
    const next: JsonValue | undefined = Array.isArray(node)
      ? node[Number(token)]
      : isJsonObject(node)
        ? node[token]
        : undefined;
    if (next === undefined) throw new SpecDiffError(`$ref "${ref}" does not resolve`);
    node = next;
  }
  return node;
}
