import type { Middleware } from 'openapi-fetch';
import { setQuery } from './query.js';

/**
 * Adds the client's default `language` and `region` to GET requests that did not set their own. They go on
 * every GET rather than on a list of operations: TMDB ignores query parameters an operation does not
 * define, and a list would cost the browser bundle more than the parameters cost the wire.
 */
export function defaultsMiddleware(defaults: {
  language?: string | undefined;
  region?: string | undefined;
}): Middleware[] {
  const values = Object.fromEntries(
    Object.entries(defaults).filter((entry): entry is [string, string] => !!entry[1]),
  );
  if (!Object.keys(values).length) return [];
  return [
    {
      onRequest({ request }) {
        const url = new URL(request.url);
        // Only GETs, which have no body to carry over.
        return request.method === 'GET' && setQuery(url, values) ? new Request(url, request) : undefined;
      },
    },
  ];
}
