import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, withSession } from '../src/index.js';
import { API_KEY, moviePage, TOKEN, tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

const quiet = { retry: false } as const;

describe('credentials', () => {
  it('sends a v4 access token as a bearer header and gets typed data back', async () => {
    server = await startServer((_request, response) => json(response, 200, moviePage(1, 1)));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, ...quiet });

    const { data, error } = await tmdb.GET('/3/search/movie', { params: { query: { query: 'orbit' } } });

    expect(error).toBeUndefined();
    expect(data?.results[0]?.title).toBe('Film 1');
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.requests[0]?.query.get('query')).toBe('orbit');
    expect(server.requests[0]?.query.has('api_key')).toBe(false);
  });

  it('sends a v3 key as the api_key query parameter, also on requests with a body', async () => {
    server = await startServer((request, response) =>
      json(response, 200, { success: true, status_code: 1, status_message: request.body }),
    );
    const tmdb = createTmdbClient({ apiKey: API_KEY, baseUrl: server.baseUrl, ...quiet });

    await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 7 } } });
    const { data } = await tmdb.POST('/3/movie/{movie_id}/rating', {
      params: { path: { movie_id: 7 }, query: { guest_session_id: 'guest-session-0001' } },
      body: { value: 8.5 },
    });

    expect(server.requests.map((request) => request.query.get('api_key'))).toEqual([API_KEY, API_KEY]);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(JSON.parse(server.requests[1]?.body ?? '')).toEqual({ value: 8.5 });
    expect(data?.success).toBe(true);
  });

  it('returns the typed error body of a failed call in the { data, error } style', async () => {
    server = await startServer((_request, response) => json(response, 401, tmdbError(7, 'Invalid key.')));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, ...quiet });

    const { data, error, response } = await tmdb.GET('/3/configuration');

    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error && 'status_code' in error ? error.status_code : undefined).toBe(7);
  });

  it('sends no credentials with auth: false, for a proxy that adds them (GETs, bodies, sessions)', async () => {
    // The proxy a browser app talks to: it adds the token and forwards to a TMDB fake that demands it.
    const tmdbFake = await startServer((request, response) =>
      request.headers.authorization === `Bearer ${TOKEN}`
        ? json(response, 200, { success: true, status_code: 1, status_message: request.url })
        : json(response, 401, tmdbError(7, 'Invalid API key: You must be granted a valid key.')),
    );
    try {
      server = await startServer(async (request, response) => {
        const forwarded = await fetch(`${tmdbFake.baseUrl}${request.url}`, {
          method: request.method,
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          ...(request.body ? { body: request.body } : {}),
        });
        response.writeHead(forwarded.status, { 'content-type': 'application/json' });
        response.end(await forwarded.text());
      });
      const tmdb = createTmdbClient({ auth: false, baseUrl: server.baseUrl, ...quiet });

      const details = await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 7 } } });
      const rated = await withSession(tmdb, 'session-0123456789').POST('/3/movie/{movie_id}/rating', {
        params: { path: { movie_id: 7 } },
        body: { value: 8.5 },
      });

      expect(details.response.status).toBe(200);
      expect(rated.data?.status_message).toBe('/3/movie/7/rating?session_id=session-0123456789');
      for (const sent of server.requests) {
        expect(sent.headers.authorization).toBeUndefined();
        expect(sent.query.has('api_key')).toBe(false);
      }
      expect(JSON.parse(server.requests[1]?.body ?? '')).toEqual({ value: 8.5 });
      expect(tmdbFake.requests).toHaveLength(2);
    } finally {
      await tmdbFake.close();
    }
  });

  it.each([
    [{}],
    [{ accessToken: '' }],
    [{ apiKey: 42 }],
    [{ accessToken: TOKEN, apiKey: API_KEY }],
    [{ auth: false, accessToken: TOKEN }],
    [{ auth: false, apiKey: API_KEY }],
    [{ auth: true }],
    [{ auth: true, accessToken: TOKEN }],
  ])('rejects unusable credentials %j with a TypeError', (credentials) => {
    // @ts-expect-error deliberately wrong input, as plain JavaScript callers can pass
    expect(() => createTmdbClient(credentials)).toThrow(TypeError);
  });

  it('rejects a base URL that is not absolute http(s)', () => {
    expect(() => createTmdbClient({ accessToken: TOKEN, baseUrl: 'api.themoviedb.org' })).toThrow(/baseUrl/);
    expect(() => createTmdbClient({ accessToken: TOKEN, baseUrl: 'ftp://example.test' })).toThrow(/baseUrl/);
  });

  it('keeps the credentials out of the client object', () => {
    const tmdb = createTmdbClient({ accessToken: TOKEN, apiKey: undefined });
    const withKey = createTmdbClient({ apiKey: API_KEY });
    for (const client of [tmdb, withKey, withSession(tmdb, 'session-0123456789')]) {
      const printed = `${String(client)} ${JSON.stringify(client)} ${Object.values(client).map(String).join(' ')}`;
      expect(printed).not.toContain(TOKEN);
      expect(printed).not.toContain(API_KEY);
    }
  });
});
