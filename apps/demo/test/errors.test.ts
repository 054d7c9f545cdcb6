// What the pages say about each failure, checked against real failures: the mock over HTTP, through the
// same client the app uses (both as openapi-fetch error bodies and as the client's thrown TmdbErrors).
import {
  createTmdbClient,
  createV4AccessToken,
  createV4RequestToken,
  orThrow,
  revokeV4AccessToken,
  type TmdbClient,
  withAccessToken,
} from '@tmdb-kit/client';
import { DEMO_USER, MOCK_ACCESS_TOKEN, type MockServer, startMockServer } from '@tmdb-kit/mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../server/demo-server.js';
import { describeError } from '../src/errors.js';
import { type BuiltApp, closedPort, makeBuiltApp } from './support/servers.js';

let mock: MockServer;
let tmdb: TmdbClient;

/** Fails fast: retries and waits are the client's business and are tested there. */
const clientFor = (baseUrl: string, accessToken = MOCK_ACCESS_TOKEN, timeout: number | false = 5_000) =>
  createTmdbClient({ baseUrl, accessToken, retry: false, rateLimit: false, timeout });

/** The failure a call produced: openapi-fetch's `error` body, or what it threw. A success fails the test. */
async function failureOf(call: () => Promise<unknown>): Promise<unknown> {
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    return error;
  }
  const body = typeof result === 'object' && result !== null ? Reflect.get(result, 'error') : undefined;
  if (body === undefined) throw new Error('the call succeeded');
  return body;
}

beforeAll(async () => {
  mock = await startMockServer();
  tmdb = clientFor(mock.url);
});
afterEach(() => {
  mock.configure({ rateLimit: undefined, faultRate: 0, latencyMs: 0 });
  mock.reset();
});
afterAll(() => mock?.close());

describe('describeError', () => {
  it('says a movie is not found, from the error body and from the thrown TmdbError', async () => {
    const init = { params: { path: { movie_id: 999_999_999 } } };
    const body = await failureOf(() => tmdb.GET('/3/movie/{movie_id}', init));
    const thrown = await failureOf(() => orThrow(tmdb.GET('/3/movie/{movie_id}', init)));
    for (const error of [body, thrown]) {
      expect(describeError(error, 'movie')).toMatchObject({
        kind: 'not-found',
        detail: 'TMDB has no movie with this id.',
        action: 'none',
      });
    }
  });

  it('tells a refused server token from an ended user session', async () => {
    const wrongToken = await failureOf(() => clientFor(mock.url, 'wrong-token').GET('/3/configuration'));
    expect(describeError(wrongToken)).toMatchObject({ kind: 'server-credentials', action: 'none' });

    const endedSession = await failureOf(() =>
      tmdb.GET('/3/movie/{movie_id}/account_states', {
        params: { path: { movie_id: 1001 }, query: { session_id: 'ended-session-0000000000' } },
      }),
    );
    expect(describeError(endedSession)).toMatchObject({ kind: 'session-expired', action: 'login' });
  });

  it('ends a v4 sign-in whose token was revoked, and calls another user’s private list private', async () => {
    const { requestToken, approvalUrl } = await createV4RequestToken(tmdb, {
      approvalPage: `${mock.url}/auth/access`,
    });
    await (await fetch(approvalUrl)).text();
    const { accessToken } = await createV4AccessToken(tmdb, requestToken);
    const user = withAccessToken(tmdb, accessToken);
    const list = await orThrow(user.POST('/4/list', { body: { name: 'Mine', iso_639_1: 'en', public: 0 } }));
    const init = { params: { path: { list_id: list.id } } };
    const privateList = await failureOf(() => tmdb.GET('/4/list/{list_id}', init));
    expect(describeError(privateList, 'list')).toMatchObject({
      title: 'This list is private',
      action: 'none',
    });

    await revokeV4AccessToken(tmdb, accessToken);
    for (const error of [
      await failureOf(() => user.GET('/4/list/{list_id}', init)),
      await failureOf(() => orThrow(user.GET('/4/list/{list_id}', init))),
    ]) {
      expect(describeError(error)).toMatchObject({ kind: 'session-expired', action: 'login' });
    }
  });

  it('says the username or password is wrong', async () => {
    const token = await orThrow(tmdb.GET('/3/authentication/token/new'));
    const failure = await failureOf(() =>
      tmdb.POST('/3/authentication/token/validate_with_login', {
        body: {
          username: DEMO_USER.username,
          password: 'not-the-password',
          request_token: token.request_token,
        },
      }),
    );
    expect(describeError(failure)).toMatchObject({
      kind: 'login-failed',
      title: 'Wrong username or password',
    });
  });

  it('asks to wait when rate limited, for as long as TMDB said when it is known', async () => {
    mock.configure({ rateLimit: { requests: 1, perMs: 60_000, retryAfterSeconds: 42 } });
    await orThrow(tmdb.GET('/3/configuration'));
    const body = await failureOf(() => tmdb.GET('/3/configuration'));
    const thrown = await failureOf(() => orThrow(tmdb.GET('/3/configuration')));
    expect(describeError(body)).toMatchObject({ kind: 'rate-limited', action: 'retry' });
    expect(describeError(thrown)).toMatchObject({
      kind: 'rate-limited',
      detail: 'TMDB asked the app to slow down. Wait 42 seconds and try again.',
    });
  });

  it('says TMDB is having trouble on its 5xx answers', async () => {
    mock.configure({ faultRate: 1 });
    const failure = await failureOf(() => tmdb.GET('/3/configuration'));
    expect(describeError(failure)).toMatchObject({ kind: 'tmdb-down', action: 'retry' });
  });

  it('says TMDB is slow when the client times out', async () => {
    mock.configure({ latencyMs: 2_000 });
    const failure = await failureOf(() => clientFor(mock.url, MOCK_ACCESS_TOKEN, 50).GET('/3/configuration'));
    expect(describeError(failure)).toMatchObject({ kind: 'timeout', action: 'retry' });
  });

  it('tells being offline from the demo server being down', async () => {
    const nobody = `http://127.0.0.1:${await closedPort()}`;
    const failure = await failureOf(() => clientFor(nobody).GET('/3/configuration'));
    expect(describeError(failure, 'page', true)).toMatchObject({ kind: 'unreachable', action: 'retry' });
    expect(describeError(failure, 'page', false)).toMatchObject({
      kind: 'offline',
      title: 'You are offline',
    });
  });

  describe('behind the demo server', () => {
    let app: BuiltApp;
    let demo: DemoServer;
    beforeAll(async () => {
      app = makeBuiltApp();
      demo = await startDemoServer({
        publicDir: app.dir,
        upstreamUrl: `http://127.0.0.1:${await closedPort()}`,
        accessToken: MOCK_ACCESS_TOKEN,
        config: { mode: 'tmdb' },
      });
    });
    afterAll(async () => {
      await demo?.close();
      app?.remove();
    });

    it('passes on the demo server’s own explanation when it cannot reach TMDB', async () => {
      const failure = await failureOf(() => clientFor(`${demo.url}/tmdb`).GET('/3/configuration'));
      expect(describeError(failure)).toMatchObject({
        kind: 'demo-server',
        detail: 'The demo server could not reach TMDB (ECONNREFUSED).',
      });
    });
  });

  it('falls back to a plain message for anything else', () => {
    expect(describeError(new Error('boom'))).toMatchObject({ kind: 'unknown', detail: 'boom' });
    expect(describeError(undefined)).toMatchObject({ kind: 'unknown' });
  });
});
