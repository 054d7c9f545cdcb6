// A request holds a rate-limit slot while it is in flight. A slot kept after a failure is gone for good:
// after `maxConcurrent` such failures (20 by default) every later request would wait forever.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTmdbClient, RateLimiter, TmdbError } from '../src/index.js';
import { configuration, TOKEN } from './support/fixtures.js';
import { type Handler, hang, json, reset, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

const MAX_CONCURRENT = 2;

/** Fails every movie request with `failure`, and answers `/3/configuration` normally. */
async function failingServer(failure: Handler) {
  server = await startServer((request, response) =>
    request.path === '/3/configuration' ? json(response, 200, configuration) : failure(request, response),
  );
}

/** A request that fails on the server above. */
const failing = (tmdb: ReturnType<typeof client>, init: { signal?: AbortSignal } = {}) =>
  Array.from({ length: MAX_CONCURRENT }, (_, index) =>
    tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: index } }, ...init }),
  );

function client(limiter: RateLimiter, timeout = 10_000) {
  return createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    rateLimit: limiter,
    retry: false,
    timeout,
  });
}

const limiter = () =>
  new RateLimiter({ maxConcurrent: MAX_CONCURRENT, requestsPerSecond: Number.POSITIVE_INFINITY });

/** `promise`'s rejection reason (it must reject). */
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (reason: unknown) => reason,
  );

/** Every slot is free again, and a request after the failures still goes through. */
async function expectSlotsReleased(shared: RateLimiter) {
  expect(shared.active).toBe(0);
  expect(shared.pending).toBe(0);
  const { data } = await client(shared).GET('/3/configuration');
  expect(data?.change_keys).toEqual([]);
}

describe('rate-limit slots after failed requests', () => {
  it('are released when the connection is reset', async () => {
    await failingServer(reset);
    const shared = limiter();
    const tmdb = client(shared);

    const errors = await Promise.all(failing(tmdb).map(rejection));

    expect(errors.map((error) => (error as TmdbError).kind)).toEqual(['network', 'network']);
    await expectSlotsReleased(shared);
  });

  it('are released when an attempt times out', async () => {
    await failingServer(hang);
    const shared = limiter();
    const tmdb = client(shared, 50);

    const errors = await Promise.all(failing(tmdb).map(rejection));

    expect(errors).toEqual([expect.any(TmdbError), expect.any(TmdbError)]);
    expect(errors.map((error) => (error as TmdbError).kind)).toEqual(['timeout', 'timeout']);
    await expectSlotsReleased(shared);
  });

  it('are released when the caller aborts a request in flight', async () => {
    await failingServer(hang);
    const shared = limiter();
    const tmdb = client(shared);
    const controller = new AbortController();

    const calls = failing(tmdb, { signal: controller.signal }).map(rejection);
    await vi.waitUntil(() => server.requests.length === MAX_CONCURRENT, { timeout: 5_000 });
    expect(shared.active).toBe(MAX_CONCURRENT);
    controller.abort(new Error('left the page'));

    for (const error of await Promise.all(calls)) expect(error).toEqual(new Error('left the page'));
    await expectSlotsReleased(shared);
  });

  it('are released after an HTTP error answer', async () => {
    await failingServer((_request, response) =>
      json(response, 500, { status_code: 11, status_message: 'Internal error.' }),
    );
    const shared = limiter();
    const tmdb = client(shared);

    const results = await Promise.all(failing(tmdb));

    expect(results.map((result) => result.response.status)).toEqual([500, 500]);
    await expectSlotsReleased(shared);
  });
});
