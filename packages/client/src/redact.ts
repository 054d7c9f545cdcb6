import { TmdbError } from './errors.js';

/**
 * Removes the client's secrets (token, API key, session ids) from text that may end up in an error: TMDB
 * or a proxy can echo a request back, and a custom `fetch` may put the URL (with `api_key`) in its errors.
 */
export interface Redactor {
  (text: string): string;
  /** A redactor that also hides `secret` (session clients add their session id). */
  with(secret: string): Redactor;
  /** `error` itself when it holds no secret, else an `Error` with its message redacted. */
  error(error: unknown): unknown;
}

export function createRedactor(secrets: readonly string[]): Redactor {
  // Secrets are hidden as written and URL-encoded (query strings); very short strings would redact words.
  const hidden = secrets.flatMap((secret) => (secret.length < 8 ? [] : [secret, encodeURIComponent(secret)]));
  const redact = (text: string): string =>
    hidden.reduce((result, secret) => result.replaceAll(secret, '[redacted]'), text);
  return Object.assign(redact, {
    with: (secret: string) => createRedactor([...secrets, secret]),
    error: (error: unknown): unknown => {
      const text = error instanceof Error ? `${error.message}${error.stack}` : String(error);
      // A replacement keeps the message, redacted, and drops the rest (stack, nested causes) with the secret.
      return redact(text) === text ? error : new Error(redact(error instanceof Error ? error.message : text));
    },
  });
}

/**
 * `error` without `secret`, a user's password: hidden from a `TmdbError`'s fields (and so from its message,
 * which is built from them) and from its causes, whatever the password's length. It is also hidden in its
 * JSON and URL encodings: a server that echoes a request back quotes the body as JSON.
 *
 * Unlike the client's redactor, this never runs on raw bodies, only on decoded text, so even a short secret
 * cannot break a body's JSON (the redactor leaves secrets under 8 characters alone for that reason).
 */
export function withoutSecret(error: unknown, secret: string): unknown {
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    new URLSearchParams([['', secret]]).toString().slice(1),
  ].sort((a, b) => b.length - a.length);
  const hide = (text: string): string =>
    forms.reduce((result, form) => result.replaceAll(form, '[redacted]'), text);
  const clean = (value: unknown): unknown => {
    if (value instanceof TmdbError) {
      return new TmdbError({
        ...value,
        status_message: hide(value.status_message),
        errors: value.errors?.map(hide),
        cause: clean(value.cause),
      });
    }
    if (typeof value === 'string') return hide(value);
    if (!(value instanceof Error)) return value;
    const cause = clean(value.cause);
    const text = `${value.message}${value.stack}`;
    // An error that never saw the secret keeps its class and stack.
    if (hide(text) === text && cause === value.cause) return value;
    return new Error(hide(value.message), cause === undefined ? undefined : { cause });
  };
  return clean(error);
}
