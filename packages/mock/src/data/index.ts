// The whole invented data set, indexed for the handlers. Immutable: everything that changes at run time
// lives in ../state/.

import { type CollectionSeed, collections } from './collections.js';
import { type CommunityListSeed, communityLists } from './community-lists.js';
import { type CompanySeed, companies } from './companies.js';
import { type EpisodeRef, episodesOf } from './episodes.js';
import { movieGenres, tvGenres } from './genres.js';
import { keywords } from './keywords.js';
import { type MovieSeed, movies } from './movies.js';
import { type NetworkSeed, networks } from './networks.js';
import { type PersonSeed, people } from './people.js';
import { type ReviewSeed, reviews } from './reviews.js';
import { type SeasonSeed, type SeriesSeed, series } from './tv.js';

export interface MockData {
  readonly movies: readonly MovieSeed[];
  readonly series: readonly SeriesSeed[];
  readonly people: readonly PersonSeed[];
  readonly collections: readonly CollectionSeed[];
  readonly companies: readonly CompanySeed[];
  readonly networks: readonly NetworkSeed[];
  readonly keywords: typeof keywords;
  readonly reviews: readonly ReviewSeed[];
  readonly communityLists: readonly CommunityListSeed[];
  readonly movieGenres: typeof movieGenres;
  readonly tvGenres: typeof tvGenres;
  movie(id: number): MovieSeed | undefined;
  show(id: number): SeriesSeed | undefined;
  season(seriesId: number, seasonNumber: number): { show: SeriesSeed; season: SeasonSeed } | undefined;
  /** A season by its own id (not its number). */
  seasonById(id: number): { show: SeriesSeed; season: SeasonSeed } | undefined;
  episode(seriesId: number, seasonNumber: number, episodeNumber: number): EpisodeRef | undefined;
  /** An episode by its own id. */
  episodeById(id: number): EpisodeRef | undefined;
  person(id: number): PersonSeed | undefined;
  collection(id: number): CollectionSeed | undefined;
  company(id: number): CompanySeed | undefined;
  network(id: number): NetworkSeed | undefined;
  review(id: string): ReviewSeed | undefined;
}

function byId<K, T extends { readonly id: K }>(items: readonly T[]): (id: K) => T | undefined {
  const index = new Map(items.map((item) => [item.id, item]));
  return (id) => index.get(id);
}

const show = byId(series);
const seasonsById = new Map(
  series.flatMap((entry) =>
    entry.seasons.map((season) => [entry.id * 100 + season.number, { show: entry, season }] as const),
  ),
);
const episodesById = new Map(
  series.flatMap((entry) =>
    entry.seasons.flatMap((season) =>
      episodesOf(entry, season).map(
        (ref) => [(entry.id * 100 + season.number) * 100 + ref.number, ref] as const,
      ),
    ),
  ),
);

function season(seriesId: number, seasonNumber: number) {
  const found = show(seriesId);
  const match = found?.seasons.find((candidate) => candidate.number === seasonNumber);
  return found && match ? { show: found, season: match } : undefined;
}

export const mockData: MockData = {
  movies,
  series,
  people,
  collections,
  companies,
  networks,
  keywords,
  reviews,
  communityLists,
  movieGenres,
  tvGenres,
  movie: byId(movies),
  show,
  season,
  seasonById: (id) => seasonsById.get(id),
  episode: (seriesId, seasonNumber, episodeNumber) => {
    const found = season(seriesId, seasonNumber);
    return found ? episodesOf(found.show, found.season)[episodeNumber - 1] : undefined;
  },
  episodeById: (id) => episodesById.get(id),
  person: byId(people),
  collection: byId(collections),
  company: byId(companies),
  network: byId(networks),
  review: byId(reviews),
};
