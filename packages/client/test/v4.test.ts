// The v4 sign-in helpers and the user-scoped client, over real HTTP on 127.0.0.1: what they send, what they
// return, and that no token they handle ever shows up in an error, even when a server echoes it back.
import { inspect } from 'node:util';
import type { components } from '@tmdb-kit/types';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSessionFromV4AccessToken,
  createTmdbClient,
  createV4AccessToken,
  createV4RequestToken,
  responseCache,
  revokeV4AccessToken,
  TmdbError,
  v4ApprovalUrl,
  withAccessToken,
} from '../src/index.js';
import {
  TOKEN,
  tmdbError,
  V4_ACCOUNT_ID,
  V4_USER_TOKEN,
  v4AccessGranted,
  v4ListCleared,
} from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

type Schemas = components['schemas'];

let server: TestServer;
afterEach(() => server?.close());

const REQUEST_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.pending-request-token.c2ln';

const requestToken: Schemas['V4RequestToken'] = {
  success: true,
  status_code: 1,
  status_message: 'Success.',
  request_token: REQUEST_TOKEN,
};

/** Every error a helper may throw, as a user would see it logged. */
const shown = (error: unknown) =>
  `${inspect(error, { depth: 5 })} ${error instanceof Error ? error.message : ''} ${JSON.stringify(error)}`;

async function failure(pending: Promise<unknown>): Promise<unknown> {
  return pending.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('v4 sign-in helpers', () => {
  it('create a request token with redirect_to and give the approval URL for it', async () => {
    server = await startServer((_, response) => json(response, 200, requestToken));
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const started = await createV4RequestToken(client, { redirectTo: 'https://app.example/signed-in' });
    expect(started.requestToken).toBe(REQUEST_TOKEN);
    expect(started.approvalUrl).toBe(
      `https://www.themoviedb.org/auth/access?request_token=${encodeURIComponent(REQUEST_TOKEN)}`,
    );
    const [sent] = server.requests;
    expect(`${sent?.method} ${sent?.path}`).toBe('POST /4/auth/request_token');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ redirect_to: 'https://app.example/signed-in' });
    expect(sent?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('build the approval URL on another page (the mock) and refuse bad input before any request', async () => {
    server = await startServer((_, response) => json(response, 200, requestToken));
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const started = await createV4RequestToken(client, { approvalPage: `${server.baseUrl}/auth/access` });
    expect(new URL(started.approvalUrl).searchParams.get('request_token')).toBe(REQUEST_TOKEN);
    expect(v4ApprovalUrl('a&b')).toBe('https://www.themoviedb.org/auth/access?request_token=a%26b');
    await expect(createV4RequestToken(client, { redirectTo: ' ' })).rejects.toThrow(TypeError);
    await expect(createV4RequestToken(client, { approvalPage: 'not a url' })).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(1);
  });

  it('exchange the approved token for the access token and account object id', async () => {
    server = await startServer((_, response) => json(response, 200, v4AccessGranted));
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    expect(await createV4AccessToken(client, REQUEST_TOKEN)).toEqual({
      accessToken: V4_USER_TOKEN,
      accountId: V4_ACCOUNT_ID,
    });
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ request_token: REQUEST_TOKEN });
  });

  it('report an unapproved token as a TmdbError (41) without the token, even when the server echoes it', async () => {
    server = await startServer((request, response) =>
      json(response, 422, tmdbError(41, `Token ${JSON.parse(request.body).request_token} is not approved.`)),
    );
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const error = await failure(createV4AccessToken(client, REQUEST_TOKEN));
    expect(error).toBeInstanceOf(TmdbError);
    expect((error as TmdbError).status_code).toBe(41);
    expect(shown(error)).not.toContain(REQUEST_TOKEN);
    expect(shown(error)).not.toContain('pending-request-token');
  });

  it('revoke the access token (sign out) and convert it into a v3 session, hiding it from errors', async () => {
    server = await startServer((request, response) => {
      if (request.method === 'DELETE')
        return json(response, 200, { success: true, status_code: 13, status_message: 'Deleted.' });
      return json(
        response,
        401,
        tmdbError(36, `No write permission for ${JSON.parse(request.body).access_token}`),
      );
    });
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    await revokeV4AccessToken(client, V4_USER_TOKEN);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ access_token: V4_USER_TOKEN });
    const error = await failure(createSessionFromV4AccessToken(client, V4_USER_TOKEN));
    expect((error as TmdbError).status_code).toBe(36);
    expect(shown(error)).not.toContain(V4_USER_TOKEN);
    await expect(revokeV4AccessToken(client, '')).rejects.toThrow(TypeError);
    const OTHER = 'eyJhbGciOiJIUzI1NiJ9.already-revoked-token.c2ln';
    server.requests.length = 0;
    const revokeFailure = await failure(
      revokeV4AccessToken(
        createTmdbClient({
          accessToken: TOKEN,
          baseUrl: server.baseUrl,
          retry: false,
          fetch: async (input, init) => {
            const request = new Request(input, init);
            const sent = await request.text();
            throw new Error(`network down while sending ${sent}`);
          },
        }),
        OTHER,
      ),
    );
    expect(shown(revokeFailure)).toContain('network down');
    expect(shown(revokeFailure)).not.toContain(OTHER);
  });

  it('return the v3 session id made from the access token', async () => {
    server = await startServer((_, response) =>
      json(response, 200, { success: true, session_id: 'session-0123456789' }),
    );
    const client = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    expect(await createSessionFromV4AccessToken(client, V4_USER_TOKEN)).toBe('session-0123456789');
    expect(server.requests[0]?.path).toBe('/3/authentication/session/convert/4');
  });
});

describe('withAccessToken', () => {
  it('sends the user token instead of the app token, and leaves the app client as it was', async () => {
    server = await startServer((_, response) => json(response, 200, v4ListCleared));
    const app = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const user = withAccessToken(app, V4_USER_TOKEN);
    await user.GET('/4/list/{list_id}/clear', { params: { path: { list_id: 7 } } });
    await app.GET('/4/list/{list_id}/clear', { params: { path: { list_id: 7 } } });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${V4_USER_TOKEN}`,
      `Bearer ${TOKEN}`,
    ]);
  });

  it('never answers a clear from the cache, though it is a GET', async () => {
    server = await startServer((_, response) => json(response, 200, v4ListCleared));
    const app = createTmdbClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      retry: false,
      cache: responseCache({ ttl: 60_000 }),
    });
    const user = withAccessToken(app, V4_USER_TOKEN);
    await user.GET('/4/list/{list_id}/clear', { params: { path: { list_id: 7 } } });
    await user.GET('/4/list/{list_id}/clear', { params: { path: { list_id: 7 } } });
    expect(server.requests).toHaveLength(2);
  });

  it('hides the user token from errors, even when the server echoes it', async () => {
    server = await startServer((request, response) =>
      json(response, 401, tmdbError(38, `No permission for ${request.headers.authorization}`)),
    );
    const app = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
    const user = withAccessToken(app, V4_USER_TOKEN);
    const { error, response } = await user.DELETE('/4/list/{list_id}', { params: { path: { list_id: 7 } } });
    expect(response.status).toBe(401);
    expect(JSON.stringify(error)).not.toContain(V4_USER_TOKEN);
    expect(inspect(user, { depth: 5 })).not.toContain(V4_USER_TOKEN);
    expect(() => withAccessToken(app, 'has space')).toThrow(TypeError);
  });
});
