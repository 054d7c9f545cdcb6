// The rate limiter as a user meets it: which clients get one by default, what tryAcquire hands out, what an
// invalid limit says, and that waiting for a free connection costs no timer.
import { describe, expect, it, vi } from 'vitest';
import { createTmdbClient, type FetchFunction, RateLimiter } from '../src/index.js';
import { movieDetails, TOKEN } from './support/fixtures.js';

/** A fetch that holds every request until `release()`, recording which have started. */
function holdingFetch() {
  const started: string[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fetch: FetchFunction = async (input) => {
    started.push(typeof input === 'string' ? input : input.url);
    await gate;
    return new Response(JSON.stringify(movieDetails(1)), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, started, release };
}

/**
 * How many of 25 concurrent calls to `baseUrl` reach `fetch` before any answers: 25 without a limiter, 20
 * (TMDB's connection limit) with the default one. Without a limiter all 25 start in the same turn of the
 * event loop, as nothing waits on I/O, so one more turn is enough to count them.
 */
async function startedAtOnce(baseUrl: string, rateLimit?: false) {
  const { fetch, started, release } = holdingFetch();
  const tmdb = createTmdbClient({
    accessToken: TOKEN,
    baseUrl,
    fetch,
    retry: false,
    ...(rateLimit === false ? { rateLimit } : {}),
  });
  const calls = Array.from({ length: 25 }, (_, id) =>
    tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: id } } }),
  );
  await vi.waitUntil(() => started.length >= 20, { timeout: 5_000 });
  await new Promise((resolve) => setImmediate(resolve));
  const count = started.length;
  release();
  await Promise.all(calls);
  return count;
}

describe('the default rate limiter', () => {
  it('limits clients of a remote origin to 20 requests in flight', async () => {
    expect(await startedAtOnce('https://api.remote-origin.example')).toBe(20);
  });

  it('is off when switched off, whatever the origin', async () => {
    expect(await startedAtOnce('https://api.switched-off.example', false)).toBe(25);
  });

  it.each([
    'http://localhost:8080',
    'http://tmdb-mock.localhost',
    'http://127.0.0.1:3000',
    'http://127.0.0.10',
    'http://[::1]:3000',
  ])('is off for the loopback origin %s', async (origin) => {
    expect(await startedAtOnce(origin)).toBe(25);
  });

  it.each(['http://localhost.example', 'http://127.0.0.1.example.test'])(
    'is on for %s, which only looks like loopback',
    async (origin) => {
      expect(await startedAtOnce(origin)).toBe(20);
    },
  );
});

describe('RateLimiter', () => {
  it('hands out a slot at once with tryAcquire while both limits allow, and none after', () => {
    const limiter = new RateLimiter({ requestsPerSecond: 2, maxConcurrent: 10 });
    const first = limiter.tryAcquire();
    const second = limiter.tryAcquire();
    expect([typeof first, typeof second]).toEqual(['function', 'function']);
    expect(limiter.active).toBe(2);
    expect(limiter.tryAcquire()).toBeUndefined();
    first?.();
    second?.();
    expect(limiter.active).toBe(0);
  });

  it('says why a limit is refused', () => {
    expect(() => new RateLimiter({ maxConcurrent: 0 })).toThrow('RateLimiter: limits must be positive');
  });

  it('keeps no timer running while requests wait only for a free connection', async () => {
    const liveTimers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    const limiter = new RateLimiter({ requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 1 });
    const held = await limiter.acquire();
    const before = liveTimers();

    const waiting = limiter.acquire();
    await new Promise((resolve) => setImmediate(resolve));
    expect(limiter.pending).toBe(1);
    // Only a release can let it start: a timer would only keep the process awake.
    expect(liveTimers()).toBeLessThanOrEqual(before);

    held();
    (await waiting)();
    expect(limiter.active).toBe(0);
  });

  it('waits for a free connection without polling: Node never warns of a timer it cannot set', async () => {
    // An endless wait handed to setTimeout becomes a 1 ms timer, re-armed until a release, each time with a
    // TimeoutOverflowWarning on the user's stderr.
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      const limiter = new RateLimiter({ requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 1 });
      const held = await limiter.acquire();
      const waiting = limiter.acquire();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(limiter.pending).toBe(1);
      held();
      (await waiting)();
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });
});
