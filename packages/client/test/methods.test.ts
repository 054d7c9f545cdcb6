// The operation methods (`tmdb.movies.details(550)`) against a real HTTP server on 127.0.0.1: what they
// send, what they return, and that they go through the client's own pipeline (retries, sessions, errors).
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTmdbClient,
  currentAccount,
  isTmdbError,
  TmdbError,
  withGuestSession,
  withSession,
} from '../src/index.js';
import { credits, movieDetails, moviePage, TOKEN, tmdbError } from './support/fixtures.js';
import { type Handler, hang, json, sequence, startServer, type TestServer } from './support/server.js';

let server: TestServer | undefined;
afterEach(() => server?.close());

const SESSION = 'session-4f1c2a9e7b3d5c8a';

async function clientFor(handler: Handler, retry: false | { baseDelay: number } = false) {
  server = await startServer(handler);
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, rateLimit: false, retry });
}

const sent = () =>
  (server?.requests ?? []).map(({ method, path, query, body }) => ({
    method,
    path,
    query: Object.fromEntries(query),
    ...(body ? { body: JSON.parse(body) } : {}),
  }));

describe('operation methods', () => {
  it('send a single path id positionally and the flat parameters as the query, returning the body', async () => {
    const tmdb = await clientFor((_request, response) => json(response, 200, credits));
    await expect(tmdb.movies.credits(550, { language: 'de-DE' })).resolves.toEqual(credits);
    expect(sent()).toEqual([{ method: 'GET', path: '/3/movie/550/credits', query: { language: 'de-DE' } }]);
  });

  it('sort several path ids out of the flat object into the path', async () => {
    const tmdb = await clientFor((_request, response) => json(response, 200, { id: 1 }));
    await tmdb.tvEpisodes.externalIds({ series_id: 1399, season_number: 2, episode_number: 3 });
    expect(sent()).toEqual([
      { method: 'GET', path: '/3/tv/1399/season/2/episode/3/external_ids', query: {} },
    ]);
  });

  it('send the request body after the id, and the query after the body', async () => {
    const tmdb = await clientFor((_request, response) =>
      json(response, 201, { success: true, status_code: 1, status_message: 'Success.' }),
    );
    await tmdb.movies.addRating(550, { value: 8.5 }, { session_id: SESSION });
    expect(sent()).toEqual([
      { method: 'POST', path: '/3/movie/550/rating', query: { session_id: SESSION }, body: { value: 8.5 } },
    ]);
  });

  it('turn `append` into append_to_response and return the details with what was appended', async () => {
    const body = { ...movieDetails(550), credits };
    const tmdb = await clientFor((_request, response) => json(response, 200, body));
    const movie = await tmdb.movies.details(550, { append: ['credits'] });
    expect(movie.credits).toEqual(credits);
    expect(sent()[0]?.query).toEqual({ append_to_response: 'credits' });
  });

  it('reject an answer that lacks a requested append as an invalid response', async () => {
    const tmdb = await clientFor((_request, response) => json(response, 200, movieDetails(550)));
    const failure = await tmdb.movies.details(550, { append: ['videos'] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TmdbError);
    expect(failure).toMatchObject({ kind: 'invalid-response', path: '/3/movie/{movie_id}' });
  });

  it('throw a TmdbError with TMDB status fields for a failed call', async () => {
    const tmdb = await clientFor((_request, response) =>
      json(response, 404, tmdbError(34, 'The resource you requested could not be found.')),
    );
    const failure = await tmdb.movies.details(1).catch((error: unknown) => error);
    expect(isTmdbError(failure, 34)).toBe(true);
    expect(failure).toMatchObject({ status: 404, method: 'GET', path: '/3/movie/{movie_id}' });
  });

  it('go through the client pipeline: a 503 is retried', async () => {
    const tmdb = await clientFor(
      sequence(
        (_request, response) => json(response, 503, tmdbError(0, 'busy')),
        (_request, response) => json(response, 200, credits),
      ),
      { baseDelay: 1 },
    );
    await expect(tmdb.movies.credits(550)).resolves.toEqual(credits);
    expect(server?.requests).toHaveLength(2);
  });

  it('fill in session_id on a session client, and never show it in an error', async () => {
    const tmdb = await clientFor((_request, response) => json(response, 401, tmdbError(3, 'denied')));
    const user = withSession(tmdb, SESSION);
    const failure = await user.account.details(42).catch((error: unknown) => error);
    expect(sent()).toEqual([{ method: 'GET', path: '/3/account/42', query: { session_id: SESSION } }]);
    expect(failure).toBeInstanceOf(TmdbError);
    expect(JSON.stringify(failure)).not.toContain(SESSION);
    expect(String(failure)).not.toContain(SESSION);
  });

  it('fill in guest_session_id on a guest client', async () => {
    const tmdb = await clientFor((_request, response) =>
      json(response, 201, { success: true, status_code: 1, status_message: 'Success.' }),
    );
    const guest = withGuestSession(tmdb, 'guest-1c9f5b2d8e4a7e3a');
    await guest.movies.addRating(550, { value: 7 });
    expect(sent()).toEqual([
      {
        method: 'POST',
        path: '/3/movie/550/rating',
        query: { guest_session_id: 'guest-1c9f5b2d8e4a7e3a' },
        body: { value: 7 },
      },
    ]);
  });

  it('iterate pages from `page`, stopping after `maxPages`, and items across pages', async () => {
    const tmdb = await clientFor((request, response) =>
      json(response, 200, moviePage(Number(request.query.get('page')), 10)),
    );
    const pages: number[] = [];
    for await (const page of tmdb.movies.popular.pages({ page: 3, maxPages: 2 })) pages.push(page.page);
    expect(pages).toEqual([3, 4]);
    const ids: number[] = [];
    for await (const movie of tmdb.movies.popular.items({ maxPages: 2, region: 'GB' })) ids.push(movie.id);
    expect(ids).toHaveLength(4);
    expect(sent().map(({ query }) => query)).toEqual([
      { page: '3' },
      { page: '4' },
      { region: 'GB', page: '1' },
      { region: 'GB', page: '2' },
    ]);
  });

  it('refuse bad input before sending anything, naming the method', async () => {
    const tmdb = await clientFor((_request, response) => json(response, 200, {}));
    // Untyped callers (JavaScript, `any`) get a clear error instead of a request to /3/movie/undefined.
    const call = (...args: unknown[]): Promise<unknown> =>
      Reflect.apply(tmdb.movies.details, undefined, args);
    await expect(call(undefined)).rejects.toThrow(
      'movies.details: movie_id must be a number or a non-empty string',
    );
    await expect(call(550, 'credits')).rejects.toThrow('movies.details: expected an object of parameters');
    await expect(call(550, { append: Array.from({ length: 21 }, () => 'credits') })).rejects.toThrow(
      RangeError,
    );
    expect(server?.requests).toEqual([]);
  });

  it('pass `signal` on to the request, so a caller can abort a call', async () => {
    const tmdb = await clientFor(hang);
    const controller = new AbortController();
    const pending = tmdb.configuration.details({ signal: controller.signal });
    await expect.poll(() => server?.requests.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(server?.requests[0]?.url).toBe('/3/configuration');
  });

  it('leave the openapi-fetch style on the same client', async () => {
    const tmdb = await clientFor((_request, response) => json(response, 200, credits));
    const { data } = await tmdb.GET('/3/movie/{movie_id}/credits', { params: { path: { movie_id: 550 } } });
    expect(data).toEqual(credits);
  });
});

describe('currentAccount', () => {
  it('asks for the session’s own account without an id, and returns it with its id', async () => {
    const account = {
      id: 548,
      username: 'orbit-fan',
      name: '',
      include_adult: false,
      iso_639_1: 'en',
      iso_3166_1: 'GB',
    };
    const tmdb = await clientFor((_request, response) => json(response, 200, account));
    await expect(currentAccount(withSession(tmdb, SESSION))).resolves.toMatchObject({ id: 548 });
    expect(sent()).toEqual([{ method: 'GET', path: '/3/account/0', query: { session_id: SESSION } }]);
  });
});
