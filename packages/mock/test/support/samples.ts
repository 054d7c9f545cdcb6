// One valid request per operation, typed by the generated request types (so a spec change that renames a
// parameter breaks this file too). `SampleContext` holds what earlier requests created: sessions, tokens,
// a list. Ids are the data set's: 1001 is a movie, 2001 a series, 3001 a person, and so on.
import type { OperationId, PathParams, QueryParams, RequestBody } from '../../src/handlers/contract.js';

export interface SampleContext {
  readonly accountId: number;
  readonly sessionId: string;
  /** A second session, spent by deleteSession. */
  readonly disposableSessionId: string;
  readonly guestSessionId: string;
  /** A fresh request token, validated by createSessionIdWithLogin. */
  readonly freshToken: string;
  /** A token already validated with the demo login, spent by createSession. */
  readonly validatedToken: string;
  readonly listId: number;
  /** A second list, removed by deleteList. */
  readonly disposableListId: number;
  readonly username: string;
  readonly password: string;
  readonly v4AccessToken: string;
  /** API v4: a user access token from the approval flow, its account object id and lists it owns. */
  readonly v4: {
    readonly userToken: string;
    readonly accountObjectId: string;
    /** An approved request token, spent by createV4AccessToken. */
    readonly approvedRequestToken: string;
    /** A second user token, revoked by deleteV4AccessToken. */
    readonly disposableUserToken: string;
    /** A private list holding movie 1001 and series 2001, 1001 with a comment. */
    readonly listId: number;
    /** A second list, cleared and deleted. */
    readonly disposableListId: number;
  };
}

export interface Sample<K extends OperationId> {
  readonly path?: PathParams<K>;
  readonly query?: QueryParams<K>;
  readonly body?: RequestBody<K>;
  /** The bearer to send instead of the app's read access token (v4 user operations). */
  readonly token?: string;
}

/** Requests that spend shared state (a session, a list) run after all others. */
export const RUN_LAST: ReadonlySet<OperationId> = new Set([
  'deleteSession',
  'deleteList',
  'deleteV4List',
  'deleteV4AccessToken',
]);

type Samples = { readonly [K in OperationId]: (context: SampleContext) => Sample<K> };

const MOVIE = 1001;
const SERIES = 2001;
const PERSON = 3001;
const ALL_MOVIE_APPENDS =
  'account_states,alternative_titles,changes,credits,external_ids,images,keywords,lists,recommendations,release_dates,reviews,similar,translations,videos,watch/providers';
const ALL_SERIES_APPENDS =
  'account_states,aggregate_credits,alternative_titles,changes,content_ratings,credits,episode_groups,external_ids,images,keywords,lists,recommendations,reviews,screened_theatrically,similar,translations,videos,watch/providers,season/1,season/2';

const v4User = (c: SampleContext) => ({ token: c.v4.userToken });
const v4Account = (c: SampleContext) => ({
  ...v4User(c),
  path: { account_object_id: c.v4.accountObjectId },
  query: { sort_by: 'created_at.desc' as const, language: 'en-US' },
});
const v4Movie = { media_type: 'movie' as const, media_id: 1006 };
const v4Items = [v4Movie, { media_type: 'tv' as const, media_id: SERIES }];

const episode = { series_id: SERIES, season_number: 1, episode_number: 2 };
const season = { series_id: SERIES, season_number: 1 };
const account = (c: SampleContext) => ({
  path: { account_id: c.accountId },
  query: { session_id: c.sessionId },
});
const accountPage = (c: SampleContext) => ({
  path: { account_id: c.accountId },
  query: { session_id: c.sessionId, sort_by: 'created_at.desc' as const },
});

export const samples = {
  validateKey: () => ({}),
  createRequestToken: () => ({}),
  createSessionIdWithLogin: (c) => ({
    body: { username: c.username, password: c.password, request_token: c.freshToken },
  }),
  createSession: (c) => ({ body: { request_token: c.validatedToken } }),
  createSessionFromV4Token: (c) => ({ body: { access_token: c.v4AccessToken } }),
  deleteSession: (c) => ({ body: { session_id: c.disposableSessionId } }),
  createGuestSession: () => ({}),

  getAccountDetails: account,
  addFavorite: (c) => ({ ...account(c), body: { media_type: 'movie', media_id: MOVIE, favorite: true } }),
  addToWatchlist: (c) => ({ ...account(c), body: { media_type: 'tv', media_id: SERIES, watchlist: true } }),
  getAccountFavoriteMovies: accountPage,
  getAccountFavoriteTvSeries: accountPage,
  getAccountLists: account,
  getAccountRatedMovies: accountPage,
  getAccountRatedTvSeries: accountPage,
  getAccountRatedTvEpisodes: accountPage,
  getAccountWatchlistMovies: accountPage,
  getAccountWatchlistTvSeries: accountPage,

  getGuestSessionRatedMovies: (c) => ({ path: { guest_session_id: c.guestSessionId } }),
  getGuestSessionRatedTvSeries: (c) => ({ path: { guest_session_id: c.guestSessionId } }),
  getGuestSessionRatedTvEpisodes: (c) => ({ path: { guest_session_id: c.guestSessionId } }),

  createList: (c) => ({
    query: { session_id: c.sessionId },
    body: { name: 'Conformance', description: 'made by a test', language: 'en' },
  }),
  getListDetails: (c) => ({ path: { list_id: c.listId } }),
  deleteList: (c) => ({ path: { list_id: c.disposableListId }, query: { session_id: c.sessionId } }),
  addMovieToList: (c) => ({
    path: { list_id: c.listId },
    query: { session_id: c.sessionId },
    body: { media_id: 1006 },
  }),
  removeMovieFromList: (c) => ({
    path: { list_id: c.listId },
    query: { session_id: c.sessionId },
    body: { media_id: 1006 },
  }),
  clearList: (c) => ({
    path: { list_id: c.disposableListId },
    query: { session_id: c.sessionId, confirm: true },
  }),
  getListItemStatus: (c) => ({ path: { list_id: c.listId }, query: { movie_id: MOVIE } }),

  getMovieCertifications: () => ({}),
  getTvCertifications: () => ({}),
  getMovieChangeList: () => ({ query: { start_date: '2026-11-14', end_date: '2026-11-28' } }),
  getTvChangeList: () => ({ query: { start_date: '2026-11-14', end_date: '2026-11-28' } }),
  getPersonChangeList: () => ({ query: { start_date: '2026-11-14', end_date: '2026-11-28' } }),

  getCollectionDetails: () => ({ path: { collection_id: 4001 } }),
  getCollectionImages: () => ({ path: { collection_id: 4001 } }),
  getCollectionTranslations: () => ({ path: { collection_id: 4001 } }),
  getCompanyDetails: () => ({ path: { company_id: 502 } }),
  getCompanyAlternativeNames: () => ({ path: { company_id: 502 } }),
  getCompanyImages: () => ({ path: { company_id: 502 } }),

  getConfiguration: () => ({}),
  getConfigurationCountries: () => ({}),
  getConfigurationJobs: () => ({}),
  getConfigurationLanguages: () => ({}),
  getConfigurationPrimaryTranslations: () => ({}),
  getConfigurationTimezones: () => ({}),

  getCreditDetails: () => ({ path: { credit_id: '5ec1000003e900000bb90000' } }),
  discoverMovie: () => ({
    query: { with_genres: '878', sort_by: 'vote_average.desc', 'primary_release_date.gte': '2010-01-01' },
  }),
  discoverTv: () => ({ query: { with_genres: '18|35', sort_by: 'first_air_date.desc' } }),
  findById: () => ({ path: { external_id: 'tt9001001' }, query: { external_source: 'imdb_id' } }),
  getMovieGenres: () => ({}),
  getTvGenres: () => ({}),
  getKeywordDetails: () => ({ path: { keyword_id: 7001 } }),
  getKeywordMovies: () => ({ path: { keyword_id: 7001 } }),

  getMovieNowPlaying: () => ({}),
  getMoviePopular: () => ({}),
  getMovieTopRated: () => ({}),
  getMovieUpcoming: () => ({}),
  getMovieLatest: () => ({}),
  getMovieDetails: (c) => ({
    path: { movie_id: MOVIE },
    query: { append_to_response: ALL_MOVIE_APPENDS, session_id: c.sessionId },
  }),
  getMovieAccountStates: (c) => ({ path: { movie_id: MOVIE }, query: { session_id: c.sessionId } }),
  getMovieAlternativeTitles: () => ({ path: { movie_id: 1012 } }),
  getMovieChanges: () => ({
    path: { movie_id: MOVIE },
    query: { start_date: '2026-11-14', end_date: '2026-11-28' },
  }),
  getMovieCredits: () => ({ path: { movie_id: MOVIE } }),
  getMovieExternalIds: () => ({ path: { movie_id: MOVIE } }),
  getMovieImages: () => ({ path: { movie_id: MOVIE } }),
  getMovieKeywords: () => ({ path: { movie_id: MOVIE } }),
  getMovieLists: () => ({ path: { movie_id: MOVIE } }),
  getMovieRecommendations: () => ({ path: { movie_id: MOVIE } }),
  getMovieReleaseDates: () => ({ path: { movie_id: MOVIE } }),
  getMovieReviews: () => ({ path: { movie_id: MOVIE } }),
  getMovieSimilar: () => ({ path: { movie_id: MOVIE } }),
  getMovieTranslations: () => ({ path: { movie_id: 1012 } }),
  getMovieVideos: () => ({ path: { movie_id: MOVIE } }),
  getMovieWatchProviders: () => ({ path: { movie_id: MOVIE } }),
  addMovieRating: (c) => ({
    path: { movie_id: MOVIE },
    query: { session_id: c.sessionId },
    body: { value: 8.5 },
  }),
  deleteMovieRating: (c) => ({ path: { movie_id: 1002 }, query: { guest_session_id: c.guestSessionId } }),

  getNetworkDetails: () => ({ path: { network_id: 601 } }),
  getNetworkAlternativeNames: () => ({ path: { network_id: 601 } }),
  getNetworkImages: () => ({ path: { network_id: 601 } }),

  getPersonPopularList: () => ({}),
  getPersonLatest: () => ({}),
  getPersonDetails: () => ({
    path: { person_id: PERSON },
    query: {
      append_to_response:
        'changes,combined_credits,external_ids,images,movie_credits,tagged_images,translations,tv_credits',
    },
  }),
  getPersonChanges: () => ({ path: { person_id: PERSON } }),
  getPersonCombinedCredits: () => ({ path: { person_id: 3009 } }),
  getPersonExternalIds: () => ({ path: { person_id: PERSON } }),
  getPersonImages: () => ({ path: { person_id: PERSON } }),
  getPersonMovieCredits: () => ({ path: { person_id: 3030 } }),
  getPersonTvCredits: () => ({ path: { person_id: 3034 } }),
  getPersonTaggedImages: () => ({ path: { person_id: PERSON } }),
  getPersonTranslations: () => ({ path: { person_id: PERSON } }),
  getReviewDetails: () => ({ path: { review_id: '64a1f0c2e8b7d30001a1b007' } }),

  searchCollection: () => ({ query: { query: 'paper' } }),
  searchCompany: () => ({ query: { query: 'bright' } }),
  searchKeyword: () => ({ query: { query: 'light' } }),
  searchMovie: () => ({ query: { query: 'orbit' } }),
  searchMulti: () => ({ query: { query: 'la' } }),
  searchPerson: () => ({ query: { query: 'mara' } }),
  searchTv: () => ({ query: { query: 'sky' } }),

  getTrendingAll: () => ({ path: { time_window: 'week' } }),
  getTrendingMovies: () => ({ path: { time_window: 'day' } }),
  getTrendingPeople: () => ({ path: { time_window: 'day' } }),
  getTrendingTv: () => ({ path: { time_window: 'week' } }),

  getTvSeriesAiringToday: () => ({}),
  getTvSeriesOnTheAir: () => ({}),
  getTvSeriesPopular: () => ({}),
  getTvSeriesTopRated: () => ({}),
  getLatestTvSeries: () => ({}),
  getTvSeriesDetails: (c) => ({
    path: { series_id: SERIES },
    query: { append_to_response: ALL_SERIES_APPENDS, session_id: c.sessionId },
  }),
  getTvSeriesAccountStates: (c) => ({
    path: { series_id: SERIES },
    query: { guest_session_id: c.guestSessionId },
  }),
  getTvSeriesAggregateCredits: () => ({ path: { series_id: SERIES } }),
  getTvSeriesAlternativeTitles: () => ({ path: { series_id: 2008 } }),
  getTvSeriesChanges: () => ({ path: { series_id: SERIES } }),
  getTvSeriesContentRatings: () => ({ path: { series_id: SERIES } }),
  getTvSeriesCredits: () => ({ path: { series_id: SERIES } }),
  getTvSeriesEpisodeGroups: () => ({ path: { series_id: SERIES } }),
  getTvSeriesExternalIds: () => ({ path: { series_id: SERIES } }),
  getTvSeriesImages: () => ({ path: { series_id: SERIES } }),
  getTvSeriesKeywords: () => ({ path: { series_id: SERIES } }),
  getTvSeriesLists: () => ({ path: { series_id: SERIES } }),
  getTvSeriesRecommendations: () => ({ path: { series_id: 2004 } }),
  getTvSeriesReviews: () => ({ path: { series_id: SERIES } }),
  getTvSeriesScreenedTheatrically: () => ({ path: { series_id: SERIES } }),
  getTvSeriesSimilar: () => ({ path: { series_id: SERIES } }),
  getTvSeriesTranslations: () => ({ path: { series_id: 2008 } }),
  getTvSeriesVideos: () => ({ path: { series_id: SERIES } }),
  getTvSeriesWatchProviders: () => ({ path: { series_id: SERIES } }),
  addTvSeriesRating: (c) => ({
    path: { series_id: SERIES },
    query: { guest_session_id: c.guestSessionId },
    body: { value: 9 },
  }),
  deleteTvSeriesRating: (c) => ({ path: { series_id: 2002 }, query: { session_id: c.sessionId } }),

  getTvSeasonDetails: (c) => ({
    path: season,
    query: {
      session_id: c.sessionId,
      append_to_response:
        'account_states,aggregate_credits,credits,external_ids,images,translations,videos,watch/providers',
    },
  }),
  getTvSeasonAccountStates: (c) => ({ path: season, query: { session_id: c.sessionId } }),
  getTvSeasonAggregateCredits: () => ({ path: season }),
  getTvSeasonChanges: () => ({ path: { season_id: 200101 } }),
  getTvSeasonCredits: () => ({ path: season }),
  getTvSeasonExternalIds: () => ({ path: season }),
  getTvSeasonImages: () => ({ path: season }),
  getTvSeasonTranslations: () => ({ path: season }),
  getTvSeasonVideos: () => ({ path: season }),
  getTvSeasonWatchProviders: () => ({ path: season }),

  getTvEpisodeDetails: (c) => ({
    path: episode,
    query: {
      session_id: c.sessionId,
      append_to_response: 'account_states,credits,external_ids,images,translations,videos',
    },
  }),
  getTvEpisodeAccountStates: (c) => ({ path: episode, query: { session_id: c.sessionId } }),
  getTvEpisodeChanges: () => ({ path: { episode_id: 20010102 } }),
  getTvEpisodeCredits: () => ({ path: episode }),
  getTvEpisodeExternalIds: () => ({ path: episode }),
  getTvEpisodeImages: () => ({ path: episode }),
  getTvEpisodeTranslations: () => ({ path: episode }),
  getTvEpisodeVideos: () => ({ path: { ...episode, episode_number: 1 } }),
  addTvEpisodeRating: (c) => ({ path: episode, query: { session_id: c.sessionId }, body: { value: 7.5 } }),
  deleteTvEpisodeRating: (c) => ({
    path: { ...episode, episode_number: 3 },
    query: { session_id: c.sessionId },
  }),
  getTvEpisodeGroupDetails: () => ({ path: { tv_episode_group_id: '5f1e2d3c4b5a69788796a5b4' } }),

  getWatchProviderRegions: () => ({}),
  getMovieWatchProviderList: () => ({ query: { watch_region: 'GB' } }),
  getTvWatchProviderList: () => ({}),

  createV4RequestToken: () => ({ body: { redirect_to: 'http://127.0.0.1/signed-in' } }),
  createV4AccessToken: (c) => ({ body: { request_token: c.v4.approvedRequestToken } }),
  deleteV4AccessToken: (c) => ({ body: { access_token: c.v4.disposableUserToken } }),
  createV4List: (c) => ({ ...v4User(c), body: { name: 'Conformance v4', iso_639_1: 'en', public: 1 } }),
  getV4ListDetails: (c) => ({
    ...v4User(c),
    path: { list_id: c.v4.listId },
    query: { sort_by: 'title.asc' },
  }),
  updateV4List: (c) => ({
    ...v4User(c),
    path: { list_id: c.v4.listId },
    body: { description: 'updated by a test', sort_by: 'vote_average.desc' },
  }),
  deleteV4List: (c) => ({ ...v4User(c), path: { list_id: c.v4.disposableListId } }),
  clearV4List: (c) => ({ ...v4User(c), path: { list_id: c.v4.disposableListId } }),
  addV4ListItems: (c) => ({ ...v4User(c), path: { list_id: c.v4.listId }, body: { items: v4Items } }),
  updateV4ListItems: (c) => ({
    ...v4User(c),
    path: { list_id: c.v4.listId },
    body: { items: [{ media_type: 'tv', media_id: SERIES, comment: 'Watch the finale first.' }] },
  }),
  removeV4ListItems: (c) => ({ ...v4User(c), path: { list_id: c.v4.listId }, body: { items: [v4Movie] } }),
  getV4ListItemStatus: (c) => ({
    ...v4User(c),
    path: { list_id: c.v4.listId },
    query: { media_id: MOVIE, media_type: 'movie' },
  }),
  getV4AccountLists: (c) => ({ ...v4User(c), path: { account_object_id: c.v4.accountObjectId } }),
  getV4AccountFavoriteMovies: v4Account,
  getV4AccountFavoriteTv: v4Account,
  getV4AccountRatedMovies: v4Account,
  getV4AccountRatedTv: v4Account,
  getV4AccountMovieWatchlist: v4Account,
  getV4AccountTvWatchlist: v4Account,
  getV4AccountMovieRecommendations: (c) => ({
    ...v4User(c),
    path: { account_object_id: c.v4.accountObjectId },
  }),
  getV4AccountTvRecommendations: (c) => ({ ...v4User(c), path: { account_object_id: c.v4.accountObjectId } }),
} satisfies Samples;
