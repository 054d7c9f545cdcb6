// Every request arms a timer (its per-attempt timeout). A timer left running after the request has ended
// keeps the process alive: a script that made one call would wait out the whole timeout before exiting.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTmdbClient, type RetryOptions, TmdbError } from '../src/index.js';
import { configuration, TOKEN } from './support/fixtures.js';
import { hang, json, reset, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

/**
 * Timers that keep the process alive now: Node lists each referenced timer as an active `Timeout`. The test
 * runner's own may end during a test, never start, so a test may end with fewer than it began with.
 */
const liveTimers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

// Longer than any test: a timer of this client still running at the end was left behind.
const AN_HOUR = 3_600_000;

function client(options: { retry?: RetryOptions | false } = {}) {
  return createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    rateLimit: false,
    retry: false,
    timeout: AN_HOUR,
    ...options,
  });
}

describe('timers left behind', () => {
  it('none after successful requests, error answers and failed connections', async () => {
    server = await startServer((request, response) => {
      if (request.path === '/3/configuration') json(response, 200, configuration);
      else if (request.path === '/3/movie/1') json(response, 404, { status_code: 34, status_message: 'x' });
      else reset(request, response);
    });
    const tmdb = client();
    const before = liveTimers();

    for (let call = 0; call < 3; call++) {
      expect((await tmdb.GET('/3/configuration')).data?.change_keys).toEqual([]);
    }
    expect(
      (await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 1 } } })).response.status,
    ).toBe(404);
    await expect(
      tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 2 } } }),
    ).rejects.toBeInstanceOf(TmdbError);

    expect(liveTimers()).toBeLessThanOrEqual(before);
  });

  it('none after the caller aborts a request in flight or waiting to be retried', async () => {
    server = await startServer((request, response) =>
      request.path === '/3/movie/1'
        ? hang(request, response)
        : json(response, 503, { status_code: 46, status_message: 'x' }, { 'retry-after': '15' }),
    );
    const before = liveTimers();

    const inFlight = new AbortController();
    const hanging = client().GET('/3/movie/{movie_id}', {
      params: { path: { movie_id: 1 } },
      signal: inFlight.signal,
    });
    // The 15 s wait before a retry is a timer too.
    let scheduled: () => void = () => {};
    const retryScheduled = new Promise<void>((resolve) => {
      scheduled = resolve;
    });
    const retrying = new AbortController();
    const waiting = client({ retry: { retries: 1, onRetry: () => scheduled() } }).GET('/3/movie/{movie_id}', {
      params: { path: { movie_id: 2 } },
      signal: retrying.signal,
    });
    await vi.waitUntil(() => server.requests.length === 2, { timeout: 5_000 });
    await retryScheduled;
    inFlight.abort(new Error('gone'));
    await expect(hanging).rejects.toThrow('gone');
    retrying.abort(new Error('gone too'));
    await expect(waiting).rejects.toThrow('gone too');

    expect(liveTimers()).toBeLessThanOrEqual(before);
  });
});
