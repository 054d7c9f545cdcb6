// One error model: `toTmdbError` turns anything a call produced into a TmdbError, and `throwOnError`
// gives every call the throwing style.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, TmdbError, TmdbStatus, toTmdbError } from '../src/index.js';
import { configuration, TOKEN, tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

describe('toTmdbError', () => {
  it('names the operation of an openapi-fetch result it is given', async () => {
    server = await startServer((_request, response) =>
      json(response, 404, tmdbError(34, 'Not here.'), { 'retry-after': '2' }),
    );
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl });
    const result = await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 9 } } });

    expect(toTmdbError(result)).toMatchObject({
      kind: 'http',
      method: 'GET',
      path: '/3/movie/{movie_id}',
      status: 404,
      status_code: TmdbStatus.NotFound,
      status_message: 'Not here.',
      retryAfter: 2,
    });
  });

  it('reads a bare error body, keeps a TmdbError, and wraps anything else as a network error', () => {
    expect(toTmdbError({ status_code: 7, status_message: 'Invalid key.' })).toMatchObject({
      kind: 'http',
      status: 0,
      status_code: 7,
    });
    expect(toTmdbError({ errors: ['query must be provided'] })).toMatchObject({
      errors: ['query must be provided'],
    });
    const existing = new TmdbError({ kind: 'timeout', method: 'GET', path: '/3/configuration' });
    expect(toTmdbError(existing)).toBe(existing);
    const cause = new TypeError('fetch failed');
    expect(toTmdbError(cause)).toMatchObject({ kind: 'network', status_message: 'fetch failed', cause });
    expect(toTmdbError('nonsense')).toBeInstanceOf(TmdbError);
  });
});

describe('throwOnError', () => {
  it('throws the TmdbError of an error response and resolves successes as usual', async () => {
    server = await startServer((request, response) =>
      request.path === '/3/configuration'
        ? json(response, 200, configuration)
        : json(response, 401, tmdbError(7, 'Invalid key.')),
    );
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, throwOnError: true });

    expect((await tmdb.GET('/3/configuration')).data?.change_keys).toEqual([]);
    await expect(
      tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 1 } } }),
    ).rejects.toMatchObject({
      name: 'TmdbError',
      status: 401,
      status_code: TmdbStatus.InvalidApiKey,
      path: '/3/movie/{movie_id}',
    });
  });

  it('is off by default: an error response is returned as { error }', async () => {
    server = await startServer((_request, response) => json(response, 401, tmdbError(7, 'Invalid key.')));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl });
    expect((await tmdb.GET('/3/configuration')).error).toMatchObject({ status_code: 7 });
  });
});

describe('TmdbStatus', () => {
  it("carries the spec's catalogue, with the names the client has always had", () => {
    expect(TmdbStatus).toMatchObject({
      NotFromTmdb: 0,
      AuthenticationFailed: 3,
      InvalidId: 6,
      InvalidApiKey: 7,
      SessionDenied: 17,
      InvalidPage: 22,
      RateLimited: 25,
      InvalidCredentials: 30,
      NotFound: 34,
    });
    expect(Object.keys(TmdbStatus).length).toBeGreaterThan(40);
  });
});
