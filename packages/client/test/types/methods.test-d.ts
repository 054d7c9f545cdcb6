// Type tests of the operation methods: exact keys (the typos of the issue are compile errors), required
// parameters, enums, typed appends and pages, and session scoping.
import type { components, operations } from '@tmdb-kit/types';
import { describe, expectTypeOf, it } from 'vitest';
import type { Pages, TmdbClient, TmdbSessionClient } from '../../src/index.js';
import type { Same } from './same.js';

type Schemas = components['schemas'];
declare const tmdb: TmdbClient;
declare const user: TmdbSessionClient;

describe('operation methods', () => {
  it('return the success body', () => {
    expectTypeOf(tmdb.movies.credits(550)).resolves.toEqualTypeOf<
      operations['getMovieCredits']['responses'][200]['content']['application/json']
    >();
    expectTypeOf(tmdb.search.movies({ query: 'orbit' })).resolves.toEqualTypeOf<
      operations['searchMovie']['responses'][200]['content']['application/json']
    >();
    expectTypeOf(tmdb.movies.details(550)).resolves.toEqualTypeOf<Schemas['MovieDetails']>();
  });

  it('reject a misspelt key next to a correct one', () => {
    // @ts-expect-error `yaer` is not a parameter of search.movies (it is `year`)
    void tmdb.search.movies({ query: 'orbit', yaer: 2019 });
    // @ts-expect-error `with_genre` is not a parameter of discover.movies (it is `with_genres`)
    void tmdb.discover.movies({ sort_by: 'popularity.desc', with_genre: '878' });
    // @ts-expect-error `languge` is not a parameter of movies.details
    void tmdb.movies.details(550, { languge: 'de' });
    // @ts-expect-error several path ids go in the flat object, by their exact names
    void tmdb.tvSeasons.details({ series_id: 1399, season: 1 });
    void tmdb.search.movies({ query: 'orbit', year: 2019 });
    void tmdb.discover.movies({ sort_by: 'popularity.desc', with_genres: '878' });
  });

  it('require required parameters and keep enums', () => {
    // @ts-expect-error `query` is required
    void tmdb.search.movies({ year: 2019 });
    // @ts-expect-error search.movies cannot be called without its parameters
    void tmdb.search.movies();
    // @ts-expect-error the id is required
    void tmdb.movies.credits();
    // @ts-expect-error `sort_by` is an enum
    void tmdb.discover.movies({ sort_by: 'popularity' });
    // @ts-expect-error the movie id is a number
    void tmdb.movies.credits('550');
    // @ts-expect-error the rating body is required
    void tmdb.movies.addRating(550);
    void tmdb.movies.addRating(550, { value: 8.5 }, { session_id: 's' });
  });

  it('add exactly the requested appends, at most 20, TV seasons included', async () => {
    const movie = await tmdb.movies.details(550, { append: ['credits', 'videos'] });
    expectTypeOf(movie.credits).toEqualTypeOf<Exclude<Schemas['MovieAppends']['credits'], undefined>>();
    expectTypeOf(movie.videos).toEqualTypeOf<Exclude<Schemas['MovieAppends']['videos'], undefined>>();
    // @ts-expect-error not requested, so not there
    void movie.images;
    // @ts-expect-error not an append key of movies
    void tmdb.movies.details(550, { append: ['credit'] });
    // @ts-expect-error `season/1` is a TV series append, not a movie one
    void tmdb.movies.details(550, { append: ['season/1'] });
    const series = await tmdb.tvSeries.details(1399, { append: ['season/1', 'credits'] });
    expectTypeOf<
      Same<(typeof series)['season/1'], Exclude<Schemas['TvSeriesAppends']['season/1'], undefined>>
    >().toEqualTypeOf<true>();
    const k = 'credits' as const;
    void tmdb.movies.details(550, {
      // @ts-expect-error 21 keys: TMDB accepts at most 20
      append: [k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k],
    });
    void tmdb.movies.details(550, { append: [k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k, k] });
  });

  it('iterate pages and items of paginated operations only', () => {
    expectTypeOf(tmdb.movies.popular.pages({ maxPages: 3 })).toEqualTypeOf<Pages<Schemas['MovieListPage']>>();
    expectTypeOf(tmdb.search.movies.items({ query: 'orbit' })).toEqualTypeOf<
      AsyncIterable<Schemas['MovieListItem']>
    >();
    // @ts-expect-error `query` stays required when iterating
    void tmdb.search.movies.pages({ maxPages: 2 });
    // @ts-expect-error details is not paginated
    void tmdb.movies.details.pages;
  });

  it('let a session client leave session_id out, and require it elsewhere', () => {
    void user.account.details(42);
    void user.movies.addRating(550, { value: 8 });
    // @ts-expect-error without a session, account details need session_id
    void tmdb.account.details(42);
    void tmdb.account.details(42, { session_id: 's' });
    // @ts-expect-error the session client still checks keys exactly
    void user.account.details(42, { sesion_id: 's' });
  });

  it('is a name the spec chose: unknown methods and namespaces do not exist', () => {
    // @ts-expect-error no such method
    void tmdb.movies.detail;
    // @ts-expect-error no such namespace
    void tmdb.movie;
  });
});
