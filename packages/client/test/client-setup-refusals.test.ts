// What createTmdbClient and the session helpers tell a user who hands them the wrong thing: each refusal
// names the problem (and the option at fault) so it can be fixed without reading the source.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, withSession } from '../src/index.js';
import { API_KEY, movieDetails, TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
afterEach(() => server?.close());

describe('credentials', () => {
  it('says which credentials it needs when the token is empty', () => {
    expect(() => createTmdbClient({ accessToken: '' })).toThrow(
      'createTmdbClient needs exactly one of accessToken or apiKey (a non-empty string) or auth: false',
    );
  });

  it('names the option that holds an unprintable secret: accessToken or apiKey', () => {
    expect(() => createTmdbClient({ accessToken: `${TOKEN}\n` })).toThrow(
      /^createTmdbClient: accessToken must be printable ASCII/,
    );
    expect(() => createTmdbClient({ apiKey: `${API_KEY} ` })).toThrow(
      /^createTmdbClient: apiKey must be printable ASCII/,
    );
  });
});

describe('base URLs', () => {
  it.each([
    ['a user name alone', 'https://ada@example.test'],
    ['a password alone', 'https://:s3cret@example.test'],
  ])('refuses one with %s', (_name, baseUrl) => {
    expect(() => createTmdbClient({ accessToken: TOKEN, baseUrl })).toThrow(
      'createTmdbClient: baseUrl must not contain a user name or password (user:pass@)',
    );
  });

  it('sends calls under a base path however many slashes end it', async () => {
    server = await startServer((_request, response) => json(response, 200, movieDetails(550)));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: `${server.baseUrl}/tmdb///`, retry: false });

    const { data } = await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 550 } } });

    expect(data?.id).toBe(550);
    expect(server.requests.map((request) => request.path)).toEqual(['/tmdb/3/movie/550']);
  });
});

describe('session helpers', () => {
  it('refuses a copy of a client, which has lost its pipeline and credentials', () => {
    const tmdb = createTmdbClient({ accessToken: TOKEN });
    expect(() => withSession({ ...tmdb }, 'session-0123456789')).toThrow(
      new TypeError('expected a client created by createTmdbClient'),
    );
  });

  it('refuses an empty session id, and one read from JSON that is not a string, with the same message', () => {
    const tmdb = createTmdbClient({ accessToken: TOKEN });
    // A saved session whose id was stored as a number: JSON gives no type guarantee at run time.
    const saved: { session_id: string } = JSON.parse('{"session_id": 42}');

    for (const id of ['', saved.session_id]) {
      expect(() => withSession(tmdb, id)).toThrow(new TypeError('a session id must be a non-empty string'));
    }
  });
});
