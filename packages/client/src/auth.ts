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
  if (typeof accessToken === 'string' && accessToken && apiKey === undefined) {
    const header = `Bearer ${accessToken}`;
    return {
      secret: accessToken,
      middleware: {
        onRequest({ request }) {
          request.headers.set('Authorization', header);
          return request;
        },
      },
    };
  }
  if (typeof apiKey === 'string' && apiKey && accessToken === undefined) {
    return {
      secret: apiKey,
      middleware: {
        onRequest({ request }) {
          const url = new URL(request.url);
          url.searchParams.set('api_key', apiKey);
          return new Request(url, request);
        },
      },
    };
  }
  throw new TypeError('createTmdbClient needs exactly one of accessToken or apiKey, a non-empty string');
}
