import type { Middleware } from 'openapi-fetch';

/** How the client proves who it is to TMDB. Exactly one of the two. */
export type TmdbCredentials =
  | { /** The v4 "API Read Access Token", sent as a bearer token. */ accessToken: string; apiKey?: never }
  | { /** The v3 API key, sent as the `api_key` query parameter. */ apiKey: string; accessToken?: never };

/**
 * Adds the credentials to every request. They are attached here, at the last moment, rather than
 * in default headers so that nothing else in the client ever holds or prints them.
 */
export function authMiddleware(credentials: TmdbCredentials): Middleware {
  if ('accessToken' in credentials && typeof credentials.accessToken === 'string') {
    const header = `Bearer ${credentials.accessToken}`;
    return {
      onRequest({ request }) {
        request.headers.set('Authorization', header);
        return request;
      },
    };
  }
  const apiKey = credentials.apiKey;
  if (typeof apiKey !== 'string' || apiKey === '') {
    throw new TypeError('createTmdbClient needs an accessToken (v4 read access token) or an apiKey (v3 key)');
  }
  return {
    onRequest({ request }) {
      const url = new URL(request.url);
      url.searchParams.set('api_key', apiKey);
      return new Request(url, request);
    },
  };
}
