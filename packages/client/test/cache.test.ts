import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTmdbClient, responseCache } from '../src/index.js';
import { configuration, TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
});

function client(ttl = 60_000) {
  return createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    rateLimit: false,
    retry: false,
    cache: responseCache({ ttl }),
  });
}

describe('response cache', () => {
  it('answers repeated GETs from memory for the TTL, then asks again', async () => {
    server = await startServer((_request, response) => json(response, 200, configuration));
    vi.useFakeTimers({ toFake: ['performance'] });
    const tmdb = client(1_000);

    await tmdb.GET('/3/configuration');
    const cached = await tmdb.GET('/3/configuration');
    expect(cached.data?.images.secure_base_url).toBe(configuration.images.secure_base_url);
    expect(server.requests).toHaveLength(1);

    vi.advanceTimersByTime(1_001);
    await tmdb.GET('/3/configuration');
    expect(server.requests).toHaveLength(2);
  });

  it('follows Cache-Control: max-age over the TTL, and never stores no-store answers', async () => {
    let cacheControl = 'public, max-age=5';
    server = await startServer((_request, response) =>
      json(response, 200, configuration, { 'cache-control': cacheControl }),
    );
    vi.useFakeTimers({ toFake: ['performance'] });
    const tmdb = client(60_000);

    await tmdb.GET('/3/configuration');
    vi.advanceTimersByTime(4_000);
    await tmdb.GET('/3/configuration');
    expect(server.requests).toHaveLength(1);
    vi.advanceTimersByTime(1_001);
    cacheControl = 'no-store';
    await tmdb.GET('/3/configuration');
    await tmdb.GET('/3/configuration');
    expect(server.requests).toHaveLength(3);
  });

  it('revalidates a stale answer with its ETag and serves the stored body on 304', async () => {
    server = await startServer((request, response) => {
      if (request.headers['if-none-match'] === '"v1"') {
        response.writeHead(304, { etag: '"v1"', 'cache-control': 'max-age=0' });
        response.end();
        return;
      }
      json(response, 200, configuration, { etag: '"v1"', 'cache-control': 'max-age=0' });
    });
    const tmdb = client();

    await tmdb.GET('/3/configuration');
    const revalidated = await tmdb.GET('/3/configuration');

    expect(revalidated.response.status).toBe(200);
    expect(revalidated.data?.images.poster_sizes).toEqual(configuration.images.poster_sizes);
    expect(server.requests.map((request) => request.headers['if-none-match'])).toEqual([undefined, '"v1"']);
  });

  it('keeps failures, other methods and cache: no-store requests out of it', async () => {
    let status = 503;
    server = await startServer((_request, response) =>
      json(response, status, { status_code: 0, status_message: 'x' }),
    );
    const tmdb = client();

    await tmdb.GET('/3/configuration');
    status = 200;
    await tmdb.GET('/3/configuration');
    await tmdb.GET('/3/configuration', { cache: 'no-store' });
    expect(server.requests).toHaveLength(3);
    // Successful answers to other methods, asked twice, reach the server twice.
    const deleteRating = () =>
      tmdb.DELETE('/3/movie/{movie_id}/rating', {
        params: { path: { movie_id: 4 }, query: { session_id: 'session-5f0c' } },
      });
    await deleteRating();
    await deleteRating();
    expect(server.requests.map((request) => request.method)).toEqual([
      'GET',
      'GET',
      'GET',
      'DELETE',
      'DELETE',
    ]);
  });
});
