// A TV series with its seasons, cast, videos, images and recommendations (`append_to_response`), and the
// logged-in user's controls.
import { useQuery } from '@tanstack/react-query';
import { tvCard, yearOf } from '../cards.js';
import { AccountActions } from '../components/account-actions.js';
import {
  CardsSection,
  CastSection,
  DetailsHeader,
  ImagesSection,
  Section,
  useDocumentTitle,
  VideosSection,
} from '../components/details-parts.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { tvDetailsQuery } from '../details-queries.js';
import { TmdbImage } from '../images.js';
import { Link } from '../router.js';

export function TvPage({ id }: { id: number }) {
  const details = useQuery(tvDetailsQuery(id));
  useDocumentTitle(details.data?.name);
  if (details.isPending) return <Loading label="Loading the series…" query={details} />;
  if (details.isError)
    return <ErrorNotice error={details.error} subject="TV series" onRetry={() => details.refetch()} />;

  const series = details.data;
  const years = [yearOf(series.first_air_date), series.in_production ? '' : yearOf(series.last_air_date)];
  return (
    <article className="details">
      <DetailsHeader
        title={series.name}
        posterPath={series.poster_path}
        tagline={series.tagline}
        overview={series.overview}
        facts={[
          years.filter(Boolean).join('–'),
          series.status,
          `${series.number_of_seasons} season${series.number_of_seasons === 1 ? '' : 's'}`,
          series.genres.map((genre) => genre.name).join(', '),
          series.vote_count > 0 && `★ ${series.vote_average.toFixed(1)} (${series.vote_count} votes)`,
        ]}
      >
        <AccountActions type="tv" id={series.id} title={series.name} />
      </DetailsHeader>
      <Section title="Seasons">
        {series.seasons.length === 0 ? (
          <p className="muted">No seasons listed yet.</p>
        ) : (
          <ul className="card-grid" aria-label="Seasons">
            {series.seasons.map((season) => (
              <li key={season.id}>
                <Link
                  to={{ name: 'season', seriesId: series.id, seasonNumber: season.season_number }}
                  className="card"
                >
                  <TmdbImage kind="poster" size="w185" path={season.poster_path} alt="" label={season.name} />
                  <span className="card-title">{season.name}</span>
                  <span className="card-subtitle">
                    {season.episode_count} episode{season.episode_count === 1 ? '' : 's'}
                    {season.air_date ? ` · ${yearOf(season.air_date)}` : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <CastSection cast={series.credits.cast} />
      <VideosSection videos={series.videos.results} />
      <ImagesSection images={series.images} title={series.name} />
      <CardsSection
        title="Recommendations"
        cards={series.recommendations.results.map(tvCard)}
        empty="No recommendations yet."
      />
    </article>
  );
}
