// API v4 sign-in and account collections over real HTTP, pinned to exact answers: the claims inside the
// JWT-shaped tokens, request-token expiry to the millisecond (with a clock that can be turned back, so an
// expired token must be gone for good), the 36 every collection answers for the app token, and the exact
// order of recommendations for marks and ratings written through v3.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNT_ID,
  DEMO_USER,
  type MockServer,
  startMockServer,
  v4AccountObjectId,
} from '../src/index.js';
import { login } from './support/flows.js';
import { type CallOptions, call, field, idsIn } from './support/http.js';
import { DELETED } from './support/tmdb-answers.js';
import { approvedV4RequestToken, newV4RequestToken, openApprovalPage } from './support/v4-flows.js';

const START = Date.parse('2026-11-28T12:00:00Z');
const REQUEST_TOKEN_LIFETIME = 15 * 60 * 1000;
const DEMO_OBJECT_ID = v4AccountObjectId(DEMO_ACCOUNT_ID);
const OTHER = { username: 'other', password: 'other-password', v4AccessToken: 'other-user-token' };

let server: MockServer;
let now = START;

beforeAll(async () => {
  server = await startMockServer({ seed: 7, now: () => now, users: [DEMO_USER, OTHER] });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  now = START;
  server.reset();
});

const exchange = (requestToken: string) =>
  call(server.url, '/4/auth/access_token', { method: 'POST', body: { request_token: requestToken } });

/** The claims of a JWT-shaped token: its middle part, base64url-encoded JSON. */
function claims(token: unknown): unknown {
  const [, payload] = String(token).split('.');
  return JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
}

/** The approval page's status for a token, its body dropped. */
async function approvalStatus(requestToken: string): Promise<number> {
  const page = await openApprovalPage(server.url, requestToken);
  await page.body?.cancel();
  return page.status;
}

describe('v4 sign-in by approval', () => {
  it('issues tokens whose claims say what they grant, to whom and from when', async () => {
    now = START + 999;
    const requestToken = await newV4RequestToken(server.url);
    expect(claims(requestToken)).toEqual({
      scopes: ['pending_request_token'],
      nbf: START / 1000,
      jti: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(await approvalStatus(requestToken)).toBe(200);
    const granted = await exchange(requestToken);
    expect(field(granted.body, 'account_id')).toBe(DEMO_OBJECT_ID);
    expect(claims(field(granted.body, 'access_token'))).toEqual({
      sub: DEMO_OBJECT_ID,
      scopes: ['api_read', 'api_write'],
      jti: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('makes a request token from a request without a body', async () => {
    const created = await call(server.url, '/4/auth/request_token', { method: 'POST' });
    expect(created.status).toBe(200);
    expect(await approvalStatus(String(field(created.body, 'request_token')))).toBe(200);
  });

  it('keeps earlier live request tokens while new ones are made, and forgets expired ones for good', async () => {
    const first = await newV4RequestToken(server.url);
    await newV4RequestToken(server.url);
    expect(await approvalStatus(first)).toBe(200);

    const stale = await newV4RequestToken(server.url);
    now = START + REQUEST_TOKEN_LIFETIME;
    // Making a token drops the ones that have expired, so turning the clock back cannot revive `stale`.
    await newV4RequestToken(server.url);
    now = START;
    expect(await approvalStatus(stale)).toBe(404);
  });

  it('refuses to exchange an approved token from the very millisecond it expires', async () => {
    const token = await approvedV4RequestToken(server.url);
    now = START + REQUEST_TOKEN_LIFETIME;
    const late = await exchange(token);
    expect([late.status, field(late.body, 'status_code')]).toEqual([401, 33]);
  });

  it('answers a revocation with status_code 13', async () => {
    const revoked = await call(server.url, '/4/auth/access_token', {
      method: 'DELETE',
      body: { access_token: OTHER.v4AccessToken },
    });
    expect([revoked.status, revoked.body]).toEqual([200, DELETED]);
  });
});

const account = `/4/account/${DEMO_OBJECT_ID}`;
const asDemo = (path: string, query?: CallOptions['query']) =>
  call(server.url, `${account}${path}`, { token: DEMO_USER.v4AccessToken, query });

/** Marks and ratings written through v3, the only way to write them, for the demo account. */
async function v3Writes(writes: readonly (readonly [string, unknown])[]): Promise<void> {
  const query = { session_id: await login(server.url) };
  for (const [path, body] of writes) {
    const answer = await call(server.url, path, { method: 'POST', query, body });
    if (answer.status !== 201) throw new Error(`${path}: ${JSON.stringify(answer.body)}`);
  }
}

describe('v4 account collections', () => {
  it('refuses the app’s token on every collection with status_code 36', async () => {
    for (const path of [
      '/lists',
      '/movie/favorites',
      '/tv/favorites',
      '/movie/rated',
      '/tv/rated',
      '/movie/watchlist',
      '/tv/watchlist',
      '/movie/recommendations',
      '/tv/recommendations',
    ]) {
      const answer = await call(server.url, `${account}${path}`);
      expect([path, answer.status, field(answer.body, 'status_code')]).toEqual([path, 401, 36]);
    }
  });

  it('lists only the caller’s own lists', async () => {
    const create = (token: string, name: string) =>
      call(server.url, '/4/list', { method: 'POST', token, body: { name, iso_639_1: 'en' } });
    await create(OTHER.v4AccessToken, 'Theirs');
    const mine = Number(field((await create(DEMO_USER.v4AccessToken, 'Mine')).body, 'id'));
    const lists = await asDemo('/lists');
    expect(idsIn(lists.body)).toEqual([mine]);
    expect(field(lists.body, 'total_results')).toBe(1);
  });

  it('shows rated series with the rating and the moment it was made', async () => {
    now = START + 5 * 60 * 1000;
    await v3Writes([['/3/tv/2002/rating', { value: 6.5 }]]);
    const rated = await asDemo('/tv/rated');
    expect(field(rated.body, 'results')).toMatchObject([
      {
        id: 2002,
        name: 'Backfire Kitchen',
        account_rating: { value: 6.5, created_at: '2026-11-28T12:05:00.000Z' },
      },
    ]);
  });

  it('recommends unmarked movies sharing the most liked genres first, then the most popular', async () => {
    // Liked: favorite 1009 (horror, mystery) and 1023 rated exactly 7 (action, thriller). 1018, rated 6.5,
    // is not liked, so its genres (music, drama) count for nothing. All four marked titles are left out.
    await v3Writes([
      ['/3/account/0/favorite', { media_type: 'movie', media_id: 1009, favorite: true }],
      ['/3/movie/1023/rating', { value: 7 }],
      ['/3/movie/1018/rating', { value: 6.5 }],
      ['/3/account/0/watchlist', { media_type: 'movie', media_id: 1021, watchlist: true }],
    ]);
    const first = await asDemo('/movie/recommendations');
    expect(idsIn(first.body)).toEqual([
      // two liked genres
      1016, 1011,
      // one, by popularity
      1002, 1010, 1005, 1031, 1015, 1029, 1025, 1026,
      // none, by popularity
      1019, 1027, 1003, 1006, 1008, 1001, 1007, 1030, 1032, 1004,
    ]);
    expect(field(first.body, 'total_results')).toBe(29);
    const second = await asDemo('/movie/recommendations', { page: 2 });
    expect(idsIn(second.body)).toEqual([1020, 1014, 1013, 1012, 1017, 1022, 1028, 1024, 1033]);
  });

  it('recommends unmarked series the same way', async () => {
    await v3Writes([['/3/account/0/favorite', { media_type: 'tv', media_id: 2001, favorite: true }]]);
    const recommended = await asDemo('/tv/recommendations');
    // 2001 is drama and mystery: 2008 and 2005 share drama, the rest follow by popularity.
    expect(idsIn(recommended.body)).toEqual([2008, 2005, 2004, 2002, 2006, 2007, 2003]);
    expect(field(recommended.body, 'results')).toEqual(
      Array.from({ length: 7 }, () => expect.objectContaining({ media_type: 'tv' })),
    );
  });
});
