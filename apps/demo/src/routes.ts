// Every page of the app as data: URLs parse into a `Route` and routes format back into URLs, so links,
// the back button and reloads agree. Pure functions; the React side is in router.tsx.
import type { Schemas } from '@tmdb-kit/types';

export type SearchKind = 'movie' | 'tv' | 'person';
export type TimeWindow = Schemas['TimeWindow'];
export type AccountListName = 'favorites' | 'watchlist';
export type AccountListKind = 'movie' | 'tv';

export type Route =
  | { readonly name: 'search'; readonly query: string; readonly kind: SearchKind; readonly page: number }
  | { readonly name: 'trending'; readonly window: TimeWindow; readonly page: number }
  | { readonly name: 'movie'; readonly id: number }
  | { readonly name: 'tv'; readonly id: number }
  | { readonly name: 'season'; readonly seriesId: number; readonly seasonNumber: number }
  | { readonly name: 'person'; readonly id: number }
  | { readonly name: 'login'; readonly next: string | undefined }
  | {
      readonly name: 'account-list';
      readonly list: AccountListName;
      readonly kind: AccountListKind;
      readonly page: number;
    }
  | { readonly name: 'v4-approved' }
  | { readonly name: 'v4-lists'; readonly page: number }
  | { readonly name: 'v4-list'; readonly id: number; readonly page: number }
  | { readonly name: 'not-found'; readonly path: string };

/** TMDB serves pages 1 to 500 of any list. */
export const MAX_PAGE = 500;

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const page = parsePage(params.get('page'));
  const segments = pathname.split('/').filter(Boolean);
  const [first, second, third, fourth, ...rest] = segments;
  if (segments.length === 0) return { name: 'search', query: '', kind: 'movie', page: 1 };
  if (rest.length > 0) return { name: 'not-found', path: pathname };

  if (first === 'search' && second === undefined) {
    return {
      name: 'search',
      query: (params.get('q') ?? '').trim(),
      kind: parseKind(params.get('type')),
      page,
    };
  }
  if (first === 'trending' && second === undefined) {
    return { name: 'trending', window: params.get('window') === 'week' ? 'week' : 'day', page };
  }
  if (first === 'login' && second === undefined) return { name: 'login', next: safeNext(params.get('next')) };
  // Where TMDB's approval page (or the mock's) sends the browser back after "Sign in with TMDB".
  if (first === 'signed-in' && second === undefined) return { name: 'v4-approved' };
  if (first === 'lists' && second === undefined) return { name: 'v4-lists', page };
  if (first === 'lists' && third === undefined) {
    const listId = parseId(second);
    if (listId !== undefined) return { name: 'v4-list', id: listId, page };
  }
  if (first === 'account' && (second === 'favorites' || second === 'watchlist') && third === undefined) {
    return { name: 'account-list', list: second, kind: params.get('type') === 'tv' ? 'tv' : 'movie', page };
  }
  const id = parseId(second);
  if (id !== undefined && third === undefined) {
    if (first === 'movie') return { name: 'movie', id };
    if (first === 'tv') return { name: 'tv', id };
    if (first === 'person') return { name: 'person', id };
  }
  const seasonNumber = parseSeasonNumber(fourth);
  if (first === 'tv' && id !== undefined && third === 'season' && seasonNumber !== undefined) {
    return { name: 'season', seriesId: id, seasonNumber };
  }
  return { name: 'not-found', path: pathname };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'search':
      return withQuery('/search', {
        q: route.query || undefined,
        type: route.kind === 'movie' ? undefined : route.kind,
        page: pageParam(route.page),
      });
    case 'trending':
      return withQuery('/trending', {
        window: route.window === 'day' ? undefined : route.window,
        page: pageParam(route.page),
      });
    case 'movie':
      return `/movie/${route.id}`;
    case 'tv':
      return `/tv/${route.id}`;
    case 'season':
      return `/tv/${route.seriesId}/season/${route.seasonNumber}`;
    case 'person':
      return `/person/${route.id}`;
    case 'login':
      return withQuery('/login', { next: route.next });
    case 'account-list':
      return withQuery(`/account/${route.list}`, {
        type: route.kind === 'movie' ? undefined : route.kind,
        page: pageParam(route.page),
      });
    case 'v4-approved':
      return '/signed-in';
    case 'v4-lists':
      return withQuery('/lists', { page: pageParam(route.page) });
    case 'v4-list':
      return withQuery(`/lists/${route.id}`, { page: pageParam(route.page) });
    case 'not-found':
      return route.path;
  }
}

function parsePage(text: string | null): number {
  const page = Number(text);
  return Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1;
}

function parseKind(text: string | null): SearchKind {
  return text === 'tv' || text === 'person' ? text : 'movie';
}

/** TMDB ids are positive integers; anything else is a page that does not exist. */
function parseId(text: string | undefined): number | undefined {
  if (text === undefined || !/^[1-9]\d{0,9}$/.test(text)) return undefined;
  return Number(text);
}

/** Season 0 is TMDB's "Specials". */
function parseSeasonNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^(0|[1-9]\d{0,3})$/.test(text)) return undefined;
  return Number(text);
}

/** Only paths of this app are followed after login: `next=https://elsewhere` would be an open redirect. */
function safeNext(text: string | null): string | undefined {
  if (!text?.startsWith('/') || text.startsWith('//') || text.includes('\\')) return undefined;
  return text;
}

function pageParam(page: number): string | undefined {
  return page > 1 ? String(page) : undefined;
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
