import type { GuestSession, paths } from '@tmdb-kit/types';
import type { Client } from 'openapi-fetch';
import { orThrow, TmdbError } from './errors.js';
import { createRedactor } from './redact.js';

export interface PasswordCredentials {
  username: string;
  password: string;
}

/**
 * Signs a user in with their TMDB username and password and returns the new session id: a request
 * token, validated with the credentials, exchanged for a session. Failures throw a `TmdbError`
 * (`TmdbStatus.InvalidCredentials` for a wrong password); the password appears in no error, even when a
 * server echoes it back.
 */
export async function loginWithPassword(
  client: Client<paths>,
  credentials: PasswordCredentials,
): Promise<string> {
  const { username, password } = credentials ?? {};
  if (!username || !password || typeof username !== 'string' || typeof password !== 'string') {
    throw new TypeError('loginWithPassword needs a username and a password');
  }
  try {
    const token = await orThrow(client.GET('/3/authentication/token/new'));
    const validated = await orThrow(
      client.POST('/3/authentication/token/validate_with_login', {
        body: {
          username,
          password,
          request_token: present(token.request_token, 'GET', '/3/authentication/token/new'),
        },
      }),
    );
    const requestToken = present(
      validated.request_token,
      'POST',
      '/3/authentication/token/validate_with_login',
    );
    const session = await orThrow(
      client.POST('/3/authentication/session/new', { body: { request_token: requestToken } }),
    );
    return present(session.session_id, 'POST', '/3/authentication/session/new');
  } catch (error) {
    // TMDB or a proxy may echo the request back in an error body, and a custom fetch may quote it in its
    // own errors: whatever the client it was given, no error leaves here with the password in it.
    throw createRedactor([password])(error);
  }
}

/**
 * A token or id a login step must return: a success answer without it (`200 {}`) would otherwise carry
 * `undefined` into the next step, or out as the session id.
 */
function present(value: string | undefined, method: string, path: string): string {
  if (typeof value === 'string' && value !== '') return value;
  throw new TmdbError({
    kind: 'invalid-response',
    method,
    path,
    status: 200,
    status_message: 'login step answered without its token or session id',
  });
}

/** Starts a guest session (rating without an account); TMDB drops unused ones after an hour. */
export function createGuestSession(client: Client<paths>): Promise<GuestSession> {
  return orThrow(client.GET('/3/authentication/guest_session/new'));
}

/** Ends a user session; the id stops working at once. */
export async function logout(client: Client<paths>, sessionId: string): Promise<void> {
  if (!sessionId || typeof sessionId !== 'string') throw new TypeError('logout needs the session id to end');
  await orThrow(client.DELETE('/3/authentication/session', { body: { session_id: sessionId } }));
}
