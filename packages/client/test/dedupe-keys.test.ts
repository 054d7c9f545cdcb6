// Requests that differ only in their query string ask TMDB different questions: sharing one answer between
// them (in flight or from the cache) would hand a user another language's, or another page's, data.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTmdbClient, type ResponseCache, responseCache } from '../src/index.js';
import { movieDetails, moviePage, TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

/**
 * A server whose answers name what was asked (the movie's title carries its `language`, a list page its
 * `page`), held until `release()` so that calls are truly in flight together.
 */
async function echoingServer() {
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  server = await startServer(async (request, response) => {
    await gate;
    if (request.path === '/3/movie/popular') {
      json(response, 200, moviePage(Number(request.query.get('page') ?? 1), 5));
      return;
    }
    const movie = movieDetails(Number(request.path.split('/').pop()));
    json(response, 200, { ...movie, title: `${movie.title} (${request.query.get('language')})` });
  });
  return open;
}

function client(cache?: ResponseCache) {
  return createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    rateLimit: false,
    retry: false,
    cache,
  });
}

const details = (tmdb: ReturnType<typeof client>, language: string) =>
  tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 7 }, query: { language } } });

const popular = (tmdb: ReturnType<typeof client>, page: number) =>
  tmdb.GET('/3/movie/popular', { params: { query: { page } } });

describe('requests that differ only in the query', () => {
  it('are not shared in flight: each language gets its own answer', async () => {
    const release = await echoingServer();
    const tmdb = client();

    const calls = [details(tmdb, 'fr-FR'), details(tmdb, 'de-DE'), details(tmdb, 'fr-FR')];
    await vi.waitUntil(() => server.requests.length === 2, { timeout: 5_000 });
    release();
    const titles = (await Promise.all(calls)).map((result) => result.data?.title);

    expect(titles).toEqual(['Film 7 (fr-FR)', 'Film 7 (de-DE)', 'Film 7 (fr-FR)']);
  });

  it('are not shared in flight: each page gets its own results', async () => {
    const release = await echoingServer();
    const tmdb = client();

    const calls = [popular(tmdb, 1), popular(tmdb, 2), popular(tmdb, 3)];
    await vi.waitUntil(() => server.requests.length === 3, { timeout: 5_000 });
    release();
    const pages = await Promise.all(calls);

    expect(pages.map((result) => result.data?.page)).toEqual([1, 2, 3]);
    expect(pages.map((result) => result.data?.results[0]?.id)).toEqual([1, 3, 5]);
  });

  it('are not answered from the cache: a fr-FR answer is never served for de-DE', async () => {
    const release = await echoingServer();
    release();
    const tmdb = client(responseCache({ ttl: 60_000 }));

    expect((await details(tmdb, 'fr-FR')).data?.title).toBe('Film 7 (fr-FR)');
    expect((await details(tmdb, 'de-DE')).data?.title).toBe('Film 7 (de-DE)');
    expect((await popular(tmdb, 1)).data?.page).toBe(1);
    expect((await popular(tmdb, 2)).data?.page).toBe(2);
    // The same questions again are the cache's to answer, each with its own stored answer.
    expect((await details(tmdb, 'fr-FR')).data?.title).toBe('Film 7 (fr-FR)');
    expect((await popular(tmdb, 2)).data?.page).toBe(2);
    expect(server.requests).toHaveLength(4);
  });
});
