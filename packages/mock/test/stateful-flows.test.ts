// The fake keeps state like TMDB does, over real HTTP: the seed login flow, favorites and watchlist with
// account_states that reflect them, guest ratings, and v3 list create/add/remove/clear/delete.
import { createTmdbClient, type TmdbClient, withGuestSession, withSession } from '@tmdb-kit/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, MOCK_ACCESS_TOKEN, type MockServer, startMockServer } from '../src/index.js';
import { createList, guestSession, login, newRequestToken } from './support/flows.js';
import { call, field, idsIn } from './support/http.js';

let server: MockServer;
let client: TmdbClient;
let now = Date.parse('2026-11-28T12:00:00Z');

beforeAll(async () => {
  server = await startMockServer({ seed: 3, now: () => now });
  client = createTmdbClient({ accessToken: MOCK_ACCESS_TOKEN, baseUrl: server.url, retry: false });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  now = Date.parse('2026-11-28T12:00:00Z');
  server.reset();
});

describe('login (the seed flow)', () => {
  it('turns a request token validated with the demo password into a working session', async () => {
    const { data: token } = await client.GET('/3/authentication/token/new');
    expect(token?.request_token).toMatch(/^[0-9a-f]{40}$/);
    const validated = await client.POST('/3/authentication/token/validate_with_login', {
      body: {
        username: DEMO_USER.username,
        password: DEMO_USER.password,
        request_token: token?.request_token ?? '',
      },
    });
    expect(validated.data?.success).toBe(true);
    const session = await client.POST('/3/authentication/session/new', {
      body: { request_token: token?.request_token ?? '' },
    });
    const sessionId = session.data?.session_id ?? '';
    const account = await client.GET('/3/account/{account_id}', {
      params: { path: { account_id: 0 }, query: { session_id: sessionId } },
    });
    expect(account.data?.username).toBe('demo');
    expect(server.state.account('demo')?.sessionIds).toEqual([sessionId]);
  });

  it('refuses a wrong password with status_code 30, leaving the token unapproved (422, status_code 41)', async () => {
    const token = await newRequestToken(server.url);
    const refused = await call(server.url, '/3/authentication/token/validate_with_login', {
      method: 'POST',
      body: { username: 'demo', password: 'not-it', request_token: token },
    });
    expect(refused.status).toBe(401);
    expect(field(refused.body, 'status_code')).toBe(30);
    const session = await call(server.url, '/3/authentication/session/new', {
      method: 'POST',
      body: { request_token: token },
    });
    expect([session.status, field(session.body, 'status_code')]).toEqual([422, 41]);
  });

  it('refuses an unknown user like a wrong password', async () => {
    const token = await newRequestToken(server.url);
    const refused = await call(server.url, '/3/authentication/token/validate_with_login', {
      method: 'POST',
      body: { username: 'nobody', password: DEMO_USER.password, request_token: token },
    });
    expect(field(refused.body, 'status_code')).toBe(30);
  });

  it('expires request tokens after an hour and spends them on the session they create', async () => {
    const expired = await newRequestToken(server.url);
    now += 60 * 60 * 1000 + 1;
    const late = await call(server.url, '/3/authentication/token/validate_with_login', {
      method: 'POST',
      body: { username: 'demo', password: DEMO_USER.password, request_token: expired },
    });
    expect(field(late.body, 'status_code')).toBe(33);

    const token = await newRequestToken(server.url);
    await call(server.url, '/3/authentication/token/validate_with_login', {
      method: 'POST',
      body: { username: 'demo', password: DEMO_USER.password, request_token: token },
    });
    const first = await call(server.url, '/3/authentication/session/new', {
      method: 'POST',
      body: { request_token: token },
    });
    const again = await call(server.url, '/3/authentication/session/new', {
      method: 'POST',
      body: { request_token: token },
    });
    expect(first.status).toBe(200);
    expect(again.status).toBe(401);
    expect(field(again.body, 'status_code')).toBe(33);
  });

  it('logs out: a deleted session stops working', async () => {
    const sessionId = await login(server.url);
    const bye = await client.DELETE('/3/authentication/session', { body: { session_id: sessionId } });
    expect(bye.data?.success).toBe(true);
    const after = await call(server.url, '/3/account/1', { query: { session_id: sessionId } });
    expect(after.status).toBe(401);
    expect(field(after.body, 'status_code')).toBe(3);
  });

  it('converts the demo user\u2019s v4 token into a session, and nothing else', async () => {
    const good = await call(server.url, '/3/authentication/session/convert/4', {
      method: 'POST',
      body: { access_token: DEMO_USER.v4AccessToken },
    });
    const bad = await call(server.url, '/3/authentication/session/convert/4', {
      method: 'POST',
      body: { access_token: 'forged' },
    });
    expect(good.status).toBe(200);
    expect(bad.status).toBe(401);
  });

  it('hands out the same tokens for the same seed, and reset() forgets every session', async () => {
    const first = await newRequestToken(server.url);
    const sessionId = await login(server.url);
    server.reset();
    expect(await newRequestToken(server.url)).toBe(first);
    expect((await call(server.url, '/3/account/1', { query: { session_id: sessionId } })).status).toBe(401);
  });
});

describe('favorites and watchlist', () => {
  it('favorite → account_states shows it → it is listed → unfavorite clears both', async () => {
    const sessionId = await login(server.url);
    const user = withSession(client, sessionId);
    const added = await user.POST('/3/account/{account_id}/favorite', {
      params: { path: { account_id: 1 } },
      body: { media_type: 'movie', media_id: 1006, favorite: true },
    });
    expect(added.response.status).toBe(201);
    expect(added.data?.status_code).toBe(1);

    const states = await user.GET('/3/movie/{movie_id}/account_states', {
      params: { path: { movie_id: 1006 } },
    });
    expect(states.data).toEqual({ id: 1006, favorite: true, watchlist: false, rated: false });

    const favorites = await user.GET('/3/account/{account_id}/favorite/movies', {
      params: { path: { account_id: 1 } },
    });
    expect(favorites.data?.results.map((movie) => movie.id)).toEqual([1006]);
    expect(favorites.data?.total_results).toBe(1);

    const again = await user.POST('/3/account/{account_id}/favorite', {
      params: { path: { account_id: 1 } },
      body: { media_type: 'movie', media_id: 1006, favorite: true },
    });
    expect(again.data?.status_code).toBe(12);

    const removed = await user.POST('/3/account/{account_id}/favorite', {
      params: { path: { account_id: 1 } },
      body: { media_type: 'movie', media_id: 1006, favorite: false },
    });
    expect(removed.response.status).toBe(200);
    expect(removed.data?.status_code).toBe(13);
    const after = await user.GET('/3/movie/{movie_id}/account_states', {
      params: { path: { movie_id: 1006 } },
    });
    expect(after.data?.favorite).toBe(false);
  });

  it('lists the watchlist in creation order, and reversed with created_at.desc', async () => {
    const sessionId = await login(server.url);
    for (const id of [2004, 2001, 2006]) {
      await call(server.url, '/3/account/1/watchlist', {
        method: 'POST',
        query: { session_id: sessionId },
        body: { media_type: 'tv', media_id: id, watchlist: true },
      });
    }
    const ascending = await call(server.url, '/3/account/1/watchlist/tv', {
      query: { session_id: sessionId },
    });
    const descending = await call(server.url, '/3/account/1/watchlist/tv', {
      query: { session_id: sessionId, sort_by: 'created_at.desc' },
    });
    expect(idsIn(ascending.body)).toEqual([2004, 2001, 2006]);
    expect(idsIn(descending.body)).toEqual([2006, 2001, 2004]);
    const states = await call(server.url, '/3/tv/2001', {
      query: { session_id: sessionId, append_to_response: 'account_states' },
    });
    expect(field(field(states.body, 'account_states'), 'watchlist')).toBe(true);
  });

  it('refuses a title that does not exist with 404 and status_code 34', async () => {
    const sessionId = await login(server.url);
    const missing = await call(server.url, '/3/account/1/favorite', {
      method: 'POST',
      query: { session_id: sessionId },
      body: { media_type: 'movie', media_id: 999_999, favorite: true },
    });
    expect(missing.status).toBe(404);
    expect(field(missing.body, 'status_code')).toBe(34);
  });
});

describe('ratings', () => {
  it('a guest rates a movie, sees it in account_states and in the guest\u2019s rated list, then removes it', async () => {
    const guestId = await guestSession(server.url);
    const guest = withGuestSession(client, guestId);
    const rated = await guest.POST('/3/movie/{movie_id}/rating', {
      params: { path: { movie_id: 1004 } },
      body: { value: 8.5 },
    });
    expect(rated.response.status).toBe(201);
    const states = await call(server.url, '/3/movie/1004/account_states', {
      query: { guest_session_id: guestId },
    });
    expect(field(states.body, 'rated')).toEqual({ value: 8.5 });
    const list = await call(server.url, `/3/guest_session/${guestId}/rated/movies`);
    expect(field(list.body, 'results')).toMatchObject([{ id: 1004, rating: 8.5 }]);
    const removed = await guest.DELETE('/3/movie/{movie_id}/rating', {
      params: { path: { movie_id: 1004 } },
    });
    expect(removed.data?.status_code).toBe(13);
    const after = await call(server.url, `/3/guest_session/${guestId}/rated/movies`);
    expect(field(after.body, 'total_results')).toBe(0);
  });

  it('rejects ratings outside 0.5..10 in steps of 0.5 with 400 and status_code 18', async () => {
    const guestId = await guestSession(server.url);
    for (const value of [11, 0, 7.25]) {
      const bad = await call(server.url, '/3/movie/1004/rating', {
        method: 'POST',
        query: { guest_session_id: guestId },
        body: { value },
      });
      expect([bad.status, field(bad.body, 'status_code')]).toEqual([400, 18]);
    }
    expect(server.state.guestSessions()[0]?.ratings.movie.size).toBe(0);
  });

  it('keeps user episode ratings per episode and shows them in the season\u2019s account_states', async () => {
    const sessionId = await login(server.url);
    await call(server.url, '/3/tv/2001/season/1/episode/2/rating', {
      method: 'POST',
      query: { session_id: sessionId },
      body: { value: 6 },
    });
    const season = await call(server.url, '/3/tv/2001/season/1/account_states', {
      query: { session_id: sessionId },
    });
    expect(field(season.body, 'results')).toEqual([
      { id: 20010101, episode_number: 1, rated: false },
      { id: 20010102, episode_number: 2, rated: { value: 6 } },
      { id: 20010103, episode_number: 3, rated: false },
      { id: 20010104, episode_number: 4, rated: false },
    ]);
    const rated = await call(server.url, '/3/account/1/rated/tv/episodes', {
      query: { session_id: sessionId },
    });
    expect(field(rated.body, 'results')).toMatchObject([{ id: 20010102, show_id: 2001, rating: 6 }]);
  });

  it('an expired guest session can no longer rate', async () => {
    const guestId = await guestSession(server.url);
    now += 25 * 60 * 60 * 1000;
    const late = await call(server.url, '/3/movie/1004/rating', {
      method: 'POST',
      query: { guest_session_id: guestId },
      body: { value: 5 },
    });
    expect(late.status).toBe(401);
  });
});

describe('lists', () => {
  it('create → add → item_status → remove → clear → delete', async () => {
    const sessionId = await login(server.url);
    const listId = await createList(server.url, sessionId, 'Weekend');
    const add = (media_id: number) =>
      call(server.url, `/3/list/${listId}/add_item`, {
        method: 'POST',
        query: { session_id: sessionId },
        body: { media_id },
      });
    expect((await add(1001)).status).toBe(201);
    expect((await add(1019)).status).toBe(201);
    const duplicate = await add(1001);
    expect([duplicate.status, field(duplicate.body, 'status_code')]).toEqual([403, 8]);

    const details = await call(server.url, `/3/list/${listId}`);
    expect(field(details.body, 'item_count')).toBe(2);
    expect(idsIn(details.body, 'items')).toEqual([1001, 1019]);
    const status = await call(server.url, `/3/list/${listId}/item_status`, { query: { movie_id: 1001 } });
    expect(field(status.body, 'item_present')).toBe(true);
    const lists = await call(server.url, '/3/movie/1019/lists');
    expect(idsIn(lists.body)).toContain(listId);

    await call(server.url, `/3/list/${listId}/remove_item`, {
      method: 'POST',
      query: { session_id: sessionId },
      body: { media_id: 1001 },
    });
    const afterRemove = await call(server.url, `/3/list/${listId}/item_status`, {
      query: { movie_id: 1001 },
    });
    expect(field(afterRemove.body, 'item_present')).toBe(false);

    const unconfirmed = await call(server.url, `/3/list/${listId}/clear`, {
      method: 'POST',
      query: { session_id: sessionId, confirm: false },
    });
    expect([unconfirmed.status, field(unconfirmed.body, 'status_code')]).toEqual([400, 29]);
    const cleared = await call(server.url, `/3/list/${listId}/clear`, {
      method: 'POST',
      query: { session_id: sessionId, confirm: true },
    });
    expect(cleared.status).toBe(201);
    expect(server.state.lists().find((list) => list.id === listId)?.items).toEqual([]);

    const mine = await call(server.url, '/3/account/1/lists', { query: { session_id: sessionId } });
    expect(field(mine.body, 'total_results')).toBe(1);
    const deleted = await call(server.url, `/3/list/${listId}`, {
      method: 'DELETE',
      query: { session_id: sessionId },
    });
    expect(deleted.status).toBe(200);
    expect((await call(server.url, `/3/list/${listId}`)).status).toBe(404);
  });

  it('only the owner may change a list; community lists are read-only', async () => {
    await server.close();
    server = await startMockServer({
      seed: 3,
      now: () => now,
      users: [DEMO_USER, { username: 'other', password: 'other-password' }],
    });
    const demo = await login(server.url);
    const other = await login(server.url, { username: 'other', password: 'other-password' });
    const listId = await createList(server.url, demo, 'Mine');
    const intrusion = await call(server.url, `/3/list/${listId}/add_item`, {
      method: 'POST',
      query: { session_id: other },
      body: { media_id: 1001 },
    });
    expect(intrusion.status).toBe(401);
    expect(field(intrusion.body, 'status_code')).toBe(3);
    const community = await call(server.url, '/3/list/7000001/add_item', {
      method: 'POST',
      query: { session_id: demo },
      body: { media_id: 1002 },
    });
    expect(community.status).toBe(404);
    expect(field((await call(server.url, '/3/list/7000001')).body, 'item_count')).toBe(4);
  });
});
