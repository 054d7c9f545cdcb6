// `details` with append_to_response at its edges: exactly 20 keys, several keys of which one does not come
// back, a body that is not an object, the caller's own per-call middleware, and the error it reports.
import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, details } from '../src/index.js';
import { credits, movieDetails, TOKEN, TWENTY_SEASONS } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';
import { thrown } from './support/thrown.js';

let server: TestServer;
afterEach(() => server?.close());

async function clientAnswering(body: (appends: string[]) => unknown) {
  server = await startServer((request, response) =>
    json(response, 200, body((request.query.get('append_to_response') ?? '').split(',').filter(Boolean))),
  );
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
}

/** A series' details with each requested key answered (seasons as empty objects). */
const seriesWith = (appends: string[]) => ({
  id: 1,
  name: 'Series 1',
  ...Object.fromEntries(appends.map((key) => [key, {}])),
});

describe('details with append_to_response', () => {
  it('accepts exactly 20 keys and sends them all, comma-separated in order', async () => {
    const tmdb = await clientAnswering(seriesWith);
    const keys = TWENTY_SEASONS;

    const series = await details(tmdb, '/3/tv/{series_id}', keys, { params: { path: { series_id: 1 } } });

    expect(server.requests[0]?.query.get('append_to_response')).toBe(keys.join(','));
    expect(series['season/20']).toEqual({});
  });

  it('tells an untyped caller how many keys TMDB accepts', async () => {
    const tmdb = await clientAnswering(seriesWith);
    const keys = Array.from({ length: 21 }, (_, index) => `season/${index + 1}` as const);
    // @ts-expect-error a list whose length the compiler cannot bound is refused at compile time too
    const pending = details(tmdb, '/3/tv/{series_id}', keys, { params: { path: { series_id: 1 } } });
    await expect(pending).rejects.toThrow(new RangeError('at most 20 appends'));
  });

  it('fails when any one of several requested keys does not come back, naming the call', async () => {
    // TMDB silently leaves out a key it does not know; the first key coming back is not enough.
    const tmdb = await clientAnswering(() => ({ ...movieDetails(7), credits }));

    const error = await thrown(
      details(tmdb, '/3/movie/{movie_id}', ['credits', 'keywords'], { params: { path: { movie_id: 7 } } }),
    );

    expect(error).toMatchObject({
      kind: 'invalid-response',
      method: 'GET',
      path: '/3/movie/{movie_id}',
      status_message: 'appends missing',
    });
    expect(error.message).toBe('GET /3/movie/{movie_id} failed (invalid-response): appends missing');
  });

  it('fails with a TmdbError, not a TypeError, when the body is not an object', async () => {
    const tmdb = await clientAnswering(() => 'maintenance');

    const error = await thrown(
      details(tmdb, '/3/movie/{movie_id}', ['credits'], { params: { path: { movie_id: 7 } } }),
    );

    expect(error).toMatchObject({ kind: 'invalid-response', status_message: 'appends missing' });
  });

  it('runs the caller’s own per-call middleware too', async () => {
    const tmdb = await clientAnswering((appends) => ({
      ...movieDetails(7),
      ...Object.fromEntries(appends.map((key) => [key, credits])),
    }));
    const tagged: Middleware = {
      onRequest: ({ request }) => {
        request.headers.set('x-request-id', 'call-1');
        return request;
      },
    };

    await details(tmdb, '/3/movie/{movie_id}', ['credits'], {
      params: { path: { movie_id: 7 } },
      middleware: [tagged],
    });
    await details(tmdb, '/3/movie/{movie_id}', [], {
      params: { path: { movie_id: 7 } },
      middleware: [tagged],
    });

    expect(server.requests.map((request) => request.headers['x-request-id'])).toEqual(['call-1', 'call-1']);
    expect(server.requests[0]?.query.get('append_to_response')).toBe('credits');
    expect(server.requests[1]?.query.has('append_to_response')).toBe(false);
  });
});
