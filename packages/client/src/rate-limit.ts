import { onAbort } from './signals.js';

export interface RateLimitOptions {
  /** Most requests started in any one-second window. Default 50, TMDB's documented per-IP ceiling. */
  requestsPerSecond?: number;
  /** Most requests in flight at once. Default 20, TMDB's documented per-IP connection limit. */
  maxConcurrent?: number;
}

/** Hands back the slot taken by `acquire`; calling it more than once is harmless. */
export type Release = () => void;

/**
 * A first-in-first-out limiter on request starts per second (sliding window) and requests in flight.
 * TMDB's limits are per IP, so one limiter can and should be shared by every client in a process:
 * pass the same instance as `rateLimit` to each.
 */
export class RateLimiter {
  readonly #perSecond: number;
  readonly #concurrent: number;
  /** Start times (`performance.now()`) of the most recent requests, oldest first; at most `requestsPerSecond`. */
  readonly #starts: number[] = [];
  /** Waiting requests, each a function that starts it (or, once it has given up, does nothing). */
  readonly #queue: Array<() => void> = [];
  #active = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor({ requestsPerSecond = 50, maxConcurrent = 20 }: RateLimitOptions = {}) {
    if (!(requestsPerSecond > 0 && maxConcurrent >= 1))
      throw new RangeError('RateLimiter: limits must be positive');
    this.#perSecond = requestsPerSecond;
    this.#concurrent = maxConcurrent;
  }

  /** Requests currently holding a slot. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting for a slot. */
  get pending(): number {
    return this.#queue.length;
  }

  /** A slot now, if both limits allow one and nobody is waiting before; `undefined` otherwise. */
  tryAcquire(): Release | undefined {
    return this.#queue.length || this.#wait() !== 0 ? undefined : this.#start();
  }

  /** Resolves with a release function once a request may start; rejects if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<Release> {
    return new Promise((resolve, reject) => {
      signal?.throwIfAborted();
      const start = () => {
        stop();
        resolve(this.#start());
      };
      const stop = onAbort(signal, () => {
        this.#queue.splice(this.#queue.indexOf(start), 1);
        reject(signal?.reason);
        this.#drain();
      });
      this.#queue.push(start);
      this.#drain();
    });
  }

  /** Milliseconds until one more request may start: 0 now, Infinity while every connection is taken. */
  #wait(): number {
    if (this.#active >= this.#concurrent) return Infinity;
    const oldest = this.#starts.length < this.#perSecond ? undefined : this.#starts[0];
    return oldest === undefined ? 0 : Math.max(0, oldest + 1000 - performance.now());
  }

  #start(): Release {
    this.#active++;
    // With no per-second limit (Infinity) there is no window to keep.
    if (Number.isFinite(this.#perSecond) && this.#starts.push(performance.now()) > this.#perSecond) {
      this.#starts.shift();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active--;
      this.#drain();
    };
  }

  /** Starts waiting requests while both limits allow; otherwise waits for a release or for the window to move. */
  #drain(): void {
    while (this.#queue.length) {
      const wait = this.#wait();
      if (wait === Infinity) return; // a release calls again
      if (wait > 0) {
        this.#timer ??= setTimeout(() => {
          this.#timer = undefined;
          this.#drain();
        }, wait);
        return;
      }
      this.#queue.shift()?.();
    }
  }
}

/** A pipeline stage that holds a limiter slot for each attempt, from its start until its body has been read. */
export function rateLimitStage(limiter: RateLimiter) {
  return <Answer>(next: (request: Request) => Promise<Answer>) =>
    async (request: Request): Promise<Answer> => {
      const release = limiter.tryAcquire() ?? (await limiter.acquire(request.signal));
      try {
        return await next(request);
      } finally {
        release();
      }
    };
}

const sharedLimiters = new Map<string, RateLimiter>();

/**
 * The limiter clients use by default: one per API origin and process, since TMDB counts per IP, so that
 * many clients (one per request in a server, say) still stay under the limit together.
 */
export function sharedRateLimiter(origin: string): RateLimiter {
  const limiter = sharedLimiters.get(origin) ?? new RateLimiter();
  sharedLimiters.set(origin, limiter);
  return limiter;
}

/**
 * The default for a client of `origin`: the shared limiter, except for a loopback origin (a local mock,
 * a test server, a proxy on the same machine), which TMDB's per-IP limits do not concern.
 */
export function defaultRateLimiter(origin: string): RateLimiter | undefined {
  return isLoopback(new URL(origin).hostname) ? undefined : sharedRateLimiter(origin);
}

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}
