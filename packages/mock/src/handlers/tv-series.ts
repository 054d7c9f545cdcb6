// A TV series and the resources attached to it, including append_to_response with `season/<n>` keys.
import type { Schemas } from '@tmdb-kit/types';
import { episodeGroups } from '../data/episode-groups.js';
import { keywords } from '../data/keywords.js';
import type { SeriesSeed } from '../data/tv.js';
import { creditsFor } from '../responses/credits.js';
import { changesFor } from '../responses/media-common.js';
import { paginate } from '../responses/pagination.js';
import { notFound, ok, subResource } from '../responses/respond.js';
import {
  networkSummaries,
  recommendedSeries,
  seasonDetails,
  seriesAggregateCredits,
  seriesAlternativeTitles,
  seriesDetails,
  seriesExternalIds,
  seriesImages,
  seriesTranslations,
  seriesVideos,
  seriesWatchProviders,
  similarSeries,
  tvListItem,
  tvWithMediaType,
} from '../responses/tv.js';
import { callerMarks, titleAccountStates } from './account-states.js';
import {
  type AppendBuilders,
  type AppendScope,
  appendLimitExceeded,
  collectAppends,
  requestedAppends,
} from './appends.js';
import type { HandlerTable } from './contract.js';
import { listsContaining } from './lists-catalog.js';
import { rate, unrate } from './ratings.js';
import { reviewsOf } from './reviews.js';

type SeriesAppends = Schemas['TvSeriesAppends'];
type SeasonKey = `season/${number}`;
/** The named keys; `season/<n>` keys are handled separately below. */
type NamedSeriesAppends = { [K in keyof SeriesAppends as K extends SeasonKey ? never : K]: SeriesAppends[K] };

export function episodeGroupSummaries(show: SeriesSeed): Schemas['EpisodeGroupList'] {
  return {
    results: episodeGroups
      .filter((group) => group.seriesId === show.id)
      .map((group) => ({
        description: group.description,
        episode_count: group.groups.reduce((sum, part) => sum + part.episodes.length, 0),
        group_count: group.groups.length,
        id: group.id,
        name: group.name,
        network: networkSummaries(show)[0] ?? null,
        type: group.type,
      })),
  };
}

const seriesKeywords = (show: SeriesSeed): Schemas['TvKeywordList'] => ({
  results: keywords.filter((keyword) => show.keywords.includes(keyword.id)),
});

const contentRatings = (show: SeriesSeed): Schemas['ContentRatingList'] => ({
  results: [{ descriptors: [], iso_3166_1: 'US', rating: show.rating }],
});

/** Episodes of a series that were shown in cinemas: the finale of an ended series, in the fake. */
function screenedTheatrically(show: SeriesSeed): Schemas['ScreenedTheatricallyList'] {
  const last = show.seasons.at(-1);
  if (show.status !== 'Ended' || !last) return { results: [] };
  const number = last.episodes.length;
  return {
    results: [
      {
        id: (show.id * 100 + last.number) * 100 + number,
        episode_number: number,
        season_number: last.number,
      },
    ],
  };
}

function seriesAppends(scope: AppendScope): AppendBuilders<SeriesSeed, NamedSeriesAppends> {
  const { data, state, today, query } = scope;
  return {
    account_states: (show) => {
      const marks = callerMarks(state, query);
      return marks.ok ? titleAccountStates(marks.value, 'tv', show.id) : undefined;
    },
    aggregate_credits: seriesAggregateCredits,
    alternative_titles: seriesAlternativeTitles,
    changes: (show) => changesFor(show.id, 'overview', today, undefined, undefined),
    content_ratings: contentRatings,
    credits: (show) => creditsFor('tv', show.id),
    episode_groups: (show) => episodeGroupSummaries(show),
    external_ids: seriesExternalIds,
    images: (show) => seriesImages(show, query.include_image_language),
    keywords: seriesKeywords,
    lists: (show) => listsContaining(scope, 'tv', show.id, undefined),
    recommendations: (show) =>
      paginate(
        recommendedSeries(show, data.series).map((other) => tvWithMediaType(other, today)),
        1,
      ),
    reviews: (show) => paginate(reviewsOf(data, 'tv', show.id), 1),
    screened_theatrically: screenedTheatrically,
    similar: (show) =>
      paginate(
        similarSeries(show, data.series).map((other) => tvListItem(other, today)),
        1,
      ),
    translations: seriesTranslations,
    videos: (show) => seriesVideos(show, today),
    'watch/providers': (show) => seriesWatchProviders(show, today),
  };
}

function isSeasonKey(key: string): key is SeasonKey {
  return /^season\/\d+$/.test(key);
}

/** `season/<n>` keys append that season's details, for seasons the series has. */
function seasonAppends(
  raw: string | undefined,
  show: SeriesSeed,
  today: string,
): Partial<Record<SeasonKey, Schemas['TvSeasonDetails']>> {
  const result: Partial<Record<SeasonKey, Schemas['TvSeasonDetails']>> = {};
  for (const key of requestedAppends(raw)) {
    if (!isSeasonKey(key)) continue;
    const season = show.seasons.find((candidate) => candidate.number === Number(key.slice('season/'.length)));
    if (season) result[key] = seasonDetails(show, season, today);
  }
  return result;
}

export const tvSeriesHandlers = {
  getTvSeriesDetails: ({ path, query }, { data, state, today }) => {
    const tooMany = appendLimitExceeded(query.append_to_response);
    if (tooMany) return tooMany;
    const show = data.show(path.series_id);
    if (!show) return notFound();
    const named = collectAppends(
      query.append_to_response,
      seriesAppends({ data, state, today, query }),
      show,
    );
    return ok({
      ...seriesDetails(show, today),
      ...named,
      ...seasonAppends(query.append_to_response, show, today),
    });
  },

  getTvSeriesAccountStates: ({ path, query }, { data, state }) => {
    const show = data.show(path.series_id);
    if (!show) return notFound();
    const marks = callerMarks(state, query);
    return marks.ok ? ok(titleAccountStates(marks.value, 'tv', show.id)) : marks.response;
  },

  getTvSeriesAggregateCredits: ({ path }, { data }) =>
    subResource(data.show(path.series_id), seriesAggregateCredits),

  getTvSeriesAlternativeTitles: ({ path }, { data }) =>
    subResource(data.show(path.series_id), seriesAlternativeTitles),

  getTvSeriesChanges: ({ path, query }, { data, today }) => {
    const show = data.show(path.series_id);
    return show ? ok(changesFor(show.id, 'overview', today, query.start_date, query.end_date)) : notFound();
  },

  getTvSeriesContentRatings: ({ path }, { data }) => subResource(data.show(path.series_id), contentRatings),

  getTvSeriesCredits: ({ path }, { data }) =>
    subResource(data.show(path.series_id), (show) => creditsFor('tv', show.id)),

  getTvSeriesEpisodeGroups: ({ path }, { data }) =>
    subResource(data.show(path.series_id), episodeGroupSummaries),

  getTvSeriesExternalIds: ({ path }, { data }) => subResource(data.show(path.series_id), seriesExternalIds),

  getTvSeriesImages: ({ path, query }, { data }) =>
    subResource(data.show(path.series_id), (show) => seriesImages(show, query.include_image_language)),

  getTvSeriesKeywords: ({ path }, { data }) => subResource(data.show(path.series_id), seriesKeywords),

  getTvSeriesLists: ({ path, query }, context) =>
    subResource(context.data.show(path.series_id), (show) =>
      listsContaining(context, 'tv', show.id, query.page),
    ),

  getTvSeriesRecommendations: ({ path, query }, { data, today }) => {
    const show = data.show(path.series_id);
    if (!show) return notFound();
    return ok(
      paginate(
        recommendedSeries(show, data.series).map((other) => tvWithMediaType(other, today)),
        query.page,
      ),
    );
  },

  getTvSeriesReviews: ({ path, query }, { data }) =>
    subResource(data.show(path.series_id), (show) => paginate(reviewsOf(data, 'tv', show.id), query.page)),

  getTvSeriesScreenedTheatrically: ({ path }, { data }) =>
    subResource(data.show(path.series_id), screenedTheatrically),

  getTvSeriesSimilar: ({ path, query }, { data, today }) => {
    const show = data.show(path.series_id);
    if (!show) return notFound();
    return ok(
      paginate(
        similarSeries(show, data.series).map((other) => tvListItem(other, today)),
        query.page,
      ),
    );
  },

  getTvSeriesTranslations: ({ path }, { data }) => subResource(data.show(path.series_id), seriesTranslations),

  getTvSeriesVideos: ({ path }, { data, today }) =>
    subResource(data.show(path.series_id), (show) => seriesVideos(show, today)),

  getTvSeriesWatchProviders: ({ path }, { data, today }) =>
    subResource(data.show(path.series_id), (show) => seriesWatchProviders(show, today)),

  addTvSeriesRating: ({ path, query, body }, { data, state }) =>
    data.show(path.series_id) ? rate(state, query, 'tv', path.series_id, body.value) : notFound(),

  deleteTvSeriesRating: ({ path, query }, { data, state }) =>
    data.show(path.series_id) ? unrate(state, query, 'tv', path.series_id) : notFound(),
} satisfies Partial<HandlerTable>;
