import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, paginate, TmdbError, withSession } from '../src/index.js';
import { moviePage, TOKEN, tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

/** Serves `moviePage(page, totalPages)` for whatever page is asked for. */
async function pagedServer(totalPages: number, options: { failOn?: number } = {}) {
  server = await startServer((request, response) => {
    const page = Number(request.query.get('page') ?? 1);
    if (page === options.failOn) return json(response, 500, tmdbError(11, 'Internal error.'));
    json(response, 200, moviePage(page, totalPages));
  });
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
}

const requestedPages = () => server.requests.map((request) => Number(request.query.get('page')));

describe('paginate', () => {
  it('iterates every page up to total_pages, one request per page, keeping the call parameters', async () => {
    const tmdb = await pagedServer(30);
    const pages = [];
    for await (const page of paginate(tmdb, '/3/search/movie', { params: { query: { query: 'orbit' } } }))
      pages.push(page.page);

    expect(pages).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    expect(requestedPages()).toEqual(pages);
    expect(server.requests.every((request) => request.query.get('query') === 'orbit')).toBe(true);
  });

  it('iterates items across pages', async () => {
    const tmdb = await pagedServer(3);
    const ids = [];
    for await (const movie of paginate(tmdb, '/3/movie/popular').items()) ids.push(movie.id);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await paginate(tmdb, '/3/movie/popular', { maxPages: 2 }).toArray()).toHaveLength(4);
  });

  it('starts from the page given in the call and stops after maxPages', async () => {
    const tmdb = await pagedServer(100);
    const pages = paginate(tmdb, '/3/movie/top_rated', { params: { query: { page: 10 } }, maxPages: 3 });
    const seen = [];
    for await (const page of pages) seen.push(page.page);
    expect(seen).toEqual([10, 11, 12]);
  });

  it("stops at TMDB's 500-page cap whatever total_pages says", async () => {
    const tmdb = await pagedServer(10_000);
    const seen = [];
    for await (const page of paginate(tmdb, '/3/movie/popular', { params: { query: { page: 498 } } }))
      seen.push(page.page);
    expect(seen).toEqual([498, 499, 500]);
  });

  it('stops at an empty page', async () => {
    server = await startServer((request, response) =>
      json(response, 200, { ...moviePage(1, 9), page: Number(request.query.get('page')), results: [] }),
    );
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      retry: false,
    });
    expect(await paginate(tmdb, '/3/movie/popular').toArray()).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('throws a TmdbError for a failed page after yielding the pages before it', async () => {
    const tmdb = await pagedServer(5, { failOn: 3 });
    const seen: number[] = [];
    const failure = await (async () => {
      for await (const page of paginate(tmdb, '/3/movie/popular')) seen.push(page.page);
    })().catch((error: unknown) => error);

    expect(seen).toEqual([1, 2]);
    expect(failure).toBeInstanceOf(TmdbError);
    expect(failure).toMatchObject({ status: 500, path: '/3/movie/popular', status_code: 11 });
  });

  it('fetches lazily: breaking out of the loop stops the requests', async () => {
    const tmdb = await pagedServer(50);
    for await (const page of paginate(tmdb, '/3/movie/popular')) if (page.page === 2) break;
    expect(server.requests).toHaveLength(2);
  });
});

describe('one Pages iterated twice at once', () => {
  it('gives each iteration its own pages 1..n in order, with defaults and a session applied', async () => {
    server = await startServer((request, response) =>
      json(response, 200, moviePage(Number(request.query.get('page') ?? 1), 4)),
    );
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      retry: false,
      // De-duplication would merge the two iterations' identical requests; here each must send its own.
      dedupe: false,
      language: 'pt-BR',
      region: 'BR',
    });
    const pages = paginate(withSession(tmdb, 'session-0123456789'), '/3/account/{account_id}/rated/movies', {
      params: { path: { account_id: 1 } },
    });
    const first = pages[Symbol.asyncIterator]();
    const second = pages[Symbol.asyncIterator]();
    const seen: Record<'first' | 'second', number[]> = { first: [], second: [] };
    const step = async (name: 'first' | 'second', iterator: AsyncIterator<{ page: number }>) => {
      const next = await iterator.next();
      if (!next.done) seen[name].push(next.value.page);
      return !next.done;
    };

    // The first iteration runs one page ahead; then both ask for their next page in the same tick, so a
    // page shared between iterations (or read late by the client's middleware) would show up as a repeat.
    await step('first', first);
    let going = true;
    while (going) {
      const [a, b] = await Promise.all([step('first', first), step('second', second)]);
      going = a || b;
    }

    expect(seen).toEqual({ first: [1, 2, 3, 4], second: [1, 2, 3, 4] });
    expect(server.requests).toHaveLength(8);
    for (const request of server.requests) {
      expect(Object.fromEntries(request.query)).toMatchObject({
        language: 'pt-BR',
        region: 'BR',
        session_id: 'session-0123456789',
      });
    }
  });
});
