import type { paths } from '@tmdb-kit/types';
import type { Client, Middleware } from 'openapi-fetch';
import { scopeOf, type TmdbClient } from './create-client.js';
import { orThrow } from './errors.js';
import { createRedactor } from './redact.js';

// API v4 sign-in by approval, in four steps: create a request token (optionally with `redirect_to`), send
// the user to the approval page, exchange the approved token for a user access token and the account's
// object id, and revoke that token to sign out. `withAccessToken` scopes a client to the user for v4 user
// operations; `createSessionFromV4AccessToken` turns the user token into a v3 session for the writes only
// v3 has (favorites, watchlist, ratings). Every helper keeps the tokens it handles out of its errors.

/** TMDB's approval page: the user opens it, signs in on TMDB and approves the app. */
export const TMDB_APPROVAL_PAGE = 'https://www.themoviedb.org/auth/access';

/** A client acting as a signed-in v4 user (see `withAccessToken`). */
export type TmdbUserClient = Client<paths>;

export interface V4RequestTokenOptions {
  /** Where TMDB sends the browser after approval: your app's callback URL or deep link. */
  redirectTo?: string;
  /** The approval page to build `approvalUrl` on (default TMDB's; `@tmdb-kit/mock` serves one offline). */
  approvalPage?: string;
}

export interface V4SignInRequest {
  /** Valid for 15 minutes and exchangeable once, after the user approved it. */
  requestToken: string;
  /** Open this in the user's browser. */
  approvalUrl: string;
}

export interface V4AccessToken {
  /** The user access token: does not expire until revoked. Store it like a password. */
  accessToken: string;
  /** The account's v4 object id (24 hex digits), for `/4/account/{account_object_id}/...`. */
  accountId: string;
}

/** The approval page URL for a request token: `https://www.themoviedb.org/auth/access?request_token=…`. */
export function v4ApprovalUrl(requestToken: string, approvalPage: string = TMDB_APPROVAL_PAGE): string {
  requireToken(requestToken, 'v4ApprovalUrl needs the request token');
  let url: URL;
  try {
    url = new URL(approvalPage);
  } catch {
    throw new TypeError('v4ApprovalUrl: approvalPage must be an absolute URL');
  }
  url.searchParams.set('request_token', requestToken);
  return url.href;
}

/** Step 1: a request token for the user to approve, and the URL of the page where they approve it. */
export async function createV4RequestToken(
  client: TmdbClient,
  options: V4RequestTokenOptions = {},
): Promise<V4SignInRequest> {
  const { redirectTo, approvalPage } = options ?? {};
  if (redirectTo !== undefined && (typeof redirectTo !== 'string' || !redirectTo.trim())) {
    throw new TypeError('createV4RequestToken: redirectTo must be a non-empty string');
  }
  // Checked before the request, so a bad page URL cannot leave a token created for nothing.
  if (approvalPage !== undefined) v4ApprovalUrl('check', approvalPage);
  const created = await orThrow(
    client.POST('/4/auth/request_token', {
      body: redirectTo === undefined ? {} : { redirect_to: redirectTo },
    }),
  );
  return {
    requestToken: created.request_token,
    approvalUrl: v4ApprovalUrl(created.request_token, approvalPage),
  };
}

/**
 * Step 3: exchanges the request token the user approved for their access token and account object id.
 * An unapproved token fails with `TmdbStatus` 41 (HTTP 422), an expired or used one with 33 (HTTP 401).
 */
export async function createV4AccessToken(client: TmdbClient, requestToken: string): Promise<V4AccessToken> {
  requireToken(requestToken, 'createV4AccessToken needs the approved request token');
  try {
    const granted = await orThrow(
      client.POST('/4/auth/access_token', { body: { request_token: requestToken } }),
    );
    return { accessToken: granted.access_token, accountId: granted.account_id };
  } catch (error) {
    throw createRedactor([requestToken])(error);
  }
}

/** Signs the user out: revokes their access token, which stops working at once. */
export async function revokeV4AccessToken(client: TmdbClient, accessToken: string): Promise<void> {
  requireToken(accessToken, 'revokeV4AccessToken needs the access token to revoke');
  try {
    await orThrow(client.DELETE('/4/auth/access_token', { body: { access_token: accessToken } }));
  } catch (error) {
    throw createRedactor([accessToken])(error);
  }
}

/**
 * A v3 session id for the user, made from their v4 access token (`POST /3/authentication/session/convert/4`):
 * use it with `withSession` for favorites, watchlist and ratings, which v4 cannot write.
 */
export async function createSessionFromV4AccessToken(
  client: TmdbClient,
  accessToken: string,
): Promise<string> {
  requireToken(accessToken, 'createSessionFromV4AccessToken needs the user access token');
  try {
    const session = await orThrow(
      client.POST('/3/authentication/session/convert/4', { body: { access_token: accessToken } }),
    );
    return session.session_id;
  } catch (error) {
    throw createRedactor([accessToken])(error);
  }
}

/**
 * A client that acts as the user: every request carries their access token as its bearer instead of the
 * app's credential, as v4 user operations (lists, account collections) require. It shares `client`'s
 * pipeline (rate limit, retries, cache), keeps cached answers apart from other users', and its errors never
 * show the token.
 */
export function withAccessToken(client: TmdbClient, accessToken: string): TmdbUserClient {
  requireToken(accessToken, 'withAccessToken needs a user access token');
  return scopeOf(client).narrowed(userBearer(accessToken), accessToken);
}

/** TMDB clears a v4 list with a GET; a cache must never answer it. */
const CLEAR_LIST = '/4/list/{list_id}/clear';

function userBearer(accessToken: string): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      request.headers.set('authorization', `Bearer ${accessToken}`);
      return schemaPath === CLEAR_LIST ? new Request(request, { cache: 'no-store' }) : request;
    },
  };
}

function requireToken(token: unknown, message: string): asserts token is string {
  if (typeof token !== 'string' || !token.trim() || /\s/.test(token)) throw new TypeError(message);
}
