// Cast and crew in the shapes the spec defines: the credit records of ../data/credits.ts projected into
// cast members, crew members, guest stars and (aggregate) credit lists.
import type { Schemas } from '@tmdb-kit/types';
import { type CreditRecord, creditsOfMedia, type MediaKind, personOf } from '../data/credits.js';
import type { PersonSeed } from '../data/people.js';
import { profilePath, slugify } from './images.js';

export const personProfilePath = (person: PersonSeed): string => profilePath(slugify(person.name));

/** The fields every summary of a person carries: cast and crew members, and the people lists. */
export function personBasics(person: PersonSeed) {
  return {
    adult: false,
    gender: person.gender,
    id: person.id,
    known_for_department: person.department,
    name: person.name,
    original_name: person.name,
    popularity: person.popularity,
    profile_path: personProfilePath(person),
  };
}

export function castMember(credit: CreditRecord): Schemas['CastMember'] {
  return {
    ...personBasics(personOf(credit)),
    cast_id: credit.order + 1,
    character: credit.role,
    credit_id: credit.creditId,
    order: credit.order,
  };
}

export function crewMember(credit: CreditRecord): Schemas['CrewMember'] {
  return {
    ...personBasics(personOf(credit)),
    credit_id: credit.creditId,
    department: credit.department,
    job: credit.role,
  };
}

export function guestStar(
  person: PersonSeed,
  character: string,
  creditIdValue: string,
  order: number,
): Schemas['GuestStar'] {
  return { ...personBasics(person), character, credit_id: creditIdValue, order };
}

export function creditsFor(mediaType: MediaKind, mediaId: number): Schemas['Credits'] {
  const credits = creditsOfMedia(mediaType, mediaId);
  return {
    cast: credits.filter((credit) => credit.kind === 'cast').map(castMember),
    crew: credits.filter((credit) => credit.kind === 'crew').map(crewMember),
  };
}

export function aggregateCredits(mediaId: number, episodeCount: number): Schemas['AggregateCredits'] {
  const credits = creditsOfMedia('tv', mediaId);
  return {
    cast: credits
      .filter((credit) => credit.kind === 'cast')
      .map((credit) => ({
        ...personBasics(personOf(credit)),
        roles: [{ credit_id: credit.creditId, character: credit.role, episode_count: episodeCount }],
        total_episode_count: episodeCount,
        order: credit.order,
      })),
    crew: credits
      .filter((credit) => credit.kind === 'crew')
      .map((credit) => ({
        ...personBasics(personOf(credit)),
        jobs: [{ credit_id: credit.creditId, job: credit.role, episode_count: episodeCount }],
        department: credit.department,
        total_episode_count: episodeCount,
      })),
  };
}
