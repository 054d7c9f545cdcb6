// The whole invented data set, indexed for the handlers. Immutable: everything that changes at run time
// lives in ../state/.
import { type CollectionSeed, collections } from './collections.js';
import { type CompanySeed, companies } from './companies.js';
import { movieGenres, tvGenres } from './genres.js';
import { keywords } from './keywords.js';
import { type MovieSeed, movies } from './movies.js';
import { type PersonSeed, people } from './people.js';

export interface MockData {
  readonly movies: readonly MovieSeed[];
  readonly people: readonly PersonSeed[];
  readonly collections: readonly CollectionSeed[];
  readonly companies: readonly CompanySeed[];
  readonly keywords: typeof keywords;
  readonly movieGenres: typeof movieGenres;
  readonly tvGenres: typeof tvGenres;
  movie(id: number): MovieSeed | undefined;
  person(id: number): PersonSeed | undefined;
}

function byId<T extends { readonly id: number }>(items: readonly T[]): (id: number) => T | undefined {
  const index = new Map(items.map((item) => [item.id, item]));
  return (id) => index.get(id);
}

export const mockData: MockData = {
  movies,
  people,
  collections,
  companies,
  keywords,
  movieGenres,
  tvGenres,
  movie: byId(movies),
  person: byId(people),
};
