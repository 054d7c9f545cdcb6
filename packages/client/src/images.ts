import type { components } from '@tmdb-kit/types';
import { scopeOf, type TmdbClient } from './create-client.js';
import { orThrow } from './errors.js';
import type { TmdbGuestSessionClient, TmdbSessionClient } from './session.js';

type ImageConfiguration = components['schemas']['ImageConfiguration'];

/** The kinds of image TMDB serves (`poster`, `backdrop`, ...): one per `<kind>_sizes` list in the configuration. */
export type ImageKind = keyof ImageConfiguration extends infer Key
  ? Key extends `${infer Kind}_sizes`
    ? Kind
    : never
  : never;

/** The sizes of each kind of image, as the spec's size enums define them. */
export type ImageSizes = { readonly [Kind in ImageKind]: ImageConfiguration[`${Kind}_sizes`] };

/** Any size TMDB renders some kind of image at (`w500`, `h632`, `original`, ...). */
export type ImageSize = ImageSizes[ImageKind][number];

export interface ImageUrls {
  /** The HTTPS base every image URL starts with. */
  readonly baseUrl: string;
  readonly sizes: ImageSizes;
  /**
   * The URL of an image path from any response (`poster_path`, `profile_path`, ...) at `size`; `null` when
   * the path is `null` (TMDB has no such image). Throws a `RangeError` for a size the configuration does
   * not offer (the typed sizes come from the spec; the live list comes from TMDB).
   */
  imageUrl(path: string | null | undefined, size: ImageSize): string | null;
  /**
   * The URL of a `kind` image (`'poster'`, `'backdrop'`, `'profile'`, `'logo'`, `'still'`) at one of that
   * kind's sizes, so a profile size on a backdrop does not compile: `url('poster', movie.poster_path, 'w500')`.
   * A `string` path gives a `string`; `null` (TMDB has no such image) gives `null`. Throws a `RangeError`
   * for an empty path or a size the configuration does not offer for that kind.
   */
  url<Kind extends ImageKind>(kind: Kind, path: string, size: ImageSizes[Kind][number]): string;
  url<Kind extends ImageKind>(
    kind: Kind,
    path: string | null | undefined,
    size: ImageSizes[Kind][number],
  ): string | null;
}

/** Image URLs from a `/3/configuration` answer (the client's `images()` fetches and caches one). */
export function createImageUrls(configuration: ImageConfiguration): ImageUrls {
  const baseUrl = configuration.secure_base_url.replace(/\/+$/, '');
  const sizes: ImageSizes = {
    backdrop: configuration.backdrop_sizes,
    logo: configuration.logo_sizes,
    poster: configuration.poster_sizes,
    profile: configuration.profile_sizes,
    still: configuration.still_sizes,
  };
  const offered: readonly string[] = Object.values(sizes).flat();
  return {
    baseUrl,
    sizes,
    imageUrl(path, size) {
      if (path === null || path === undefined || path === '') return null;
      if (!offered.includes(size)) {
        throw new RangeError(`TMDB's configuration offers no image size ${size}`);
      }
      return `${baseUrl}/${size}${path.startsWith('/') ? '' : '/'}${path}`;
    },
    url,
  };

  function url<Kind extends ImageKind>(kind: Kind, path: string, size: ImageSizes[Kind][number]): string;
  function url<Kind extends ImageKind>(
    kind: Kind,
    path: string | null | undefined,
    size: ImageSizes[Kind][number],
  ): string | null;
  function url(kind: ImageKind, path: string | null | undefined, size: ImageSize): string | null {
    if (path === null || path === undefined) return null;
    if (path === '') throw new RangeError(`an empty ${kind} image path`);
    const kindSizes: readonly string[] = sizes[kind];
    if (!kindSizes.includes(size)) {
      throw new RangeError(`TMDB's configuration offers no ${kind} image size ${size}`);
    }
    return `${baseUrl}/${size}${path.startsWith('/') ? '' : '/'}${path}`;
  }
}

export interface ImageUrlsOptions {
  /** How long the fetched `/3/configuration` is reused, in ms. Default one day (TMDB advises days). */
  ttl?: number;
}

interface CachedConfiguration {
  urls: Promise<ImageUrls>;
  until: number;
}

const CACHE_KEY = Symbol('image configuration');

/**
 * `const { imageUrl } = await imageUrls(tmdb)`: image URL building from `/3/configuration`, fetched on
 * first use and shared by every client of the family (session clients included) until `ttl` passes. A
 * failed fetch is not kept, so the next call tries again.
 */
export function imageUrls(
  client: TmdbClient | TmdbSessionClient | TmdbGuestSessionClient,
  options: ImageUrlsOptions = {},
): Promise<ImageUrls> {
  const { shared, root } = scopeOf(client).family;
  const cached = shared.get(CACHE_KEY);
  const now = Date.now();
  if (isCachedConfiguration(cached) && now < cached.until) return cached.urls;
  const urls = orThrow(root.GET('/3/configuration')).then((configuration) =>
    createImageUrls(configuration.images),
  );
  const entry: CachedConfiguration = { urls, until: now + (options.ttl ?? 24 * 60 * 60 * 1000) };
  shared.set(CACHE_KEY, entry);
  urls.catch(() => {
    if (shared.get(CACHE_KEY) === entry) shared.delete(CACHE_KEY);
  });
  return urls;
}

function isCachedConfiguration(value: unknown): value is CachedConfiguration {
  return typeof value === 'object' && value !== null && 'urls' in value && 'until' in value;
}
