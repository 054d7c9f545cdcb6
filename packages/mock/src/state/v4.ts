// API v4's mutable world: request tokens waiting for the user's approval, issued user access tokens and
// v4 lists (movies and series mixed, per-item comments, private or public). Lives inside `MockState`, so
// `reset()` forgets it with everything else.
import type { Schemas } from '@tmdb-kit/types';
import type { Account, MarkableMedia } from './store.js';

/** TMDB lets an unused v4 request token live 15 minutes. */
export const V4_REQUEST_TOKEN_LIFETIME_MS = 15 * 60 * 1000;

export interface V4RequestTokenRecord {
  readonly token: string;
  readonly expiresAt: number;
  /** Where the approval page sends the browser; undefined keeps it on the approval page. */
  readonly redirectTo: string | undefined;
  /** The account that approved it on the approval page; only an approved token can be exchanged. */
  approvedFor: number | undefined;
}

export interface V4ListEntry {
  readonly mediaType: MarkableMedia;
  readonly mediaId: number;
  comment: string | null;
}

export interface V4ListRecord {
  readonly id: number;
  readonly accountId: number;
  name: string;
  description: string;
  readonly language: string;
  readonly country: string;
  public: boolean;
  sortBy: Schemas['V4ListSortBy'];
  readonly createdAt: number;
  updatedAt: number;
  items: V4ListEntry[];
}

export interface V4State {
  readonly requestTokens: Map<string, V4RequestTokenRecord>;
  /** user access token → account id; revoking a token deletes it. */
  readonly accessTokens: Map<string, number>;
  /** Revoked user access tokens, so a request still sending one gets TMDB's "invalid token" (35). */
  readonly revokedTokens: Map<string, true>;
  readonly lists: Map<number, V4ListRecord>;
}

/** A configured user's `v4AccessToken` is issued from the start, as if they had signed in before. */
export function createV4State(accounts: Iterable<Account>): V4State {
  const accessTokens = new Map<string, number>();
  for (const account of accounts) {
    if (account.user.v4AccessToken) accessTokens.set(account.user.v4AccessToken, account.id);
  }
  return { requestTokens: new Map(), accessTokens, revokedTokens: new Map(), lists: new Map() };
}

/** The account's v4 object id: 24 hex digits derived from its v3 id, so tests can predict it. */
export function accountObjectId(accountId: number): string {
  return `5f${accountId.toString(16).padStart(22, '0')}`;
}

/** A JWT-shaped token (header.payload.signature, base64url), like the ones TMDB issues. */
export function jwtShapedToken(claims: Record<string, unknown>, signature: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(claims)}.${Buffer.from(signature, 'hex').toString('base64url')}`;
}

/** Where the fake's offline approval page lives (`GET /auth/access?request_token=…`), as on TMDB's site. */
export const V4_APPROVAL_PATH = '/auth/access';
