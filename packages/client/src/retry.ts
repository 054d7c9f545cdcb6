import type { BufferedResponse } from './buffered-response.js';
import { TmdbError } from './errors.js';
import { type Exchange, IDEMPOTENT_METHODS } from './exchange.js';
import { parseRetryAfter } from './retry-after.js';
import { sleep } from './sleep.js';

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

/**
 * Repeats failed attempts of idempotent requests: exponential backoff with full jitter, `Retry-After`
 * honoured exactly, bounded by a number of retries and a time budget, and abandoned at once when the
 * caller aborts. When retries run out the last response is returned (or the last error thrown) unchanged.
 */
export function withRetry(next: Exchange, options: RetryOptions = {}): Exchange {
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
  return async (request, signal) => {
    if (!methods.includes(request.method)) return next(request, signal);
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      // One attempt: its response, or a failure worth retrying; anything else is thrown at once.
      let attempted: BufferedResponse | TmdbError;
      try {
        // A body can be sent once: keep the original and send copies.
        attempted = await next(request.body ? request.clone() : request, signal);
        // Most answers are final: they cost no header read or random number.
        if (!statuses.includes(attempted.status)) return attempted;
      } catch (error) {
        if (
          !(error instanceof TmdbError) ||
          !(error.kind === 'network' || (error.kind === 'timeout' && retryTimeouts))
        ) {
          throw error;
        }
        attempted = error;
      }
      // A constant, so that `failed` below narrows it.
      const outcome = attempted;
      const failed = outcome instanceof TmdbError;
      const reason = failed ? (outcome.kind === 'timeout' ? 'timeout' : 'network') : outcome.status;
      const retryAfter = failed ? undefined : parseRetryAfter(outcome.headers.get('retry-after'));
      const delay =
        retryAfter === undefined
          ? Math.random() * Math.min(maxDelay, baseDelay * 2 ** (attempt - 1))
          : retryAfter * 1000;
      if (attempt > retries || delay > maxDelay || delay > maxElapsed - (Date.now() - started)) {
        if (failed) throw outcome;
        return outcome;
      }
      onRetry?.({ method: request.method, attempt, delay, reason });
      await sleep(delay, signal);
    }
  };
}
