/** A problem the user can fix (a missing file, an unreachable URL, a document that is not a spec). */
export class SpecDiffError extends Error {
  override name = 'SpecDiffError';
}

/**
 * Hides credentials in a URL before it is printed: TMDB spec URLs may carry an `api_key` query parameter
 * or basic-auth user info, and an error message is no place for them.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (url.username) url.username = '***';
  if (url.password) url.password = '***';
  for (const key of [...url.searchParams.keys()]) url.searchParams.set(key, '***');
  return url.toString();
}
