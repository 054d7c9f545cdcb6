// The live tour: a fixed walk through TMDB's v3 API that `pnpm spec:verify --live` and the scheduled
// `spec-verify-live` workflow record and verify. It covers every tag, details with appends, lists and
// pages, and records that are known to be unusual: a company with no country, a person without photos
// (found at run time), empty search results, a series with specials, an episode group. Ids that only
// exist at run time (a guest session, a review, a credit) are taken from earlier answers.
import { isJsonObject } from '../openapi/json.js';
import type { Recording, RecordResult } from './recording.js';

export interface TourStep {
  /** Path with `{placeholders}` filled from values kept by earlier steps. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  /** Values to keep for later steps, each picked from this step's answer by a path of keys and indices. */
  readonly keep?: Readonly<Record<string, readonly (string | number | Finder)[]>>;
  /** Steps that only work with a user session and its account id (the Account tag); skipped without. */
  readonly needsSession?: boolean;
}

/** Picks the first array element that matches, for `keep` paths. */
export interface Finder {
  readonly find: (item: unknown) => boolean;
}

const withoutPhoto: Finder = { find: (item) => isJsonObject(item) && item.profile_path === null };

export const LIVE_TOUR: readonly TourStep[] = [
  // Validate Key, Authentication, Guest Sessions
  { path: '/3/authentication' },
  { path: '/3/authentication/token/new' },
  { path: '/3/authentication/guest_session/new', keep: { guest: ['guest_session_id'] } },
  { path: '/3/guest_session/{guest}/rated/movies' },
  { path: '/3/guest_session/{guest}/rated/tv' },
  { path: '/3/guest_session/{guest}/rated/tv/episodes' },
  // Configuration, Certifications, Genre, Watch Providers
  { path: '/3/configuration' },
  { path: '/3/configuration/countries' },
  { path: '/3/configuration/jobs' },
  { path: '/3/configuration/languages' },
  { path: '/3/configuration/primary_translations' },
  { path: '/3/configuration/timezones' },
  { path: '/3/certification/movie/list' },
  { path: '/3/certification/tv/list' },
  { path: '/3/genre/movie/list' },
  { path: '/3/genre/tv/list' },
  { path: '/3/watch/providers/regions' },
  { path: '/3/watch/providers/movie', query: { watch_region: 'US' } },
  { path: '/3/watch/providers/tv', query: { watch_region: 'US' } },
  // Movies (Fight Club), with appends and every sub-resource
  {
    path: '/3/movie/550',
    query: { append_to_response: 'credits,images,videos,keywords,release_dates,external_ids' },
  },
  {
    path: '/3/movie/550/credits',
    keep: { credit: ['cast', 0, 'credit_id'], faceless: ['crew', withoutPhoto, 'id'] },
  },
  { path: '/3/movie/550/alternative_titles' },
  { path: '/3/movie/550/changes' },
  { path: '/3/movie/550/external_ids' },
  { path: '/3/movie/550/images' },
  { path: '/3/movie/550/keywords' },
  { path: '/3/movie/550/lists', keep: { list: ['results', 0, 'id'] } },
  { path: '/3/movie/550/recommendations' },
  { path: '/3/movie/550/release_dates' },
  { path: '/3/movie/550/reviews', keep: { review: ['results', 0, 'id'] } },
  { path: '/3/movie/550/similar' },
  { path: '/3/movie/550/translations' },
  { path: '/3/movie/550/videos' },
  { path: '/3/movie/550/watch/providers' },
  { path: '/3/movie/latest' },
  // Movie Lists, TV Series Lists, Trending, People List
  { path: '/3/movie/now_playing' },
  { path: '/3/movie/popular' },
  { path: '/3/movie/top_rated' },
  { path: '/3/movie/upcoming' },
  { path: '/3/tv/airing_today' },
  { path: '/3/tv/on_the_air' },
  { path: '/3/tv/popular' },
  { path: '/3/tv/top_rated' },
  { path: '/3/trending/all/day' },
  { path: '/3/trending/movie/week' },
  { path: '/3/trending/person/day' },
  { path: '/3/trending/tv/week' },
  { path: '/3/person/popular' },
  // TV Series (Game of Thrones), seasons (with specials), episodes, episode groups
  { path: '/3/tv/1399', query: { append_to_response: 'aggregate_credits,content_ratings,season/0' } },
  { path: '/3/tv/1399/aggregate_credits' },
  { path: '/3/tv/1399/alternative_titles' },
  { path: '/3/tv/1399/changes' },
  { path: '/3/tv/1399/content_ratings' },
  { path: '/3/tv/1399/credits' },
  { path: '/3/tv/1399/episode_groups', keep: { group: ['results', 0, 'id'] } },
  { path: '/3/tv/1399/external_ids' },
  { path: '/3/tv/1399/images' },
  { path: '/3/tv/1399/keywords' },
  { path: '/3/tv/1399/lists' },
  { path: '/3/tv/1399/recommendations' },
  { path: '/3/tv/1399/reviews' },
  { path: '/3/tv/1399/screened_theatrically' },
  { path: '/3/tv/1399/similar' },
  { path: '/3/tv/1399/translations' },
  { path: '/3/tv/1399/videos' },
  { path: '/3/tv/1399/watch/providers' },
  { path: '/3/tv/latest' },
  { path: '/3/tv/episode_group/{group}' },
  { path: '/3/tv/1399/season/1', keep: { season: ['id'], episode: ['episodes', 0, 'id'] } },
  { path: '/3/tv/1399/season/0' },
  { path: '/3/tv/1399/season/1/aggregate_credits' },
  { path: '/3/tv/1399/season/1/credits' },
  { path: '/3/tv/1399/season/1/external_ids' },
  { path: '/3/tv/1399/season/1/images' },
  { path: '/3/tv/1399/season/1/translations' },
  { path: '/3/tv/1399/season/1/videos' },
  { path: '/3/tv/1399/season/1/watch/providers' },
  { path: '/3/tv/season/{season}/changes' },
  { path: '/3/tv/1399/season/1/episode/1', query: { append_to_response: 'credits,images' } },
  { path: '/3/tv/1399/season/1/episode/1/credits' },
  { path: '/3/tv/1399/season/1/episode/1/external_ids' },
  { path: '/3/tv/1399/season/1/episode/1/images' },
  { path: '/3/tv/1399/season/1/episode/1/translations' },
  { path: '/3/tv/1399/season/1/episode/1/videos' },
  { path: '/3/tv/episode/{episode}/changes' },
  // People (Brad Pitt, and someone without a photo), Credits, Reviews
  { path: '/3/person/287', query: { append_to_response: 'combined_credits,images,external_ids' } },
  { path: '/3/person/287/changes' },
  { path: '/3/person/287/combined_credits' },
  { path: '/3/person/287/external_ids' },
  { path: '/3/person/287/images' },
  { path: '/3/person/287/movie_credits' },
  { path: '/3/person/287/tv_credits' },
  { path: '/3/person/287/tagged_images' },
  { path: '/3/person/287/translations' },
  { path: '/3/person/{faceless}' },
  { path: '/3/person/{faceless}/images' },
  { path: '/3/person/latest' },
  { path: '/3/credit/{credit}' },
  { path: '/3/review/{review}' },
  // Collections, Companies (with and without a country), Networks, Keyword, Lists, Find
  { path: '/3/collection/10' },
  { path: '/3/collection/10/images' },
  { path: '/3/collection/10/translations' },
  { path: '/3/company/1' },
  { path: '/3/company/54051' },
  { path: '/3/company/1/alternative_names' },
  { path: '/3/company/1/images' },
  { path: '/3/network/49' },
  { path: '/3/network/49/alternative_names' },
  { path: '/3/network/49/images' },
  { path: '/3/keyword/818' },
  { path: '/3/keyword/818/movies' },
  { path: '/3/list/{list}' },
  { path: '/3/list/{list}/item_status', query: { movie_id: '550' } },
  { path: '/3/find/tt0137523', query: { external_source: 'imdb_id' } },
  // Search (including an empty result), Discover, Changes
  { path: '/3/search/movie', query: { query: 'fight club' } },
  { path: '/3/search/movie', query: { query: 'zqxjv no such title qqq' } },
  { path: '/3/search/tv', query: { query: 'thrones' } },
  { path: '/3/search/person', query: { query: 'brad pitt' } },
  { path: '/3/search/multi', query: { query: 'star wars' } },
  { path: '/3/search/collection', query: { query: 'star wars' } },
  { path: '/3/search/company', query: { query: 'lucasfilm' } },
  { path: '/3/search/keyword', query: { query: 'space' } },
  { path: '/3/discover/movie', query: { sort_by: 'vote_count.desc', with_genres: '18' } },
  { path: '/3/discover/tv', query: { with_networks: '49' } },
  { path: '/3/movie/changes' },
  { path: '/3/tv/changes' },
  { path: '/3/person/changes' },
  // Account (needs TMDB_SESSION_ID and TMDB_ACCOUNT_ID)
  { path: '/3/account/{account}', needsSession: true },
  { path: '/3/account/{account}/favorite/movies', needsSession: true },
  { path: '/3/account/{account}/favorite/tv', needsSession: true },
  { path: '/3/account/{account}/lists', needsSession: true },
  { path: '/3/account/{account}/rated/movies', needsSession: true },
  { path: '/3/account/{account}/rated/tv', needsSession: true },
  { path: '/3/account/{account}/rated/tv/episodes', needsSession: true },
  { path: '/3/account/{account}/watchlist/movies', needsSession: true },
  { path: '/3/account/{account}/watchlist/tv', needsSession: true },
  { path: '/3/movie/550/account_states', needsSession: true },
  { path: '/3/tv/1399/account_states', needsSession: true },
  { path: '/3/tv/1399/season/1/account_states', needsSession: true },
  { path: '/3/tv/1399/season/1/episode/1/account_states', needsSession: true },
];

export interface TourReport {
  readonly results: readonly RecordResult[];
  /** Steps not run, with the reason (no session, or an earlier answer lacked the id they need). */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

/** Records every step in order; a step whose placeholder has no value is skipped and reported. */
export async function recordTour(
  recording: Recording,
  options: {
    readonly sessionId?: string;
    readonly accountId?: string;
    readonly steps?: readonly TourStep[];
  } = {},
): Promise<TourReport> {
  const kept = new Map<string, string>();
  if (options.accountId) kept.set('account', options.accountId);
  const results: RecordResult[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const step of options.steps ?? LIVE_TOUR) {
    if (step.needsSession && !(options.sessionId && options.accountId)) {
      skipped.push({ path: step.path, reason: 'needs a user session (TMDB_SESSION_ID and TMDB_ACCOUNT_ID)' });
      continue;
    }
    const missing = [...step.path.matchAll(/\{(\w+)\}/g)]
      .map((match) => match[1] ?? '')
      .filter((name) => !kept.has(name));
    if (missing.length > 0) {
      skipped.push({ path: step.path, reason: `no value for ${missing.join(', ')} from earlier answers` });
      continue;
    }
    const path = step.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(kept.get(name) ?? ''),
    );
    const query = new URLSearchParams(step.query);
    if (step.needsSession && options.sessionId) query.set('session_id', options.sessionId);
    const search = query.size > 0 ? `?${query}` : '';
    const result = await recording.forward({ method: 'GET', pathAndQuery: path + search });
    results.push(result);
    if (step.keep && result.outcome.kind === 'saved') {
      const body: unknown = JSON.parse(new TextDecoder().decode(result.answer.body));
      for (const [name, route] of Object.entries(step.keep)) {
        const value = pick(body, route);
        if (value !== undefined) kept.set(name, value);
      }
    }
  }
  return { results, skipped };
}

function pick(value: unknown, route: readonly (string | number | Finder)[]): string | undefined {
  let current = value;
  for (const step of route) {
    if (typeof step === 'object') current = Array.isArray(current) ? current.find(step.find) : undefined;
    else if (typeof step === 'number') current = Array.isArray(current) ? current[step] : undefined;
    else current = isJsonObject(current) ? current[step] : undefined;
  }
  return typeof current === 'string' || typeof current === 'number' ? String(current) : undefined;
}
