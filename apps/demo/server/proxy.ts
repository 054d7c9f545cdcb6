// The only way the browser reaches TMDB: `/tmdb/3/...` is forwarded to the upstream with the server's
// access token added here, so the token never appears in the bundle, the page or the browser's requests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TmdbError } from '@tmdb-kit/types';
import { accessTokenProblem, DemoOptionsError, upstreamUrlProblem } from './options.js';

export const PROXY_PREFIX = '/tmdb';

export interface ProxyOptions {
  /** The upstream API origin (TMDB or the mock), without a trailing slash. */
  readonly upstreamUrl: string;
  /** Sent upstream as `Authorization: Bearer ...`; never sent back. */
  readonly accessToken: string;
  /** Milliseconds an upstream exchange may take before the browser gets a 504. Default 15 000. */
  readonly timeoutMs?: number;
  /** Largest upstream body (after decompression) relayed; larger ones become a 502. Default 8 MiB. */
  readonly maxUpstreamBytes?: number;
  readonly fetch?: typeof globalThis.fetch;
  /** Where the proxy reports its failures in full (never the token); default console.error. */
  readonly log?: (message: string) => void;
}

/**
 * TMDB's codes start at 1; the proxy's own failures carry 0, the code the client gives any body that did not
 * come from TMDB, so the page can tell them apart and show the message, which is written for people.
 */
export const PROXY_STATUS_CODE = 0;

const ALLOWED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE']);
const MAX_BODY_BYTES = 64 * 1024;
/** How much of a refused request body is read and dropped so its sender sees the 413 (not a reset). */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;
/** TMDB's largest answers (details with every append) are a few hundred KiB. */
const DEFAULT_MAX_UPSTREAM_BYTES = 8 * 1024 * 1024;
/**
 * Every relayed answer is data, never a document: even if a browser were tricked into rendering one, it runs
 * nothing and reaches nothing, beside the session id the app keeps on this origin.
 */
const RELAY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
};
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
  const {
    accessToken,
    timeoutMs = 15_000,
    maxUpstreamBytes = DEFAULT_MAX_UPSTREAM_BYTES,
    fetch: fetchImpl = globalThis.fetch,
    log = (message: string) => console.error(message),
  } = options;
  const upstreamProblem = upstreamUrlProblem(options.upstreamUrl);
  if (upstreamProblem) throw new DemoOptionsError(`the upstream URL ${upstreamProblem}`);
  const tokenProblem = accessTokenProblem(accessToken);
  if (tokenProblem) throw new DemoOptionsError(`the access token ${tokenProblem}`);
  const upstreamUrl = new URL(options.upstreamUrl).origin;
  const authorization = `Bearer ${accessToken}`;
  const redact = createRedactor(accessToken);

  return async (request, response) => {
    const method = (request.method ?? 'GET').toUpperCase();
    const body = await readBody(request);
    if (body.tooLarge) {
      // The rest of the body was read and dropped (or is beyond saving): the connection is not reused.
      response.setHeader('connection', 'close');
      if (!body.drained) response.once('finish', () => request.socket.destroy());
      return sendProxyError(response, 413, 'The request body is too large for the demo server.');
    }
    const target = upstreamTarget(upstreamUrl, request.url ?? '/');
    if (target === 'encoded-separator')
      return sendProxyError(response, 400, 'The demo server does not forward encoded slashes or dots.');
    if (!target) return sendProxyError(response, 404, 'The demo server only forwards /tmdb/3/ paths.');
    if (!ALLOWED_METHODS.has(method)) {
      response.setHeader('allow', [...ALLOWED_METHODS].join(', '));
      return sendProxyError(response, 405, `The demo server does not forward ${method} requests.`);
    }

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
    const hasBody = body.bytes !== undefined && method !== 'GET' && method !== 'HEAD';

    let upstream: Response;
    let bytes: Uint8Array;
    try {
      upstream = await fetchImpl(target, {
        method,
        headers,
        ...(hasBody ? { body: body.bytes } : {}),
        // A redirect would carry the token somewhere we did not choose.
        redirect: 'error',
        signal,
      });
      bytes = await readCapped(upstream, maxUpstreamBytes);
    } catch (error) {
      if (disconnected.signal.aborted) return;
      const where = `${method} ${target.pathname}`;
      if (isTimeout(error)) {
        log(`tmdb proxy: ${where}: no answer within ${timeoutMs} ms`);
        return sendProxyError(
          response,
          504,
          `TMDB did not answer the demo server within ${timeoutMs / 1000} s.`,
        );
      }
      if (error instanceof UpstreamTooLargeError) {
        log(`tmdb proxy: ${where}: answer over ${maxUpstreamBytes} bytes, not relayed`);
        return sendProxyError(
          response,
          502,
          'TMDB’s answer was too large for the demo server (UPSTREAM_TOO_LARGE).',
        );
      }
      // The page gets a code only (ECONNREFUSED, ENOTFOUND, ...): never a URL, a host or anything of the token.
      const code = reasonCode(error);
      log(`tmdb proxy: ${where}: ${code}: ${redact.text(describe(error))}`);
      return sendProxyError(response, 502, `The demo server could not reach TMDB (${code}).`);
    }

    if (bytes.byteLength > 0 && !isJson(upstream.headers.get('content-type'))) {
      // An HTML error page from TMDB or a CDN must not be served from the app's origin. The status (and a
      // 429's Retry-After) still reach the client, in the shape it expects.
      log(
        `tmdb proxy: ${method} ${target.pathname}: ${upstream.status} with ${upstream.headers.get('content-type') ?? 'no content type'}, not relayed`,
      );
      const retryAfter = upstream.headers.get('retry-after');
      if (retryAfter !== null && !redact.contains(retryAfter)) response.setHeader('retry-after', retryAfter);
      return sendProxyError(
        response,
        upstream.status >= 400 ? upstream.status : 502,
        `TMDB answered HTTP ${upstream.status} with something other than JSON.`,
      );
    }

    const relayed = redact.bytes(bytes);
    response.statusCode = upstream.status;
    for (const name of RELAYED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null && !redact.contains(value)) response.setHeader(name, value);
    }
    for (const [name, value] of Object.entries(RELAY_HEADERS)) response.setHeader(name, value);
    // A user's answers (account states, favorites) must not come back stale from the browser's cache after
    // they change them, nor be kept for the next person on the machine.
    if (target.searchParams.has('session_id') || method !== 'GET')
      response.setHeader('cache-control', 'no-store');
    // fetch has already decoded any compression: the length is that of the bytes we send.
    response.setHeader('content-length', String(relayed.byteLength));
    response.end(method === 'HEAD' ? undefined : relayed);
  };
}

/**
 * The upstream URL for a browser request: undefined when the path is not under `/tmdb/3/`, and
 * `encoded-separator` when it holds an encoded slash, backslash, dot or percent sign, which an upstream
 * could decode into a different path than the one checked here.
 */
export function upstreamTarget(
  upstreamUrl: string,
  requestUrl: string,
): URL | 'encoded-separator' | undefined {
  // Parsing first resolves `..` and its percent-encoded forms, so the prefix check below cannot be dodged.
  let url: URL;
  try {
    url = new URL(requestUrl, 'http://demo.invalid');
  } catch {
    return undefined;
  }
  if (!url.pathname.startsWith(`${PROXY_PREFIX}/3/`)) return undefined;
  if (/%(2f|5c|2e|25)/i.test(url.pathname)) return 'encoded-separator';
  const target = new URL(`${upstreamUrl}${url.pathname.slice(PROXY_PREFIX.length)}${url.search}`);
  // Only the server's credentials go upstream: a key smuggled in by the page is dropped, in any case.
  for (const name of [...target.searchParams.keys()])
    if (name.toLowerCase() === 'api_key') target.searchParams.delete(name);
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
    ...RELAY_HEADERS,
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

type BodyRead =
  | { readonly tooLarge: false; readonly bytes: Uint8Array<ArrayBuffer> | undefined }
  | { readonly tooLarge: true; readonly drained: boolean };

/**
 * The request body (TMDB's are a few dozen bytes). Past MAX_BODY_BYTES the rest is read and dropped up to
 * MAX_DRAIN_BYTES, so the sender finishes and reads the 413; beyond that the connection is dropped.
 */
async function readBody(request: IncomingMessage): Promise<BodyRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = request[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    const buffer = Buffer.isBuffer(next.value) ? next.value : Buffer.from(String(next.value));
    size += buffer.length;
    if (size > MAX_DRAIN_BYTES) return { tooLarge: true, drained: false };
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  if (size > MAX_BODY_BYTES) return { tooLarge: true, drained: true };
  return { tooLarge: false, bytes: size === 0 ? undefined : new Uint8Array(Buffer.concat(chunks)) };
}

class UpstreamTooLargeError extends Error {
  override readonly name = 'UpstreamTooLargeError';
}

/** The decoded body, read chunk by chunk and abandoned past `limit` bytes (a gzip bomb included). */
async function readCapped(upstream: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(upstream.headers.get('content-length') ?? Number.NaN);
  const encoded = upstream.headers.has('content-encoding');
  if (!encoded && declared > limit) {
    await upstream.body?.cancel();
    throw new UpstreamTooLargeError();
  }
  if (!upstream.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = upstream.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new UpstreamTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function isJson(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

interface Redactor {
  readonly bytes: (body: Uint8Array) => Uint8Array;
  readonly text: (text: string) => string;
  readonly contains: (text: string) => boolean;
}

/**
 * Removes the server's token from what goes back to the page (an upstream may echo it: a debug page, a
 * misconfigured gateway), in the forms it can take in a JSON body or a URL.
 */
function createRedactor(token: string): Redactor {
  const forms = [
    ...new Set([
      token,
      JSON.stringify(token).slice(1, -1),
      token.replaceAll('/', '\\/'),
      encodeURIComponent(token),
    ]),
  ];
  const needles = forms.map((form) => Buffer.from(form));
  const replacement = Buffer.from('[redacted]');
  return {
    bytes(body) {
      let buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      for (const needle of needles) {
        if (buffer.indexOf(needle) === -1) continue;
        const parts: Buffer[] = [];
        let from = 0;
        for (let at = buffer.indexOf(needle); at !== -1; at = buffer.indexOf(needle, from)) {
          parts.push(buffer.subarray(from, at), replacement);
          from = at + needle.length;
        }
        parts.push(buffer.subarray(from));
        buffer = Buffer.concat(parts);
      }
      return buffer;
    },
    text: (text) => forms.reduce((result, form) => result.replaceAll(form, '[redacted]'), text),
    contains: (text) => forms.some((form) => text.includes(form)),
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

/** A short code for the page: the system error code (ECONNREFUSED, ...) or a category, never a message. */
function reasonCode(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  for (const candidate of [cause, error]) {
    if (candidate instanceof Error && 'code' in candidate && typeof candidate.code === 'string') {
      if (/^[A-Z][A-Z0-9_]{1,40}$/.test(candidate.code)) return candidate.code;
    }
  }
  if (cause instanceof Error && /redirect/i.test(cause.message)) return 'UPSTREAM_REDIRECT';
  return 'UPSTREAM_ERROR';
}

/** The whole story for the server's log: the error and its causes. */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current !== undefined && parts.length < 5; ) {
    if (current instanceof Error) {
      parts.push(`${current.name}: ${current.message}`);
      current = current.cause;
    } else {
      parts.push(String(current));
      current = undefined;
    }
  }
  return parts.join(' <- ');
}
