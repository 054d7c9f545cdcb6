// Ids of seasons and episodes and references to episodes, derived from the series seeds: the data set's
// index and every response that names an episode agree on them.
import type { EpisodeSeed, SeasonSeed, SeriesSeed } from './tv.js';

export const seasonId = (show: SeriesSeed, season: SeasonSeed): number => show.id * 100 + season.number;
export const episodeId = (show: SeriesSeed, season: SeasonSeed, number: number): number =>
  seasonId(show, season) * 100 + number;

export interface EpisodeRef {
  readonly show: SeriesSeed;
  readonly season: SeasonSeed;
  readonly episode: EpisodeSeed;
  /** 1-based. */
  readonly number: number;
}

export const episodesOf = (show: SeriesSeed, season: SeasonSeed): EpisodeRef[] =>
  season.episodes.map((episode, index) => ({ show, season, episode, number: index + 1 }));

export const allEpisodes = (show: SeriesSeed): EpisodeRef[] =>
  show.seasons.flatMap((season) => episodesOf(show, season));
