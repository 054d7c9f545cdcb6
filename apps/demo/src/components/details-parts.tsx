// The building blocks of the details pages (movie, series, season, person), typed by the generated schemas.
import type { CastMember, ImageList, Video } from '@tmdb-kit/types';
import { type ReactNode, useEffect } from 'react';
import type { Card } from '../cards.js';
import { TmdbImage } from '../images.js';
import { Link } from '../router.js';
import { CardGrid } from './card-grid.js';

/** Sets the tab's title, so history and screen readers name the page. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · tmdb-kit demo` : 'tmdb-kit demo';
  }, [title]);
}

interface DetailsHeaderProps {
  readonly title: string;
  readonly posterPath: string | null;
  readonly posterKind?: 'poster' | 'profile';
  readonly tagline?: string;
  readonly facts: ReadonlyArray<string | false | undefined>;
  readonly overview: string;
  readonly children?: ReactNode;
}

export function DetailsHeader({
  title,
  posterPath,
  posterKind = 'poster',
  tagline,
  facts,
  overview,
  children,
}: DetailsHeaderProps) {
  const shownFacts = facts.filter((fact): fact is string => typeof fact === 'string' && fact !== '');
  return (
    <header className="details-header">
      {posterKind === 'poster' ? (
        <TmdbImage kind="poster" size="w342" path={posterPath} alt={`Poster of ${title}`} label={title} />
      ) : (
        <TmdbImage kind="profile" size="h632" path={posterPath} alt={`Photo of ${title}`} label={title} />
      )}
      <div className="details-text">
        <h1>{title}</h1>
        {tagline ? <p className="tagline">{tagline}</p> : null}
        {shownFacts.length > 0 ? (
          <ul className="facts" aria-label="Facts">
            {shownFacts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        ) : null}
        <p className="overview">{overview || 'No overview yet.'}</p>
        {children}
      </div>
    </header>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="details-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

const CAST_SHOWN = 12;

export function CastSection({ cast }: { cast: readonly CastMember[] }) {
  return (
    <Section title="Cast">
      {cast.length === 0 ? (
        <p className="muted">No cast listed yet.</p>
      ) : (
        <ul className="cast-list" aria-label="Cast">
          {[...cast]
            .sort((a, b) => a.order - b.order)
            .slice(0, CAST_SHOWN)
            .map((member) => (
              <li key={member.credit_id}>
                <Link to={{ name: 'person', id: member.id }} className="cast-member">
                  <TmdbImage
                    kind="profile"
                    size="w185"
                    path={member.profile_path}
                    alt=""
                    label={member.name}
                  />
                  <span className="cast-name">{member.name}</span>
                  {member.character ? <span className="cast-character">{member.character}</span> : null}
                </Link>
              </li>
            ))}
        </ul>
      )}
    </Section>
  );
}

const VIDEO_SITES: Record<Video['site'], (key: string) => string> = {
  YouTube: (key) => `https://www.youtube.com/watch?v=${encodeURIComponent(key)}`,
  Vimeo: (key) => `https://vimeo.com/${encodeURIComponent(key)}`,
};

export function VideosSection({ videos }: { videos: readonly Video[] }) {
  return (
    <Section title="Videos">
      {videos.length === 0 ? (
        <p className="muted">No trailers or clips yet.</p>
      ) : (
        <ul className="video-list">
          {videos.slice(0, 6).map((video) => (
            <li key={video.id}>
              <a href={VIDEO_SITES[video.site](video.key)} target="_blank" rel="noopener noreferrer">
                {video.name}
              </a>{' '}
              <span className="muted">
                {video.type} · {video.site}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function ImagesSection({
  images,
  title,
}: {
  images: Pick<ImageList, 'backdrops' | 'posters'>;
  title: string;
}) {
  const shown = [...images.backdrops.slice(0, 4)];
  return (
    <Section title="Images">
      {shown.length === 0 ? (
        <p className="muted">
          {images.posters.length > 0 ? `${images.posters.length} poster(s), no backdrops.` : 'No images yet.'}
        </p>
      ) : (
        <ul className="image-strip" aria-label={`Images of ${title}`}>
          {shown.map((image, index) => (
            <li key={image.file_path}>
              <TmdbImage
                kind="backdrop"
                size="w300"
                path={image.file_path}
                alt={`${title}, image ${index + 1}`}
                label={title}
              />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function CardsSection({
  title,
  cards,
  empty,
}: {
  title: string;
  cards: readonly Card[];
  empty: string;
}) {
  return (
    <Section title={title}>
      {cards.length === 0 ? <p className="muted">{empty}</p> : <CardGrid cards={cards} label={title} />}
    </Section>
  );
}
