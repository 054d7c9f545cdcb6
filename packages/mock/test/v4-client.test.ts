// The client's v4 helpers against the fake over real HTTP: sign in by approval (the fake's offline approval
// page stands in for TMDB's), act as the user on v4 lists with pagination, write favorites through a v3
// session made from the v4 token, and sign out.
import {
  createSessionFromV4AccessToken,
  createTmdbClient,
  createV4AccessToken,
  createV4RequestToken,
  orThrow,
  paginate,
  revokeV4AccessToken,
  type TmdbClient,
  TmdbError,
  withAccessToken,
  withSession,
} from '@tmdb-kit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ACCOUNT_ID,
  MOCK_ACCESS_TOKEN,
  type MockServer,
  startMockServer,
  v4AccountObjectId,
} from '../src/index.js';

let server: MockServer;
let app: TmdbClient;

beforeAll(async () => {
  server = await startMockServer({ seed: 5 });
  app = createTmdbClient({ accessToken: MOCK_ACCESS_TOKEN, baseUrl: server.url, retry: false });
});
afterAll(async () => {
  await server?.close();
});

/** What the user's browser does with the approval URL: open it and follow the app's redirect. */
async function approveInBrowser(approvalUrl: string): Promise<string | null> {
  const page = await fetch(approvalUrl, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  await page.body?.cancel();
  return page.headers.get('location');
}

describe('v4 sign-in and lists through the client helpers', () => {
  it('signs in by approval, manages a mixed list as the user, reads v3 writes in v4, and signs out', async () => {
    const started = await createV4RequestToken(app, {
      redirectTo: 'http://127.0.0.1:9/callback',
      approvalPage: `${server.url}/auth/access`,
    });
    await expect(createV4AccessToken(app, started.requestToken)).rejects.toMatchObject({ status_code: 41 });
    expect(await approveInBrowser(started.approvalUrl)).toBe('http://127.0.0.1:9/callback');
    const { accessToken, accountId } = await createV4AccessToken(app, started.requestToken);
    expect(accountId).toBe(v4AccountObjectId(DEMO_ACCOUNT_ID));

    const user = withAccessToken(app, accessToken);
    const created = await orThrow(
      user.POST('/4/list', { body: { name: 'Stations', iso_639_1: 'en', public: 0 } }),
    );
    const items = [
      ...Array.from({ length: 21 }, (_, index) => ({ media_type: 'movie' as const, media_id: 1001 + index })),
      { media_type: 'tv' as const, media_id: 2001 },
    ];
    const added = await orThrow(
      user.POST('/4/list/{list_id}/items', { params: { path: { list_id: created.id } }, body: { items } }),
    );
    expect(added.results.every((result) => result.success)).toBe(true);
    await orThrow(
      user.PUT('/4/list/{list_id}/items', {
        params: { path: { list_id: created.id } },
        body: { items: [{ media_type: 'tv', media_id: 2001, comment: 'Finale first.' }] },
      }),
    );

    const pages = paginate(user, '/4/list/{list_id}', { params: { path: { list_id: created.id } } });
    const all = await pages.toArray();
    expect(all.map((item) => `${item.media_type}:${item.id}`)).toEqual(
      items.map((item) => `${item.media_type}:${item.media_id}`),
    );
    const lastPage = await orThrow(
      user.GET('/4/list/{list_id}', { params: { path: { list_id: created.id }, query: { page: 2 } } }),
    );
    expect(lastPage.comments['tv:2001']).toBe('Finale first.');
    expect(lastPage.item_count).toBe(22);

    // The app token cannot read the private list; the user token can.
    const { error } = await app.GET('/4/list/{list_id}', { params: { path: { list_id: created.id } } });
    expect(error).toMatchObject({ status_code: 39 });

    const sessionId = await createSessionFromV4AccessToken(app, accessToken);
    await orThrow(
      withSession(app, sessionId).POST('/3/account/{account_id}/favorite', {
        params: { path: { account_id: DEMO_ACCOUNT_ID } },
        body: { media_type: 'tv', media_id: 2001, favorite: true },
      }),
    );
    const favorites = await orThrow(
      user.GET('/4/account/{account_object_id}/tv/favorites', {
        params: { path: { account_object_id: accountId } },
      }),
    );
    expect(favorites.results.map((show) => show.id)).toEqual([2001]);

    await revokeV4AccessToken(app, accessToken);
    const afterSignOut = await user.GET('/4/account/{account_object_id}/lists', {
      params: { path: { account_object_id: accountId } },
    });
    expect(afterSignOut.response.status).toBe(401);
    const reused = await createV4AccessToken(app, started.requestToken).catch((thrown: unknown) => thrown);
    expect(reused).toBeInstanceOf(TmdbError);
    expect(String(reused)).not.toContain(started.requestToken);
  });
});
