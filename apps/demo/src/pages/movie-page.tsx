// A movie with its cast, videos, images and recommendations in one request (`append_to_response`), and
// the logged-in user's favorite, watchlist and rating controls.
import { useQuery } from '@tanstack/react-query';
import { movieCard, yearOf } from '../cards.js';
import { AccountActions } from '../components/account-actions.js';
import {
  CardsSection,
  CastSection,
  DetailsHeader,
  ImagesSection,
  useDocumentTitle,
  VideosSection,
} from '../components/details-parts.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { movieDetailsQuery } from '../details-queries.js';

export function MoviePage({ id }: { id: number }) {
  const details = useQuery(movieDetailsQuery(id));
  useDocumentTitle(details.data?.title);
  if (details.isPending) return <Loading label="Loading the movie…" query={details} />;
  if (details.isError)
    return <ErrorNotice error={details.error} subject="movie" onRetry={() => details.refetch()} />;

  const movie = details.data;
  return (
    <article className="details">
      <DetailsHeader
        title={movie.title}
        posterPath={movie.poster_path}
        tagline={movie.tagline}
        overview={movie.overview}
        facts={[
          yearOf(movie.release_date),
          movie.runtime > 0 && `${movie.runtime} min`,
          movie.genres.map((genre) => genre.name).join(', '),
          movie.vote_count > 0 && `★ ${movie.vote_average.toFixed(1)} (${movie.vote_count} votes)`,
        ]}
      >
        <AccountActions type="movie" id={movie.id} title={movie.title} />
      </DetailsHeader>
      <CastSection cast={movie.credits.cast} />
      <VideosSection videos={movie.videos.results} />
      <ImagesSection images={movie.images} title={movie.title} />
      <CardsSection
        title="Recommendations"
        cards={movie.recommendations.results.map(movieCard)}
        empty="No recommendations yet."
      />
    </article>
  );
}
