// One season of a series: its episodes, cast, videos and images (`append_to_response`).
import { useQuery } from '@tanstack/react-query';
import { yearOf } from '../cards.js';
import {
  CastSection,
  DetailsHeader,
  ImagesSection,
  Section,
  useDocumentTitle,
  VideosSection,
} from '../components/details-parts.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { seasonDetailsQuery } from '../details-queries.js';
import { TmdbImage } from '../images.js';
import { Link } from '../router.js';

export function SeasonPage({ seriesId, seasonNumber }: { seriesId: number; seasonNumber: number }) {
  const details = useQuery(seasonDetailsQuery(seriesId, seasonNumber));
  useDocumentTitle(details.data?.name);
  if (details.isPending) return <Loading label="Loading the season…" query={details} />;
  if (details.isError)
    return <ErrorNotice error={details.error} subject="season" onRetry={() => details.refetch()} />;

  const season = details.data;
  return (
    <article className="details">
      <p className="breadcrumb">
        <Link to={{ name: 'tv', id: seriesId }}>← Back to the series</Link>
      </p>
      <DetailsHeader
        title={season.name}
        posterPath={season.poster_path}
        overview={season.overview}
        facts={[
          yearOf(season.air_date),
          `${season.episodes.length} episode${season.episodes.length === 1 ? '' : 's'}`,
          season.vote_average > 0 && `★ ${season.vote_average.toFixed(1)}`,
        ]}
      />
      <Section title="Episodes">
        {season.episodes.length === 0 ? (
          <p className="muted">No episodes listed yet.</p>
        ) : (
          <ol className="episode-list">
            {season.episodes.map((episode) => (
              <li key={episode.id} className="episode">
                <TmdbImage kind="still" size="w300" path={episode.still_path} alt="" label={episode.name} />
                <div>
                  <h3>
                    {episode.episode_number}. {episode.name}
                  </h3>
                  <p className="muted">
                    {[episode.air_date ?? 'Air date unknown', episode.runtime ? `${episode.runtime} min` : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <p>{episode.overview || 'No overview yet.'}</p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </Section>
      <CastSection cast={season.credits.cast} />
      <VideosSection videos={season.videos.results} />
      <ImagesSection images={{ backdrops: [], posters: season.images.posters }} title={season.name} />
    </article>
  );
}
