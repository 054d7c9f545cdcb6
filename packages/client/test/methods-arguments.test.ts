// How an operation method (`tmdb.movies.details(550, { language })`) sorts what it is given into the request
// it sends: which ids it accepts for the path, which keys reach the query, and which value cancels the call.
// A user notices each of these as a wrong URL, a missing or extra query key, or a call that cannot be
// stopped (or stops when it should not): untyped callers (JavaScript, data read from a URL) hit them first.
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbClient } from '../src/index.js';
import { credits, moviePage, TOKEN } from './support/fixtures.js';
import { type Handler, json, startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
afterEach(() => server?.close());

async function clientFor(handler: Handler) {
  server = await startServer(handler);
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, rateLimit: false, retry: false });
}

const sent = () =>
  (server?.requests ?? []).map(({ method, path, query }) => ({
    method,
    path,
    query: Object.fromEntries(query),
  }));

const answerCredits: Handler = (_request, response) => json(response, 200, credits);

describe('the ids of an operation method', () => {
  it('accept a non-empty string id and send it in the path as given', async () => {
    const tmdb = await clientFor((_request, response) =>
      json(response, 200, { movie_results: [], person_results: [], tv_results: [] }),
    );
    await tmdb.find.byId('tt0137523', { external_source: 'imdb_id' });
    await tmdb.credits.details('52fe4250c3a36847f80149f3');
    expect(sent()).toEqual([
      { method: 'GET', path: '/3/find/tt0137523', query: { external_source: 'imdb_id' } },
      { method: 'GET', path: '/3/credit/52fe4250c3a36847f80149f3', query: {} },
    ]);
  });

  it('refuse an id that is not a finite number or a non-empty string, before sending anything', async () => {
    const tmdb = await clientFor(answerCredits);
    const message = new TypeError('movies.credits: movie_id must be a number or a non-empty string');
    await expect(tmdb.movies.credits(Number.NaN)).rejects.toThrow(message);
    await expect(tmdb.movies.credits(Number.POSITIVE_INFINITY)).rejects.toThrow(message);
    // @ts-expect-error an untyped caller's `true` (a flag where the id belongs) is refused at run time too
    await expect(tmdb.movies.credits(true)).rejects.toThrow(message);
    // @ts-expect-error an object is no id either, however it would print in a URL
    await expect(tmdb.movies.credits({ id: 550 })).rejects.toThrow(message);
    await expect(tmdb.find.byId('', { external_source: 'imdb_id' })).rejects.toThrow(
      new TypeError('find.byId: external_id must be a number or a non-empty string'),
    );
    await expect(
      tmdb.tvEpisodes.externalIds({ series_id: 1399, season_number: Number.NaN, episode_number: 3 }),
    ).rejects.toThrow(
      new TypeError('tvEpisodes.externalIds: season_number must be a number or a non-empty string'),
    );
    expect(sent()).toEqual([]);
  });

  it('keep the positional id in the path when the parameters repeat its name', async () => {
    const tmdb = await clientFor(answerCredits);
    // @ts-expect-error the id of a single-id method is positional; an untyped caller may repeat it anyway
    await tmdb.movies.credits(550, { movie_id: 551 });
    expect(sent()).toEqual([{ method: 'GET', path: '/3/movie/550/credits', query: { movie_id: '551' } }]);
  });
});

describe('the parameters of an operation method', () => {
  it('leave out keys whose value is undefined, `append` included', async () => {
    const tmdb = await clientFor((_request, response) => json(response, 200, { id: 550, title: 'Film 550' }));
    // What `{ append: wanted ? ['credits'] : undefined }` gives when nothing is wanted.
    await expect(tmdb.movies.details(550, { append: undefined, language: undefined })).resolves.toEqual({
      id: 550,
      title: 'Film 550',
    });
    expect(sent()).toEqual([{ method: 'GET', path: '/3/movie/550', query: {} }]);
  });

  it('take null in place of the parameters object as no parameters', async () => {
    const tmdb = await clientFor(answerCredits);
    // @ts-expect-error JavaScript callers pass null for "no options"
    await expect(tmdb.movies.credits(550, null)).resolves.toEqual(credits);
    expect(sent()).toEqual([{ method: 'GET', path: '/3/movie/550/credits', query: {} }]);
  });

  it('send the caller’s own `page` on a single call of a paginated method', async () => {
    const tmdb = await clientFor((_request, response) => json(response, 200, moviePage(2, 5)));
    await expect(tmdb.movies.popular({ page: 2, region: 'GB' })).resolves.toMatchObject({ page: 2 });
    expect(sent()).toEqual([{ method: 'GET', path: '/3/movie/popular', query: { page: '2', region: 'GB' } }]);
  });

  it('send `append` as an ordinary query key to a method that takes no append_to_response', async () => {
    const tmdb = await clientFor(answerCredits);
    // @ts-expect-error `append` is only typed on details methods; an untyped caller's key is sent as given
    await expect(tmdb.movies.credits(550, { append: 'credits' })).resolves.toEqual(credits);
    expect(sent()).toEqual([{ method: 'GET', path: '/3/movie/550/credits', query: { append: 'credits' } }]);
  });
});

describe('the signal of an operation method', () => {
  it('is only an AbortSignal passed as `signal`: one under another name does not cancel the call', async () => {
    const tmdb = await clientFor(answerCredits);
    // @ts-expect-error a misnamed option (`abortSignal`) from an untyped caller
    const call = tmdb.movies.credits(550, { abortSignal: AbortSignal.abort() });
    await expect(call).resolves.toEqual(credits);
    expect(server?.requests).toHaveLength(1);
  });

  it('is not taken from a `signal` that is not an AbortSignal, which cannot break the call', async () => {
    const tmdb = await clientFor(answerCredits);
    // @ts-expect-error an untyped caller's string under `signal`
    await expect(tmdb.movies.credits(550, { signal: 'none' })).resolves.toEqual(credits);
    expect(server?.requests).toHaveLength(1);
  });
});
