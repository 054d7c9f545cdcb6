import { afterEach, expect, it } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

it('adds the default language and region to GETs that set none, never overriding the call', async () => {
  server = await startServer((_request, response) => json(response, 200, {}));
  const tmdb = createTmdbClient({
    accessToken: TOKEN,
    baseUrl: server.baseUrl,
    language: 'pt-BR',
    region: 'BR',
  });

  await tmdb.GET('/3/movie/popular');
  await tmdb.GET('/3/movie/popular', { params: { query: { language: 'fr-FR' } } });
  await tmdb.POST('/3/movie/{movie_id}/rating', {
    params: { path: { movie_id: 1 }, query: { guest_session_id: 'guest-0123456789' } },
    body: { value: 5 },
  });

  expect(server.requests.map((request) => Object.fromEntries(request.query))).toEqual([
    { language: 'pt-BR', region: 'BR' },
    { language: 'fr-FR', region: 'BR' },
    { guest_session_id: 'guest-0123456789' },
  ]);
});
