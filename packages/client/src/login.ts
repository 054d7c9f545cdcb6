import type { GuestSession, paths } from '@tmdb-kit/types';
import type { Client } from 'openapi-fetch';
import { withoutSecret } from './redact.js';
import { orThrow } from './unwrap.js';

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
        body: { username, password, request_token: token.request_token },
      }),
    );
    const session = await orThrow(
      client.POST('/3/authentication/session/new', { body: { request_token: validated.request_token } }),
    );
    return session.session_id;
  } catch (error) {
    // TMDB or a proxy may echo the request back in an error body, and a custom fetch may quote it in its
    // own errors: whatever the client it was given, no error leaves here with the password in it.
    throw withoutSecret(error, password);
  }
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
