import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import type { components } from '@tmdb-kit/types';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createGuestSession,
  createTmdbClient,
  loginWithPassword,
  logout,
  type TmdbClient,
  TmdbError,
  TmdbStatus,
} from '../src/index.js';
import { TOKEN, tmdbError } from './support/fixtures.js';
import { json, startServer, type TestServer } from './support/server.js';

type Schemas = components['schemas'];

let server: TestServer;
afterEach(() => server?.close());

const PASSWORD = 'correct-horse-battery-staple';
const requestToken: Schemas['RequestToken'] = {
  success: true,
  expires_at: '2030-01-01 00:00:00 UTC',
  request_token: 'request-token-1',
};
const session: Schemas['Session'] = { success: true, session_id: 'session-id-0123456789' };
const guestSession: Schemas['GuestSession'] = {
  success: true,
  guest_session_id: 'guest-id-0123456789',
  expires_at: '2030-01-01 01:00:00 UTC',
};

/** A fake of TMDB's login endpoints that accepts one username and password. */
async function authServer() {
  server = await startServer((request, response) => {
    const body = request.body ? JSON.parse(request.body) : {};
    switch (`${request.method} ${request.path}`) {
      case 'GET /3/authentication/token/new':
        return json(response, 200, requestToken);
      case 'POST /3/authentication/token/validate_with_login':
        if (
          body.username === 'ada' &&
          body.password === PASSWORD &&
          body.request_token === 'request-token-1'
        ) {
          return json(response, 200, requestToken);
        }
        return json(response, 401, tmdbError(30, 'Invalid username and/or password.'));
      case 'POST /3/authentication/session/new':
        return json(response, 200, session);
      case 'DELETE /3/authentication/session':
        return json(response, body.session_id === session.session_id ? 200 : 404, { success: true });
      case 'GET /3/authentication/guest_session/new':
        return json(response, 200, guestSession);
      default:
        return json(response, 404, tmdbError(34, 'Unknown.'));
    }
  });
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, retry: false });
}

describe('login flows', () => {
  it('logs in with a password: new token, validate with login, new session', async () => {
    const tmdb = await authServer();

    const sessionId = await loginWithPassword(tmdb, { username: 'ada', password: PASSWORD });

    expect(sessionId).toBe(session.session_id);
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /3/authentication/token/new',
      'POST /3/authentication/token/validate_with_login',
      'POST /3/authentication/session/new',
    ]);
    expect(JSON.parse(server.requests[2]?.body ?? '')).toEqual({ request_token: 'request-token-1' });
  });

  it('throws TMDB status 30 for a wrong password, without the password anywhere in the error', async () => {
    const tmdb = await authServer();
    const error = await loginWithPassword(tmdb, { username: 'ada', password: 'wrong-password-guess' }).catch(
      (reason: unknown) => reason,
    );

    expect(error).toMatchObject({ status: 401, status_code: TmdbStatus.InvalidCredentials });
    expect(`${inspect(error)} ${JSON.stringify(error)}`).not.toContain('wrong-password-guess');
    expect(server.requests).toHaveLength(2);
  });

  describe('never shows the password, even when the server echoes it back', () => {
    /** Everything an error can show: message, toString, stack, inspection (causes included) and JSON. */
    const everythingIn = (error: unknown) =>
      `${error instanceof Error ? error.message : ''}\n${String(error)}\n${error instanceof Error ? error.stack : ''}\n${inspect(error, { depth: 10 })}\n${JSON.stringify(error)}`;

    // Quotes, a backslash, spaces, `&` and non-ASCII: their JSON- and URL-encoded forms differ from the password.
    const tricky = 'pa"ss \\ wörd & 42';
    // Shorter than the client's own secrets ever are: hidden all the same.
    const short = 'zq#9';

    /** A login fake whose every failure repeats what it was sent, in as many forms as it can. */
    async function echoingServer(
      answer: (body: { password: string }, raw: string, response: ServerResponse) => void,
    ) {
      server = await startServer((request, response) => {
        if (request.path === '/3/authentication/token/new') return json(response, 200, requestToken);
        return answer(JSON.parse(request.body), request.body, response);
      });
      return createTmdbClient({
        accessToken: TOKEN,
        baseUrl: server.baseUrl,
        retry: false,
      });
    }

    const echoes = (password: string) => [
      password,
      JSON.stringify(password).slice(1, -1),
      encodeURIComponent(password),
      new URLSearchParams({ password }).toString().slice('password='.length),
    ];

    async function loginError(tmdb: TmdbClient, password: string): Promise<unknown> {
      const error = await loginWithPassword(tmdb, { username: 'ada', password }).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(TmdbError);
      for (const echo of echoes(password)) expect(everythingIn(error)).not.toContain(echo);
      return error;
    }

    it.each([[tricky], [short]])('in a TMDB error body (%j)', async (password) => {
      const tmdb = await echoingServer(({ password }, raw, response) =>
        json(
          response,
          401,
          tmdbError(
            30,
            `Invalid username and/or password: ${password} (${raw}) ${encodeURIComponent(password)} ${new URLSearchParams({ password })}`,
          ),
        ),
      );
      const error = await loginError(tmdb, password);
      // Still TMDB's answer, with its code: only the password is gone.
      expect(error).toMatchObject({ status: 401, status_code: TmdbStatus.InvalidCredentials });
      expect(error).toHaveProperty('status_message', expect.stringContaining('[redacted]'));
    });

    it.each([[tricky], [short]])('in validation messages (%j)', async (password) => {
      const tmdb = await echoingServer(({ password }, raw, response) =>
        json(response, 422, { errors: [`password ${password} is not allowed`, raw] }),
      );
      const error = await loginError(tmdb, password);
      expect(error).toMatchObject({
        status: 422,
        errors: [expect.stringContaining('[redacted]'), expect.any(String)],
      });
    });

    it.each([[tricky], [short]])('in a body that is not JSON (%j)', async (password) => {
      const tmdb = await echoingServer(({ password }, raw, response) => {
        response.writeHead(400, { 'content-type': 'text/plain' });
        response.end(`bad login ${password} ${raw}`);
      });
      await loginError(tmdb, password);
    });

    it.each([[tricky], [short]])(
      'in a network error of a custom fetch that quotes the request (%j)',
      async (password) => {
        server = await startServer((_request, response) => json(response, 200, requestToken));
        const tmdb = createTmdbClient({
          accessToken: TOKEN,
          baseUrl: server.baseUrl,
          retry: false,
          fetch: async (input, init) => {
            if (typeof input === 'string' || input.method === 'GET') return fetch(input, init);
            const body = await input.text();
            throw new TypeError(`could not send ${body} (password ${JSON.parse(body).password})`);
          },
        });
        const error = await loginError(tmdb, password);
        expect(error).toMatchObject({
          kind: 'network',
          status_message: expect.stringContaining('[redacted]'),
        });
      },
    );
  });

  it('refuses to start without a username and password', async () => {
    const tmdb = await authServer();
    await expect(loginWithPassword(tmdb, { username: 'ada', password: '' })).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  it('logs out by deleting the session', async () => {
    const tmdb = await authServer();
    await logout(tmdb, session.session_id);
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', path: '/3/authentication/session' });
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ session_id: session.session_id });
    await expect(logout(tmdb, 'unknown-session-id')).rejects.toMatchObject({ status: 404 });
  });

  it('creates a guest session', async () => {
    const tmdb = await authServer();
    expect(await createGuestSession(tmdb)).toEqual(guestSession);
  });
});
