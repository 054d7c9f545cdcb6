// A paginated answer whose JSON is not an object at all (a proxy's quoted placeholder, a bare number)
// stops the iteration with the same invalid-response error as any other body without a page envelope.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, paginate } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

describe('paginate over an answer that is not a JSON object', () => {
  it.each([
    ['a string', 'maintenance: back soon'],
    ['a number', 42],
    ['true', true],
  ])('fails with an invalid-response error for %s', async (_name, body) => {
    server = await startServer((_request, response) => json(response, 200, body));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });

    await expect(paginate(tmdb, '/3/movie/popular').toArray()).rejects.toMatchObject({
      name: 'TmdbError',
      kind: 'invalid-response',
      status: 200,
      status_message: 'no page envelope',
    });
    expect(server.requests).toHaveLength(1);
  });
});
