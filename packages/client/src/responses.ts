import type { Middleware } from 'openapi-fetch';
import { type Operation, operationOf, rememberOperation, TmdbError, toTmdbError } from './errors.js';
import type { Redactor } from './redact.js';

const decoder = new TextDecoder();

/**
 * A response whose body has been read completely into memory. The transport reads every body before
 * handing the response on, so that the timeout and the size cap cover the whole exchange, a connection
 * cut mid-body can be retried, the rate limiter's slot is held until the body is in, and one answer can
 * be handed to several callers (de-duplication, cache) as cheap independent copies.
 *
 * The body is served from memory by `json()`, `text()`, `arrayBuffer()` and `blob()`; `body` (the stream)
 * is `null`, so openapi-fetch's `parseAs: 'stream'` is not supported.
 */
export class BufferedResponse extends Response {
  readonly payload: Uint8Array<ArrayBuffer>;

  constructor(
    payload: Uint8Array<ArrayBuffer>,
    init: { status: number; statusText: string; headers: Headers },
  ) {
    super(null, init);
    // openapi-fetch calls `json()` (which reports bad JSON as a TmdbError) only when a length is present,
    // and the decoded bytes' own length is the truthful one.
    this.headers.set('content-length', String(payload.byteLength));
    this.payload = payload;
  }

  /** An independent response with the same status, headers and body. */
  copy(): BufferedResponse {
    return new BufferedResponse(this.payload, this);
  }

  override clone(): BufferedResponse {
    return this.copy();
  }

  override async text(): Promise<string> {
    return decoder.decode(this.payload);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.payload.slice().buffer;
  }

  override async blob(): Promise<Blob> {
    return new Blob([this.payload], { type: this.headers.get('content-type') ?? '' });
  }

  override async json(): Promise<unknown> {
    try {
      return JSON.parse(decoder.decode(this.payload));
    } catch {
      // The parser's message quotes the body, which is not ours to repeat.
      const operation = operationOf(this);
      throw new TmdbError({
        kind: 'invalid-response',
        method: operation?.method ?? 'request',
        path: operation?.path,
        status: this.status,
        status_message: 'body is not JSON',
      });
    }
  }
}

/**
 * The last middleware of every client: makes answers and failures uniform before openapi-fetch (and so
 * the caller) sees them.
 * - Every response learns its operation (method and path template), for `unwrap` and `toTmdbError`.
 * - An error body that is not TMDB's JSON (a CDN's HTML 429 page, a proxy's text) is replaced by a
 *   TMDB-shaped one, so `error` always matches the spec's `TmdbError` / `TmdbValidationError` types.
 * - Secrets echoed in an error body are redacted, and every thrown failure becomes a redacted
 *   `TmdbError` naming its operation; the caller's own abort is left as it is, as `fetch` does.
 * - With `throwOnError`, an error response is thrown as a `TmdbError` instead of returned.
 */
export function responseMiddleware(redact: Redactor, throwOnError: boolean): Middleware {
  return {
    onResponse({ request, response, schemaPath }) {
      const operation: Operation = { method: request.method, path: schemaPath };
      rememberOperation(response, operation);
      if (response.ok || !(response instanceof BufferedResponse)) return undefined;
      const parsed = parseJson(decoder.decode(response.payload));
      const body = isTmdbErrorBody(parsed) ? redact(parsed) : bodyFromStatus(response);
      const replaced =
        body === parsed
          ? response
          : new BufferedResponse(new TextEncoder().encode(JSON.stringify(body)), response);
      rememberOperation(replaced, operation);
      if (throwOnError) throw toTmdbError({ error: body, response: replaced });
      return replaced === response ? undefined : replaced;
    },
    onError({ request, error, schemaPath }) {
      if (request.signal.aborted && error === request.signal.reason) {
        // openapi-fetch rethrows only a truthy error (a falsy one would carry on as if a response had
        // come), so an abort with `null` or `undefined` becomes the standard AbortError.
        return error ? undefined : new DOMException('This operation was aborted', 'AbortError');
      }
      return redact(toTmdbError(error, { method: request.method, path: schemaPath }));
    },
  };
}

/** The TMDB-shaped body of an error response whose own body is not TMDB's. */
function bodyFromStatus(response: Response): object {
  return {
    success: false,
    // The spec documents HTTP 429 as TMDB's code 25 (TmdbStatus.RateLimited) whatever the body; other
    // foreign bodies have no code (TmdbStatus.NotFromTmdb).
    status_code: response.status === 429 ? 25 : 0,
    status_message: `HTTP ${response.status} ${response.statusText}`.trim(),
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
function isTmdbErrorBody(value: unknown): value is object {
  return (
    typeof value === 'object' &&
    value !== null &&
    (('status_code' in value && typeof value.status_code === 'number' && 'status_message' in value) ||
      ('errors' in value && Array.isArray(value.errors)))
  );
}
