// Looking records up by an id from another database (IMDb, TVDB, Wikidata, social networks). Nothing
// found is an empty result, not an error, as with TMDB.
import type { Schemas } from '@tmdb-kit/types';
import { allEpisodes } from '../data/episodes.js';
import type { MockData } from '../data/index.js';
import { movieExternalIds, movieWithMediaType } from '../responses/movie.js';
import { personExternalIds, personWithMediaType } from '../responses/person.js';
import { ok } from '../responses/respond.js';
import {
  episodeExternalIds,
  episodeMediaItem,
  seasonExternalIds,
  seasonMediaItem,
  seriesExternalIds,
  tvWithMediaType,
} from '../responses/tv.js';
import type { HandlerTable } from './contract.js';

type ExternalSource =
  | 'imdb_id'
  | 'facebook_id'
  | 'instagram_id'
  | 'tvdb_id'
  | 'tiktok_id'
  | 'twitter_id'
  | 'wikidata_id'
  | 'youtube_id';

/** Whether a record's external ids (any shape with some of these keys) hold `id` under `source`. */
function holds(
  ids: Partial<Record<ExternalSource, string | number | null>>,
  source: ExternalSource,
  id: string,
): boolean {
  const value = ids[source];
  return value !== undefined && value !== null && String(value) === id;
}

export function findByExternalId(
  data: MockData,
  source: ExternalSource,
  id: string,
  today: string,
): Schemas['FindResults'] {
  const episodes = data.series.flatMap(allEpisodes);
  const seasons = data.series.flatMap((show) => show.seasons.map((season) => ({ show, season })));
  return {
    movie_results: data.movies
      .filter((movie) => holds(movieExternalIds(movie), source, id))
      .map(movieWithMediaType),
    person_results: data.people
      .filter((person) => holds(personExternalIds(person), source, id))
      .map((person) => personWithMediaType(person, today)),
    tv_episode_results: episodes
      .filter((ref) => holds(episodeExternalIds(ref), source, id))
      .map((ref) => episodeMediaItem(ref, today)),
    tv_results: data.series
      .filter((show) => holds(seriesExternalIds(show), source, id))
      .map((show) => tvWithMediaType(show, today)),
    tv_season_results: seasons
      .filter(({ show, season }) => holds(seasonExternalIds(show, season), source, id))
      .map(({ show, season }) => seasonMediaItem(show, season, today)),
  };
}

export const findHandlers = {
  findById: ({ path, query }, { data, today }) =>
    ok(findByExternalId(data, query.external_source, path.external_id, today)),
} satisfies Partial<HandlerTable>;
