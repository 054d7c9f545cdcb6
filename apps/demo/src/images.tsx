// Posters, profiles and stills through the client's image helper (`createImageUrls` over the API's
// configuration), with a placeholder wherever TMDB has no image (`null` path) or the image fails to load.

import { useQuery } from '@tanstack/react-query';
import { createImageUrls, type ImageSize, type ImageSizes, type ImageUrls } from '@tmdb-kit/client';
import type { Configuration } from '@tmdb-kit/types';
import { useCallback, useState } from 'react';
import { tmdb } from './api.js';
import { useDemoConfig } from './demo-config-context.js';

type ImageKind = 'poster' | 'profile' | 'backdrop' | 'still';

/** The image URL builder, or undefined while the configuration loads (or if it failed: placeholders then). */
export function useImageUrls(): ImageUrls | undefined {
  const { imageBaseUrl } = useDemoConfig();
  // One builder per configuration answer: TanStack Query memoizes a stable `select`.
  const toImageUrls = useCallback(
    (data: Configuration) =>
      createImageUrls(
        // Offline, the demo server draws the images the mock names (the mock's own host does not exist).
        imageBaseUrl
          ? { ...data.images, secure_base_url: new URL(imageBaseUrl, window.location.origin).href }
          : data.images,
      ),
    [imageBaseUrl],
  );
  const configuration = useQuery({
    queryKey: ['configuration'],
    queryFn: ({ signal }) => tmdb.configuration.details({ signal }),
    staleTime: Number.POSITIVE_INFINITY,
    select: toImageUrls,
  });
  return configuration.data;
}

interface TmdbImageProps<Kind extends ImageKind> {
  readonly kind: Kind;
  readonly path: string | null | undefined;
  readonly size: ImageSizes[Kind][number];
  /** What the image shows, for screen readers ("Poster of Orbit"); "" when the text next to it says it. */
  readonly alt: string;
  /** Shown on the placeholder: a title's or person's name. */
  readonly label: string;
}

export function TmdbImage<Kind extends ImageKind>({ kind, path, size, alt, label }: TmdbImageProps<Kind>) {
  const urls = useImageUrls();
  const [failedUrl, setFailedUrl] = useState<string | undefined>();
  const url = urlFor(urls, path, size);
  if (url === null || url === failedUrl) {
    return (
      <div
        className={`image image-${kind} placeholder`}
        {...(alt ? { role: 'img', 'aria-label': `${alt} (no image)` } : { 'aria-hidden': true })}
      >
        <span aria-hidden="true">{initials(label)}</span>
      </div>
    );
  }
  if (url === undefined) return <div className={`image image-${kind} loading-image`} aria-hidden="true" />;
  return (
    <img
      className={`image image-${kind}`}
      src={url}
      alt={alt}
      loading="lazy"
      decoding="async"
      onError={() => setFailedUrl(url)}
    />
  );
}

/** undefined while the configuration loads; null when there is no image to show. */
function urlFor(
  urls: ImageUrls | undefined,
  path: string | null | undefined,
  size: ImageSize,
): string | null | undefined {
  if (!path) return null;
  if (!urls) return undefined;
  try {
    return urls.imageUrl(path, size);
  } catch {
    // A size TMDB's live configuration no longer offers: show the placeholder rather than break the page.
    return null;
  }
}

function initials(label: string): string {
  const letters = label
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase());
  return letters.join('') || '?';
}
