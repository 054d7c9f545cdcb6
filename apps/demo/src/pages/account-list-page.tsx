// The logged-in user's favorites or watchlist, movies or series, a page at a time.
import { useQuery } from '@tanstack/react-query';
import { movieCard, tvCard } from '../cards.js';
import { CardGrid } from '../components/card-grid.js';
import { useDocumentTitle } from '../components/details-parts.js';
import { Pagination } from '../components/pagination.js';
import { Empty, ErrorNotice, Loading } from '../components/status.js';
import { Link } from '../router.js';
import type { AccountListKind, AccountListName } from '../routes.js';
import { type Account, useSession } from '../session.js';

const TITLES: Record<AccountListName, string> = { favorites: 'Your favorites', watchlist: 'Your watchlist' };
const KIND_LABELS: Record<AccountListKind, string> = { movie: 'Movies', tv: 'TV series' };
const KIND_NOUNS: Record<AccountListKind, string> = { movie: 'movies', tv: 'TV series' };

interface ListProps {
  readonly list: AccountListName;
  readonly kind: AccountListKind;
  readonly page: number;
}

export function AccountListPage({ list, kind, page }: ListProps) {
  const { account } = useSession();
  useDocumentTitle(TITLES[list]);
  return (
    <>
      <h1>{TITLES[list]}</h1>
      <nav className="tabs" aria-label="Kind">
        {(['movie', 'tv'] as const).map((option) => (
          <Link
            key={option}
            to={{ name: 'account-list', list, kind: option, page: 1 }}
            aria-current={option === kind ? 'page' : undefined}
          >
            {KIND_LABELS[option]}
          </Link>
        ))}
      </nav>
      {account ? (
        <AccountList account={account} list={list} kind={kind} page={page} />
      ) : (
        <Empty>
          <Link to={{ name: 'login', next: `/account/${list}` }}>Log in</Link> to see{' '}
          {TITLES[list].toLowerCase()}.
        </Empty>
      )}
    </>
  );
}

function AccountList({ account, list, kind, page }: ListProps & { account: Account }) {
  const { client, session } = account;
  const accountId = session.accountId;
  // Each list is its own operation with its own result type; only the shown one runs. The key starts with
  // 'account', which the account actions invalidate after a change.
  const listQuery = (name: string, enabled: boolean) => ({
    queryKey: ['account', `/3/account/${name}`, accountId, page],
    enabled,
  });
  const favoriteMovies = useQuery({
    ...listQuery('favorite/movies', list === 'favorites' && kind === 'movie'),
    queryFn: ({ signal }) => client.account.favoriteMovies(accountId, { page, signal }),
    select: (data) => ({ cards: data.results.map(movieCard), totalPages: data.total_pages }),
  });
  const favoriteTv = useQuery({
    ...listQuery('favorite/tv', list === 'favorites' && kind === 'tv'),
    queryFn: ({ signal }) => client.account.favoriteTvSeries(accountId, { page, signal }),
    select: (data) => ({ cards: data.results.map(tvCard), totalPages: data.total_pages }),
  });
  const watchlistMovies = useQuery({
    ...listQuery('watchlist/movies', list === 'watchlist' && kind === 'movie'),
    queryFn: ({ signal }) => client.account.watchlistMovies(accountId, { page, signal }),
    select: (data) => ({ cards: data.results.map(movieCard), totalPages: data.total_pages }),
  });
  const watchlistTv = useQuery({
    ...listQuery('watchlist/tv', list === 'watchlist' && kind === 'tv'),
    queryFn: ({ signal }) => client.account.watchlistTvSeries(accountId, { page, signal }),
    select: (data) => ({ cards: data.results.map(tvCard), totalPages: data.total_pages }),
  });
  const result =
    list === 'favorites'
      ? kind === 'movie'
        ? favoriteMovies
        : favoriteTv
      : kind === 'movie'
        ? watchlistMovies
        : watchlistTv;
  const noun = KIND_NOUNS[kind];

  if (result.isPending) return <Loading label={`Loading ${TITLES[list].toLowerCase()}…`} query={result} />;
  if (result.isError)
    return <ErrorNotice error={result.error} subject="list" onRetry={() => result.refetch()} />;
  if (result.data.cards.length === 0) {
    return (
      <Empty>
        No {noun} here yet. Open one and use “{list === 'favorites' ? 'Add to favorites' : 'Add to watchlist'}
        ”, or <Link to={{ name: 'search', query: '', kind, page: 1 }}>search</Link>.
      </Empty>
    );
  }
  return (
    <>
      <CardGrid cards={result.data.cards} label={`${TITLES[list]}: ${noun}`} />
      <Pagination
        page={page}
        totalPages={result.data.totalPages}
        to={(next) => ({ name: 'account-list', list, kind, page: next })}
      />
    </>
  );
}
