// What TMDB receives from the v4 token helpers (method, path and body), over real HTTP on 127.0.0.1, and
// which user-client answers the response cache may keep: a wrong path or a missing token in the body
// would fail every sign-in or sign-out, and a cache answering a list clear would leave the list full.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSessionFromV4AccessToken,
  createTmdbClient,
  createV4AccessToken,
  responseCache,
  revokeV4AccessToken,
  withAccessToken,
} from '../src/index.js';
import { TOKEN, V4_USER_TOKEN, v4AccessGranted, v4ListCleared } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

let server: TestServer;
afterEach(() => server?.close());

const REQUEST_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.approved-request-token.c2ln';

const sent = () =>
  server.requests.map((request) => ({
    call: `${request.method} ${request.path}`,
    body: request.body === '' ? undefined : JSON.parse(request.body),
  }));

describe('v4 token requests', () => {
  it('exchange the request token with POST /4/auth/access_token', async () => {
    server = await startServer((_, response) => json(response, 200, v4AccessGranted));
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    await createV4AccessToken(client, REQUEST_TOKEN);
    expect(sent()).toEqual([{ call: 'POST /4/auth/access_token', body: { request_token: REQUEST_TOKEN } }]);
  });

  it('revoke the access token with DELETE /4/auth/access_token', async () => {
    server = await startServer((_, response) =>
      json(response, 200, { success: true, status_code: 13, status_message: 'Deleted.' }),
    );
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    await revokeV4AccessToken(client, V4_USER_TOKEN);
    expect(sent()).toEqual([{ call: 'DELETE /4/auth/access_token', body: { access_token: V4_USER_TOKEN } }]);
  });

  it('convert the access token into a v3 session, sending the token in the body', async () => {
    server = await startServer((_, response) =>
      json(response, 200, { success: true, session_id: 'session-0123456789' }),
    );
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    await createSessionFromV4AccessToken(client, V4_USER_TOKEN);
    expect(sent()).toEqual([
      { call: 'POST /3/authentication/session/convert/4', body: { access_token: V4_USER_TOKEN } },
    ]);
  });
});

describe('the user client and the response cache', () => {
  it('answers a repeated list read from the cache, but sends every clear', async () => {
    // The answer's shape does not matter here: only how many requests reach the server.
    server = await startServer((_, response) => json(response, 200, v4ListCleared));
    const app = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      retry: false,
      cache: responseCache({ ttl: 60_000 }),
    });
    const user = withAccessToken(app, V4_USER_TOKEN);
    const list = { params: { path: { list_id: 7 } } };
    await user.GET('/4/list/{list_id}', list);
    await user.GET('/4/list/{list_id}', list);
    await user.GET('/4/list/{list_id}/clear', list);
    await user.GET('/4/list/{list_id}/clear', list);
    expect(server.requests.map((request) => request.path)).toEqual([
      '/4/list/7',
      '/4/list/7/clear',
      '/4/list/7/clear',
    ]);
  });
});
