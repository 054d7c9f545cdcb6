// API v4 setups over HTTP: the approval sign-in (request token → approval page → access token) and a v4
// list with mixed items, made the way a client would make them.
import { call, field } from './http.js';

export async function newV4RequestToken(baseUrl: string, redirectTo?: string): Promise<string> {
  const created = await call(baseUrl, '/4/auth/request_token', {
    method: 'POST',
    body: redirectTo === undefined ? {} : { redirect_to: redirectTo },
  });
  return String(field(created.body, 'request_token'));
}

/** Opens the fake's approval page for the token, as the user's browser would; returns the response. */
export async function openApprovalPage(baseUrl: string, requestToken: string): Promise<Response> {
  const url = new URL('/auth/access', baseUrl);
  url.searchParams.set('request_token', requestToken);
  return fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
}

export async function approvedV4RequestToken(baseUrl: string): Promise<string> {
  const token = await newV4RequestToken(baseUrl);
  const page = await openApprovalPage(baseUrl, token);
  await page.body?.cancel();
  if (page.status !== 200) throw new Error(`approval failed with ${page.status}`);
  return token;
}

export interface V4SignIn {
  readonly accessToken: string;
  readonly accountId: string;
}

export async function v4SignIn(baseUrl: string): Promise<V4SignIn> {
  const requestToken = await approvedV4RequestToken(baseUrl);
  const exchanged = await call(baseUrl, '/4/auth/access_token', {
    method: 'POST',
    body: { request_token: requestToken },
  });
  if (exchanged.status !== 200) throw new Error(`exchange failed: ${JSON.stringify(exchanged.body)}`);
  return {
    accessToken: String(field(exchanged.body, 'access_token')),
    accountId: String(field(exchanged.body, 'account_id')),
  };
}

export async function createV4List(
  baseUrl: string,
  userToken: string,
  name: string,
  items: readonly { media_type: 'movie' | 'tv'; media_id: number }[] = [],
): Promise<number> {
  const created = await call(baseUrl, '/4/list', {
    method: 'POST',
    token: userToken,
    body: { name, iso_639_1: 'en', public: 0 },
  });
  const id = Number(field(created.body, 'id'));
  if (items.length > 0) {
    await call(baseUrl, `/4/list/${id}/items`, { method: 'POST', token: userToken, body: { items } });
  }
  return id;
}
