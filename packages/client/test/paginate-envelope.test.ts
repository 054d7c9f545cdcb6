// A paginated answer that is not TMDB's page envelope (a proxy's placeholder, a changed API) stops the
// iteration with a clear error instead of yielding a wrong page or looping.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, paginate } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

describe('paginate over an answer without a page envelope', () => {
  it.each([
    ['no page number', { total_pages: 2, results: [] }],
    ['a page number as text', { page: '1', total_pages: 2, results: [] }],
    ['no total', { page: 1, results: [] }],
    ['a total as text', { page: 1, total_pages: '2', results: [] }],
    ['no results', { page: 1, total_pages: 2 }],
    ['results that are not a list', { page: 1, total_pages: 2, results: { id: 1 } }],
  ])('fails with an invalid-response error: %s', async (_name, body) => {
    server = await startServer((_request, response) => json(response, 200, body));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });

    await expect(paginate(tmdb, '/3/movie/popular').toArray()).rejects.toMatchObject({
      kind: 'invalid-response',
      method: 'GET',
      status: 200,
      status_message: 'no page envelope',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('fails with an invalid-response error on a JSON null, before handing out a page', async () => {
    server = await startServer((_request, response) => json(response, 200, null));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const seen: unknown[] = [];
    const iterate = async () => {
      for await (const page of paginate(tmdb, '/3/movie/popular')) seen.push(page);
    };
    await expect(iterate()).rejects.toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(seen).toEqual([]);
  });
});
