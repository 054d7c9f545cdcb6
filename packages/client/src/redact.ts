/**
 * The client's one redaction rule: every secret it was given (access token, API key, session ids, a
 * login's password) becomes `[redacted]` wherever it could show, whatever its length:
 * - as written, URL-encoded (query strings), form-encoded and JSON-escaped (a body echoed back);
 * - in text, and in every string inside a value: error messages and stacks, the fields of a `TmdbError`,
 *   the `cause` chain (to any depth), arrays, plain objects, `Headers` and `URL`s an error carries.
 *
 * It runs on decoded values only (never on a raw body), so a short secret cannot break a JSON document.
 */
export interface Redactor {
  /**
   * `value` with every secret hidden. Errors keep their class (a `TmdbError` stays one); a value that
   * holds no secret is returned as it is.
   */
  <T>(value: T): T;
  /** The same rule for one more secret (a session client adds its session id). */
  with(secret: string): Redactor;
}

export const REDACTED = '[redacted]';

/** How deep into nested causes and objects redaction looks (causes are rarely more than 3 deep); deeper objects are dropped. */
const MAX_DEPTH = 12;

/** The forms a secret can take in text that reached an error. */
function formsOf(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams([['', secret]]).toString().slice(1),
    JSON.stringify(secret).slice(1, -1),
  ];
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const usable = secrets.filter((secret) => typeof secret === 'string' && secret !== '');
  // Longest first, so that a secret inside another one cannot leave a piece of the longer behind.
  const forms = [...new Set(usable.flatMap(formsOf))].sort((a, b) => b.length - a.length);
  const hide = (text: string) => forms.reduce((result, form) => result.replaceAll(form, REDACTED), text);

  const clean = (value: unknown, depth: number, seen: Set<object>): unknown => {
    if (typeof value === 'string') return hide(value);
    if (typeof value !== 'object' || value === null) return value;
    // Deeper than any real cause chain: not looked into, so not passed on either.
    if (depth > MAX_DEPTH) return REDACTED;
    // A cause chain that loops back: the copy cannot point at the original (it may hold a secret).
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    try {
      if (Array.isArray(value)) {
        const items = value.map((item) => clean(item, depth + 1, seen));
        return items.every((item, index) => item === value[index]) ? value : items;
      }
      if (value instanceof Headers) {
        const entries = [...value].map(([name, text]) => [name, hide(text)] as [string, string]);
        return entries.every(([name, text]) => value.get(name) === text) ? value : new Headers(entries);
      }
      if (value instanceof URL) {
        const href = hide(value.href);
        return href === value.href ? value : safeUrl(href);
      }
      if (value instanceof Error) return cleanError(value, (item) => clean(item, depth + 1, seen));
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return value;
      return copyWith(value, prototype, (item) => clean(item, depth + 1, seen)) ?? value;
    } finally {
      seen.delete(value);
    }
  };

  const redact = <T>(value: T): T => {
    if (forms.length === 0) return value;
    const result = clean(value, 0, new Set());
    // `clean` keeps every value's type: strings stay strings, errors keep their prototype, objects their shape.
    return result === value ? value : (result as T);
  };
  return Object.assign(redact, { with: (secret: string) => createRedactor([...usable, secret]) });
}

/**
 * A copy of `value` (same prototype) whose own data properties went through `clean`, or `undefined` when
 * none changed. Accessor properties are not read (a getter may have side effects).
 */
function copyWith(value: object, prototype: object | null, clean: (item: unknown) => unknown) {
  let changed = false;
  const descriptors = Object.getOwnPropertyDescriptors(value);
  for (const descriptor of Object.values(descriptors)) {
    if (!('value' in descriptor)) continue;
    const cleaned = clean(descriptor.value);
    if (cleaned !== descriptor.value) {
      descriptor.value = cleaned;
      changed = true;
    }
  }
  return changed ? Object.create(prototype, descriptors) : undefined;
}

/**
 * An error without secrets: a copy of the same class whose message, stack, cause and fields are clean.
 * Errors whose message is not their own (`DOMException` keeps it in an internal slot) cannot be copied
 * that way and become a plain `Error` with their name, clean message, cause and own fields.
 */
function cleanError(error: Error, clean: (item: unknown) => unknown): unknown {
  if (Object.hasOwn(error, 'message')) {
    const copy = copyWith(error, Object.getPrototypeOf(error), clean);
    if (!copy) return error;
    // Some engines keep `stack` as an accessor that reads the original error's internal state: give the
    // copy the clean text itself.
    Object.defineProperty(copy, 'stack', { value: clean(error.stack), writable: true, configurable: true });
    return copy;
  }
  const message = clean(error.message);
  const cause = clean(error.cause);
  const stack = clean(error.stack);
  // Its own fields (a fetch may attach the request's URL) can hold a secret as well.
  const fields = copyWith(error, null, clean);
  if (message === error.message && cause === error.cause && stack === error.stack && !fields) return error;
  const copy = new Error(String(message), cause === undefined ? undefined : { cause });
  const {
    message: _message,
    stack: _stack,
    cause: _cause,
    name: _name,
    ...rest
  } = Object.getOwnPropertyDescriptors(fields ?? error);
  Object.defineProperties(copy, rest);
  copy.name = error.name;
  copy.stack = typeof stack === 'string' ? stack : undefined;
  return copy;
}

function safeUrl(href: string): URL {
  try {
    return new URL(href);
  } catch {
    return new URL(`about:blank#${REDACTED}`);
  }
}
