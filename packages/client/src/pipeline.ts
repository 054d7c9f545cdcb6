// The request pipeline: what happens between openapi-fetch building a request and the answer coming back.
// It is a chain of stages, each a middleware around the rest of the chain (`next`), given to openapi-fetch
// as its `fetch`. Outermost first: cache, de-duplication, retry, rate limit, transport.
import { parseRetryAfter, TmdbError, toTmdbError } from './errors.js';
import { defaultRateLimiter, RateLimiter, type RateLimitOptions, rateLimitStage } from './rate-limit.js';
import { BufferedResponse } from './responses.js';
import { deadline, follow, onAbort, sleep } from './signals.js';

/**
 * Sends a request and resolves to its fully read response. The caller's abort is `request.signal`:
 * every stage stops as soon as it aborts.
 */
export type Exchange = (request: Request) => Promise<BufferedResponse>;

/** One stage: given the rest of the pipeline, an exchange that does its part around it. */
export type Stage = (next: Exchange) => Exchange;

/** The subset of `fetch` the client needs; any WHATWG-compatible implementation fits. */
export type FetchFunction = (input: Request | string, init?: RequestInit) => Promise<Response>;

/** The production concerns of the request pipeline; each can be tuned or switched off with `false`. */
export interface PipelineOptions {
  /** Per-attempt limit in ms, covering the response body too. Default 10 000; `false` for none. */
  timeout?: number | false;
  /** Retries of failed idempotent requests (429, 502, 503, 504, network errors, timeouts). */
  retry?: RetryOptions | false;
  /**
   * Client-side rate limiting. Default: a limiter shared by every client of the process that talks to the
   * same origin, at TMDB's documented limits; none for a loopback `baseUrl` (127.0.0.1, localhost, [::1]:
   * a local mock or proxy, which TMDB's limits do not concern). Pass a `RateLimiter` to share one
   * explicitly, options to get a private one, or `false` for none.
   */
  rateLimit?: RateLimiter | RateLimitOptions | false;
  /** Share one in-flight GET between identical concurrent calls. Default true. */
  dedupe?: boolean;
  /** A response cache, `responseCache({ ttl })`. Default none. */
  cache?: Stage | undefined;
  /**
   * Largest response body accepted, in bytes after decompression; a larger one fails with an
   * `invalid-response` TmdbError instead of filling memory. Default 16 MiB (TMDB's answers are far smaller).
   */
  maxResponseBytes?: number;
}

export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** Methods that may be repeated. Default: the idempotent ones (GET, HEAD, OPTIONS, PUT, DELETE). */
  methods?: readonly string[];
  /** HTTP statuses worth another attempt. Default 429, 502, 503, 504; other 4xx never are. */
  statuses?: readonly number[];
  /** Whether a timed-out attempt is retried. Default true. */
  retryTimeouts?: boolean;
  /** First backoff ceiling in ms; the ceiling doubles per retry and the wait is random below it. Default 250. */
  baseDelay?: number;
  /** Longest single wait in ms; a `Retry-After` asking for more ends the retries. Default 20 000. */
  maxDelay?: number;
  /** Budget in ms for all attempts and waits of one request. Default 60 000. */
  maxElapsed?: number;
  /** Observes each retry (metrics, logs). Gets no URL, so nothing secret. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  method: string;
  /** 1 for the first retry. */
  attempt: number;
  /** How long the client waits before it, in ms. */
  delay: number;
  /** The HTTP status that caused it, or the failure kind. */
  reason: number | 'network' | 'timeout';
}

const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Methods with no side effects beyond the first call, which are therefore safe to repeat. */
const IDEMPOTENT_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'];

/** Builds the pipeline for one client family from its options (checked here, at creation). */
export function createPipeline(fetchImpl: FetchFunction, origin: string, options: PipelineOptions): Exchange {
  const { timeout = 10_000, retry, rateLimit, dedupe, cache } = options;
  const { maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES } = options;
  if (timeout !== false && !(timeout > 0)) throw new TypeError('timeout: expected milliseconds > 0 or false');
  if (!(maxResponseBytes > 0)) throw new TypeError('maxResponseBytes: expected a number of bytes > 0');
  const limiter =
    rateLimit === false
      ? undefined
      : rateLimit instanceof RateLimiter
        ? rateLimit
        : rateLimit
          ? new RateLimiter(rateLimit)
          : defaultRateLimiter(origin);
  const stages: Stage[] = [
    cache,
    dedupe === false ? undefined : dedupeStage,
    retry === false ? undefined : retryStage(retry),
    limiter && rateLimitStage(limiter),
  ].filter((stage) => stage !== undefined);
  return stages.reduceRight<Exchange>(
    (next, stage) => stage(next),
    transport(fetchImpl, timeout, maxResponseBytes),
  );
}

/**
 * The innermost exchange: one HTTP attempt under its timeout, reading the whole body (at most
 * `maxBytes`). Failures become `TmdbError`s (`timeout`, `network`, or `invalid-response` for a redirect or
 * an oversized body), except the caller's own abort, which rejects with the caller's reason as `fetch`
 * does. Redirects are not followed: TMDB does not redirect API calls, so a redirect means something in
 * between is sending the client (and its credentials) elsewhere.
 */
export function transport(fetchImpl: FetchFunction, timeout: number | false, maxBytes: number): Exchange {
  return async (request) => {
    const caller = request.signal;
    caller.throwIfAborted();
    const controller = new AbortController();
    const unfollow = follow(caller, controller);
    const timer = timeout === false ? undefined : deadline(controller, timeout);
    try {
      const response = await send(fetchImpl, request, controller.signal);
      if (isRedirect(response)) {
        await response.body?.cancel();
        throw new TmdbError({
          kind: 'invalid-response',
          method: request.method,
          status: response.status,
          status_message: 'redirect refused: TMDB does not redirect API calls',
        });
      }
      const payload = await readBody(response, maxBytes);
      if (!payload) {
        controller.abort();
        throw new TmdbError({
          kind: 'invalid-response',
          method: request.method,
          status: response.status,
          status_message: `response body over maxResponseBytes (${maxBytes} bytes)`,
        });
      }
      return new BufferedResponse(payload, response);
    } catch (error) {
      if (error instanceof TmdbError) throw error;
      const timedOut = timer?.passed();
      if (caller.aborted && !timedOut) throw caller.reason;
      if (!timedOut) throw toTmdbError(error, { method: request.method });
      throw new TmdbError({
        kind: 'timeout',
        method: request.method,
        status_message: `no response within ${timeout} ms`,
        cause: error,
      });
    } finally {
      timer?.clear();
      unfollow();
    }
  };
}

/**
 * Sends `request` under `signal`, not following redirects. A request without a body is sent as its URL and
 * options: `fetch` copies a `Request` it is given, and in undici a copy that follows another signal costs
 * about as much as the rest of the client's work on a request. (Of the options, those that matter to an
 * API call are kept: `referrer`, `integrity` and `keepalive` are not.)
 */
function send(fetchImpl: FetchFunction, request: Request, signal: AbortSignal): Promise<Response> {
  if (request.body !== null) return fetchImpl(new Request(request, { signal, redirect: 'manual' }));
  return fetchImpl(request.url, {
    method: request.method,
    headers: request.headers,
    signal,
    redirect: 'manual',
    credentials: request.credentials,
    cache: request.cache,
  });
}

/** A redirect answer (or, from a `fetch` that followed it anyway, a redirected one). 304 is not one. */
function isRedirect(response: Response): boolean {
  return (
    response.type === 'opaqueredirect' ||
    response.redirected ||
    (response.status >= 300 && response.status < 400 && response.status !== 304)
  );
}

/** The whole body, or `undefined` once it grows past `maxBytes` (the rest is not read). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = response.headers.get('content-length');
  if (Number(declared) > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  // An uncompressed body with a length within the cap cannot grow past it: read it in one go. A
  // compressed one (its length is the compressed size) is counted chunk by chunk as it is inflated.
  if (!response.body || (declared !== null && !response.headers.has('content-encoding'))) {
    return new Uint8Array(await response.arrayBuffer());
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const payload = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    payload.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return payload;
}

/**
 * Repeats failed attempts of idempotent requests: exponential backoff with full jitter, `Retry-After`
 * honoured exactly, bounded by a number of retries and a time budget, and abandoned at once when the
 * caller aborts. When retries run out the last response is returned (or the last error thrown) unchanged.
 */
export function retryStage(options: RetryOptions = {}): Stage {
  const {
    retries = 3,
    methods = IDEMPOTENT_METHODS,
    statuses = [429, 502, 503, 504],
    retryTimeouts = true,
    baseDelay = 250,
    maxDelay = 20_000,
    maxElapsed = 60_000,
    onRetry,
  } = options;
  /** Why an attempt is worth repeating, or `undefined` when its outcome is final. */
  const reasonToRetry = (outcome: BufferedResponse | unknown): RetryEvent['reason'] | undefined => {
    if (outcome instanceof BufferedResponse)
      return statuses.includes(outcome.status) ? outcome.status : undefined;
    if (!(outcome instanceof TmdbError)) return undefined;
    if (outcome.kind === 'network') return 'network';
    return outcome.kind === 'timeout' && retryTimeouts ? 'timeout' : undefined;
  };
  return (next) => async (request) => {
    if (!methods.includes(request.method)) return next(request);
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      // A body can be sent once: keep the original and send copies.
      const outcome = await next(request.body ? request.clone() : request).catch((error: unknown) => error);
      const reason = reasonToRetry(outcome);
      if (reason === undefined || attempt > retries) return settle(outcome);
      const retryAfter =
        outcome instanceof BufferedResponse ? parseRetryAfter(outcome.headers.get('retry-after')) : undefined;
      const delay =
        retryAfter === undefined
          ? Math.random() * Math.min(maxDelay, baseDelay * 2 ** (attempt - 1))
          : retryAfter * 1000;
      if (delay > maxDelay || delay > maxElapsed - (Date.now() - started)) return settle(outcome);
      onRetry?.({ method: request.method, attempt, delay, reason });
      await sleep(delay, request.signal);
    }
  };
}

/** An attempt's outcome handed on: a response resolves, anything else was thrown and is thrown again. */
function settle(outcome: unknown): BufferedResponse {
  if (outcome instanceof BufferedResponse) return outcome;
  throw outcome;
}

/**
 * Identifies requests that must get the same answer: method, URL (language, session and `api_key` are
 * query parameters) and credentials. Other headers do not change what TMDB answers.
 */
export function requestKey(request: Request): string {
  return `${request.method} ${request.url} ${request.headers.get('authorization')}`;
}

interface Flight {
  promise: Promise<BufferedResponse>;
  /** The signal of the call that started the flight: its abort ends the flight. */
  signal: AbortSignal;
}

/**
 * Shares one in-flight GET (or HEAD) between identical concurrent calls. The first call's request is the
 * one sent, under its own signal. A call that joined can abort on its own; if the first call aborts, the
 * calls that joined it start over without it.
 */
export const dedupeStage: Stage = (next) => {
  const flights = new Map<string, Flight>();
  const exchange: Exchange = (request) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.body !== null)
      return next(request);
    const key = requestKey(request);
    const flight = flights.get(key);
    if (flight) return join(flight, request);
    // The starting call gets the original response; calls that join get copies.
    const started: Flight = { promise: next(request), signal: request.signal };
    flights.set(key, started);
    const forget = () => {
      if (flights.get(key) === started) flights.delete(key);
    };
    started.promise.then(forget, forget);
    return started.promise;
  };

  const join = (flight: Flight, request: Request): Promise<BufferedResponse> =>
    new Promise((resolve, reject) => {
      const { signal } = request;
      signal.throwIfAborted();
      const stop = onAbort(signal, () => reject(signal.reason));
      flight.promise.then(
        (response) => {
          stop();
          resolve(response.copy());
        },
        (error: unknown) => {
          stop();
          // The call that started the flight gave up; this one has not, so it goes on its own.
          if (flight.signal.aborted && !signal.aborted) resolve(exchange(request));
          else reject(error);
        },
      );
    });

  return exchange;
};
