// What is trending on TMDB today or this week: movies, series and people together.
import { useQuery } from '@tanstack/react-query';
import { tmdb } from '../api.js';
import { mixedCard } from '../cards.js';
import { CardGrid } from '../components/card-grid.js';
import { useDocumentTitle } from '../components/details-parts.js';
import { Pagination } from '../components/pagination.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { Link } from '../router.js';
import type { TimeWindow } from '../routes.js';

const WINDOWS: ReadonlyArray<{ window: TimeWindow; label: string }> = [
  { window: 'day', label: 'Today' },
  { window: 'week', label: 'This week' },
];

export function TrendingPage({ timeWindow, page }: { timeWindow: TimeWindow; page: number }) {
  useDocumentTitle('Trending');
  const trending = useQuery({
    queryKey: ['trending', timeWindow, page],
    queryFn: ({ signal }) => tmdb.trending.all(timeWindow, { page, signal }),
  });
  return (
    <>
      <h1>Trending</h1>
      <nav className="tabs" aria-label="Time window">
        {WINDOWS.map((option) => (
          <Link
            key={option.window}
            to={{ name: 'trending', window: option.window, page: 1 }}
            aria-current={option.window === timeWindow ? 'page' : undefined}
          >
            {option.label}
          </Link>
        ))}
      </nav>
      {trending.isPending ? (
        <Loading label="Loading what is trending…" query={trending} />
      ) : trending.isError ? (
        <ErrorNotice error={trending.error} subject="trending list" onRetry={() => trending.refetch()} />
      ) : trending.data.results.length === 0 ? (
        <Empty>Nothing is trending right now.</Empty>
      ) : (
        <>
          <CardGrid cards={trending.data.results.map(mixedCard)} label="Trending titles and people" />
          <Pagination
            page={page}
            totalPages={trending.data.total_pages}
            to={(next) => ({ name: 'trending', window: timeWindow, page: next })}
          />
        </>
      )}
    </>
  );
}
