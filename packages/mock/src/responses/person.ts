// Projections of a person, with their filmography derived from the movies' and series' credits.
import type { Schemas } from '@tmdb-kit/types';
import { type CreditRecord, creditsOfPerson } from '../data/credits.js';
import { allEpisodes } from '../data/episodes.js';
import { type MovieSeed, movies } from '../data/movies.js';
import type { PersonSeed } from '../data/people.js';
import { type SeriesSeed, series } from '../data/tv.js';
import { personBasics, personProfilePath } from './credits.js';
import { backdropPath, image, profileImage } from './images.js';
import { translationLanguages } from './media-common.js';
import { movieListItem, movieSlug, movieWithMediaType } from './movie.js';
import { tvListItem, tvWithMediaType } from './tv.js';

const movieById = new Map(movies.map((movie) => [movie.id, movie]));
const seriesById = new Map(series.map((show) => [show.id, show]));

export const personImdbId = (id: number): string => `nm9${String(id).padStart(6, '0')}`;

export function personDetails(person: PersonSeed): Schemas['PersonDetails'] {
  return {
    adult: false,
    also_known_as: [...(person.alsoKnownAs ?? [])],
    biography: person.biography,
    birthday: person.birthday,
    deathday: person.deathday ?? null,
    gender: person.gender,
    homepage: null,
    id: person.id,
    imdb_id: personImdbId(person.id),
    known_for_department: person.department,
    name: person.name,
    place_of_birth: person.placeOfBirth,
    popularity: person.popularity,
    profile_path: personProfilePath(person),
  };
}

interface MovieCredit {
  readonly credit: CreditRecord;
  readonly movie: MovieSeed;
}
interface SeriesCredit {
  readonly credit: CreditRecord;
  readonly show: SeriesSeed;
}

function movieCreditsOf(person: PersonSeed): MovieCredit[] {
  return creditsOfPerson(person.id).flatMap((credit) => {
    const movie = credit.mediaType === 'movie' ? movieById.get(credit.mediaId) : undefined;
    return movie ? [{ credit, movie }] : [];
  });
}

function seriesCreditsOf(person: PersonSeed): SeriesCredit[] {
  return creditsOfPerson(person.id).flatMap((credit) => {
    const show = credit.mediaType === 'tv' ? seriesById.get(credit.mediaId) : undefined;
    return show ? [{ credit, show }] : [];
  });
}

export function personMovieCredits(person: PersonSeed): Schemas['PersonMovieCredits'] {
  const credits = movieCreditsOf(person);
  return {
    cast: credits
      .filter(({ credit }) => credit.kind === 'cast')
      .map(({ credit, movie }) => ({
        ...movieListItem(movie),
        character: credit.role,
        credit_id: credit.creditId,
        order: credit.order,
      })),
    crew: credits
      .filter(({ credit }) => credit.kind === 'crew')
      .map(({ credit, movie }) => ({
        ...movieListItem(movie),
        credit_id: credit.creditId,
        department: credit.department,
        job: credit.role,
      })),
  };
}

export function personTvCredits(person: PersonSeed, today: string): Schemas['PersonTvCredits'] {
  const credits = seriesCreditsOf(person);
  const episodes = (show: SeriesSeed) => allEpisodes(show).length;
  return {
    cast: credits
      .filter(({ credit }) => credit.kind === 'cast')
      .map(({ credit, show }) => ({
        ...tvListItem(show, today),
        character: credit.role,
        credit_id: credit.creditId,
        episode_count: episodes(show),
      })),
    crew: credits
      .filter(({ credit }) => credit.kind === 'crew')
      .map(({ credit, show }) => ({
        ...tvListItem(show, today),
        credit_id: credit.creditId,
        department: credit.department,
        episode_count: episodes(show),
        job: credit.role,
      })),
  };
}

export function personCombinedCredits(person: PersonSeed, today: string): Schemas['PersonCombinedCredits'] {
  const movie = personMovieCredits(person);
  const tv = personTvCredits(person, today);
  return {
    cast: [
      ...movie.cast.map((credit) => ({ ...credit, media_type: 'movie' as const })),
      ...tv.cast.map((credit) => ({ ...credit, media_type: 'tv' as const })),
    ],
    crew: [
      ...movie.crew.map((credit) => ({ ...credit, media_type: 'movie' as const })),
      ...tv.crew.map((credit) => ({ ...credit, media_type: 'tv' as const })),
    ],
  };
}

/** Up to three of the person's most popular titles, movies and series mixed. */
export function knownFor(person: PersonSeed, today: string): Schemas['KnownForItem'][] {
  const movieItems = movieCreditsOf(person).map(({ movie }) => ({
    popularity: movie.popularity,
    item: movieWithMediaType(movie),
  }));
  const tvItems = seriesCreditsOf(person).map(({ show }) => ({
    popularity: show.popularity,
    item: tvWithMediaType(show, today),
  }));
  const seen = new Set<string>();
  return [...movieItems, ...tvItems]
    .toSorted((a, b) => b.popularity - a.popularity)
    .filter(({ item }) => {
      const key = `${item.media_type}:${item.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 3)
    .map(({ item }) => item);
}

export function personListItem(person: PersonSeed, today: string): Schemas['PersonListItem'] {
  return {
    ...personBasics(person),
    known_for: knownFor(person, today),
  };
}

export const personWithMediaType = (
  person: PersonSeed,
  today: string,
): Schemas['PersonListItemWithMediaType'] => ({
  ...personListItem(person, today),
  media_type: 'person',
});

export function personImages(person: PersonSeed): Schemas['PersonImageList'] {
  return {
    profiles: [
      profileImage(personProfilePath(person)),
      profileImage(personProfilePath(person).replace('.jpg', '-2.jpg')),
    ],
  };
}

/** Publicity images the person appears in: the backdrop of each movie they acted in. */
export function personTaggedImages(person: PersonSeed): Schemas['TaggedImage'][] {
  return movieCreditsOf(person)
    .filter(({ credit }) => credit.kind === 'cast')
    .map(({ movie }, index) => ({
      ...image(backdropPath(movieSlug(movie)), 3840, 2160, null),
      id: `5ee7${person.id.toString(16).padStart(10, '0')}${index.toString(16).padStart(10, '0')}`,
      image_type: 'backdrop' as const,
      media_type: 'movie' as const,
      media: movieWithMediaType(movie),
    }));
}

export function personExternalIds(person: PersonSeed): Schemas['PersonExternalIds'] {
  return {
    facebook_id: null,
    freebase_id: null,
    freebase_mid: null,
    imdb_id: personImdbId(person.id),
    instagram_id: person.popularity > 25 ? person.name.toLowerCase().replace(/[^a-z]/g, '') : null,
    tiktok_id: null,
    tvrage_id: null,
    twitter_id: null,
    wikidata_id: `Q7${person.id}`,
    youtube_id: null,
  };
}

export function personTranslations(person: PersonSeed): Schemas['PersonTranslationList'] {
  return {
    translations: translationLanguages('en', 'US').map((base) => ({
      ...base,
      data: {
        biography: base.iso_639_1 === 'en' ? person.biography : '',
        name: base.iso_639_1 === 'en' ? person.name : '',
      },
    })),
  };
}
