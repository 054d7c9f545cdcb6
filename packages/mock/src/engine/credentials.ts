// Whether a request carries credentials the fake accepts: a bearer token (the app's v4 read access token,
// or a user access token the v4 approval flow issued) or an `api_key` query parameter (v3 key). Either
// valid one is enough, as with TMDB.
import type { ResolvedOptions } from './options.js';

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(authorization: string | null): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

export function hasAcceptedCredentials(
  options: ResolvedOptions,
  authorization: string | null,
  url: URL,
  isUserAccessToken: (token: string) => boolean = () => false,
): boolean {
  const bearer = bearerToken(authorization);
  const apiKey = url.searchParams.get('api_key') ?? undefined;
  if (options.acceptAnyCredential) return Boolean(bearer) || Boolean(apiKey);
  if (bearer !== undefined && isUserAccessToken(bearer)) return true;
  return bearer === options.accessToken || apiKey === options.apiKey;
}
