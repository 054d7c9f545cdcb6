// The flow tmdb-kit was started from, end to end through the typed client: log in with a username and
// password (request token → validate_with_login → session), search, and open one movie.
import type { TmdbClient } from '@tmdb-kit/client';
import type { MovieDetails } from '@tmdb-kit/types';

export interface SeedFlowInput {
  username: string;
  password: string;
  query: string;
}

export interface SeedFlowResult {
  sessionId: string;
  results: Array<{ id: number; title: string; year: string }>;
  details: MovieDetails | undefined;
}

/** Throws with TMDB's own message when a step fails, so the CLI can say which step and why. */
function expectData<T>(step: string, result: { data?: T; error?: unknown }): T {
  if (result.data !== undefined) return result.data;
  const message =
    typeof result.error === 'object' && result.error !== null && 'status_message' in result.error
      ? String(result.error.status_message)
      : 'no response body';
  throw new Error(`${step} failed: ${message}`);
}

export async function runSeedFlow(client: TmdbClient, input: SeedFlowInput): Promise<SeedFlowResult> {
  const token = expectData('request token', await client.GET('/3/authentication/token/new'));
  const validated = expectData(
    'validate_with_login',
    await client.POST('/3/authentication/token/validate_with_login', {
      body: { username: input.username, password: input.password, request_token: token.request_token },
    }),
  );
  const session = expectData(
    'new session',
    await client.POST('/3/authentication/session/new', { body: { request_token: validated.request_token } }),
  );

  const page = expectData(
    'search',
    await client.GET('/3/search/movie', { params: { query: { query: input.query } } }),
  );
  const results = page.results.map((movie) => ({
    id: movie.id,
    title: movie.title,
    year: movie.release_date.slice(0, 4),
  }));

  const first = page.results[0];
  const details = first
    ? expectData(
        'movie details',
        await client.GET('/3/movie/{movie_id}', { params: { path: { movie_id: first.id } } }),
      )
    : undefined;
  return { sessionId: session.session_id, results, details };
}

/** What the CLI prints: one line per result and a short card for the first movie. */
export function describeSeedFlow(result: SeedFlowResult): string {
  const lines = [
    `session: ${result.sessionId.slice(0, 6)}… (logged in)`,
    `${result.results.length} result(s):`,
  ];
  for (const movie of result.results)
    lines.push(`  ${movie.id}  ${movie.title} (${movie.year || 'unknown year'})`);
  if (result.details) {
    const movie = result.details;
    lines.push(
      '',
      `${movie.title}${movie.tagline ? ` — ${movie.tagline}` : ''}`,
      `  released ${movie.release_date || 'unknown'}, ${movie.runtime} min, rated ${movie.vote_average}/10`,
      `  genres: ${movie.genres.map((genre) => genre.name).join(', ') || 'none'}`,
      `  poster: ${movie.poster_path ?? 'none'}`,
    );
  }
  return lines.join('\n');
}
