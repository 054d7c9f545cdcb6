// Everything a fake can be configured with, and the defaults.
import type { MockUser } from '../state/users.js';
import { DEMO_USER } from '../state/users.js';

/** The bearer token the fake accepts by default (what `createTmdbClient({ accessToken })` should send). */
export const MOCK_ACCESS_TOKEN = 'tmdb-mock-access-token';
/** The v3 `api_key` the fake accepts by default. */
export const MOCK_API_KEY = 'tmdb-mock-api-key';

export interface RateLimitOptions {
  /** How many requests are allowed in any window of `perMs` milliseconds. */
  readonly requests: number;
  readonly perMs: number;
  /** The `Retry-After` the 429 carries; defaults to the seconds until the window frees a slot. */
  readonly retryAfterSeconds?: number;
}

export interface MockOptions {
  /** Seeds tokens, session ids, simulated faults and latency jitter. Same seed, same run. Default 1. */
  readonly seed?: number;
  /** The accepted bearer token (default MOCK_ACCESS_TOKEN). */
  readonly accessToken?: string;
  /** The accepted `api_key` (default MOCK_API_KEY). */
  readonly apiKey?: string;
  /**
   * Accept any non-empty bearer token or api_key instead of the two above: handy for a demo pointed at the
   * fake with whatever key is lying around. Off by default, so a wrong credential gets TMDB's 401 (code 7).
   */
  readonly acceptAnyCredential?: boolean;
  /** Delay before every answer: a fixed number of milliseconds or a seeded random [min, max]. */
  readonly latencyMs?: number | readonly [number, number];
  /** Answer 429 with Retry-After once more than `requests` arrive within `perMs`. */
  readonly rateLimit?: RateLimitOptions;
  /** Fraction (0..1) of requests answered with a seeded random 500, 502 or 503. */
  readonly faultRate?: number;
  /** Accounts that can log in. Default: [DEMO_USER]. */
  readonly users?: readonly MockUser[];
  /** The clock (ms since epoch) behind token expiry, rate limiting and release-date charts. Default Date.now. */
  readonly now?: () => number;
}

export interface ResolvedOptions {
  readonly seed: number;
  readonly accessToken: string;
  readonly apiKey: string;
  readonly acceptAnyCredential: boolean;
  readonly latencyMs: number | readonly [number, number];
  readonly rateLimit: RateLimitOptions | undefined;
  readonly faultRate: number;
  readonly users: readonly MockUser[];
  readonly now: () => number;
}

/** The longest delay a Node timer holds (about 24.8 days); a longer one would fire at once. */
export const MAX_LATENCY_MS = 2 ** 31 - 1;

export class MockOptionsError extends TypeError {
  override name = 'MockOptionsError';
}

export function resolveOptions(options: MockOptions, base?: ResolvedOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    seed: options.seed ?? base?.seed ?? 1,
    accessToken: options.accessToken ?? base?.accessToken ?? MOCK_ACCESS_TOKEN,
    apiKey: options.apiKey ?? base?.apiKey ?? MOCK_API_KEY,
    acceptAnyCredential: options.acceptAnyCredential ?? base?.acceptAnyCredential ?? false,
    latencyMs: options.latencyMs ?? base?.latencyMs ?? 0,
    // `rateLimit: undefined` passed to configure() explicitly turns the limit off.
    rateLimit: 'rateLimit' in options ? options.rateLimit : base?.rateLimit,
    faultRate: options.faultRate ?? base?.faultRate ?? 0,
    users: options.users ?? base?.users ?? [DEMO_USER],
    now: options.now ?? base?.now ?? Date.now,
  };
  validate(resolved);
  return resolved;
}

function validate(options: ResolvedOptions): void {
  if (!Number.isInteger(options.seed)) throw new MockOptionsError('seed must be an integer');
  if (options.accessToken === '' || options.apiKey === '')
    throw new MockOptionsError('credentials must not be empty');
  if (!(options.faultRate >= 0 && options.faultRate <= 1))
    throw new MockOptionsError('faultRate must be between 0 and 1');
  const [min, max] =
    typeof options.latencyMs === 'number' ? [options.latencyMs, options.latencyMs] : options.latencyMs;
  if (!(min >= 0 && max >= min && max <= MAX_LATENCY_MS)) {
    throw new MockOptionsError(
      `latencyMs must be a number of milliseconds (0 to ${MAX_LATENCY_MS}) or a [min, max] range of them`,
    );
  }
  const limit = options.rateLimit;
  if (
    limit &&
    !(
      Number.isInteger(limit.requests) &&
      limit.requests > 0 &&
      limit.perMs > 0 &&
      Number.isFinite(limit.perMs)
    )
  ) {
    throw new MockOptionsError('rateLimit needs a positive integer `requests` and a positive `perMs`');
  }
  if (limit?.retryAfterSeconds !== undefined && !(limit.retryAfterSeconds >= 0)) {
    throw new MockOptionsError('rateLimit.retryAfterSeconds must not be negative');
  }
  const names = options.users.map((user) => user.username);
  if (new Set(names).size !== names.length) throw new MockOptionsError('usernames must be unique');
}
