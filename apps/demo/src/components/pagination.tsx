// Previous / next through a paginated TMDB list, as real links (so they work with the keyboard, open in a
// new tab and survive a reload). TMDB serves at most 500 pages of anything.
import { TMDB_MAX_PAGE } from '@tmdb-kit/client';
import { Link } from '../router.js';
import type { Route } from '../routes.js';

interface PaginationProps {
  readonly page: number;
  readonly totalPages: number;
  readonly to: (page: number) => Route;
}

export function Pagination({ page, totalPages, to }: PaginationProps) {
  const last = Math.min(totalPages, TMDB_MAX_PAGE);
  if (last <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link to={to(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span aria-current="page">
        Page {page} of {last}
      </span>
      {page < last ? (
        <Link to={to(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
