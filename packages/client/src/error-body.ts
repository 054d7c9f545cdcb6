import type { Middleware } from 'openapi-fetch';
import { BufferedResponse } from './buffered-response.js';
import { TmdbError } from './errors.js';
import type { Redactor } from './redact.js';

/**
 * Makes failures uniform before openapi-fetch sees them:
 * - an error body that is not TMDB's JSON (a CDN's HTML 429 page, a proxy's text) is replaced by a
 *   TMDB-shaped one, so `error` always matches the spec's `TmdbError` / `TmdbValidationError` types;
 * - secrets echoed in an error body are redacted;
 * - every response and thrown failure (timeout, network) learns its operation: method and path template.
 */
export function errorBodyMiddleware(redact: Redactor): Middleware {
  return {
    onResponse({ request, response, schemaPath }) {
      // Responses from the client's own pipeline are always buffered; anything else is left alone.
      if (!(response instanceof BufferedResponse)) return undefined;
      response.operation = { method: request.method, path: schemaPath };
      if (response.ok) return undefined;
      const text = new TextDecoder().decode(response.payload);
      const clean = redact(text);
      const body = isTmdbErrorBody(parseJson(clean))
        ? clean
        : JSON.stringify({
            success: false,
            // The spec documents HTTP 429 as TMDB's code 25 (TmdbStatus.RateLimited) whatever the body; other
            // foreign bodies have no code (TmdbStatus.NotFromTmdb). Literals keep TmdbStatus out of bundles.
            status_code: response.status === 429 ? 25 : 0,
            status_message: `HTTP ${response.status} ${response.statusText}`.trim(),
          });
      if (body === text) return undefined;
      const replaced = new BufferedResponse(new TextEncoder().encode(body), response);
      replaced.operation = response.operation;
      return replaced;
    },
    onError({ request, error, schemaPath }) {
      if (!(error instanceof TmdbError)) return undefined;
      // The transport knew only the method; a session client's redactor also knows its session id.
      return new TmdbError({
        ...error,
        method: request.method,
        path: schemaPath,
        status_message: redact(error.status_message),
        cause: redact.error(error.cause),
      });
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** TMDB's error bodies carry a numeric `status_code` and a `status_message`, or (422) an `errors` list. */
function isTmdbErrorBody(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (('status_code' in value && typeof value.status_code === 'number' && 'status_message' in value) ||
      ('errors' in value && Array.isArray(value.errors)))
  );
}
