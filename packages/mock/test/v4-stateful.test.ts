// API v4 on the fake, over real HTTP: the approval sign-in with its failure modes, lists with mixed items,
// comments, private lists, bulk writes answered item by item, clear as a GET, item status as 200-or-404,
// and account collections that show what v3 writes did.
import bundled from '@tmdb-kit/types/openapi.json' with { type: 'json' };
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNT_ID,
  DEMO_USER,
  type MockServer,
  startMockServer,
  v4AccountObjectId,
} from '../src/index.js';
import { indexSpec } from '../src/openapi/operations.js';
import { login } from './support/flows.js';
import { call, field, idsIn } from './support/http.js';
import { createV4List, newV4RequestToken, openApprovalPage, v4SignIn } from './support/v4-flows.js';

let server: MockServer;
let now = Date.parse('2026-11-28T12:00:00Z');

beforeAll(async () => {
  server = await startMockServer({
    seed: 11,
    now: () => now,
    users: [DEMO_USER, { username: 'other', password: 'other-password', v4AccessToken: 'other-user-token' }],
  });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  now = Date.parse('2026-11-28T12:00:00Z');
  server.reset();
});

const exchange = (requestToken: string) =>
  call(server.url, '/4/auth/access_token', { method: 'POST', body: { request_token: requestToken } });

describe('v4 sign-in by approval', () => {
  it('approves on the offline page, redirects to redirect_to, and exchanges the token once', async () => {
    const token = await newV4RequestToken(server.url, 'http://127.0.0.1:9/signed-in?from=tmdb');
    const early = await exchange(token);
    expect(early.status).toBe(422);
    expect(field(early.body, 'status_code')).toBe(41);

    const page = await openApprovalPage(server.url, token);
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('http://127.0.0.1:9/signed-in?from=tmdb');

    const granted = await exchange(token);
    expect(granted.status).toBe(200);
    expect(field(granted.body, 'account_id')).toBe(v4AccountObjectId(DEMO_ACCOUNT_ID));
    expect(field(granted.body, 'account_id')).toMatch(/^[0-9a-f]{24}$/);
    expect(String(field(granted.body, 'access_token')).split('.')).toHaveLength(3);

    const reused = await exchange(token);
    expect(reused.status).toBe(401);
    expect(field(reused.body, 'status_code')).toBe(33);
  });

  it('shows an approval page without redirect_to, and refuses unknown or expired tokens', async () => {
    const token = await newV4RequestToken(server.url);
    const page = await openApprovalPage(server.url, token);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('approved');

    const unknown = await openApprovalPage(server.url, 'not-a-token');
    expect(unknown.status).toBe(404);
    await unknown.body?.cancel();

    const stale = await newV4RequestToken(server.url);
    now += 15 * 60 * 1000 + 1;
    const late = await openApprovalPage(server.url, stale);
    expect(late.status).toBe(404);
    await late.body?.cancel();
    expect(field((await exchange(stale)).body, 'status_code')).toBe(33);
  });

  it('revokes a user access token: it stops working everywhere', async () => {
    const user = await v4SignIn(server.url);
    const lists = `/4/account/${user.accountId}/lists`;
    expect((await call(server.url, lists, { token: user.accessToken })).status).toBe(200);
    const revoked = await call(server.url, '/4/auth/access_token', {
      method: 'DELETE',
      body: { access_token: user.accessToken },
    });
    expect(field(revoked.body, 'status_code')).toBe(13);
    const afterRevoke = await call(server.url, lists, { token: user.accessToken });
    expect(afterRevoke.status).toBe(401);
    expect(field(afterRevoke.body, 'status_code')).toBe(35);
    const again = await call(server.url, '/4/auth/access_token', {
      method: 'DELETE',
      body: { access_token: user.accessToken },
    });
    expect(again.status).toBe(401);
  });

  it('refuses user operations with the app token (36) and another account in the path (3)', async () => {
    const user = await v4SignIn(server.url);
    const withAppToken = await call(server.url, `/4/account/${user.accountId}/lists`);
    expect(field(withAppToken.body, 'status_code')).toBe(36);
    const otherAccount = await call(
      server.url,
      `/4/account/${v4AccountObjectId(DEMO_ACCOUNT_ID + 1)}/lists`,
      {
        token: user.accessToken,
      },
    );
    expect(otherAccount.status).toBe(401);
  });
});

describe('v4 lists', () => {
  it('keeps mixed items with per-item results, comments set only by update, and item status', async () => {
    const { accessToken } = await v4SignIn(server.url);
    const listId = await createV4List(server.url, accessToken, 'Mixed');
    const added = await call(server.url, `/4/list/${listId}/items`, {
      method: 'POST',
      token: accessToken,
      body: {
        items: [
          { media_type: 'movie', media_id: 1001 },
          { media_type: 'tv', media_id: 2001 },
          { media_type: 'movie', media_id: 1001 },
          { media_type: 'movie', media_id: 999_999 },
        ],
      },
    });
    expect(field(added.body, 'success')).toBe(true);
    expect(field(added.body, 'results')).toEqual([
      { media_type: 'movie', media_id: 1001, success: true },
      { media_type: 'tv', media_id: 2001, success: true },
      { media_type: 'movie', media_id: 1001, success: false },
      { media_type: 'movie', media_id: 999_999, success: false },
    ]);

    const commented = await call(server.url, `/4/list/${listId}/items`, {
      method: 'PUT',
      token: accessToken,
      body: {
        items: [
          { media_type: 'tv', media_id: 2001, comment: 'Season two is the one.' },
          { media_type: 'tv', media_id: 2002, comment: 'not on the list' },
        ],
      },
    });
    expect(field(commented.body, 'results')).toEqual([
      { media_type: 'tv', media_id: 2001, success: true },
      { media_type: 'tv', media_id: 2002, success: false },
    ]);

    const details = await call(server.url, `/4/list/${listId}`, { token: accessToken });
    expect(field(details.body, 'comments')).toEqual({
      'movie:1001': null,
      'tv:2001': 'Season two is the one.',
    });
    expect(idsIn(details.body)).toEqual([1001, 2001]);
    expect(
      (field(details.body, 'results') as { media_type: string }[]).map((item) => item.media_type),
    ).toEqual(['movie', 'tv']);
    expect(field(details.body, 'public')).toBe(false);
    expect(field(details.body, 'item_count')).toBe(2);

    const present = await call(server.url, `/4/list/${listId}/item_status`, {
      token: accessToken,
      query: { media_id: 2001, media_type: 'tv' },
    });
    expect(present.status).toBe(200);
    const absent = await call(server.url, `/4/list/${listId}/item_status`, {
      token: accessToken,
      query: { media_id: 2001, media_type: 'movie' },
    });
    expect(absent.status).toBe(404);
  });

  it('paginates details by 20 with item_count for the whole list, in the order asked for', async () => {
    const { accessToken } = await v4SignIn(server.url);
    const movies = Array.from({ length: 22 }, (_, index) => ({
      media_type: 'movie' as const,
      media_id: 1001 + index,
    }));
    const listId = await createV4List(server.url, accessToken, 'Long', [
      ...movies,
      { media_type: 'tv', media_id: 2001 },
    ]);
    const second = await call(server.url, `/4/list/${listId}`, { token: accessToken, query: { page: 2 } });
    expect(field(second.body, 'item_count')).toBe(23);
    expect(field(second.body, 'total_pages')).toBe(2);
    expect(idsIn(second.body)).toEqual([1021, 1022, 2001]);
    expect(Object.keys(field(second.body, 'comments') as object)).toEqual([
      'movie:1021',
      'movie:1022',
      'tv:2001',
    ]);
    const reversed = await call(server.url, `/4/list/${listId}`, {
      token: accessToken,
      query: { sort_by: 'original_order.desc' },
    });
    expect(idsIn(reversed.body).slice(0, 2)).toEqual([2001, 1022]);
  });

  it('hides private lists from everyone but the owner, and lets only the owner write', async () => {
    const { accessToken } = await v4SignIn(server.url);
    const listId = await createV4List(server.url, accessToken, 'Private');
    const asApp = await call(server.url, `/4/list/${listId}`);
    expect(asApp.status).toBe(401);
    expect(field(asApp.body, 'status_code')).toBe(39);
    const asOther = await call(server.url, `/4/list/${listId}/items`, {
      method: 'POST',
      token: 'other-user-token',
      body: { items: [{ media_type: 'movie', media_id: 1001 }] },
    });
    expect(field(asOther.body, 'status_code')).toBe(38);
    const appWrite = await call(server.url, `/4/list/${listId}/clear`);
    expect(field(appWrite.body, 'status_code')).toBe(36);

    await call(server.url, `/4/list/${listId}`, {
      method: 'PUT',
      token: accessToken,
      body: { public: true },
    });
    expect((await call(server.url, `/4/list/${listId}`)).status).toBe(200);
  });

  it('makes a list public when create says public: false (TMDB ignores it) and private with 0', async () => {
    const { accessToken } = await v4SignIn(server.url);
    const create = (publicFlag: boolean | number) =>
      call(server.url, '/4/list', {
        method: 'POST',
        token: accessToken,
        body: { name: `flag ${publicFlag}`, iso_639_1: 'en', public: publicFlag },
      });
    const viaFalse = Number(field((await create(false)).body, 'id'));
    const viaZero = Number(field((await create(0)).body, 'id'));
    expect(field((await call(server.url, `/4/list/${viaFalse}`)).body, 'public')).toBe(true);
    expect((await call(server.url, `/4/list/${viaZero}`)).status).toBe(401);
  });

  it('clears with a GET (a POST is refused), removes per item, and deletes under /4/list/{id}', async () => {
    const { accessToken } = await v4SignIn(server.url);
    const listId = await createV4List(server.url, accessToken, 'Short-lived', [
      { media_type: 'movie', media_id: 1001 },
      { media_type: 'tv', media_id: 2001 },
    ]);
    const removed = await call(server.url, `/4/list/${listId}/items`, {
      method: 'DELETE',
      token: accessToken,
      body: {
        items: [
          { media_type: 'tv', media_id: 2001 },
          { media_type: 'tv', media_id: 2002 },
        ],
      },
    });
    expect(field(removed.body, 'results')).toEqual([
      { media_type: 'tv', media_id: 2001, success: true },
      { media_type: 'tv', media_id: 2002, success: false },
    ]);
    const postClear = await call(server.url, `/4/list/${listId}/clear`, {
      method: 'POST',
      token: accessToken,
    });
    expect(postClear.status).toBe(405);
    const cleared = await call(server.url, `/4/list/${listId}/clear`, { token: accessToken });
    expect(field(cleared.body, 'items_deleted')).toBe(1);
    const deleted = await call(server.url, `/4/list/${listId}`, { method: 'DELETE', token: accessToken });
    expect(field(deleted.body, 'status_code')).toBe(13);
    expect((await call(server.url, `/4/list/${listId}`, { token: accessToken })).status).toBe(404);
  });
});

describe('v4 account collections', () => {
  it('summarise lists with integer flags, an integer sort_by and number_of_items', async () => {
    const user = await v4SignIn(server.url);
    await createV4List(server.url, user.accessToken, 'Summary', [{ media_type: 'movie', media_id: 1001 }]);
    const page = await call(server.url, `/4/account/${user.accountId}/lists`, { token: user.accessToken });
    const [summary] = field(page.body, 'results') as Record<string, unknown>[];
    expect(summary).toMatchObject({
      public: 0,
      adult: 0,
      sort_by: 1,
      number_of_items: 1,
      account_object_id: user.accountId,
    });
    expect(summary?.item_count).toBeUndefined();
  });

  it('reflect favorites, watchlist and ratings written through a v3 session made from the v4 token', async () => {
    const user = await v4SignIn(server.url);
    const converted = await call(server.url, '/3/authentication/session/convert/4', {
      method: 'POST',
      body: { access_token: user.accessToken },
    });
    const sessionId = String(field(converted.body, 'session_id'));
    const query = { session_id: sessionId };
    await call(server.url, '/3/account/0/favorite', {
      method: 'POST',
      query,
      body: { media_type: 'tv', media_id: 2001, favorite: true },
    });
    await call(server.url, '/3/account/0/watchlist', {
      method: 'POST',
      query,
      body: { media_type: 'movie', media_id: 1002, watchlist: true },
    });
    await call(server.url, '/3/movie/1003/rating', { method: 'POST', query, body: { value: 8.5 } });

    const base = `/4/account/${user.accountId}`;
    const get = (path: string) => call(server.url, `${base}${path}`, { token: user.accessToken });
    expect(idsIn((await get('/tv/favorites')).body)).toEqual([2001]);
    expect(idsIn((await get('/movie/watchlist')).body)).toEqual([1002]);
    const rated = field((await get('/movie/rated')).body, 'results') as Record<string, unknown>[];
    expect(rated[0]).toMatchObject({
      id: 1003,
      account_rating: { value: 8.5, created_at: '2026-11-28T12:00:00.000Z' },
    });
    const recommended = idsIn((await get('/movie/recommendations')).body);
    expect(recommended).not.toContain(1002);
    expect(recommended).not.toContain(1003);
    expect(recommended.length).toBeGreaterThan(0);
  });
});

it('keeps the demo session login and the v4 sign-in on the same account', async () => {
  const sessionId = await login(server.url);
  const user = await v4SignIn(server.url);
  await call(server.url, '/3/account/0/favorite', {
    method: 'POST',
    query: { session_id: sessionId },
    body: { media_type: 'movie', media_id: 1004, favorite: true },
  });
  const favorites = await call(server.url, `/4/account/${user.accountId}/movie/favorites`, {
    token: user.accessToken,
  });
  expect(idsIn(favorites.body)).toEqual([1004]);
});

describe('v4 refusals', () => {
  const spec = indexSpec(bundled);
  const v4WithBodies = spec.operations.filter(
    (operation) => operation.pathTemplate.startsWith('/4/') && operation.requestBody !== undefined,
  );

  it.each(
    v4WithBodies.map(
      (operation) => [`${operation.method.toUpperCase()} ${operation.pathTemplate}`, operation] as const,
    ),
  )('%s answers a malformed body with a status the spec declares', async (_, operation) => {
    const user = await v4SignIn(server.url);
    const path = operation.pathTemplate.replace('{list_id}', '8100001');
    // Every field wrongly typed, so that each operation's own schema is broken, and a body that is no JSON.
    const wrong = { items: 'none', name: 5, redirect_to: 5, request_token: 5, access_token: 5 };
    for (const body of [wrong, 'not json at all']) {
      const answer = await call(server.url, path, {
        method: operation.method.toUpperCase(),
        token: user.accessToken,
        body,
      });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(operation.responseStatuses.has(answer.status), `status ${answer.status}`).toBe(true);
    }
  });
});
