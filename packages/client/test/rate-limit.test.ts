import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTmdbClient, type FetchFunction, RateLimiter, type Release } from '../src/index.js';
import { sharedRateLimiter } from '../src/rate-limit.js';
import { configuration, movieDetails, TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

afterEach(() => {
  vi.useRealTimers();
});

/** Starts `count` acquisitions and records which have been granted (and their release functions). */
function acquireMany(limiter: RateLimiter, count: number, signal?: AbortSignal) {
  const granted: Release[] = [];
  const settled = Array.from({ length: count }, () =>
    limiter.acquire(signal).then(
      (release) => {
        granted.push(release);
      },
      () => undefined,
    ),
  );
  return { granted, settled };
}

describe('RateLimiter (fake clock)', () => {
  it('starts at most requestsPerSecond requests in any one-second window', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ requestsPerSecond: 50, maxConcurrent: 1000 });
    const { granted } = acquireMany(limiter, 120);

    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(50);
    await vi.advanceTimersByTimeAsync(999);
    expect(granted).toHaveLength(50);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(100);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toHaveLength(120);
    expect(limiter.pending).toBe(0);
  });

  it('keeps at most maxConcurrent requests in flight, admitting one per release, in arrival order', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 20 });
    const order: number[] = [];
    const releases: Release[] = [];
    for (let index = 0; index < 25; index++) {
      void limiter.acquire().then((release) => {
        order.push(index);
        releases.push(release);
      });
    }

    await vi.advanceTimersByTimeAsync(0);
    expect(limiter.active).toBe(20);
    expect(limiter.pending).toBe(5);
    releases[0]?.();
    releases[0]?.(); // a second call must not free a second slot
    await vi.advanceTimersByTimeAsync(0);
    expect(limiter.active).toBe(20);
    expect(order).toEqual(Array.from({ length: 21 }, (_, index) => index));
  });

  it('lets a waiting request give up when its signal aborts, without losing its place to others', async () => {
    vi.useFakeTimers();
    const limiter = new RateLimiter({ requestsPerSecond: 1, maxConcurrent: 10 });
    const first = await limiter.acquire();
    const controller = new AbortController();
    const abandoned = limiter.acquire(controller.signal);
    const next = acquireMany(limiter, 1);

    controller.abort(new Error('gave up'));
    await expect(abandoned).rejects.toThrow('gave up');
    expect(limiter.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(next.granted).toHaveLength(1);
    first();
  });

  it('queues requests without a signal without adding any abort listener', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: Number.POSITIVE_INFINITY, maxConcurrent: 1 });
    const first = await limiter.acquire();
    const listening = vi.spyOn(AbortSignal.prototype, 'addEventListener');
    const queued = Array.from({ length: 2000 }, () => limiter.acquire());

    expect(limiter.pending).toBe(2000);
    // Without a signal there is nothing to listen to; a listener per waiting request would add up.
    expect(listening).not.toHaveBeenCalled();
    listening.mockRestore();
    first();
    for (const waiting of queued) (await waiting)();
    expect(limiter.active).toBe(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const limiter = new RateLimiter();
    await expect(limiter.acquire(AbortSignal.abort(new Error('no')))).rejects.toThrow('no');
    expect(limiter.active).toBe(0);
  });

  it('rejects limits that are not positive', () => {
    expect(() => new RateLimiter({ requestsPerSecond: 0 })).toThrow(RangeError);
    expect(() => new RateLimiter({ maxConcurrent: 0 })).toThrow(RangeError);
  });
});

describe('rate limiting through the client (bounded real run)', () => {
  let server: TestServer;
  afterEach(() => server?.close());

  it('never has more requests in flight than the limit, even across clients sharing a limiter', async () => {
    server = await startServer(async (request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 15));
      json(response, 200, movieDetails(Number(request.path.split('/').pop())));
    });
    const limiter = new RateLimiter({ maxConcurrent: 3, requestsPerSecond: Number.POSITIVE_INFINITY });
    const clients = [1, 2].map(() =>
      createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, rateLimit: limiter, retry: false }),
    );

    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        clients[index % 2]?.GET('/3/movie/{movie_id}', { params: { path: { movie_id: index } } }),
      ),
    );

    expect(results.map((result) => result?.data?.id)).toEqual(
      Array.from({ length: 12 }, (_, index) => index),
    );
    expect(server.inFlight.max).toBe(3);
    expect(limiter.active).toBe(0);
  });

  it('is on by default, through one limiter per origin that every client of the process shares', async () => {
    server = await startServer((_request, response) => json(response, 200, configuration));
    // A loopback base URL gets no limiter by default (see below), so the client talks to a TMDB-like
    // origin, which this fetch routes to the test server.
    const origin = 'https://tmdb.example.test';
    const routed: FetchFunction = (input, init) =>
      fetch(
        typeof input === 'string'
          ? input.replace(origin, server.baseUrl)
          : new Request(input.url.replace(origin, server.baseUrl), input),
        init,
      );
    const shared = sharedRateLimiter(origin);
    // Take every connection slot, as 20 requests of other clients would.
    const held = await Promise.all(Array.from({ length: 20 }, () => shared.acquire()));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: `${origin}/`, fetch: routed });

    const pending = tmdb.GET('/3/configuration');
    await vi.waitUntil(() => shared.pending === 1);
    expect(server.requests).toHaveLength(0);
    for (const release of held) release();

    expect((await pending).data?.change_keys).toEqual([]);
    expect(server.requests).toHaveLength(1);
    expect(sharedRateLimiter(origin)).toBe(shared);
  });

  it.each([['http://127.0.0.1:1'], ['http://localhost:1'], ['http://[::1]:1']])(
    'is off by default for a loopback base URL (%s): a local mock or proxy',
    async (baseUrl) => {
      server = await startServer((_request, response) => json(response, 200, configuration));
      const origin = new URL(baseUrl).origin;
      const shared = sharedRateLimiter(origin);
      const held = await Promise.all(Array.from({ length: 20 }, () => shared.acquire()));
      const tmdb = createTmdbClient({
        accessToken: TOKEN,
        baseUrl,
        fetch: (input, init) =>
          fetch(
            typeof input === 'string'
              ? input.replace(origin, server.baseUrl)
              : new Request(input.url.replace(origin, server.baseUrl), input),
            init,
          ),
      });

      // Every slot of the shared limiter is taken, yet the call goes out at once.
      expect((await tmdb.GET('/3/configuration')).data?.change_keys).toEqual([]);
      expect(shared.pending).toBe(0);
      for (const release of held) release();
    },
  );
});
