// One episode of a series, and alternative episode orderings (episode groups).
import type { Schemas } from '@tmdb-kit/types';
import { episodeGroups } from '../data/episode-groups.js';
import { type EpisodeRef, episodeId } from '../data/episodes.js';
import type { MockData } from '../data/index.js';
import { creditsFor } from '../responses/credits.js';
import { stillPath } from '../responses/images.js';
import { changesFor, videosFor } from '../responses/media-common.js';
import { notFound, ok, subResource } from '../responses/respond.js';
import {
  episodeAirDate,
  episodeDetails,
  episodeExternalIds,
  episodeGuestStars,
  episodeImages,
  episodeTranslations,
  networkSummaries,
  seriesSlug,
} from '../responses/tv.js';
import type { MockState } from '../state/store.js';
import { type Caller, callerMarks, ratedValue } from './account-states.js';
import { type AppendBuilders, appendLimitExceeded, collectAppends } from './appends.js';
import type { HandlerTable } from './contract.js';
import { rate, unrate } from './ratings.js';

const refId = (ref: EpisodeRef) => episodeId(ref.show, ref.season, ref.number);

/** The episode the path names, carrying the episode's own id: TMDB answers its sub-resources under that id. */
function episodeAt(
  data: MockData,
  path: { readonly series_id: number; readonly season_number: number; readonly episode_number: number },
) {
  const ref = data.episode(path.series_id, path.season_number, path.episode_number);
  return ref && { ...ref, id: refId(ref) };
}

function episodeAccountStates(state: MockState, caller: Caller, ref: EpisodeRef) {
  const marks = callerMarks(state, caller);
  if (!marks.ok) return marks;
  // Episodes cannot be favorited or watchlisted; only their rating is ever set.
  const value: Schemas['EpisodeAccountStates'] = {
    favorite: false,
    id: refId(ref),
    rated: ratedValue(marks.value.ratings.episode, refId(ref)),
    watchlist: false,
  };
  return { ok: true as const, value };
}

const episodeCredits = (ref: EpisodeRef): Schemas['EpisodeCredits'] => ({
  ...creditsFor('tv', ref.show.id),
  guest_stars: episodeGuestStars(ref),
});

const episodeVideos = (ref: EpisodeRef, today: string): Schemas['VideoList'] =>
  ref.number === 1
    ? videosFor(
        refId(ref),
        `${ref.show.name} ${ref.episode.name}`,
        episodeAirDate(ref.season, 0, today),
        false,
      )
    : { results: [] };

function episodeAppends(
  state: MockState,
  today: string,
  query: Caller & { readonly include_image_language?: string; readonly append_to_response?: string },
): AppendBuilders<EpisodeRef, Schemas['TvEpisodeAppends']> {
  return {
    account_states: (ref) => {
      const states = episodeAccountStates(state, query, ref);
      return states.ok ? states.value : undefined;
    },
    credits: episodeCredits,
    external_ids: episodeExternalIds,
    images: (ref) => episodeImages(ref, query.include_image_language),
    translations: episodeTranslations,
    videos: (ref) => episodeVideos(ref, today),
  };
}

export const tvEpisodeHandlers = {
  getTvEpisodeDetails: ({ path, query }, { data, state, today }) => {
    const tooMany = appendLimitExceeded(query.append_to_response);
    if (tooMany) return tooMany;
    const ref = episodeAt(data, path);
    if (!ref) return notFound();
    return ok({
      ...episodeDetails(ref, today),
      ...collectAppends(query.append_to_response, episodeAppends(state, today, query), ref),
    });
  },

  getTvEpisodeAccountStates: ({ path, query }, { data, state }) => {
    const ref = episodeAt(data, path);
    if (!ref) return notFound();
    const states = episodeAccountStates(state, query, ref);
    return states.ok ? ok(states.value) : states.response;
  },

  getTvEpisodeChanges: ({ path }, { data, today }) => {
    const ref = data.episodeById(path.episode_id);
    return ref ? ok(changesFor(path.episode_id, 'name', today, undefined, undefined)) : notFound();
  },

  getTvEpisodeCredits: ({ path }, { data }) => subResource(episodeAt(data, path), episodeCredits),

  getTvEpisodeExternalIds: ({ path }, { data }) => subResource(episodeAt(data, path), episodeExternalIds),

  getTvEpisodeImages: ({ path, query }, { data }) =>
    subResource(episodeAt(data, path), (ref) => episodeImages(ref, query.include_image_language)),

  getTvEpisodeTranslations: ({ path }, { data }) => subResource(episodeAt(data, path), episodeTranslations),

  getTvEpisodeVideos: ({ path }, { data, today }) =>
    subResource(episodeAt(data, path), (ref) => episodeVideos(ref, today)),

  addTvEpisodeRating: ({ path, query, body }, { data, state }) => {
    const ref = episodeAt(data, path);
    return ref ? rate(state, query, 'episode', ref.id, body.value) : notFound();
  },

  deleteTvEpisodeRating: ({ path, query }, { data, state }) => {
    const ref = episodeAt(data, path);
    return ref ? unrate(state, query, 'episode', ref.id) : notFound();
  },

  getTvEpisodeGroupDetails: ({ path }, { data, today }) => {
    const group = episodeGroups.find((candidate) => candidate.id === path.tv_episode_group_id);
    const show = group ? data.show(group.seriesId) : undefined;
    if (!group || !show) return notFound();
    return ok({
      description: group.description,
      episode_count: group.groups.reduce((sum, part) => sum + part.episodes.length, 0),
      group_count: group.groups.length,
      groups: group.groups.map((part, order) => ({
        id: `${group.id.slice(0, 20)}${order.toString(16).padStart(4, '0')}`,
        name: part.name,
        order: order + 1,
        locked: true,
        episodes: part.episodes.flatMap(([season, number], position) => {
          const ref = data.episode(show.id, season, number);
          if (!ref) return [];
          return [
            {
              air_date: episodeAirDate(ref.season, ref.number - 1, today),
              episode_number: ref.number,
              id: refId(ref),
              name: ref.episode.name,
              order: position,
              overview: ref.episode.overview,
              production_code: `${show.id}-${season}${String(number).padStart(2, '0')}`,
              runtime: ref.episode.runtime,
              season_number: season,
              show_id: show.id,
              still_path: stillPath(`${seriesSlug(show)}-s${season}e${number}`),
              vote_average: show.voteAverage,
              vote_count: Math.round(show.voteCount / 20),
            },
          ];
        }),
      })),
      id: group.id,
      name: group.name,
      network: networkSummaries(show)[0] ?? null,
      type: group.type,
    });
  },
} satisfies Partial<HandlerTable>;
