import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, isTmdbError, orThrow, TmdbStatus, unwrap, withSession } from '../src/index.js';
import { API_KEY, movieDetails, TOKEN, tmdbError } from './support/fixtures.js';
import { json, reset, startServer, type TestServer } from './support/server.js';
import { thrown } from './support/thrown.js';

let server: TestServer;
afterEach(() => server?.close());

function client(options: { apiKey?: string } = {}) {
  const base = { baseUrl: server.baseUrl, retry: false } as const;
  return options.apiKey
    ? createTmdbClient({ ...base, apiKey: options.apiKey })
    : createTmdbClient({ ...base, accessToken: TOKEN });
}

/** Everything an error can show: message, stack, inspection (with causes) and JSON. */
function everythingIn(error: unknown): string {
  return `${String(error)}\n${error instanceof Error ? error.stack : ''}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;
}

describe('TmdbError', () => {
  it('is a real Error carrying the HTTP status, TMDB status, method and path template', async () => {
    server = await startServer((_request, response) => json(response, 404, tmdbError(34, 'Not here.')));
    const error = await thrown(
      orThrow(client().GET('/3/movie/{movie_id}', { params: { path: { movie_id: 9 } } })),
    );

    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'TmdbError',
      kind: 'http',
      status: 404,
      status_code: 34,
      status_message: 'Not here.',
      method: 'GET',
      path: '/3/movie/{movie_id}',
    });
    expect(error.message).toBe('GET /3/movie/{movie_id} failed (HTTP 404, TMDB status 34): Not here.');
    expect(isTmdbError(error, TmdbStatus.NotFound)).toBe(true);
    expect(isTmdbError(error, TmdbStatus.InvalidApiKey)).toBe(false);
    expect(isTmdbError(new Error('x'))).toBe(false);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ message: error.message, status_code: 34 });
  });

  it('carries the 422 validation messages', async () => {
    server = await startServer((_request, response) =>
      json(response, 422, { errors: ['query must be provided'] }),
    );
    const error = await thrown(
      orThrow(client().GET('/3/search/movie', { params: { query: { query: '' } } })),
    );

    expect(error.errors).toEqual(['query must be provided']);
    expect(error.message).toContain('query must be provided');
  });

  it('turns a CDN HTML 429 page into the same error, with retryAfter, in both styles', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(429, { 'content-type': 'text/html', 'retry-after': '7' });
      response.end('<html><body><h1>429 Too Many Requests</h1></body></html>');
    });
    const tmdb = client();

    const { error, response } = await tmdb.GET('/3/configuration');
    expect(response.status).toBe(429);
    expect(error).toEqual({ success: false, status_code: 25, status_message: 'HTTP 429 Too Many Requests' });

    const thrownError = await thrown(orThrow(tmdb.GET('/3/configuration')));
    expect(thrownError).toMatchObject({
      kind: 'http',
      status: 429,
      status_code: TmdbStatus.RateLimited,
      retryAfter: 7,
    });
  });

  it('gives a non-JSON 502 body no TMDB code rather than inventing one', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('upstream connect error');
    });
    const error = await thrown(orThrow(client().GET('/3/configuration')));
    expect(error).toMatchObject({ status: 502, status_code: TmdbStatus.NotFromTmdb, kind: 'http' });
  });

  it('reports malformed JSON in a success response as an invalid-response error, not a SyntaxError', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id": 5, "title": ');
    });
    const error = await thrown(client().GET('/3/movie/{movie_id}', { params: { path: { movie_id: 5 } } }));

    expect(error).toMatchObject({
      kind: 'invalid-response',
      status: 200,
      method: 'GET',
      path: '/3/movie/{movie_id}',
    });
  });

  it('reports a connection reset as a network error naming the operation', async () => {
    server = await startServer(reset);
    const error = await thrown(client().GET('/3/movie/{movie_id}', { params: { path: { movie_id: 5 } } }));

    expect(error).toMatchObject({ kind: 'network', status: 0, method: 'GET', path: '/3/movie/{movie_id}' });
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('unwrap returns data on success', async () => {
    server = await startServer((_request, response) => json(response, 200, movieDetails(3)));
    const movie = unwrap(await client().GET('/3/movie/{movie_id}', { params: { path: { movie_id: 3 } } }));
    expect(movie.title).toBe('Film 3');
  });
});

describe('secrets in errors', () => {
  const echoes = [TOKEN, API_KEY, encodeURIComponent(TOKEN)];

  it.each([['accessToken'], ['apiKey']])(
    'never shows the %s, even when the server echoes it back in the error body',
    async (kind) => {
      server = await startServer((request, response) =>
        json(
          response,
          401,
          tmdbError(7, `Rejected ${request.url} with ${request.headers.authorization ?? ''}`),
        ),
      );
      const tmdb = kind === 'apiKey' ? client({ apiKey: API_KEY }) : client();

      const { error } = await tmdb.GET('/3/configuration');
      const thrownError = await thrown(orThrow(tmdb.GET('/3/configuration')));

      for (const secret of echoes) {
        expect(JSON.stringify(error)).not.toContain(secret);
        expect(everythingIn(thrownError)).not.toContain(secret);
      }
      expect(thrownError.status_message).toContain('[redacted]');
    },
  );

  it('never shows the key when a custom fetch puts the URL in its own error', async () => {
    server = await startServer((_request, response) => json(response, 200, {}));
    const tmdb = createTmdbClient({
      apiKey: API_KEY,
      baseUrl: server.baseUrl,
      retry: false,
      fetch: async (input) => {
        throw new TypeError(`request to ${typeof input === 'string' ? input : input.url} failed`);
      },
    });
    const error = await thrown(tmdb.GET('/3/configuration'));

    expect(error.kind).toBe('network');
    expect(everythingIn(error)).not.toContain(API_KEY);
    expect(error.message).toContain('[redacted]');
  });

  it('never shows a session id a session client added', async () => {
    const sessionId = 'a1b2c3d4e5f6a7b8c9d0';
    server = await startServer((request, response) =>
      json(response, 401, tmdbError(3, `bad session ${request.url}`)),
    );
    const session = withSession(client(), sessionId);

    const error = await thrown(
      orThrow(session.GET('/3/account/{account_id}', { params: { path: { account_id: 1 } } })),
    );
    expect(server.requests[0]?.query.get('session_id')).toBe(sessionId);
    expect(everythingIn(error)).not.toContain(sessionId);
  });
});
