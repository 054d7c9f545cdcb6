// Age-rating systems by country (public rating scales), with our own one-line meanings.
import type { Schemas } from '@tmdb-kit/types';

type Certification = Schemas['Certification'];

const scale = (entries: readonly (readonly [string, string])[]): Certification[] =>
  entries.map(([certification, meaning], index) => ({ certification, meaning, order: index + 1 }));

export const movieCertifications: Readonly<Record<string, Certification[]>> = {
  US: scale([
    ['G', 'Suitable for every age.'],
    ['PG', 'Some material may not suit young children.'],
    ['PG-13', 'Some material may be inappropriate under 13.'],
    ['R', 'Under 17 needs an accompanying adult.'],
    ['NC-17', 'Adults only.'],
  ]),
  GB: scale([
    ['U', 'Universal: suitable for all.'],
    ['PG', 'Parental guidance.'],
    ['12A', 'Under 12 must be accompanied.'],
    ['15', 'Nobody younger than 15.'],
    ['18', 'Adults only.'],
  ]),
  DE: scale([
    ['0', 'No age restriction.'],
    ['6', 'From 6 years.'],
    ['12', 'From 12 years.'],
    ['16', 'From 16 years.'],
    ['18', 'Adults only.'],
  ]),
};

export const tvCertifications: Readonly<Record<string, Certification[]>> = {
  US: scale([
    ['TV-Y', 'For all children.'],
    ['TV-Y7', 'For children 7 and older.'],
    ['TV-G', 'For general audiences.'],
    ['TV-PG', 'Parental guidance suggested.'],
    ['TV-14', 'May be unsuitable under 14.'],
    ['TV-MA', 'For mature audiences.'],
  ]),
  GB: scale([
    ['U', 'Universal.'],
    ['PG', 'Parental guidance.'],
    ['12', 'For 12 and older.'],
    ['15', 'For 15 and older.'],
    ['18', 'Adults only.'],
  ]),
};

/** A movie's US certification, derived from its genres (family fare is G/PG, horror is R, ...). */
export function usMovieCertification(genres: readonly number[], adult: boolean): string {
  if (adult) return 'NC-17';
  if (genres.includes(27)) return 'R';
  if (genres.includes(16) || genres.includes(10751)) return genres.includes(14) ? 'PG' : 'G';
  if (genres.includes(10752) || genres.includes(80) || genres.includes(53)) return 'R';
  return 'PG-13';
}

/** The same certification on the GB scale, by position. */
export function certificationIn(country: string, usCertification: string): string {
  const us = movieCertifications.US ?? [];
  const target = movieCertifications[country] ?? us;
  const position = us.findIndex((entry) => entry.certification === usCertification);
  return target[Math.max(0, position)]?.certification ?? usCertification;
}
