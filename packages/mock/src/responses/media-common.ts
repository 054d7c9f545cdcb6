// Resources every movie and series has in the same form (videos, watch providers, images, translations,
// changes), derived deterministically from the record so repeated requests agree with each other.
import type { Schemas } from '@tmdb-kit/types';
import { countryName, language } from '../data/reference.js';
import { watchProviders } from '../data/watch-providers.js';
import { backdropImage, backdropPath, logoImage, logoPath, posterImage, posterPath } from './images.js';

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0').slice(-width);

/** A trailer for everything, a teaser too for popular titles; `published` is the release date. */
export function videosFor(
  mediaId: number,
  title: string,
  published: string,
  popular: boolean,
): Schemas['VideoList'] {
  const video = (slot: number, type: Schemas['Video']['type'], name: string): Schemas['Video'] => ({
    id: `6${hex(mediaId, 8)}${hex(slot, 15)}`,
    iso_3166_1: 'US',
    iso_639_1: 'en',
    key: `mk${hex(mediaId * 7 + slot, 9)}`,
    name,
    official: true,
    published_at: `${published}T16:00:00.000Z`,
    site: slot % 2 === 0 ? 'YouTube' : 'Vimeo',
    size: 1080,
    type,
  });
  const trailer = video(0, 'Trailer', `${title} | Official Trailer`);
  return { results: popular ? [trailer, video(1, 'Teaser', `${title} | Teaser`)] : [trailer] };
}

/** Filters images by `include_image_language` (comma-separated codes; `null` means no language). */
export function imagesInLanguages<T extends { readonly iso_639_1: string | null }>(
  images: readonly T[],
  wanted: string | undefined,
): T[] {
  if (wanted === undefined) return [...images];
  const codes = wanted.split(',').map((code) => code.trim());
  return images.filter((image) => codes.includes(image.iso_639_1 ?? 'null'));
}

export function imageSet(slug: string, language: string, hasLogo: boolean): Schemas['ImageList'] {
  return {
    backdrops: [backdropImage(backdropPath(slug)), backdropImage(`/${slug}-backdrop-2.jpg`)],
    logos: hasLogo ? [logoImage(logoPath(slug))] : [],
    posters: [posterImage(posterPath(slug), language), posterImage(`/${slug}-poster-textless.jpg`, null)],
  };
}

/** Where a title streams, rents or sells in each region, chosen from its id so it is stable. */
export function watchAvailability(
  mediaType: 'movie' | 'tv',
  mediaId: number,
  released: boolean,
): Schemas['WatchProviderResults'] {
  const results: Record<string, Schemas['WatchProviderAvailability']> = {};
  if (!released) return { results };
  for (const region of ['US', 'GB', 'DE']) {
    const offered = watchProviders.filter((provider) => provider.regions.includes(region));
    const pick = (kind: 'flatrate' | 'rent' | 'buy' | 'ads') =>
      offered
        .filter(
          (provider) =>
            provider.offers === kind && (kind !== 'flatrate' || (mediaId + provider.id) % 2 === 0),
        )
        .map((provider) => ({
          display_priority: provider.priority,
          logo_path: `/provider-${provider.id}-logo.png`,
          provider_id: provider.id,
          provider_name: provider.name,
        }));
    const availability: Schemas['WatchProviderAvailability'] = {
      link: `https://watch.example.invalid/${mediaType}/${mediaId}?locale=${region}`,
    };
    const flatrate = pick('flatrate');
    const rent = pick('rent');
    const buy = pick('buy');
    const ads = pick('ads');
    if (flatrate.length > 0) availability.flatrate = flatrate;
    if (rent.length > 0) availability.rent = rent;
    if (buy.length > 0) availability.buy = buy;
    if (ads.length > 0) availability.ads = ads;
    results[region] = availability;
  }
  return { results };
}

/** The translations every record offers: its original language first, then English if different. */
export function translationLanguages(
  originalLanguage: string,
  country: string,
): Schemas['TranslationBase'][] {
  const entries = [{ lang: originalLanguage, country }];
  if (originalLanguage !== 'en') entries.push({ lang: 'en', country: 'US' });
  else entries.push({ lang: 'de', country: 'DE' });
  return entries.map(({ lang, country: region }) => {
    const info = language(lang);
    return {
      english_name: info.englishName,
      iso_3166_1: region,
      iso_639_1: lang,
      name: info.nativeName || countryName(region),
    };
  });
}

/** Days between the record's last change and today: spreads changes over the last two weeks. */
export const daysSinceChange = (id: number): number => id % 14;

export function isoDay(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000);
}

/** The one change each record has, on its change day, if that falls in [start, end]. */
export function changesFor(
  id: number,
  key: string,
  today: string,
  start: string | undefined,
  end: string | undefined,
): Schemas['ItemChanges'] {
  const windowEnd = end ?? today;
  const windowStart = start ?? addDays(windowEnd, -1);
  const changedOn = addDays(today, -daysSinceChange(id));
  if (changedOn < windowStart || changedOn > windowEnd) return { changes: [] };
  return {
    changes: [
      {
        key,
        items: [
          {
            action: 'updated',
            id: `c${hex(id, 11)}${hex(daysSinceChange(id), 12)}`,
            time: `${changedOn} 09:30:00 UTC`,
            iso_639_1: 'en',
            value: `${key} revised`,
            original_value: `${key} before revision`,
          },
        ],
      },
    ],
  };
}
