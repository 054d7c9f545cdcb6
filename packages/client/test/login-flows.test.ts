// What each login helper sends, what it refuses before sending anything, and how it fails when a step
// answers 200 without the token or session id the next step needs.
import type { components } from '@tmdb-kit/types';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createGuestSession,
  createTmdbClient,
  loginWithPassword,
  logout,
  type TmdbClient,
} from '../src/index.js';
import { TOKEN, tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';
import { thrown } from './support/thrown.js';

type Schemas = components['schemas'];

let server: TestServer;
afterEach(() => server?.close());

const PASSWORD = 'hunter2-but-longer';
const newToken: Schemas['RequestToken'] = {
  success: true,
  expires_at: '2030-01-01 00:00:00 UTC',
  request_token: 'token-from-new',
};
const validatedToken: Schemas['RequestToken'] = { ...newToken, request_token: 'token-after-login' };
const session: Schemas['Session'] = { success: true, session_id: 'session-abc' };

/** The body each login step answers with; a step left out answers its normal body. */
interface Answers {
  token?: object;
  validated?: object;
  session?: object;
}

async function loginServer(answers: Answers = {}): Promise<TmdbClient> {
  server = await startServer((request, response) => {
    switch (`${request.method} ${request.path}`) {
      case 'GET /3/authentication/token/new':
        return json(response, 200, answers.token ?? newToken);
      case 'POST /3/authentication/token/validate_with_login':
        return json(response, 200, answers.validated ?? validatedToken);
      case 'POST /3/authentication/session/new':
        return json(response, 200, answers.session ?? session);
      case 'DELETE /3/authentication/session':
        return json(response, 200, { success: true });
      default:
        return json(response, 404, tmdbError(34, 'Unknown.'));
    }
  });
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
}

const sent = () => server.requests.map((request) => `${request.method} ${request.path}`);

describe('loginWithPassword', () => {
  it('validates the new token with the credentials, then exchanges the validated token', async () => {
    const tmdb = await loginServer();

    expect(await loginWithPassword(tmdb, { username: 'ada', password: PASSWORD })).toBe('session-abc');

    expect(JSON.parse(server.requests[1]?.body ?? '')).toEqual({
      username: 'ada',
      password: PASSWORD,
      request_token: 'token-from-new',
    });
    // The token TMDB validated (it may answer with another one) is the one exchanged for the session.
    expect(JSON.parse(server.requests[2]?.body ?? '')).toEqual({ request_token: 'token-after-login' });
  });

  // Untyped callers (plain JavaScript, a form's values): nothing is sent without both credentials.
  const refused: Array<[string, unknown]> = [
    ['no credentials at all', undefined],
    ['an empty username', { username: '', password: PASSWORD }],
    ['an empty password', { username: 'ada', password: '' }],
    ['a username that is not a string', { username: 42, password: PASSWORD }],
    ['a password that is not a string', { username: 'ada', password: ['secret'] }],
  ];
  it.each(refused)('refuses %s before sending anything', async (_name, credentials) => {
    const tmdb = await loginServer();
    const login: (client: TmdbClient, credentials: unknown) => Promise<string> = (client, given) =>
      Reflect.apply(loginWithPassword, undefined, [client, given]);

    await expect(login(tmdb, credentials)).rejects.toThrow(
      new TypeError('loginWithPassword needs a username and a password'),
    );
    expect(server.requests).toHaveLength(0);
  });

  const missing: Array<[string, Answers, string, string, number]> = [
    ['the new token', { token: { success: true } }, 'GET', '/3/authentication/token/new', 1],
    [
      'the validated token',
      { validated: { success: true, request_token: '' } },
      'POST',
      '/3/authentication/token/validate_with_login',
      2,
    ],
    ['the session id', { session: { success: true } }, 'POST', '/3/authentication/session/new', 3],
    [
      'the session id (empty)',
      { session: { success: true, session_id: '' } },
      'POST',
      '/3/authentication/session/new',
      3,
    ],
  ];
  it.each(missing)(
    'fails at the step that answered 200 without %s',
    async (_name, answers, method, path, steps) => {
      const tmdb = await loginServer(answers);

      const error = await thrown(loginWithPassword(tmdb, { username: 'ada', password: PASSWORD }));

      expect(error).toMatchObject({
        kind: 'invalid-response',
        method,
        path,
        status: 200,
        status_message: 'login step answered without its token or session id',
      });
      // No later step was attempted with a missing token.
      expect(server.requests).toHaveLength(steps);
    },
  );
});

describe('logout', () => {
  it('deletes the given session', async () => {
    const tmdb = await loginServer();
    await logout(tmdb, 'session-abc');
    expect(sent()).toEqual(['DELETE /3/authentication/session']);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ session_id: 'session-abc' });
  });

  it.each([
    ['an empty session id', ''],
    ['a session id that is not a string', 42],
  ])('refuses %s before sending anything', async (_name, sessionId) => {
    const tmdb = await loginServer();
    const untyped: (client: TmdbClient, id: unknown) => Promise<void> = (client, id) =>
      Reflect.apply(logout, undefined, [client, id]);

    await expect(untyped(tmdb, sessionId)).rejects.toThrow(
      new TypeError('logout needs the session id to end'),
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('createGuestSession', () => {
  it('asks for a new guest session and throws the TmdbError of a refusal', async () => {
    server = await startServer((_request, response) => json(response, 401, tmdbError(7, 'Invalid API key.')));
    const tmdb = createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });

    const error = await thrown(createGuestSession(tmdb));

    expect(sent()).toEqual(['GET /3/authentication/guest_session/new']);
    expect(error).toMatchObject({ status: 401, status_code: 7 });
  });
});
