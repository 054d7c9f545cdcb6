import type { ResponseCache } from './cache.js';
import { CallerRequest } from './caller-request.js';
import { withDedupe } from './dedupe.js';
import type { Exchange, FetchFunction } from './exchange.js';
import { RateLimiter, type RateLimitOptions, sharedRateLimiter, withRateLimit } from './rate-limit.js';
import type { Redactor } from './redact.js';
import { type RetryOptions, withRetry } from './retry.js';
import { createTransport } from './transport.js';

/** The production concerns of the request pipeline; each can be tuned or switched off with `false`. */
export interface PipelineOptions {
  /** Per-attempt limit in ms, covering the response body too. Default 10 000; `false` for none. */
  timeout?: number | false;
  /** Retries of failed idempotent requests (429, 502, 503, 504, network errors, timeouts). */
  retry?: RetryOptions | false;
  /**
   * Client-side rate limiting. Default: a limiter shared by every client of the process that talks to the
   * same origin, at TMDB's documented limits. Pass a `RateLimiter` to share one explicitly, options to get
   * a private one, or `false` (for a local mock, say).
   */
  rateLimit?: RateLimiter | RateLimitOptions | false;
  /** Share one in-flight GET between identical concurrent calls. Default true. */
  dedupe?: boolean;
  /** A response cache, `responseCache({ ttl })`. Default none. */
  cache?: ResponseCache | undefined;
}

/**
 * Composes the stages, outermost first: cache, de-duplication, retry, rate limit, transport (timeout and
 * body). A cache hit or a shared flight costs no rate-limit slot; every retry takes one.
 */
export function createPipeline(
  fetchImpl: FetchFunction,
  origin: string,
  redact: Redactor,
  options: PipelineOptions,
): (request: Request) => Promise<Response> {
  const { timeout = 10_000, retry, rateLimit, dedupe, cache } = options;
  if (timeout !== false && !(timeout > 0)) throw new TypeError('timeout: expected milliseconds > 0 or false');
  let exchange = createTransport(fetchImpl, timeout, redact);
  if (rateLimit !== false) {
    const limiter =
      rateLimit instanceof RateLimiter
        ? rateLimit
        : rateLimit
          ? new RateLimiter(rateLimit)
          : sharedRateLimiter(origin);
    exchange = withRateLimit(exchange, limiter);
  }
  if (retry !== false) exchange = withRetry(exchange, retry);
  if (dedupe !== false) exchange = withDedupe(exchange);
  const pipeline: Exchange = cache ? cache(exchange) : exchange;
  return (request) => pipeline(request, CallerRequest.callerSignal(request));
}
