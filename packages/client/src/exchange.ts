import type { BufferedResponse } from './buffered-response.js';

/**
 * One stage of the client's request pipeline (cache, de-duplication, retry, rate limit, transport): sends
 * `request`, stops when `signal` aborts, and resolves to a fully read response. Stages wrap one another,
 * and openapi-fetch calls the outermost one as its `fetch`.
 */
export type Exchange = (request: Request, signal: AbortSignal) => Promise<BufferedResponse>;

/** The subset of `fetch` the client needs; any WHATWG-compatible implementation fits. */
export type FetchFunction = (input: Request | string, init?: RequestInit) => Promise<Response>;

/** Methods with no side effects beyond the first call, which are therefore safe to repeat or share. */
export const IDEMPOTENT_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'];
