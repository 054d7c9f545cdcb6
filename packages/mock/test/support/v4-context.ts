// What the v4 conformance samples need: a signed-in user with lists, and v3 marks and ratings for the v4
// account collections to show.
import { call } from './http.js';
import type { SampleContext } from './samples.js';
import { approvedV4RequestToken, createV4List, v4SignIn } from './v4-flows.js';

export async function v4SampleContext(baseUrl: string): Promise<SampleContext['v4']> {
  const user = await v4SignIn(baseUrl);
  const listId = await createV4List(baseUrl, user.accessToken, 'Mixed v4 list', [
    { media_type: 'movie', media_id: 1001 },
    { media_type: 'tv', media_id: 2001 },
  ]);
  await call(baseUrl, `/4/list/${listId}/items`, {
    method: 'PUT',
    token: user.accessToken,
    body: { items: [{ media_type: 'movie', media_id: 1001, comment: 'The one with the station.' }] },
  });
  return {
    userToken: user.accessToken,
    accountObjectId: user.accountId,
    approvedRequestToken: await approvedV4RequestToken(baseUrl),
    disposableUserToken: (await v4SignIn(baseUrl)).accessToken,
    listId,
    disposableListId: await createV4List(baseUrl, user.accessToken, 'Disposable v4 list', [
      { media_type: 'movie', media_id: 1002 },
    ]),
  };
}

/** Favorites, watchlist and ratings (through v3, the only way to write them) of one movie and one series. */
export async function markForV4(baseUrl: string, sessionId: string): Promise<void> {
  const account = '/3/account/0';
  const query = { session_id: sessionId };
  for (const [media_type, media_id] of [
    ['movie', 1001],
    ['tv', 2001],
  ] as const) {
    await call(baseUrl, `${account}/favorite`, {
      method: 'POST',
      query,
      body: { media_type, media_id, favorite: true },
    });
    await call(baseUrl, `${account}/watchlist`, {
      method: 'POST',
      query,
      body: { media_type, media_id, watchlist: true },
    });
  }
  await call(baseUrl, '/3/movie/1001/rating', { method: 'POST', query, body: { value: 8.5 } });
  await call(baseUrl, '/3/tv/2001/rating', { method: 'POST', query, body: { value: 7 } });
}
