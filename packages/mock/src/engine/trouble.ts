// Simulated production trouble: latency, a sliding-window rate limit and seeded random 5xx faults.

import type { SeededRandom } from '../core/random.js';
import { type TmdbFailure, tmdbErrors } from '../core/tmdb-errors.js';
import type { ResolvedOptions } from './options.js';

export interface RateLimitVerdict {
  readonly failure: TmdbFailure;
  readonly retryAfterSeconds: number;
}

export interface Trouble {
  /** Milliseconds to wait before answering this request. */
  latency(): number;
  /** Records the request, or refuses it when the window is full. */
  admit(): RateLimitVerdict | undefined;
  /** A simulated server failure for this request, or nothing. */
  fault(): TmdbFailure | undefined;
}

const FAULTS = [tmdbErrors.internalError, tmdbErrors.badGateway, tmdbErrors.serviceOffline];

/** Latency and faults draw from separate seeded streams, so turning one on never shifts the other. */
export function createTrouble(
  options: () => ResolvedOptions,
  latencyRandom: SeededRandom,
  faultRandom: SeededRandom,
): Trouble {
  let arrivals: number[] = [];
  return {
    latency() {
      const { latencyMs } = options();
      return typeof latencyMs === 'number' ? latencyMs : latencyRandom.integer(latencyMs[0], latencyMs[1]);
    },
    admit() {
      const { rateLimit, now } = options();
      if (!rateLimit) return undefined;
      const at = now();
      arrivals = arrivals.filter((time) => time > at - rateLimit.perMs);
      if (arrivals.length < rateLimit.requests) {
        arrivals.push(at);
        return undefined;
      }
      const oldest = arrivals[0] ?? at;
      const retryAfterSeconds =
        rateLimit.retryAfterSeconds ?? Math.max(1, Math.ceil((oldest + rateLimit.perMs - at) / 1000));
      return { failure: tmdbErrors.rateLimited(rateLimit.requests), retryAfterSeconds };
    },
    fault() {
      const { faultRate } = options();
      if (faultRate <= 0 || faultRandom.next() >= faultRate) return undefined;
      const pick = FAULTS[faultRandom.integer(0, FAULTS.length - 1)] ?? tmdbErrors.internalError;
      return pick();
    },
  };
}
