import { describe, expect, it } from 'vitest';
import { hrefFor, MAX_PAGE, parseRoute, type Route } from '../src/routes.js';

const parse = (href: string): Route => {
  const url = new URL(href, 'http://demo.test');
  return parseRoute(url.pathname, url.search);
};

describe('routes', () => {
  it.each<[string, Route]>([
    ['/', { name: 'search', query: '', kind: 'movie', page: 1 }],
    ['/search?q=orbit', { name: 'search', query: 'orbit', kind: 'movie', page: 1 }],
    ['/search?q=ada&type=person&page=3', { name: 'search', query: 'ada', kind: 'person', page: 3 }],
    ['/trending?window=week&page=2', { name: 'trending', window: 'week', page: 2 }],
    ['/movie/603', { name: 'movie', id: 603 }],
    ['/tv/1399', { name: 'tv', id: 1399 }],
    ['/tv/1399/season/0', { name: 'season', seriesId: 1399, seasonNumber: 0 }],
    ['/person/287', { name: 'person', id: 287 }],
    ['/login?next=%2Fmovie%2F603', { name: 'login', next: '/movie/603' }],
    ['/account/watchlist?type=tv&page=2', { name: 'account-list', list: 'watchlist', kind: 'tv', page: 2 }],
    ['/signed-in', { name: 'v4-approved' }],
    ['/lists?page=2', { name: 'v4-lists', page: 2 }],
    ['/lists/8100003?page=3', { name: 'v4-list', id: 8100003, page: 3 }],
  ])('%s parses, and formats back to the same page', (href, route) => {
    expect(parse(href)).toEqual(route);
    expect(parse(hrefFor(route))).toEqual(route);
  });

  it('formats canonical URLs without default parameters', () => {
    expect(hrefFor({ name: 'search', query: 'a b', kind: 'movie', page: 1 })).toBe('/search?q=a+b');
    expect(hrefFor({ name: 'trending', window: 'day', page: 1 })).toBe('/trending');
    expect(hrefFor({ name: 'account-list', list: 'favorites', kind: 'movie', page: 1 })).toBe(
      '/account/favorites',
    );
  });

  it.each([
    '/movie/abc',
    '/lists/abc',
    '/lists/1/items',
    '/movie/0',
    '/movie/-1',
    '/movie/1.5',
    '/movie/1/extra',
    '/tv/1/season/x',
    '/nope',
    '/search/x',
  ])('%s is a page that does not exist', (href) => {
    expect(parse(href).name).toBe('not-found');
  });

  it('keeps page numbers within what TMDB serves', () => {
    expect(parse('/search?q=a&page=0')).toMatchObject({ page: 1 });
    expect(parse('/search?q=a&page=two')).toMatchObject({ page: 1 });
    expect(parse('/search?q=a&page=9999')).toMatchObject({ page: MAX_PAGE });
    expect(parse('/trending?window=month')).toMatchObject({ window: 'day' });
  });

  it('follows only this app’s own paths after logging in (no open redirect)', () => {
    for (const next of ['https://evil.test/', '//evil.test/x', '/\\evil.test', 'javascript:alert(1)']) {
      expect(parse(`/login?next=${encodeURIComponent(next)}`)).toEqual({ name: 'login', next: undefined });
    }
  });
});
