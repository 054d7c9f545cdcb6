// "Sign in with TMDB" through API v4's approval flow: a request token whose approval page sends the browser
// back to /signed-in, the exchange for the user's access token, and a v3 session made from it so the
// favorites, watchlist and ratings (v3-only writes) keep working. The request token waits in sessionStorage
// while the browser is away on the approval page.
import {
  createSessionFromV4AccessToken,
  createV4AccessToken,
  createV4RequestToken,
  orThrow,
  type TmdbUserClient,
  withAccessToken,
} from '@tmdb-kit/client';
import { tmdb } from './api.js';
import { type AccountSession, sessionClient } from './auth.js';
import { hrefFor } from './routes.js';

const PENDING_KEY = 'tmdb-kit-demo:v4-request-token';

/** Thrown when /signed-in is opened without a sign-in started in this tab (or after it was used). */
export class NoPendingSignInError extends Error {
  override readonly name = 'NoPendingSignInError';
  constructor() {
    super('No sign-in is waiting here: start again with “Sign in with TMDB”.');
  }
}

/** Creates the request token and sends the browser to the approval page (TMDB's, or the mock's offline). */
export async function startTmdbSignIn(approvalPage: string | undefined): Promise<void> {
  const { requestToken, approvalUrl } = await createV4RequestToken(tmdb, {
    redirectTo: new URL(hrefFor({ name: 'v4-approved' }), window.location.origin).href,
    ...(approvalPage === undefined ? {} : { approvalPage }),
  });
  sessionStorage.setItem(PENDING_KEY, requestToken);
  window.location.assign(approvalUrl);
}

let finishing: Promise<AccountSession> | undefined;

/**
 * Back from the approval page: exchanges the waiting request token (once, even if React runs the effect
 * twice), then opens a v3 session from the access token and reads the account it belongs to.
 */
export function finishTmdbSignIn(): Promise<AccountSession> {
  finishing ??= exchange().finally(() => {
    finishing = undefined;
  });
  return finishing;
}

async function exchange(): Promise<AccountSession> {
  const requestToken = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!requestToken) throw new NoPendingSignInError();
  const { accessToken, accountId } = await createV4AccessToken(tmdb, requestToken);
  const sessionId = await createSessionFromV4AccessToken(tmdb, accessToken);
  const account = await orThrow(
    sessionClient(sessionId).GET('/3/account/{account_id}', { params: { path: { account_id: 0 } } }),
  );
  return {
    sessionId,
    accountId: account.id,
    username: account.username,
    v4: { accessToken, accountObjectId: accountId },
  };
}

const userClients = new Map<string, TmdbUserClient>();

/** One user client per access token: every request carries it (the demo server passes it to TMDB). */
export function userClient(accessToken: string): TmdbUserClient {
  let client = userClients.get(accessToken);
  if (!client) {
    client = withAccessToken(tmdb, accessToken);
    userClients.set(accessToken, client);
  }
  return client;
}
