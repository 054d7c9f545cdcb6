// Logging in with a TMDB username and password, and out, through the client's helpers.
import {
  currentAccount,
  loginWithPassword,
  logout,
  revokeV4AccessToken,
  type TmdbSessionClient,
  withSession,
} from '@tmdb-kit/client';
import { tmdb } from './api.js';

export interface AccountSession {
  readonly sessionId: string;
  readonly accountId: number;
  readonly username: string;
  /** Present after "Sign in with TMDB" (API v4): the user's access token and v4 account object id. */
  readonly v4?: V4Credentials;
}

export interface V4Credentials {
  readonly accessToken: string;
  readonly accountObjectId: string;
}

/**
 * Request token → validate with the password → session (the client's `loginWithPassword`), then the
 * account details, whose `id` the account operations take. Rejects with a TmdbError (code 30 for a wrong
 * username or password).
 */
export async function logIn(username: string, password: string): Promise<AccountSession> {
  const sessionId = await loginWithPassword(tmdb, { username, password });
  // The session decides whose account answers, and the answer tells us its id.
  const account = await currentAccount(sessionClient(sessionId));
  return { sessionId, accountId: account.id, username: account.username };
}

/** Ends the v3 session and, after a v4 sign-in, revokes the user's access token too. */
export async function logOut(session: AccountSession): Promise<void> {
  await Promise.all([
    logout(tmdb, session.sessionId),
    session.v4 ? revokeV4AccessToken(tmdb, session.v4.accessToken) : undefined,
  ]);
}

const sessionClients = new Map<string, TmdbSessionClient>();

/** One session client per session id, so its hooks and middleware are built once. */
export function sessionClient(sessionId: string): TmdbSessionClient {
  let client = sessionClients.get(sessionId);
  if (!client) {
    client = withSession(tmdb, sessionId);
    sessionClients.set(sessionId, client);
  }
  return client;
}
