import { type ClientOptions, createQuerySerializer } from 'openapi-fetch';

/** How the client proves who it is to TMDB. Exactly one of the two. */
export type TmdbCredentials =
  | { /** The v4 "API Read Access Token", sent as a bearer token. */ accessToken: string; apiKey?: never }
  | { /** The v3 API key, sent as the `api_key` query parameter. */ apiKey: string; accessToken?: never };

/**
 * The openapi-fetch options that send the credentials (a default `Authorization` header, or `api_key`
 * appended to every query string), and the secret itself, for redaction. Given to openapi-fetch when it
 * creates each request, they cost nothing more per call, and they live in its closure: nothing in the
 * client object holds or prints them.
 */
export function authOptions(credentials: TmdbCredentials): {
  secret: string;
  options: Pick<ClientOptions, 'headers' | 'querySerializer'>;
} {
  const { accessToken, apiKey } = credentials ?? {};
  const secret = accessToken ?? apiKey;
  if (typeof secret !== 'string' || !secret || (accessToken !== undefined && apiKey !== undefined)) {
    throw new TypeError('createTmdbClient needs exactly one of accessToken or apiKey, a non-empty string');
  }
  if (accessToken !== undefined)
    return { secret, options: { headers: { Authorization: `Bearer ${secret}` } } };
  const serialize = createQuerySerializer();
  const key = `api_key=${encodeURIComponent(secret)}`;
  return {
    secret,
    options: { querySerializer: (query) => [serialize(query), key].filter(Boolean).join('&') },
  };
}
