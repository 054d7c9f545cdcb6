/**
 * The request with `values` in its query string, or `undefined` when nothing changes (so middleware can
 * skip rebuilding the request). Values the caller set win unless `override` is true.
 */
export function withQuery(
  request: Request,
  values: Readonly<Record<string, string>>,
  override = false,
): Request | undefined {
  const url = new URL(request.url);
  let changed = false;
  for (const [name, value] of Object.entries(values)) {
    if (override ? url.searchParams.get(name) !== value : !url.searchParams.has(name)) {
      url.searchParams.set(name, value);
      changed = true;
    }
  }
  return changed ? new Request(url, request) : undefined;
}
