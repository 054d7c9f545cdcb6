// One shape for everything the app lists (movies, series, people, mixed results), built from the
// generated types so a renamed field fails the typecheck here rather than showing "undefined".
import type { Movie, MultiSearchResult, Person, Schemas, TvSeries } from '@tmdb-kit/types';
import type { Route } from './routes.js';

export interface Card {
  readonly key: string;
  readonly route: Route;
  readonly title: string;
  readonly subtitle: string;
  readonly image: { readonly kind: 'poster' | 'profile'; readonly path: string | null };
}

/** "2019" from TMDB's `2019-05-01`, or "" (TMDB sends "" for unknown dates). */
export const yearOf = (date: string | null | undefined): string => date?.slice(0, 4) ?? '';

export const movieCard = (movie: Movie): Card => ({
  key: `movie-${movie.id}`,
  route: { name: 'movie', id: movie.id },
  title: movie.title,
  subtitle: joined('Movie', yearOf(movie.release_date)),
  image: { kind: 'poster', path: movie.poster_path },
});

export const tvCard = (series: TvSeries): Card => ({
  key: `tv-${series.id}`,
  route: { name: 'tv', id: series.id },
  title: series.name,
  subtitle: joined('TV series', yearOf(series.first_air_date)),
  image: { kind: 'poster', path: series.poster_path },
});

export const personCard = (person: Person): Card => ({
  key: `person-${person.id}`,
  route: { name: 'person', id: person.id },
  title: person.name,
  subtitle: person.known_for_department ?? 'Person',
  image: { kind: 'profile', path: person.profile_path },
});

/** Trending and multi search mix kinds, told apart by `media_type`. */
export function mixedCard(item: MultiSearchResult): Card {
  switch (item.media_type) {
    case 'movie':
      return movieCard(item);
    case 'tv':
      return tvCard(item);
    case 'person':
      return personCard(item);
  }
}

type CombinedCredit = Schemas['PersonCombinedCastCredit'];

/** A person's role in a movie or series, for their filmography. */
export function creditCard(credit: CombinedCredit): Card {
  const base = credit.media_type === 'movie' ? movieCard(credit) : tvCard(credit);
  return {
    ...base,
    key: `${base.key}-${credit.credit_id}`,
    subtitle: joined(credit.character ? `as ${credit.character}` : '', base.subtitle),
  };
}

function joined(...parts: string[]): string {
  return parts.filter(Boolean).join(' · ');
}
