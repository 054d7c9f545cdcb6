// Multi-step setups over HTTP: logging the demo user in (TMDB's seed flow), opening a guest session.
import { DEMO_USER } from '../../src/index.js';
import { call, field } from './http.js';

export async function newRequestToken(baseUrl: string): Promise<string> {
  const token = await call(baseUrl, '/3/authentication/token/new');
  return String(field(token.body, 'request_token'));
}

/** Token → validate_with_login → session: returns a validated-but-unused token when `stopBeforeSession`. */
export async function validatedToken(
  baseUrl: string,
  user: { username: string; password: string } = DEMO_USER,
): Promise<string> {
  const token = await newRequestToken(baseUrl);
  const validated = await call(baseUrl, '/3/authentication/token/validate_with_login', {
    method: 'POST',
    body: { username: user.username, password: user.password, request_token: token },
  });
  if (validated.status !== 200) throw new Error(`login failed: ${JSON.stringify(validated.body)}`);
  return token;
}

export async function login(baseUrl: string, user?: { username: string; password: string }): Promise<string> {
  const token = await validatedToken(baseUrl, user);
  const session = await call(baseUrl, '/3/authentication/session/new', {
    method: 'POST',
    body: { request_token: token },
  });
  return String(field(session.body, 'session_id'));
}

export async function guestSession(baseUrl: string): Promise<string> {
  const guest = await call(baseUrl, '/3/authentication/guest_session/new');
  return String(field(guest.body, 'guest_session_id'));
}

export async function createList(baseUrl: string, sessionId: string, name: string): Promise<number> {
  const created = await call(baseUrl, '/3/list', {
    method: 'POST',
    query: { session_id: sessionId },
    body: { name },
  });
  return Number(field(created.body, 'list_id'));
}
