import type { Middleware } from 'openapi-fetch';

/** How the client proves who it is to TMDB. Exactly one of the two. */
export type TmdbCredentials =
  | { /** The v4 "API Read Access Token", sent as a bearer token. */ accessToken: string; apiKey?: never }
  | { /** The v3 API key, sent as the `api_key` query parameter. */ apiKey: string; accessToken?: never };

/**
 * Adds the credentials to every request, and returns the secret for redaction. They are attached here, at
 * the last moment, rather than in default headers so that nothing else in the client holds or prints them.
 */
export function authMiddleware(credentials: TmdbCredentials): { middleware: Middleware; secret: string } {
  const { accessToken, apiKey } = credentials ?? {};
  const secret = accessToken ?? apiKey;
  if (typeof secret !== 'string' || !secret || (accessToken !== undefined && apiKey !== undefined)) {
    throw new TypeError('createTmdbClient needs exactly one of accessToken or apiKey, a non-empty string');
  }
  const bearer = accessToken === undefined ? undefined : `Bearer ${secret}`;
  return {
    secret,
    middleware: {
      onRequest({ request }) {
        if (bearer) {
          request.headers.set('Authorization', bearer);
          return request;
        }
        const url = new URL(request.url);
        url.searchParams.set('api_key', secret);
        return new Request(url, request);
      },
    },
  };
}
