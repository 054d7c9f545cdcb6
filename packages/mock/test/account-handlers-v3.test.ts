// Version 3 sign-in, account, rating and list handlers over real HTTP, pinned to exact bodies: TMDB's
// success envelopes and messages, token and guest-session expiry to the millisecond (with a clock that can
// be turned back, so an expired token must be gone for good), the caps on lists, and the 401 every
// user-scoped endpoint answers for an unknown session.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, type MockServer, startMockServer } from '../src/index.js';
import { guestSession, login, newRequestToken } from './support/flows.js';
import { type CallOptions, call, field, idsIn } from './support/http.js';
import { DELETED, UPDATED } from './support/tmdb-answers.js';

const START = Date.parse('2026-11-28T12:00:00Z');
const HOUR = 60 * 60 * 1000;
const NAMELESS = { username: 'nameless', password: 'nameless-password' };

let server: MockServer;
let now = START;

beforeAll(async () => {
  server = await startMockServer({ seed: 5, now: () => now, users: [DEMO_USER, NAMELESS] });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  now = START;
  server.reset();
});

const post = (path: string, query: CallOptions['query'], body: unknown) =>
  call(server.url, path, { method: 'POST', query, body });

const validate = (requestToken: string) =>
  post('/3/authentication/token/validate_with_login', undefined, {
    username: DEMO_USER.username,
    password: DEMO_USER.password,
    request_token: requestToken,
  });

const rateMovie = (id: number, value: number, query: CallOptions['query']) =>
  post(`/3/movie/${id}/rating`, query, { value });

const ADDED = { success: true, status_code: 1, status_message: 'Success.' };

describe('sign-in, sessions and guest sessions', () => {
  it('answers the key check, tokens and sessions with success: true and TMDB timestamps', async () => {
    const key = await call(server.url, '/3/authentication');
    expect(key.body).toEqual(ADDED);

    const token = await call(server.url, '/3/authentication/token/new');
    expect(token.body).toEqual({
      success: true,
      expires_at: '2026-11-28 13:00:00 UTC',
      request_token: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    const requestToken = String(field(token.body, 'request_token'));
    expect((await validate(requestToken)).body).toEqual({
      success: true,
      expires_at: '2026-11-28 13:00:00 UTC',
      request_token: requestToken,
    });
    const session = await post('/3/authentication/session/new', undefined, { request_token: requestToken });
    expect(session.body).toEqual({ success: true, session_id: expect.stringMatching(/^[0-9a-f]{40}$/) });

    const converted = await post('/3/authentication/session/convert/4', undefined, {
      access_token: DEMO_USER.v4AccessToken,
    });
    expect(converted.body).toEqual({ success: true, session_id: expect.stringMatching(/^[0-9a-f]{40}$/) });

    const guest = await call(server.url, '/3/authentication/guest_session/new');
    expect(guest.body).toEqual({
      success: true,
      guest_session_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      expires_at: '2026-11-29 12:00:00 UTC',
    });
  });

  it('refuses a request token from the very millisecond it expires, and a turned-back clock does not revive it', async () => {
    const token = await newRequestToken(server.url);
    now = START + HOUR;
    const expired = await validate(token);
    expect([expired.status, field(expired.body, 'status_code')]).toEqual([401, 33]);
    now = START;
    const again = await validate(token);
    expect([again.status, field(again.body, 'status_code')]).toEqual([401, 33]);
  });

  it('keeps every live request token while new ones are made, and forgets expired ones for good', async () => {
    const first = await newRequestToken(server.url);
    await newRequestToken(server.url);
    expect((await validate(first)).status).toBe(200);

    const stale = await newRequestToken(server.url);
    now = START + HOUR;
    // Making a token drops the ones that have expired, so turning the clock back cannot revive `stale`.
    await newRequestToken(server.url);
    now = START;
    expect((await validate(stale)).status).toBe(401);
  });

  it('keeps every live guest session while new ones are made, and forgets expired ones for good', async () => {
    const first = await guestSession(server.url);
    await guestSession(server.url);
    expect((await rateMovie(1001, 7, { guest_session_id: first })).status).toBe(201);

    now = START + 2 * HOUR;
    const stale = await guestSession(server.url);
    now = START + 26 * HOUR;
    await guestSession(server.url);
    now = START + 2 * HOUR;
    const revived = await rateMovie(1001, 7, { guest_session_id: stale });
    expect([revived.status, field(revived.body, 'status_code')]).toEqual([401, 3]);
  });

  it('ends a guest session at exactly 24 hours without use', async () => {
    const guest = await guestSession(server.url);
    now = START + 24 * HOUR;
    const late = await rateMovie(1001, 7, { guest_session_id: guest });
    expect([late.status, field(late.body, 'status_code')]).toEqual([401, 3]);
  });
});

describe('account details, favorites and watchlist', () => {
  it('describes the session’s account, falling back to the username for a user without a name', async () => {
    const demo = await call(server.url, '/3/account/0', { query: { session_id: await login(server.url) } });
    expect(demo.body).toEqual({
      avatar: { gravatar: { hash: '00000000000000000000000001406f41' }, tmdb: { avatar_path: null } },
      id: 21_000_001,
      iso_639_1: 'en',
      iso_3166_1: 'US',
      name: 'Demo Viewer',
      include_adult: false,
      username: 'demo',
    });
    const nameless = await call(server.url, '/3/account/0', {
      query: { session_id: await login(server.url, NAMELESS) },
    });
    expect(nameless.body).toMatchObject({
      avatar: { gravatar: { hash: '00000000000000000000000001406f42' } },
      id: 21_000_002,
      name: 'nameless',
      username: 'nameless',
    });
  });

  it('answers marks with 1 added, 12 already there and 13 removed, for movies and series', async () => {
    const query = { session_id: await login(server.url) };
    for (const [list, flag] of [
      ['favorite', 'favorite'],
      ['watchlist', 'watchlist'],
    ] as const) {
      for (const [media_type, media_id] of [
        ['movie', 1003],
        ['tv', 2002],
      ] as const) {
        const mark = (on: boolean) =>
          post(`/3/account/0/${list}`, query, { media_type, media_id, [flag]: on });
        const added = await mark(true);
        expect([added.status, added.body]).toEqual([201, ADDED]);
        const again = await mark(true);
        expect([again.status, again.body]).toEqual([201, UPDATED]);
        const removed = await mark(false);
        expect([removed.status, removed.body]).toEqual([200, DELETED]);
      }
    }
  });

  it('refuses to mark a series that does not exist', async () => {
    const query = { session_id: await login(server.url) };
    const favorite = await post('/3/account/0/favorite', query, {
      media_type: 'tv',
      media_id: 999_999,
      favorite: true,
    });
    expect([favorite.status, field(favorite.body, 'status_code')]).toEqual([404, 34]);
    const watchlist = await post('/3/account/0/watchlist', query, {
      media_type: 'tv',
      media_id: 999_999,
      watchlist: true,
    });
    expect([watchlist.status, field(watchlist.body, 'status_code')]).toEqual([404, 34]);
  });

  it('answers every account endpoint with 401 and status_code 3 for an unknown session', async () => {
    const query = { session_id: 'no-such-session' };
    const reads = ['', '/favorite/movies', '/favorite/tv', '/watchlist/movies', '/watchlist/tv'];
    const rated = ['/rated/movies', '/rated/tv', '/rated/tv/episodes', '/lists'];
    for (const path of [...reads, ...rated]) {
      const answer = await call(server.url, `/3/account/0${path}`, { query });
      expect([path, answer.status, field(answer.body, 'status_code')]).toEqual([path, 401, 3]);
    }
    for (const [path, body] of [
      ['/favorite', { media_type: 'movie', media_id: 1001, favorite: true }],
      ['/watchlist', { media_type: 'movie', media_id: 1001, watchlist: true }],
    ] as const) {
      const answer = await post(`/3/account/0${path}`, query, body);
      expect([path, answer.status, field(answer.body, 'status_code')]).toEqual([path, 401, 3]);
    }
  });
});

describe('ratings and account_states', () => {
  it('answers a rating with 1 when new, 12 when changed and 13 when removed', async () => {
    const query = { session_id: await login(server.url) };
    const first = await rateMovie(1001, 8, query);
    expect([first.status, first.body]).toEqual([201, ADDED]);
    const changed = await rateMovie(1001, 9, query);
    expect([changed.status, changed.body]).toEqual([201, UPDATED]);
    const removed = await call(server.url, '/3/movie/1001/rating', { method: 'DELETE', query });
    expect([removed.status, removed.body]).toEqual([200, DELETED]);
    const refused = await call(server.url, '/3/movie/1001/rating', {
      method: 'DELETE',
      query: { session_id: 'no-such-session' },
    });
    expect([refused.status, field(refused.body, 'status_code')]).toEqual([401, 3]);
  });

  it('lists rated titles in the order they were last rated, a changed rating moving to the end', async () => {
    const query = { session_id: await login(server.url) };
    await rateMovie(1001, 8, query);
    await rateMovie(1002, 6, query);
    await rateMovie(1001, 9, query);
    const rated = await call(server.url, '/3/account/0/rated/movies', { query });
    expect(field(rated.body, 'results')).toMatchObject([
      { id: 1002, rating: 6 },
      { id: 1001, rating: 9 },
    ]);
    const newestFirst = await call(server.url, '/3/account/0/rated/movies', {
      query: { ...query, sort_by: 'created_at.desc' },
    });
    expect(idsIn(newestFirst.body)).toEqual([1001, 1002]);

    await post('/3/tv/2002/rating', query, { value: 5.5 });
    await post('/3/tv/2001/rating', query, { value: 7.5 });
    const series = await call(server.url, '/3/account/0/rated/tv', { query });
    expect(field(series.body, 'results')).toMatchObject([
      { id: 2002, name: 'Backfire Kitchen', rating: 5.5 },
      { id: 2001, rating: 7.5 },
    ]);
    expect(field(series.body, 'total_results')).toBe(2);
  });

  it('lists a guest’s rated series', async () => {
    const guest = await guestSession(server.url);
    await post('/3/tv/2004/rating', { guest_session_id: guest }, { value: 10 });
    const rated = await call(server.url, `/3/guest_session/${guest}/rated/tv`);
    expect(field(rated.body, 'results')).toMatchObject([{ id: 2004, rating: 10 }]);
  });

  it('shows a guest neither favorite nor watchlist, only the rating', async () => {
    const guest = await guestSession(server.url);
    await rateMovie(1005, 6.5, { guest_session_id: guest });
    const movie = await call(server.url, '/3/movie/1005/account_states', {
      query: { guest_session_id: guest },
    });
    expect(movie.body).toEqual({ id: 1005, favorite: false, rated: { value: 6.5 }, watchlist: false });
    const series = await call(server.url, '/3/tv/2001/account_states', {
      query: { guest_session_id: guest },
    });
    expect(series.body).toEqual({ id: 2001, favorite: false, rated: false, watchlist: false });
  });

  it('answers account_states with 401 and status_code 3 for an unknown session or guest session', async () => {
    for (const query of [{ session_id: 'no-such-session' }, { guest_session_id: 'no-such-guest' }]) {
      const answer = await call(server.url, '/3/movie/1001/account_states', { query });
      expect([answer.status, field(answer.body, 'status_code')]).toEqual([401, 3]);
    }
  });
});
