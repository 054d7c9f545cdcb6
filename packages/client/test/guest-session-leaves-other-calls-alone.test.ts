// A guest-session client fills its id in only where an operation takes it: calls that take none, and
// text that merely looks like the path template, go out exactly as the caller wrote them.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, withGuestSession } from '../src/index.js';
import { TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

const GUEST = 'guest-7e3a1c9f5b2d8e4a';

describe('a guest-session client', () => {
  it('sends calls that take no session id unchanged', async () => {
    server = await startServer((_request, response) => json(response, 200, { id: 550, cast: [], crew: [] }));
    const guest = withGuestSession(createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl }), GUEST);

    const { data } = await guest.GET('/3/movie/{movie_id}/credits', { params: { path: { movie_id: 550 } } });

    expect(data?.id).toBe(550);
    expect(server.requests.map((request) => request.url)).toEqual(['/3/movie/550/credits']);
  });

  it('never puts its id into a search for the text "{guest_session_id}"', async () => {
    server = await startServer((_request, response) =>
      json(response, 200, { page: 1, total_pages: 1, total_results: 0, results: [] }),
    );
    const guest = withGuestSession(createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl }), GUEST);

    await guest.GET('/3/search/movie', { params: { query: { query: '{guest_session_id}' } } });

    expect(server.requests.map((request) => Object.fromEntries(request.query))).toEqual([
      { query: '{guest_session_id}' },
    ]);
    expect(server.requests[0]?.url).not.toContain(GUEST);
  });
});
