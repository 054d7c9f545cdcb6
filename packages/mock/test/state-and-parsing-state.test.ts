// The fake's run-time state as a user sees it: through `server.state` (the read-only view tests assert on)
// and through what HTTP answers reveal of ids, creation order, expiry times and issued tokens.
// Servers start in beforeEach, not beforeAll: what is built when a fake starts (accounts, the v4 token
// table, the list-id counter) then counts as exercised by each test, which mutation testing relies on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID, DEMO_USER, type MockServer, startMockServer } from '../src/index.js';
import { createList, guestSession, login, newRequestToken, validatedToken } from './support/flows.js';
import { call, field, idsIn } from './support/http.js';
import { newV4RequestToken, v4SignIn } from './support/v4-flows.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const SECOND_USER = { username: 'second', password: 'second-password' };
// The first episode of series 2001: its id is derived as (series * 100 + season) * 100 + episode.
const EPISODE_2001_1_1 = 20010101;

describe('the state view after a day of use', () => {
  let server: MockServer;
  let demoSession: string;
  let secondSession: string;
  let guest: string;
  let looseToken: string;
  let loggedInToken: string;
  let firstListId: number;
  let secondListId: number;

  beforeEach(async () => {
    server = await startMockServer({ now: () => NOW, users: [DEMO_USER, SECOND_USER] });
    const url = server.url;
    demoSession = await login(url);
    secondSession = await login(url, SECOND_USER);
    const query = { session_id: demoSession };
    // Marked out of id order, so the view's order can only come from the marking order.
    for (const id of [1003, 1001, 1002]) {
      await call(url, '/3/account/0/favorite', {
        method: 'POST',
        query,
        body: { media_type: 'movie', media_id: id, favorite: true },
      });
    }
    await call(url, '/3/account/0/favorite', {
      method: 'POST',
      query,
      body: { media_type: 'tv', media_id: 2001, favorite: true },
    });
    await call(url, '/3/account/0/watchlist', {
      method: 'POST',
      query,
      body: { media_type: 'movie', media_id: 1004, watchlist: true },
    });
    await call(url, '/3/movie/1001/rating', { method: 'POST', query, body: { value: 8.5 } });
    await call(url, '/3/tv/2001/rating', { method: 'POST', query, body: { value: 7 } });
    await call(url, '/3/tv/2001/season/1/episode/1/rating', { method: 'POST', query, body: { value: 9 } });
    await call(url, '/3/account/0/favorite', {
      method: 'POST',
      query: { session_id: secondSession },
      body: { media_type: 'movie', media_id: 1005, favorite: true },
    });

    guest = await guestSession(url);
    await call(url, '/3/movie/1002/rating', {
      method: 'POST',
      query: { guest_session_id: guest },
      body: { value: 6.5 },
    });

    looseToken = await newRequestToken(url);
    loggedInToken = await validatedToken(url);

    firstListId = await createList(url, demoSession, 'Rainy Sundays');
    await call(url, `/3/list/${firstListId}/add_item`, {
      method: 'POST',
      query,
      body: { media_id: 1006 },
    });
    secondListId = await createList(url, secondSession, 'Second thoughts');
  });

  afterEach(async () => {
    await server.close();
  });

  it('shows each account with its marks in marking order, its ratings and only its own sessions', () => {
    expect(server.state.accounts().map((account) => [account.id, account.username])).toEqual([
      [DEMO_ACCOUNT_ID, 'demo'],
      [DEMO_ACCOUNT_ID + 1, 'second'],
    ]);
    const demo = server.state.account('demo');
    expect(demo?.favorites).toEqual({ movie: [1003, 1001, 1002], tv: [2001] });
    expect(demo?.watchlist).toEqual({ movie: [1004], tv: [] });
    expect(demo?.ratings.movie).toEqual(new Map([[1001, 8.5]]));
    expect(demo?.ratings.tv).toEqual(new Map([[2001, 7]]));
    expect(demo?.ratings.episode).toEqual(new Map([[EPISODE_2001_1_1, 9]]));
    expect(demo?.sessionIds).toEqual([demoSession]);

    const second = server.state.account('second');
    expect(second?.id).toBe(DEMO_ACCOUNT_ID + 1);
    expect(second?.favorites).toEqual({ movie: [1005], tv: [] });
    expect(second?.sessionIds).toEqual([secondSession]);
    expect(server.state.account('nobody')).toBeUndefined();
  });

  it('lists unused request tokens with whether a login validated them and when they expire', () => {
    const expiresAt = NOW + 60 * 60 * 1000;
    expect(server.state.requestTokens()).toEqual([
      { token: looseToken, validated: false, expiresAt },
      { token: loggedInToken, validated: true, expiresAt },
    ]);
  });

  it('lists guest sessions with their ratings and a lifetime of one day', () => {
    expect(server.state.guestSessions()).toEqual([
      {
        id: guest,
        expiresAt: NOW + 24 * 60 * 60 * 1000,
        ratings: { movie: new Map([[1002, 6.5]]), tv: new Map(), episode: new Map() },
      },
    ]);
  });

  it('lists v3 lists with consecutive ids, their owner and their items', () => {
    expect(firstListId).toBe(8_100_001);
    expect(secondListId).toBe(8_100_002);
    expect(server.state.lists()).toEqual([
      {
        id: 8_100_001,
        accountId: DEMO_ACCOUNT_ID,
        name: 'Rainy Sundays',
        items: [{ mediaType: 'movie', mediaId: 1006 }],
      },
      { id: 8_100_002, accountId: DEMO_ACCOUNT_ID + 1, name: 'Second thoughts', items: [] },
    ]);
  });

  it('gives the list items as copies, so changing a snapshot never changes the fake', () => {
    const [first] = server.state.lists();
    const item = first?.items[0];
    expect(item).toEqual({ mediaType: 'movie', mediaId: 1006 });
    // The second read is a fresh copy, not the object handed out the first time.
    expect(server.state.lists()[0]?.items[0]).not.toBe(item);
  });
});

describe('what HTTP answers reveal of the state', () => {
  let now = NOW;
  let server: MockServer;
  beforeEach(async () => {
    server = await startMockServer({ now: () => now });
  });
  afterEach(async () => {
    await server.close();
  });

  it('stamps request tokens and guest sessions with TMDB-formatted expiry times', async () => {
    now = NOW;
    const token = await call(server.url, '/3/authentication/token/new');
    expect(field(token.body, 'expires_at')).toBe('2026-11-28 13:00:00 UTC');
    const guest = await call(server.url, '/3/authentication/guest_session/new');
    expect(field(guest.body, 'expires_at')).toBe('2026-11-29 12:00:00 UTC');
  });

  it('orders rated movies by when they were last rated, not by when they were first rated', async () => {
    server.reset();
    const sessionId = await login(server.url);
    const query = { session_id: sessionId };
    for (const id of [1001, 1002, 1003]) {
      await call(server.url, `/3/movie/${id}/rating`, { method: 'POST', query, body: { value: 6 } });
    }
    // Re-rating 1001 makes it the newest rating.
    await call(server.url, '/3/movie/1001/rating', { method: 'POST', query, body: { value: 9 } });
    const ascending = await call(server.url, '/3/account/0/rated/movies', {
      query: { ...query, sort_by: 'created_at.asc' },
    });
    expect(idsIn(ascending.body)).toEqual([1002, 1003, 1001]);
    const descending = await call(server.url, '/3/account/0/rated/movies', {
      query: { ...query, sort_by: 'created_at.desc' },
    });
    expect(idsIn(descending.body)).toEqual([1001, 1003, 1002]);
  });

  it('issues JWT-shaped v4 tokens: an HS256 header, the claims, and a 16-byte signature', async () => {
    server.reset();
    now = NOW;
    const requestToken = await newV4RequestToken(server.url);
    const [header, payload, signature] = requestToken.split('.');
    const decode = (part: string | undefined) => JSON.parse(Buffer.from(part ?? '', 'base64url').toString());
    expect(decode(header)).toEqual({ alg: 'HS256' });
    expect(decode(payload)).toMatchObject({ scopes: ['pending_request_token'], nbf: NOW / 1000 });
    expect(signature).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(signature ?? '', 'base64url')).toHaveLength(16);

    const user = await v4SignIn(server.url);
    const [accessHeader, accessPayload, accessSignature] = user.accessToken.split('.');
    expect(decode(accessHeader)).toEqual({ alg: 'HS256' });
    expect(decode(accessPayload)).toMatchObject({
      sub: user.accountId,
      scopes: ['api_read', 'api_write'],
    });
    expect(accessSignature).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('configured users and their v4 access tokens', () => {
  let server: MockServer;
  beforeEach(async () => {
    server = await startMockServer({
      now: () => NOW,
      // An empty v4AccessToken means the user has none, not a token that is the empty string.
      users: [DEMO_USER, { username: 'no-v4', password: 'pw', v4AccessToken: '' }],
    });
  });
  afterEach(async () => {
    await server.close();
  });

  it('turns a configured user token into a session, but not an empty one', async () => {
    const converted = await call(server.url, '/3/authentication/session/convert/4', {
      method: 'POST',
      body: { access_token: DEMO_USER.v4AccessToken },
    });
    expect(converted.status).toBe(200);
    const empty = await call(server.url, '/3/authentication/session/convert/4', {
      method: 'POST',
      body: { access_token: '' },
    });
    expect([empty.status, field(empty.body, 'status_code')]).toEqual([401, 3]);
    expect(server.state.account('no-v4')?.sessionIds).toEqual([]);
  });
});
