// One season of a series (addressed by series id and season number, or by its own id for changes).
import type { Schemas } from '@tmdb-kit/types';
import { episodeId, seasonId } from '../data/episodes.js';
import type { MockData } from '../data/index.js';
import type { SeasonSeed, SeriesSeed } from '../data/tv.js';
import { aggregateCredits, creditsFor } from '../responses/credits.js';
import { changesFor } from '../responses/media-common.js';
import { notFound, ok, subResource } from '../responses/respond.js';
import {
  seasonDetails,
  seasonExternalIds,
  seasonImages,
  seasonTranslations,
  seasonVideos,
  seriesWatchProviders,
} from '../responses/tv.js';
import type { MockState } from '../state/store.js';
import { type Caller, callerMarks, ratedValue } from './account-states.js';
import { type AppendBuilders, appendLimitExceeded, collectAppends } from './appends.js';
import type { HandlerTable } from './contract.js';

interface SeasonRef {
  readonly show: SeriesSeed;
  readonly season: SeasonSeed;
}

/** The season the path names, carrying the season's own id: TMDB answers its sub-resources under that id. */
function seasonAt(data: MockData, path: { readonly series_id: number; readonly season_number: number }) {
  const ref = data.season(path.series_id, path.season_number);
  return ref && { ...ref, id: seasonId(ref.show, ref.season) };
}

function seasonAccountStates(state: MockState, caller: Caller, { show, season }: SeasonRef) {
  const marks = callerMarks(state, caller);
  if (!marks.ok) return marks;
  const value: Schemas['SeasonAccountStates'] = {
    id: seasonId(show, season),
    results: season.episodes.map((_, index) => {
      const id = episodeId(show, season, index + 1);
      return { id, episode_number: index + 1, rated: ratedValue(marks.value.ratings.episode, id) };
    }),
  };
  return { ok: true as const, value };
}

const seasonCredits = ({ show }: SeasonRef) => creditsFor('tv', show.id);
const seasonAggregate = ({ show, season }: SeasonRef) => aggregateCredits(show.id, season.episodes.length);

function seasonAppends(
  state: MockState,
  today: string,
  query: Caller & { readonly include_image_language?: string; readonly append_to_response?: string },
): AppendBuilders<SeasonRef, Schemas['TvSeasonAppends']> {
  return {
    account_states: (ref) => {
      const states = seasonAccountStates(state, query, ref);
      return states.ok ? states.value : undefined;
    },
    aggregate_credits: seasonAggregate,
    credits: seasonCredits,
    external_ids: ({ show, season }) => seasonExternalIds(show, season),
    images: ({ show, season }) => seasonImages(show, season, query.include_image_language),
    translations: ({ show, season }) => seasonTranslations(show, season),
    videos: ({ show, season }) => seasonVideos(show, season, today),
    'watch/providers': ({ show }) => seriesWatchProviders(show, today),
  };
}

export const tvSeasonHandlers = {
  getTvSeasonDetails: ({ path, query }, { data, state, today }) => {
    const tooMany = appendLimitExceeded(query.append_to_response);
    if (tooMany) return tooMany;
    const ref = seasonAt(data, path);
    if (!ref) return notFound();
    const appended = collectAppends(query.append_to_response, seasonAppends(state, today, query), ref);
    return ok({ ...seasonDetails(ref.show, ref.season, today), ...appended });
  },

  getTvSeasonAccountStates: ({ path, query }, { data, state }) => {
    const ref = seasonAt(data, path);
    if (!ref) return notFound();
    const states = seasonAccountStates(state, query, ref);
    return states.ok ? ok(states.value) : states.response;
  },

  getTvSeasonAggregateCredits: ({ path }, { data }) => subResource(seasonAt(data, path), seasonAggregate),

  getTvSeasonChanges: ({ path, query }, { data, today }) => {
    const ref = data.seasonById(path.season_id);
    return ref
      ? ok(changesFor(path.season_id, 'episode', today, query.start_date, query.end_date))
      : notFound();
  },

  getTvSeasonCredits: ({ path }, { data }) => subResource(seasonAt(data, path), seasonCredits),

  getTvSeasonExternalIds: ({ path }, { data }) =>
    subResource(seasonAt(data, path), ({ show, season }) => seasonExternalIds(show, season)),

  getTvSeasonImages: ({ path, query }, { data }) =>
    subResource(seasonAt(data, path), ({ show, season }) =>
      seasonImages(show, season, query.include_image_language),
    ),

  getTvSeasonTranslations: ({ path }, { data }) =>
    subResource(seasonAt(data, path), ({ show, season }) => seasonTranslations(show, season)),

  getTvSeasonVideos: ({ path }, { data, today }) =>
    subResource(seasonAt(data, path), ({ show, season }) => seasonVideos(show, season, today)),

  getTvSeasonWatchProviders: ({ path }, { data, today }) =>
    subResource(seasonAt(data, path), ({ show }) => seriesWatchProviders(show, today)),
} satisfies Partial<HandlerTable>;
