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
