// Request shaping shared by the client's middleware: query parameters added to a request that openapi-fetch
// has built (defaults, sessions, pages, appends), without touching what the caller passed.
import type { Middleware } from 'openapi-fetch';

/**
 * Sets `values` in `url`'s query string; values already there win unless `override`. Returns whether the
 * URL changed, so middleware can skip rebuilding an unchanged request.
 */
export function setQuery(url: URL, values: Readonly<Record<string, string>>, override = false): boolean {
  let changed = false;
  for (const [name, value] of Object.entries(values)) {
    if (override ? url.searchParams.get(name) !== value : !url.searchParams.has(name)) {
      url.searchParams.set(name, value);
      changed = true;
    }
  }
  return changed;
}

/** The request with `values` in its query string (see `setQuery`), or `undefined` when nothing changes. */
export function withQuery(
  request: Request,
  values: Readonly<Record<string, string>>,
  override = false,
): Request | Promise<Request> | undefined {
  const url = new URL(request.url);
  return setQuery(url, values, override) ? withUrl(request, url) : undefined;
}

/**
 * `request` sent to another URL. A request with a body is rebuilt from its buffered body: given as the
 * options of a new request it would pass its body as a stream, which browsers refuse or send only over
 * HTTP/2.
 */
export function withUrl(request: Request, url: URL | string): Request | Promise<Request> {
  if (request.body === null) return new Request(url, request);
  return request.arrayBuffer().then(
    (body) =>
      new Request(url, {
        method: request.method,
        headers: request.headers,
        body,
        signal: request.signal,
        credentials: request.credentials,
        cache: request.cache,
        redirect: request.redirect,
      }),
  );
}

/** A middleware that sets `values` in the query of every request (the page of `paginate`, say). */
export function queryMiddleware(values: Readonly<Record<string, string>>): Middleware {
  return { onRequest: ({ request }) => withQuery(request, values, true) };
}

/**
 * Adds the client's default `language` and `region` to GET requests that did not set their own. They go on
 * every GET rather than on a list of operations: TMDB ignores query parameters an operation does not
 * define.
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
      // Only GETs, which have no body to carry over.
      onRequest: ({ request }) => (request.method === 'GET' ? withQuery(request, values) : undefined),
    },
  ];
}
