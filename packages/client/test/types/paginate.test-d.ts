import type { components, paths } from '@tmdb-kit/types';
import { describe, expectTypeOf, it } from 'vitest';
import { type Pages, type PaginatedPath, paginate, type TmdbClient } from '../../src/index.js';
import type { Same } from './same.js';

type Schemas = components['schemas'];
declare const tmdb: TmdbClient;

describe('paginate', () => {
  it('accepts only operations whose 200 body is the paginated envelope', () => {
    expectTypeOf<'/3/search/movie'>().toExtend<PaginatedPath<paths>>();
    expectTypeOf<'/3/trending/tv/{time_window}'>().toExtend<PaginatedPath<paths>>();
    expectTypeOf<'/3/account/{account_id}/favorite/movies'>().toExtend<PaginatedPath<paths>>();
    expectTypeOf<'/3/movie/{movie_id}'>().not.toExtend<PaginatedPath<paths>>();
    expectTypeOf<'/3/configuration'>().not.toExtend<PaginatedPath<paths>>();
    // @ts-expect-error details are not paginated
    paginate(tmdb, '/3/movie/{movie_id}', { params: { path: { movie_id: 1 } } });
  });

  it('types pages and items from the operation', async () => {
    const pages = paginate(tmdb, '/3/search/movie', { params: { query: { query: 'x' } }, maxPages: 3 });
    expectTypeOf(pages).toExtend<Pages<Schemas['MovieListPage']>>();
    expectTypeOf<Pages<Schemas['MovieListPage']>>().toExtend<typeof pages>();
    for await (const page of pages) expectTypeOf(page.total_pages).toEqualTypeOf<number>();
    for await (const movie of pages.items())
      expectTypeOf<Same<typeof movie, Schemas['MovieListItem']>>().toEqualTypeOf<true>();
    const people = await paginate(tmdb, '/3/person/popular').toArray();
    expectTypeOf<Same<typeof people, Schemas['PersonListItem'][]>>().toEqualTypeOf<true>();
  });

  it('takes exactly what GET takes for the operation', () => {
    // @ts-expect-error search needs its query
    paginate(tmdb, '/3/search/movie');
    // @ts-expect-error unknown query parameter type
    paginate(tmdb, '/3/movie/popular', { params: { query: { page: 'two' } } });
    // @ts-expect-error maxPages is a number
    paginate(tmdb, '/3/movie/popular', { maxPages: 'all' });
    // @ts-expect-error the account's pages need a session on the root client
    paginate(tmdb, '/3/account/{account_id}/rated/movies', { params: { path: { account_id: 1 } } });
  });
});
