// A person with their photos and their movies and series (`append_to_response`: combined_credits, images).
import { useQuery } from '@tanstack/react-query';
import { creditCard } from '../cards.js';
import { CardsSection, DetailsHeader, Section, useDocumentTitle } from '../components/details-parts.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { personDetailsQuery } from '../details-queries.js';
import { TmdbImage } from '../images.js';

const CREDITS_SHOWN = 24;

export function PersonPage({ id }: { id: number }) {
  const details = useQuery(personDetailsQuery(id));
  useDocumentTitle(details.data?.name);
  if (details.isPending) return <Loading label="Loading the person…" query={details} />;
  if (details.isError)
    return <ErrorNotice error={details.error} subject="person" onRetry={() => details.refetch()} />;

  const person = details.data;
  const credits = [...person.combined_credits.cast]
    .sort((a, b) => b.popularity - a.popularity)
    .slice(0, CREDITS_SHOWN)
    .map(creditCard);
  const photos = person.images.profiles.slice(0, 6);
  return (
    <article className="details">
      <DetailsHeader
        title={person.name}
        posterPath={person.profile_path}
        posterKind="profile"
        overview={person.biography}
        facts={[
          person.known_for_department ?? undefined,
          person.birthday
            ? `Born ${person.birthday}${person.place_of_birth ? ` in ${person.place_of_birth}` : ''}`
            : undefined,
          person.deathday ? `Died ${person.deathday}` : undefined,
        ]}
      />
      <CardsSection title="Known for" cards={credits} empty="No credits listed yet." />
      <Section title="Photos">
        {photos.length === 0 ? (
          <p className="muted">No photos yet.</p>
        ) : (
          <ul className="image-strip" aria-label={`Photos of ${person.name}`}>
            {photos.map((photo, index) => (
              <li key={photo.file_path}>
                <TmdbImage
                  kind="profile"
                  size="w185"
                  path={photo.file_path}
                  alt={`${person.name}, photo ${index + 1}`}
                  label={person.name}
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
