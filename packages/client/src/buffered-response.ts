import { TmdbError } from './errors.js';

const decoder = new TextDecoder();

/**
 * A response whose body has been read completely into memory. The transport reads every body before
 * handing the response on, so that the timeout covers the whole exchange, a connection cut mid-body can
 * be retried, the rate limiter's connection slot is held until the body is in, and one answer can be
 * handed to several callers (de-duplication, cache) as cheap independent copies.
 *
 * The body is served from memory by `json()`, `text()`, `arrayBuffer()` and `blob()` rather than through
 * a stream: building and draining a stream costs more than the rest of the client's work on a request.
 * `body` (the stream) is therefore `null`; openapi-fetch's `parseAs: 'stream'` is not supported.
 */
export class BufferedResponse extends Response {
  declare readonly payload: Uint8Array<ArrayBuffer>;
  /** Set by the error middleware, so that a bad body or a failed `unwrap` can name the operation. */
  declare operation: { method: string; path: string } | undefined;

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
