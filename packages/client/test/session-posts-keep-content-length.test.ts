// A session client adds its id to a POST's query by rebuilding the request. The rebuilt request still
// carries its body with a Content-Length, as the root client's would: a proxy or server that refuses
// chunked uploads (HTTP 411 Length Required) must not see a difference between the two.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, withGuestSession, withSession } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

describe('a rating sent through a session client', () => {
  it('goes out with its session id, its JSON body and a Content-Length, like a call without a session', async () => {
    server = await startServer((_request, response) =>
      json(response, 201, { success: true, status_code: 1, status_message: 'Success.' }),
    );
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const rate = { params: { path: { movie_id: 2 } }, body: { value: 9 } };

    await tmdb.POST('/3/movie/{movie_id}/rating', rate);
    await withSession(tmdb, 'session-0123456789').POST('/3/movie/{movie_id}/rating', rate);
    await withGuestSession(tmdb, 'guest-0123456789').POST('/3/movie/{movie_id}/rating', rate);

    expect(
      server.requests.map((request) => ({
        url: request.url,
        body: request.body,
        length: request.headers['content-length'],
        chunked: request.headers['transfer-encoding'],
      })),
    ).toEqual([
      { url: '/3/movie/2/rating', body: '{"value":9}', length: '11', chunked: undefined },
      {
        url: '/3/movie/2/rating?session_id=session-0123456789',
        body: '{"value":9}',
        length: '11',
        chunked: undefined,
      },
      {
        url: '/3/movie/2/rating?guest_session_id=guest-0123456789',
        body: '{"value":9}',
        length: '11',
        chunked: undefined,
      },
    ]);
  });
});
