import { type ClientOptions, createQuerySerializer } from 'openapi-fetch';

/**
 * How the client proves who it is to TMDB: exactly one of an access token, an API key, or `auth: false`
 * (no credentials: a proxy between the client and TMDB adds them, so a browser never holds them).
 */
export type TmdbCredentials =
  | {
      /** The v4 "API Read Access Token", sent as a bearer token. */
      accessToken: string;
      apiKey?: never;
      auth?: never;
    }
  | {
      /** The v3 API key, sent as the `api_key` query parameter. */
      apiKey: string;
      accessToken?: never;
      auth?: never;
    }
  | {
      /**
       * Send no credentials: `baseUrl` is a proxy that adds them (a browser app behind its own server).
       * `false` like the client's other switches (`retry: false`, `rateLimit: false`).
       */
      auth: false;
      accessToken?: never;
      apiKey?: never;
    };

/**
 * The openapi-fetch options that send the credentials (a default `Authorization` header, or `api_key`
 * appended to every query string), and the secrets to redact. Given to openapi-fetch when it creates each
 * request, they cost nothing more per call, and they live in its closure: nothing in the client object
 * holds or prints them. With `auth: false` there is nothing to send and nothing to hide.
 */
export function authOptions(credentials: TmdbCredentials): {
  secrets: string[];
  options: Pick<ClientOptions, 'headers' | 'querySerializer'>;
} {
  const { accessToken, apiKey, auth } = credentials ?? {};
  const secret = accessToken ?? apiKey;
  if (
    auth !== undefined
      ? auth !== false || secret !== undefined
      : typeof secret !== 'string' || !secret || (accessToken !== undefined && apiKey !== undefined)
  ) {
    throw new TypeError(
      'createTmdbClient needs exactly one of accessToken or apiKey (a non-empty string) or auth: false',
    );
  }
  if (secret === undefined) return { secrets: [], options: {} };
  // A token goes into a header and a key into a URL: a control character, a space or a non-ASCII
  // character in either makes every call fail with a platform error quoting the secret. Refuse it here,
  // naming the option and never its value.
  if (!/^[\x21-\x7e]+$/.test(secret)) {
    throw new TypeError(
      `createTmdbClient: ${accessToken !== undefined ? 'accessToken' : 'apiKey'} must be printable ASCII without spaces or line breaks (check for a stray newline when reading it from a file or the environment)`,
    );
  }
  if (accessToken !== undefined)
    return { secrets: [secret], options: { headers: { Authorization: `Bearer ${secret}` } } };
  const serialize = createQuerySerializer();
  const key = `api_key=${encodeURIComponent(secret)}`;
  return {
    secrets: [secret],
    options: { querySerializer: (query) => [serialize(query), key].filter(Boolean).join('&') },
  };
}
