// Image paths and image records derived from an entity's slug, so every poster, backdrop and profile a
// record names also appears in its images endpoint.
import type { Schemas } from '@tmdb-kit/types';

type Image = Schemas['Image'];

const slugs = new Map<string, string>();

/** A URL-safe slug for a name; memoised because every list item needs several (the data set is fixed). */
export function slugify(text: string): string {
  const known = slugs.get(text);
  if (known !== undefined) return known;
  const slug = text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  slugs.set(text, slug);
  return slug;
}

export const posterPath = (slug: string): string => `/${slug}-poster.jpg`;
export const backdropPath = (slug: string): string => `/${slug}-backdrop.jpg`;
export const profilePath = (slug: string): string => `/${slug}-profile.jpg`;
export const logoPath = (slug: string): string => `/${slug}-logo.png`;
export const stillPath = (slug: string): string => `/${slug}-still.jpg`;

export function image(
  filePath: string,
  width: number,
  height: number,
  language: string | null,
  votes = 4,
): Image {
  return {
    aspect_ratio: Number((width / height).toFixed(3)),
    file_path: filePath,
    height,
    iso_639_1: language,
    vote_average: 5 + votes / 4,
    vote_count: votes,
    width,
  };
}

export const posterImage = (path: string, language: string | null = 'en'): Image =>
  image(path, 2000, 3000, language, 6);
export const backdropImage = (path: string): Image => image(path, 3840, 2160, null, 5);
export const logoImage = (path: string): Image => image(path, 800, 300, 'en', 2);
export const profileImage = (path: string): Image => image(path, 1000, 1500, null, 3);
export const stillImage = (path: string): Image => image(path, 1920, 1080, null, 2);
