// The response cache as a user meets it: which calls reach the server, and which answer comes back.
// Each server answer carries a counter, so a stale or wrong entry shows as a wrong answer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CacheOptions, createTmdbClient, responseCache } from '../src/index.js';
import { movieDetails, TOKEN } from './support/fixtures.js';
import { json, type SentRequest, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
});

type Answer = { status?: number; headers?: Record<string, string> };

/** A server whose movie titles count the answers sent (`Film 7 #3`); `answer` picks status and headers. */
async function countingServer(answer: (request: SentRequest) => Answer = () => ({})) {
  let count = 0;
  server = await startServer((request, response) => {
    const { status = 200, headers = {} } = answer(request);
    if (status === 304) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    const movie = movieDetails(Number(request.path.split('/').pop()));
    json(response, status, { ...movie, title: `${movie.title} #${++count}` }, headers);
  });
}

function client(options?: CacheOptions) {
  vi.useFakeTimers({ toFake: ['performance'] });
  const tmdb = createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    retry: false,
    cache: responseCache(options),
  });
  return async (id: number, init: { cache?: RequestCache } = {}) =>
    (await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: id } }, ...init })).data?.title;
}

const sentPaths = () => server.requests.map((request) => request.path.replace('/3/movie/', ''));

describe('response cache: what stays fresh, and for how long', () => {
  it('keeps answers for 60 s by default', async () => {
    await countingServer();
    const title = client();

    expect(await title(7)).toBe('Film 7 #1');
    vi.advanceTimersByTime(59_999);
    expect(await title(7)).toBe('Film 7 #1');
    vi.advanceTimersByTime(2);
    expect(await title(7)).toBe('Film 7 #2');
  });

  it('subtracts the Age a shared cache reports from max-age, and ignores an Age that is not a number', async () => {
    await countingServer(
      (request): Answer => ({
        headers: {
          'cache-control': 'public,Max-Age="10"',
          age: request.path.endsWith('/1') ? '7' : 'unknown',
        },
      }),
    );
    const title = client({ ttl: 60_000 });

    expect(await title(1)).toBe('Film 1 #1');
    expect(await title(2)).toBe('Film 2 #2');
    vi.advanceTimersByTime(2_999);
    expect(await title(1)).toBe('Film 1 #1');
    vi.advanceTimersByTime(2);
    // 3 s (10 − 7) have passed: movie 1 is stale, movie 2 (a full 10 s) is not.
    expect(await title(1)).toBe('Film 1 #3');
    expect(await title(2)).toBe('Film 2 #2');
    vi.advanceTimersByTime(7_000);
    expect(await title(2)).toBe('Film 2 #4');
  });

  it('never serves an answer older than its Age allows, even with Age past max-age', async () => {
    await countingServer((): Answer => ({ headers: { 'cache-control': 'max-age=5', age: '60' } }));
    const title = client({ ttl: 60_000 });

    expect(await title(1)).toBe('Film 1 #1');
    expect(await title(1)).toBe('Film 1 #2');
  });

  it('does not keep a no-cache answer without an ETag, and revalidates one with an ETag every time', async () => {
    await countingServer((request): Answer => {
      if (request.path.endsWith('/1')) return { headers: { 'cache-control': 'no-cache' } };
      if (request.headers['if-none-match'] === '"v2"')
        return { status: 304, headers: { etag: '"v2"', 'cache-control': 'no-cache' } };
      return { headers: { 'cache-control': 'private, no-cache', etag: '"v2"' } };
    });
    const title = client();

    expect([await title(1), await title(1)]).toEqual(['Film 1 #1', 'Film 1 #2']);
    expect([await title(2), await title(2), await title(2)]).toEqual(['Film 2 #3', 'Film 2 #3', 'Film 2 #3']);
    expect(server.requests.map((request) => request.headers['if-none-match'])).toEqual([
      undefined,
      undefined,
      undefined,
      '"v2"',
      '"v2"',
    ]);
  });

  it('is fresh again for the max-age of a 304, or for the TTL when the 304 gives none', async () => {
    await countingServer((request): Answer => {
      const etag = `"${request.path}"`;
      if (request.headers['if-none-match'] !== etag)
        return { headers: { etag, 'cache-control': 'max-age=1' } };
      return { status: 304, headers: request.path.endsWith('/1') ? { 'cache-control': 'max-age=30' } : {} };
    });
    const title = client({ ttl: 10_000 });

    await title(1);
    await title(2);
    vi.advanceTimersByTime(1_001);
    expect([await title(1), await title(2)]).toEqual(['Film 1 #1', 'Film 2 #2']);
    expect(server.requests).toHaveLength(4);
    vi.advanceTimersByTime(9_999);
    expect([await title(1), await title(2)]).toEqual(['Film 1 #1', 'Film 2 #2']);
    expect(server.requests).toHaveLength(4);
    vi.advanceTimersByTime(2);
    // Movie 2's TTL after its 304 is over; movie 1's 30 s are not.
    expect([await title(1), await title(2)]).toEqual(['Film 1 #1', 'Film 2 #2']);
    expect(sentPaths()).toEqual(['1', '2', '1', '2', '2']);
  });

  it('replaces an entry whose revalidation brings a new answer, and drops one whose revalidation fails', async () => {
    let changed = false;
    await countingServer((request): Answer => {
      const etag = changed ? '"v2"' : '"v1"';
      if (request.path.endsWith('/2') && request.headers['if-none-match']) return { status: 500 };
      if (request.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
      return { headers: { etag, 'cache-control': 'max-age=0' } };
    });
    const title = client();

    expect(await title(1)).toBe('Film 1 #1');
    expect(await title(2)).toBe('Film 2 #2');
    changed = true;
    expect(await title(1)).toBe('Film 1 #3');
    expect(await title(1)).toBe('Film 1 #3');
    // The failed revalidation answers as the server did (a 500 has no data), and the next call asks afresh.
    expect(await title(2)).toBeUndefined();
    expect(await title(2)).toBe('Film 2 #5');
    expect(server.requests.map((request) => request.headers['if-none-match'])).toEqual([
      undefined,
      undefined,
      '"v1"',
      '"v2"',
      '"v1"',
      undefined,
    ]);
  });
});

describe('response cache: size and bypass', () => {
  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    await countingServer();
    const title = client({ maxEntries: 2 });

    await title(1);
    await title(2);
    await title(1); // 1 is now the most recently used
    await title(3); // so 2 goes
    expect([await title(1), await title(3)]).toEqual(['Film 1 #1', 'Film 3 #3']);
    expect(await title(2)).toBe('Film 2 #4');
    expect(sentPaths()).toEqual(['1', '2', '3', '2']);
  });

  it('gives no room to answers it may not reuse: they never push a stored answer out', async () => {
    const headers: Record<string, Record<string, string>> = {
      '2': { 'cache-control': 'no-store' },
      '3': { 'cache-control': 'max-age=0' },
      '4': { 'cache-control': 'no-cache' },
    };
    await countingServer(
      (request): Answer => ({ headers: headers[request.path.split('/').pop() ?? ''] ?? {} }),
    );
    const title = client({ maxEntries: 1 });

    await title(1);
    for (const id of [2, 3, 4]) await title(id);
    expect(await title(1)).toBe('Film 1 #1');
    expect(sentPaths()).toEqual(['1', '2', '3', '4']);
  });

  it('reads directives with spaces around commas and equals signs', async () => {
    const headers: Record<string, string> = {
      '1': 'max-age=60, no-store , private',
      '2': 'max-age=60, no-cache , private',
      '3': 'public, max-age = 5',
    };
    await countingServer(
      (request): Answer => ({
        headers: { 'cache-control': headers[request.path.split('/').pop() ?? ''] ?? '' },
      }),
    );
    const title = client({ ttl: 60_000 });

    expect([await title(1), await title(1)]).toEqual(['Film 1 #1', 'Film 1 #2']);
    expect([await title(2), await title(2)]).toEqual(['Film 2 #3', 'Film 2 #4']);
    await title(3);
    vi.advanceTimersByTime(5_001);
    expect(await title(3)).toBe('Film 3 #6');
  });

  it('keeps 500 answers by default', async () => {
    await countingServer();
    const title = client();

    for (let id = 1; id <= 501; id++) await title(id);
    expect(await title(2)).toBe('Film 2 #2');
    expect(await title(1)).toBe('Film 1 #502');
  });

  it.each(['reload', 'no-cache'] as const)(
    'lets a call made with cache: %s reach the server, leaving the stored answer alone',
    async (mode) => {
      await countingServer();
      const title = client();

      await title(1);
      expect(await title(1, { cache: mode })).toBe('Film 1 #2');
      expect(await title(1)).toBe('Film 1 #1');
    },
  );
});
