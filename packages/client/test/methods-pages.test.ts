// `pages(...)` and `items(...)` on the paginated operation methods (`tmdb.movies.popular.items()`): only
// paginated operations have them, and their options from untyped callers (null for "no options", a `page`
// or `maxPages` that is not a number) never stop the iteration early or make it start at the wrong page.
// A user notices this as pages fetched that were not wanted, or results that silently end after none.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { moviePage, TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
afterEach(() => server?.close());

/** A client whose server answers page `page` (default 1) of `totalPages` pages of two movies each. */
async function pagedClient(totalPages: number) {
  server = await startServer((request, response) =>
    json(response, 200, moviePage(Number(request.query.get('page') ?? 1), totalPages)),
  );
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, rateLimit: false, retry: false });
}

const sentPages = () => (server?.requests ?? []).map((request) => request.query.get('page'));

async function collect<Item>(iterable: AsyncIterable<Item>): Promise<Item[]> {
  const all: Item[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}

describe('pages and items of an operation method', () => {
  it('exist only on paginated operations', async () => {
    const tmdb = await pagedClient(1);
    expect(typeof tmdb.movies.popular.pages).toBe('function');
    expect(typeof tmdb.movies.popular.items).toBe('function');
    expect(typeof tmdb.movies.similar.items).toBe('function');
    for (const method of [
      tmdb.movies.credits,
      tmdb.movies.details,
      tmdb.movies.nowPlaying,
      tmdb.lists.create,
    ]) {
      expect('pages' in method).toBe(false);
      expect('items' in method).toBe(false);
    }
  });

  it('take null in place of the options as no options', async () => {
    const tmdb = await pagedClient(2);
    // @ts-expect-error JavaScript callers pass null for "no options"
    const ids = (await collect(tmdb.movies.popular.items(null))).map((movie) => movie.id);
    expect(ids).toEqual([1, 2, 3, 4]);
    // @ts-expect-error the same for a method with an id in front
    const pages = (await collect(tmdb.movies.similar.pages(550, null))).map((page) => page.page);
    expect(pages).toEqual([1, 2]);
    expect(sentPages()).toEqual(['1', '2', '1', '2']);
  });

  it('start at page 1 when `page` is not a number', async () => {
    const tmdb = await pagedClient(2);
    // @ts-expect-error an untyped caller's "no starting page"
    const pages = (await collect(tmdb.movies.popular.pages({ page: null }))).map((page) => page.page);
    expect(pages).toEqual([1, 2]);
    expect(sentPages()).toEqual(['1', '2']);
  });

  it('fetch every page when `maxPages` is not a number', async () => {
    const tmdb = await pagedClient(3);
    // @ts-expect-error an untyped caller's "no limit"
    const ids = (await collect(tmdb.movies.popular.items({ maxPages: null }))).map((movie) => movie.id);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sentPages()).toEqual(['1', '2', '3']);
  });
});
