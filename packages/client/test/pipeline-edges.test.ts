// Edges of the request pipeline that mutation testing found unguarded: limits met exactly, answers only a
// browser or a custom fetch gives, bodies that lie about their size, options left at their defaults.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTmdbClient, type FetchFunction, TmdbError } from '../src/index.js';
import { configuration, movieDetails, TOKEN, tmdbError } from './support/fixtures.js';
import { gzippedJson, json, reset, sequence, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
});

const base = { accessToken: TOKEN, retry: false } as const;

/** `promise`'s rejection (it must reject). */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );

describe('options checked at creation', () => {
  it('say which option is wrong', () => {
    expect(() => createTmdbClient({ ...base, timeout: 0 })).toThrow(/^timeout: expected milliseconds > 0/);
    expect(() => createTmdbClient({ ...base, maxResponseBytes: 0 })).toThrow(/^maxResponseBytes: expected/);
  });
});

describe('timeouts', () => {
  it('say how long the client waited', async () => {
    server = await startServer(() => new Promise(() => {}));
    const error = await failure(
      createTmdbClient({ ...base, baseUrl: server.baseUrl, timeout: 50 }).GET('/3/configuration'),
    );
    expect(error).toMatchObject({ kind: 'timeout', status_message: 'no response within 50 ms' });
  });

  it('also end a request with a body', { timeout: 5_000 }, async () => {
    server = await startServer(() => new Promise(() => {}));
    const tmdb = createTmdbClient({ ...base, baseUrl: server.baseUrl, timeout: 50 });
    const error = await failure(
      tmdb.POST('/3/movie/{movie_id}/rating', {
        params: { path: { movie_id: 1 }, query: { guest_session_id: 'guest-1' } },
        body: { value: 8 },
      }),
    );
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('switched off, still turn a failed connection into a network TmdbError', async () => {
    server = await startServer(reset);
    const error = await failure(
      createTmdbClient({ ...base, baseUrl: server.baseUrl, timeout: false }).GET('/3/configuration'),
    );
    expect(error).toBeInstanceOf(TmdbError);
    expect(error).toMatchObject({ kind: 'network' });
  });
});

describe('redirects are refused', () => {
  const refused = {
    kind: 'invalid-response',
    status_message: 'redirect refused: TMDB does not redirect API calls',
  };

  it('with status 300 too, and for a POST', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(300, { location: 'http://127.0.0.1:9/elsewhere' });
      response.end();
    });
    const tmdb = createTmdbClient({ ...base, baseUrl: server.baseUrl });
    expect(await failure(tmdb.GET('/3/configuration'))).toMatchObject({ ...refused, status: 300 });
    const post = tmdb.POST('/3/movie/{movie_id}/rating', {
      params: { path: { movie_id: 1 }, query: { guest_session_id: 'guest-1' } },
      body: { value: 8 },
    });
    expect(await failure(post)).toMatchObject(refused);
  });

  it("from a custom fetch: a redirect without a body, and a browser's opaque redirect", async () => {
    class OpaqueRedirect extends Response {
      override get type(): ResponseType {
        return 'opaqueredirect';
      }
      override get status(): number {
        return 0;
      }
    }
    const answers = [
      new Response(null, { status: 302, headers: { location: '/x' } }),
      new OpaqueRedirect(null),
    ];
    const fetch: FetchFunction = async () => answers.shift() ?? new Response('{}');
    const tmdb = createTmdbClient({ ...base, baseUrl: 'https://api.example.test', fetch, rateLimit: false });

    expect(await failure(tmdb.GET('/3/configuration'))).toMatchObject({ ...refused, status: 302 });
    expect(await failure(tmdb.GET('/3/configuration'))).toMatchObject(refused);
  });
});

describe('maxResponseBytes', () => {
  const body = JSON.stringify(configuration);
  const size = Buffer.byteLength(body);
  const tooLarge = {
    kind: 'invalid-response',
    status_message: expect.stringContaining('over maxResponseBytes'),
  };

  it('accepts a body of exactly the limit, declared or streamed', async () => {
    server = await startServer((request, response) => {
      const chunked = request.path.endsWith('/countries');
      response.writeHead(200, {
        'content-type': 'application/json',
        ...(chunked ? {} : { 'content-length': String(size) }),
      });
      if (chunked) response.write(body.slice(0, 10));
      response.end(chunked ? body.slice(10) : body);
    });
    const tmdb = createTmdbClient({ ...base, baseUrl: server.baseUrl, maxResponseBytes: size });
    expect((await tmdb.GET('/3/configuration')).data?.images.poster_sizes).toEqual(
      configuration.images.poster_sizes,
    );
    expect((await tmdb.GET('/3/configuration/countries')).response.status).toBe(200);
  });

  it('refuses a declared oversized body at once, without waiting for it', { timeout: 5_000 }, async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      response.write('{"images":'); // and nothing more
    });
    const tmdb = createTmdbClient({
      ...base,
      baseUrl: server.baseUrl,
      maxResponseBytes: 1_000,
      timeout: 60_000,
    });
    expect(await failure(tmdb.GET('/3/configuration'))).toMatchObject(tooLarge);
  });

  it('counts a compressed body with a declared length by its decompressed size', async () => {
    const answer = gzippedJson({ ...configuration, change_keys: Array(2_000).fill('x') });
    server = await startServer(answer.handler);
    const tmdb = createTmdbClient({ ...base, baseUrl: server.baseUrl, maxResponseBytes: 4_000 });
    expect(answer.compressedBytes).toBeLessThan(4_000);
    expect(await failure(tmdb.GET('/3/configuration'))).toMatchObject(tooLarge);
  });

  it('refuses a declared oversized answer that has no body at all', async () => {
    const fetch: FetchFunction = async () => new Response(null, { headers: { 'content-length': '5000' } });
    const tmdb = createTmdbClient({
      ...base,
      baseUrl: 'https://api.example.test',
      fetch,
      rateLimit: false,
      maxResponseBytes: 1_000,
    });
    expect(await failure(tmdb.GET('/3/configuration'))).toMatchObject(tooLarge);
  });
});

describe('retries', () => {
  const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const unavailable = (retryAfter: string) =>
    sequence(
      (_request, response) => json(response, 503, tmdbError(46, 'Later.'), { 'retry-after': retryAfter }),
      (_request, response) => json(response, 200, movieDetails(1)),
    );

  it('wait a Retry-After of exactly maxDelay, and exactly what is left of maxElapsed', async () => {
    server = await startServer(unavailable('2'));
    const waits: number[] = [];
    let retried: () => void = () => {};
    const retry = new Promise<void>((resolve) => {
      retried = resolve;
    });
    const tmdb = createTmdbClient({
      ...base,
      baseUrl: server.baseUrl,
      retry: {
        maxDelay: 2_000,
        maxElapsed: 2_000,
        onRetry: (event) => {
          waits.push(event.delay);
          retried();
        },
      },
    });
    fakeClock();

    const pending = tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 1 } } });
    await retry;
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await pending).data?.id).toBe(1);
    expect(waits).toEqual([2_000]);
  });

  it('end when a Retry-After asks for more than maxDelay, even within maxElapsed', async () => {
    server = await startServer(unavailable('3'));
    const tmdb = createTmdbClient({ ...base, baseUrl: server.baseUrl, retry: { maxDelay: 2_000 } });
    expect((await tmdb.GET('/3/configuration')).response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it('work without an onRetry observer, and repeat a DELETE by default', async () => {
    server = await startServer(
      sequence(
        (_request, response) => json(response, 503, tmdbError(46, 'Later.')),
        (_request, response) => json(response, 200, { success: true, status_code: 13, status_message: 'ok' }),
      ),
    );
    const tmdb = createTmdbClient({ ...base, baseUrl: server.baseUrl, retry: { baseDelay: 1 } });
    const { response } = await tmdb.DELETE('/3/movie/{movie_id}/rating', {
      params: { path: { movie_id: 1 }, query: { guest_session_id: 'guest-1' } },
    });
    expect(response.status).toBe(200);
    expect(server.requests.map((request) => request.method)).toEqual(['DELETE', 'DELETE']);
  });
});
