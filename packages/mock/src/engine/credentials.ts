// Whether a request carries credentials the fake accepts: a bearer token (v4 read access token) or an
// `api_key` query parameter (v3 key). Either valid one is enough, as with TMDB.
import type { ResolvedOptions } from './options.js';

export function hasAcceptedCredentials(
  options: ResolvedOptions,
  authorization: string | null,
  url: URL,
): boolean {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  const apiKey = url.searchParams.get('api_key') ?? undefined;
  if (options.acceptAnyCredential) return Boolean(bearer) || Boolean(apiKey);
  return bearer === options.accessToken || apiKey === options.apiKey;
}
