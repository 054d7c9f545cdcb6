// Walking an OpenAPI document that arrives as parsed JSON: JSON-pointer resolution, `$ref` chains and
// the list of operations. One implementation, so the mock and the spec-diff script read a spec by the
// same rules (`import { walkOperations } from '@tmdb-kit/types/spec-walk'`).

/** An object in a parsed JSON document. Values stay `unknown` until a caller narrows them. */
export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The document does not say what it claims: a pointer that does not resolve, a `$ref` cycle, ... */
export class SpecWalkError extends Error {
  override name = 'SpecWalkError';
}

/**
 * Resolves a JSON pointer (RFC 6901) inside `root`: `/components/schemas/Movie`, or its URI-fragment form
 * `#/components/schemas/Movie` as `$ref`s write it (percent-decoded first, RFC 6901 section 6). In a
 * token `~1` stands for `/` and `~0` for `~`. Only a document's own keys count: `#/toString` does not
 * resolve to a method of `Object.prototype`.
 */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let current = root;
  for (const token of pointerTokens(pointer)) {
    current = childOf(current, token, pointer);
  }
  return current;
}

/** The unescaped tokens of a pointer; `""` and `"#"` (the whole document) have none. */
export function pointerTokens(pointer: string): string[] {
  let text = pointer;
  if (text.startsWith('#')) {
    try {
      text = decodeURIComponent(text.slice(1));
    } catch {
      throw new SpecWalkError(`JSON pointer "${pointer}" is not valid percent-encoding`);
    }
  }
  if (text === '') return [];
  if (!text.startsWith('/')) throw new SpecWalkError(`JSON pointer "${pointer}" must start with "/"`);
  return text
    .slice(1)
    .split('/')
    .map((token) => {
      if (/~[^01]|~$/.test(token)) throw new SpecWalkError(`JSON pointer "${pointer}" has a bad "~" escape`);
      // `~1` first: `~01` is the token `~1`, not `/`.
      return token.replaceAll('~1', '/').replaceAll('~0', '~');
    });
}

/** Writes a key as a pointer token: the inverse of the unescaping above. */
export function escapePointerToken(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function childOf(node: unknown, token: string, pointer: string): unknown {
  if (Array.isArray(node)) {
    // Array indexes are decimal without leading zeros; `-` (past the end) never resolves to a value.
    if (/^(0|[1-9][0-9]*)$/.test(token) && Number(token) < node.length) return node[Number(token)];
  } else if (isJsonObject(node) && Object.hasOwn(node, token)) {
    return node[token];
  }
  throw new SpecWalkError(`$ref "${pointer}" does not resolve`);
}

// A chain of $refs longer than this is a cycle ($ref pointing at itself through others), not a spec.
const MAX_REF_HOPS = 32;

/**
 * Follows `$ref`s (local ones: the document must be bundled) until it reaches a value that is not a
 * reference, and returns that value.
 */
export function dereference(root: unknown, value: unknown): unknown {
  let current = value;
  for (let hops = 0; hops <= MAX_REF_HOPS; hops += 1) {
    if (!isJsonObject(current) || typeof current.$ref !== 'string') return current;
    const ref = current.$ref;
    if (!ref.startsWith('#')) {
      throw new SpecWalkError(
        `$ref "${ref}" points outside the document; bundle the spec into one file first`,
      );
    }
    current = resolvePointer(root, ref);
  }
  throw new SpecWalkError(`$ref cycle: more than ${MAX_REF_HOPS} references in a row`);
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface WalkedOperation {
  /** The path as the document writes it: `/3/movie/{movie_id}`. */
  readonly path: string;
  readonly method: HttpMethod;
  readonly operation: JsonObject;
  /**
   * Path-level parameters, then the operation's own, as written (possibly `$ref`s). The operation's own
   * come last so that a reader keeping the last one per name and location follows OpenAPI's override rule.
   */
  readonly parameters: readonly unknown[];
}

/** Every operation of an OpenAPI 3 document, in document order; path items may be `$ref`s. */
export function* walkOperations(document: unknown): Generator<WalkedOperation> {
  const paths = isJsonObject(document) ? document.paths : undefined;
  if (!isJsonObject(paths)) return;
  for (const [path, rawItem] of Object.entries(paths)) {
    const pathItem = dereference(document, rawItem);
    if (!isJsonObject(pathItem)) continue;
    const shared: readonly unknown[] = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isJsonObject(operation)) continue;
      const own: readonly unknown[] = Array.isArray(operation.parameters) ? operation.parameters : [];
      yield { path, method, operation, parameters: [...shared, ...own] };
    }
  }
}
