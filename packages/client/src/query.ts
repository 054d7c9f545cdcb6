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
