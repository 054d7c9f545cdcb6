// The frame around every page: a skip link, the navigation (which shows who is logged in), the page for
// the current route, and focus moved to the new page's content after each navigation.
import { useEffect, useRef } from 'react';
import { useDemoConfig } from './demo-config-context.js';
import { AccountListPage } from './pages/account-list-page.js';
import { LoginPage } from './pages/login-page.js';
import { MoviePage } from './pages/movie-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { PersonPage } from './pages/person-page.js';
import { SearchPage } from './pages/search-page.js';
import { SeasonPage } from './pages/season-page.js';
import { TrendingPage } from './pages/trending-page.js';
import { TvPage } from './pages/tv-page.js';
import { V4ApprovedPage } from './pages/v4-approved-page.js';
import { V4ListPage } from './pages/v4-list-page.js';
import { V4ListsPage } from './pages/v4-lists-page.js';
import { Link, useRouter } from './router.js';
import { hrefFor, type Route } from './routes.js';
import { useSession } from './session.js';

export function App() {
  const { route } = useRouter();
  const { sessionEnded } = useSession();
  const main = useRef<HTMLElement>(null);
  const location = hrefFor(route);
  const shownLocation = useRef(location);

  useEffect(() => {
    if (shownLocation.current === location) return;
    shownLocation.current = location;
    // A screen reader or keyboard user lands on the new content, not on the link they left.
    main.current?.focus();
  }, [location]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header route={route} />
      <main id="main" ref={main} tabIndex={-1}>
        {sessionEnded && route.name !== 'login' ? (
          <p className="notice" role="status">
            TMDB no longer accepts your session, so you were logged out.{' '}
            <Link to={{ name: 'login', next: hrefFor(route) }}>Log in again</Link> to use your favorites and
            watchlist.
          </p>
        ) : null}
        <Page route={route} />
      </main>
      <footer className="site-footer">
        <p>
          Data from <a href="https://www.themoviedb.org/">TMDB</a> (or its offline stand-in). This product
          uses the TMDB API but is not endorsed or certified by TMDB.
        </p>
      </footer>
    </>
  );
}

function Header({ route }: { route: Route }) {
  const { mode } = useDemoConfig();
  const { account, logOut } = useSession();
  const { navigate } = useRouter();
  const current = (name: Route['name'], list?: string) =>
    route.name === name && (list === undefined || (route.name === 'account-list' && route.list === list))
      ? 'page'
      : undefined;
  return (
    <header className="site-header">
      <Link to={{ name: 'search', query: '', kind: 'movie', page: 1 }} className="brand">
        tmdb-kit <span>demo</span>
      </Link>
      <span className={`mode mode-${mode}`}>{mode === 'mock' ? 'offline mock' : 'live TMDB'}</span>
      <nav aria-label="Main">
        <ul>
          <li>
            <Link
              to={{ name: 'search', query: '', kind: 'movie', page: 1 }}
              className="nav-link"
              aria-current={current('search')}
            >
              Search
            </Link>
          </li>
          <li>
            <Link
              to={{ name: 'trending', window: 'day', page: 1 }}
              className="nav-link"
              aria-current={current('trending')}
            >
              Trending
            </Link>
          </li>
          <li>
            <Link
              to={{ name: 'account-list', list: 'favorites', kind: 'movie', page: 1 }}
              className="nav-link"
              aria-current={current('account-list', 'favorites')}
            >
              Favorites
            </Link>
          </li>
          <li>
            <Link
              to={{ name: 'account-list', list: 'watchlist', kind: 'movie', page: 1 }}
              className="nav-link"
              aria-current={current('account-list', 'watchlist')}
            >
              Watchlist
            </Link>
          </li>
          <li>
            <Link to={{ name: 'v4-lists', page: 1 }} className="nav-link" aria-current={current('v4-lists')}>
              Lists
            </Link>
          </li>
          <li>
            {account ? (
              <button
                type="button"
                className="nav-link"
                onClick={() => {
                  logOut().then(() => navigate({ name: 'search', query: '', kind: 'movie', page: 1 }));
                }}
              >
                Log out <span className="username">{account.session.username}</span>
              </button>
            ) : (
              <Link
                to={{ name: 'login', next: undefined }}
                className="nav-link"
                aria-current={current('login')}
              >
                Log in
              </Link>
            )}
          </li>
        </ul>
      </nav>
    </header>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'search':
      // Keyed by query so the search box shows the query of the page the back button returns to.
      return <SearchPage key={route.query} query={route.query} kind={route.kind} page={route.page} />;
    case 'trending':
      return <TrendingPage timeWindow={route.window} page={route.page} />;
    case 'movie':
      return <MoviePage id={route.id} />;
    case 'tv':
      return <TvPage id={route.id} />;
    case 'season':
      return <SeasonPage seriesId={route.seriesId} seasonNumber={route.seasonNumber} />;
    case 'person':
      return <PersonPage id={route.id} />;
    case 'login':
      return <LoginPage next={route.next} />;
    case 'account-list':
      return <AccountListPage list={route.list} kind={route.kind} page={route.page} />;
    case 'v4-approved':
      return <V4ApprovedPage />;
    case 'v4-lists':
      return <V4ListsPage page={route.page} />;
    case 'v4-list':
      return <V4ListPage key={route.id} id={route.id} page={route.page} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}
