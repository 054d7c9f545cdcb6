import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient, details, TmdbError } from '../src/index.js';
import { credits, movieDetails, TOKEN } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

async function clientAnswering(body: (appends: string[]) => object) {
  server = await startServer((request, response) =>
    json(response, 200, body((request.query.get('append_to_response') ?? '').split(',').filter(Boolean))),
  );
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
}

describe('details with append_to_response', () => {
  it('sends the requested keys and returns the details with them', async () => {
    const tmdb = await clientAnswering((appends) => ({
      ...movieDetails(550),
      ...Object.fromEntries(appends.map((key) => [key, key === 'credits' ? credits : { results: [] }])),
    }));

    const movie = await details(tmdb, '/3/movie/{movie_id}', ['credits', 'videos'], {
      params: { path: { movie_id: 550 }, query: { language: 'de-DE' } },
    });

    expect(server.requests[0]?.query.get('append_to_response')).toBe('credits,videos');
    expect(server.requests[0]?.query.get('language')).toBe('de-DE');
    expect(movie.title).toBe('Film 550');
    expect(movie.credits).toEqual(credits);
    expect(movie.videos.results).toEqual([]);
  });

  it('sends no append_to_response when nothing is requested', async () => {
    const tmdb = await clientAnswering(() => movieDetails(1));
    await details(tmdb, '/3/movie/{movie_id}', [], { params: { path: { movie_id: 1 } } });
    expect(server.requests[0]?.query.has('append_to_response')).toBe(false);
  });

  it('fails with an invalid-response error when a requested key does not come back', async () => {
    const tmdb = await clientAnswering(() => movieDetails(1));
    const error = await details(tmdb, '/3/movie/{movie_id}', ['credits'], {
      params: { path: { movie_id: 1 } },
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(TmdbError);
    expect(error).toMatchObject({ kind: 'invalid-response', path: '/3/movie/{movie_id}' });
  });

  it('refuses more than 20 keys at run time too (for untyped callers)', async () => {
    const tmdb = await clientAnswering(() => movieDetails(1));
    const keys = Array.from({ length: 21 }, (_, index) => `season/${index + 1}` as const);
    // @ts-expect-error the compiler already refuses a list whose length it cannot bound
    const pending = details(tmdb, '/3/tv/{series_id}', keys, { params: { path: { series_id: 1 } } });
    await expect(pending).rejects.toThrow(RangeError);
    expect(server.requests).toHaveLength(0);
  });

  it('throws the TmdbError of a failed call', async () => {
    server = await startServer((_request, response) =>
      json(response, 404, { status_code: 34, status_message: 'No.' }),
    );
    const tmdb = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      retry: false,
    });
    await expect(
      details(tmdb, '/3/person/{person_id}', ['images'], { params: { path: { person_id: 1 } } }),
    ).rejects.toMatchObject({ status: 404, status_code: 34, path: '/3/person/{person_id}' });
  });
});
