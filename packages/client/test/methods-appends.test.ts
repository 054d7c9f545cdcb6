// `append` on the details methods (`tmdb.movies.details(550, { append: ['credits', 'videos'] })`): the keys
// reach TMDB as one comma-separated append_to_response next to the other parameters, up to TMDB's limit of
// 20, and an answer without a requested key is refused with an error that says which key and which call.
// A user notices a wrong list as missing data, and a vague error as time lost finding out why.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { credits, movieDetails, TOKEN, TWENTY_SEASONS } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';
import { thrown } from './support/thrown.js';

let server: TestServer | undefined;
afterEach(() => server?.close());

/** A client whose server answers `details` with `body(requested append keys)`. */
async function clientAnswering(body: (appends: string[]) => unknown) {
  server = await startServer((request, response) =>
    json(response, 200, body((request.query.get('append_to_response') ?? '').split(',').filter(Boolean))),
  );
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, rateLimit: false, retry: false });
}

/** Details with every requested key answered. */
const withEvery = (appends: string[]) => ({
  ...movieDetails(550),
  ...Object.fromEntries(appends.map((key) => [key, key === 'credits' ? credits : { results: [] }])),
});

const sentQuery = (index = 0) => Object.fromEntries(server?.requests[index]?.query ?? []);

describe('append on an operation method', () => {
  it('sends several keys comma-separated in order, next to the other parameters', async () => {
    const tmdb = await clientAnswering(withEvery);
    const movie = await tmdb.movies.details(550, { language: 'de-DE', append: ['credits', 'videos'] });
    expect(sentQuery()).toEqual({ language: 'de-DE', append_to_response: 'credits,videos' });
    expect(movie.credits).toEqual(credits);
    expect(movie.videos).toEqual({ results: [] });
  });

  it('accepts exactly 20 keys, TMDB’s limit', async () => {
    const tmdb = await clientAnswering((appends) => ({
      id: 1399,
      ...Object.fromEntries(appends.map((key) => [key, {}])),
    }));
    const keys = TWENTY_SEASONS;
    const series = await tmdb.tvSeries.details(1399, { append: keys });
    expect(sentQuery().append_to_response).toBe(keys.join(','));
    expect(series['season/20']).toEqual({});
  });

  it('refuses more than 20 keys, or keys not in a list, saying how many TMDB takes', async () => {
    const tmdb = await clientAnswering(withEvery);
    const tooMany = Array.from({ length: 21 }, (_, index) => `season/${index + 1}` as const);
    // @ts-expect-error a list whose length the compiler cannot bound is refused at compile time too
    await expect(tmdb.tvSeries.details(1399, { append: tooMany })).rejects.toThrow(
      new RangeError('tvSeries.details: append takes a list of at most 20 keys'),
    );
    // @ts-expect-error an untyped caller's single key, not in a list
    await expect(tmdb.movies.details(550, { append: 'credits' })).rejects.toThrow(
      new RangeError('movies.details: append takes a list of at most 20 keys'),
    );
    expect(server?.requests).toEqual([]);
  });

  it('refuses an answer without a requested key, naming the key and the call', async () => {
    const tmdb = await clientAnswering(() => ({ ...movieDetails(550), credits }));
    const error = await thrown(tmdb.movies.details(550, { append: ['credits', 'videos'] }));
    expect(error).toMatchObject({
      kind: 'invalid-response',
      method: 'GET',
      path: '/3/movie/{movie_id}',
      status: 200,
      status_message: 'the appended videos is missing',
    });
    expect(error.message).toBe('GET /3/movie/{movie_id} failed (HTTP 200): the appended videos is missing');
  });

  it('refuses an answer that is not an object with the same typed error, not a TypeError', async () => {
    for (const body of ['maintenance', 42, true]) {
      const tmdb = await clientAnswering(() => body);
      const error = await thrown(tmdb.movies.details(550, { append: ['credits'] }));
      expect(error).toMatchObject({
        kind: 'invalid-response',
        status: 200,
        status_message: 'the appended credits is missing',
      });
      await server?.close();
    }
  });

  it('only expects back the keys that are strings (a JavaScript `wanted && "videos"` gives false)', async () => {
    const tmdb = await clientAnswering(() => ({ ...movieDetails(550), credits }));
    const wantVideos = false;
    // @ts-expect-error `false` is no append key; an untyped caller builds the list from conditions
    const movie = await tmdb.movies.details(550, { append: ['credits', wantVideos && 'videos'] });
    expect(movie).toEqual({ ...movieDetails(550), credits });
  });
});
