import { TmdbError } from './errors.js';

/**
 * A response whose body has been read completely. The transport reads every body before handing the
 * response on, so that the timeout covers the whole exchange, a connection cut mid-body can be retried,
 * the rate limiter's connection slot is held until the body is in, and one answer can be handed to
 * several callers (de-duplication, cache) as independent copies.
 */
export class BufferedResponse extends Response {
  readonly payload: Uint8Array<ArrayBuffer>;
  /** Set by the error middleware, so that a bad body or a failed `unwrap` can name the operation. */
  operation: { method: string; path: string } | undefined;

  constructor(
    payload: Uint8Array<ArrayBuffer>,
    init: { status: number; statusText: string; headers: Headers },
  ) {
    const headers = new Headers(init.headers);
    // The bytes are decoded and complete, so their own length is the truthful one; openapi-fetch only calls
    // `json()` (which reports bad JSON as a TmdbError, below) when a length is present.
    headers.set('content-length', String(payload.byteLength));
    headers.delete('content-encoding');
    headers.delete('transfer-encoding');
    super(payload.byteLength ? payload : null, { status: init.status, statusText: init.statusText, headers });
    this.payload = payload;
  }

  /** An independent response with the same status, headers and body. */
  copy(): BufferedResponse {
    return new BufferedResponse(this.payload, this);
  }

  override async json(): Promise<unknown> {
    try {
      return await super.json();
    } catch {
      // The parser's message quotes the body, which is not ours to repeat.
      throw new TmdbError({
        kind: 'invalid-response',
        method: this.operation?.method ?? 'request',
        path: this.operation?.path,
        status: this.status,
        status_message: 'body is not JSON',
      });
    }
  }
}
