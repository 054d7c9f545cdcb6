import { inspect } from 'node:util';
import type { components } from '@tmdb-kit/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createGuestSession, createTmdbClient, loginWithPassword, logout, TmdbStatus } from '../src/index.js';
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
  return createTmdbClient({ accessToken: TOKEN, baseUrl: server.baseUrl, rateLimit: false, retry: false });
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
