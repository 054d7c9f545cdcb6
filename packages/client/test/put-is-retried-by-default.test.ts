// A PUT sets a resource to the state it carries, so sending it twice does no more than once: the client
// repeats it after a 503 without being told to, with the same body, as it does a GET or a DELETE.
import { afterEach, expect, it } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { TOKEN, tmdbError } from './support/fixtures.js';
import { json, sequence, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

it('repeats a v4 list update after a 503, body and all', async () => {
  server = await startServer(
    sequence(
      (_request, response) => json(response, 503, tmdbError(46, 'Later.')),
      (_request, response) =>
        json(response, 200, { success: true, status_code: 12, status_message: 'Updated.' }),
    ),
  );
  const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: { baseDelay: 1 } });
  const { data, response } = await tmdb.PUT('/4/list/{list_id}', {
    params: { path: { list_id: 7 } },
    body: { name: 'Renamed' },
  });
  expect(response.status).toBe(200);
  expect(data?.status_code).toBe(12);
  expect(server.requests.map((request) => `${request.method} ${request.body}`)).toEqual([
    'PUT {"name":"Renamed"}',
    'PUT {"name":"Renamed"}',
  ]);
});
