// Cast and crew: one credit per (media, person, role), each with a stable 24-hex-digit credit id, indexed
// both ways so a movie's cast leads to people and a person's filmography leads back to movies and series.
import { type CrewJob, type MovieSeed, movies } from './movies.js';
import { type PersonSeed, people } from './people.js';
import { type SeriesSeed, series } from './tv.js';

export type MediaKind = 'movie' | 'tv';

export interface CreditRecord {
  readonly creditId: string;
  readonly kind: 'cast' | 'crew';
  readonly mediaType: MediaKind;
  readonly mediaId: number;
  readonly personId: number;
  /** Character for cast, job for crew. */
  readonly role: string;
  readonly department: string;
  /** Billing position among the cast (0-based). */
  readonly order: number;
}

const DEPARTMENT_OF_JOB: Readonly<Record<CrewJob | 'Executive Producer', string>> = {
  Director: 'Directing',
  Screenplay: 'Writing',
  'Original Music Composer': 'Sound',
  'Director of Photography': 'Camera',
  Producer: 'Production',
  'Executive Producer': 'Production',
  Editor: 'Editing',
};

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0').slice(-width);

/** 24 hex digits, like TMDB's credit ids: kind, media type, media id, person id, slot. */
export function creditId(
  kind: 'cast' | 'crew',
  mediaType: MediaKind,
  mediaId: number,
  personId: number,
  slot: number,
): string {
  return `5e${kind === 'cast' ? 'c' : 'd'}${mediaType === 'movie' ? '1' : '2'}${hex(mediaId, 8)}${hex(personId, 8)}${hex(slot, 4)}`;
}

function movieCredits(movie: MovieSeed): CreditRecord[] {
  const cast = movie.cast.map(([personId, character], order) => ({
    creditId: creditId('cast', 'movie', movie.id, personId, order),
    kind: 'cast' as const,
    mediaType: 'movie' as const,
    mediaId: movie.id,
    personId,
    role: character,
    department: 'Acting',
    order,
  }));
  const crew = movie.crew.map(([personId, job], order) => ({
    creditId: creditId('crew', 'movie', movie.id, personId, order),
    kind: 'crew' as const,
    mediaType: 'movie' as const,
    mediaId: movie.id,
    personId,
    role: job,
    department: DEPARTMENT_OF_JOB[job],
    order,
  }));
  return [...cast, ...crew];
}

function seriesCredits(show: SeriesSeed): CreditRecord[] {
  const cast = show.cast.map(([personId, character], order) => ({
    creditId: creditId('cast', 'tv', show.id, personId, order),
    kind: 'cast' as const,
    mediaType: 'tv' as const,
    mediaId: show.id,
    personId,
    role: character,
    department: 'Acting',
    order,
  }));
  const crew = show.creators.map((personId, order) => ({
    creditId: creditId('crew', 'tv', show.id, personId, order),
    kind: 'crew' as const,
    mediaType: 'tv' as const,
    mediaId: show.id,
    personId,
    role: 'Executive Producer',
    department: DEPARTMENT_OF_JOB['Executive Producer'],
    order,
  }));
  return [...cast, ...crew];
}

export const allCredits: readonly CreditRecord[] = [
  ...movies.flatMap(movieCredits),
  ...series.flatMap(seriesCredits),
];

const creditsById = new Map(allCredits.map((credit) => [credit.creditId, credit]));
export const creditById = (id: string): CreditRecord | undefined => creditsById.get(id);

function groupBy<K>(key: (credit: CreditRecord) => K): Map<K, CreditRecord[]> {
  const groups = new Map<K, CreditRecord[]>();
  for (const credit of allCredits) {
    const group = groups.get(key(credit));
    if (group) group.push(credit);
    else groups.set(key(credit), [credit]);
  }
  return groups;
}

const byMedia = groupBy((credit) => `${credit.mediaType}:${credit.mediaId}`);
const byPerson = groupBy((credit) => credit.personId);

export const creditsOfMedia = (mediaType: MediaKind, mediaId: number): readonly CreditRecord[] =>
  byMedia.get(`${mediaType}:${mediaId}`) ?? [];

export const creditsOfPerson = (personId: number): readonly CreditRecord[] => byPerson.get(personId) ?? [];

const personById = new Map(people.map((person) => [person.id, person]));

/** Every credit names someone in the data set; a typo in a seed fails loudly here, not in a response. */
export function personOf(credit: { readonly personId: number }): PersonSeed {
  const person = personById.get(credit.personId);
  if (!person) throw new Error(`data set: credit names unknown person ${credit.personId}`);
  return person;
}
