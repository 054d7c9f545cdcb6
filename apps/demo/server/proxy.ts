// The only way the browser reaches TMDB: `/tmdb/3/...` is forwarded to the upstream with the server's
// access token added here, so the token never appears in the bundle, the page or the browser's requests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TmdbError } from '@tmdb-kit/types';

export const PROXY_PREFIX = '/tmdb';

export interface ProxyOptions {
  /** The upstream API origin (TMDB or the mock), without a trailing slash. */
  readonly upstreamUrl: string;
  /** Sent upstream as `Authorization: Bearer ...`; never sent back. */
  readonly accessToken: string;
  /** Milliseconds an upstream exchange may take before the browser gets a 504. Default 15 000. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof globalThis.fetch;
}

/**
 * TMDB's codes start at 1; the proxy's own failures carry 0, the code the client gives any body that did not
 * come from TMDB, so the page can tell them apart and show the message, which is written for people.
 */
export const PROXY_STATUS_CODE = 0;

const ALLOWED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE']);
const MAX_BODY_BYTES = 64 * 1024;
/** Request headers worth passing on; cookies and the browser's Authorization never are. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'if-none-match'];
/** Response headers the client uses (Retry-After for 429s, caching validators); hop-by-hop ones are dropped. */
const RELAYED_RESPONSE_HEADERS = [
  'content-type',
  'retry-after',
  'cache-control',
  'etag',
  'last-modified',
  'age',
];

export type ProxyHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export function createTmdbProxy(options: ProxyOptions): ProxyHandler {
  const { accessToken, timeoutMs = 15_000, fetch: fetchImpl = globalThis.fetch } = options;
  const upstreamUrl = options.upstreamUrl.replace(/\/+$/, '');
  const authorization = `Bearer ${accessToken}`;

  return async (request, response) => {
    const method = (request.method ?? 'GET').toUpperCase();
    const target = upstreamTarget(upstreamUrl, request.url ?? '/');
    if (!target) return sendProxyError(response, 404, 'The demo server only forwards /tmdb/3/ paths.');
    if (!ALLOWED_METHODS.has(method)) {
      response.setHeader('allow', [...ALLOWED_METHODS].join(', '));
      return sendProxyError(response, 405, `The demo server does not forward ${method} requests.`);
    }
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
    if (body === null)
      return sendProxyError(response, 413, 'The request body is too large for the demo server.');

    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    headers.set('authorization', authorization);

    // The browser going away (navigation, abort) stops the upstream exchange too.
    const disconnected = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) disconnected.abort();
    });
    const signal = AbortSignal.any([disconnected.signal, AbortSignal.timeout(timeoutMs)]);

    let upstream: Response;
    let bytes: Uint8Array;
    try {
      upstream = await fetchImpl(target, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        // A redirect would carry the token somewhere we did not choose.
        redirect: 'error',
        signal,
      });
      bytes = new Uint8Array(await upstream.arrayBuffer());
    } catch (error) {
      if (disconnected.signal.aborted) return;
      if (isTimeout(error)) {
        return sendProxyError(
          response,
          504,
          `TMDB did not answer the demo server within ${timeoutMs / 1000} s.`,
        );
      }
      // The cause (ECONNREFUSED, ENOTFOUND, ...) helps; the URL is not included, nor anything from the token.
      return sendProxyError(response, 502, `The demo server could not reach TMDB (${reasonOf(error)}).`);
    }

    response.statusCode = upstream.status;
    for (const name of RELAYED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null) response.setHeader(name, value);
    }
    // A user's answers (account states, favorites) must not come back stale from the browser's cache after
    // they change them, nor be kept for the next person on the machine.
    if (target.searchParams.has('session_id') || method !== 'GET')
      response.setHeader('cache-control', 'no-store');
    // fetch has already decoded any compression: the length is that of the bytes we send.
    response.setHeader('content-length', String(bytes.byteLength));
    response.end(method === 'HEAD' ? undefined : bytes);
  };
}

/** The upstream URL for a browser request, or undefined when the path is not under `/tmdb/3/`. */
export function upstreamTarget(upstreamUrl: string, requestUrl: string): URL | undefined {
  // Parsing first resolves `..` and its percent-encoded forms, so the prefix check below cannot be dodged.
  const url = new URL(requestUrl, 'http://demo.invalid');
  if (!url.pathname.startsWith(`${PROXY_PREFIX}/3/`)) return undefined;
  const target = new URL(`${upstreamUrl}${url.pathname.slice(PROXY_PREFIX.length)}${url.search}`);
  // Only the server's credentials go upstream: a key smuggled in by the page is dropped.
  target.searchParams.delete('api_key');
  return target;
}

export function sendProxyError(response: ServerResponse, status: number, message: string): void {
  const body = {
    success: false,
    status_code: PROXY_STATUS_CODE,
    status_message: message,
  } satisfies TmdbError;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** The body as bytes, or null once it exceeds the limit (TMDB's request bodies are a few dozen bytes). */
async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return size === 0 ? undefined : new Uint8Array(Buffer.concat(chunks));
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = error.cause;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return cause instanceof Error ? cause.message : error.message;
}
