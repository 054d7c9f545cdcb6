// The handler contract follows the generated types, so the fake cannot silently disagree with the spec.
import type { Schemas } from '@tmdb-kit/types';
import type { HttpHandler } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import type { AppendBuilders } from '../src/handlers/appends.js';
import type {
  Handler,
  HandlerTable,
  JsonResponse,
  PathParams,
  QueryParams,
  RequestBody,
} from '../src/handlers/contract.js';
import { handlers } from '../src/handlers/table.js';
import { type MockServer, type MockStateView, startMockServer } from '../src/index.js';
import { createMswHandlers } from '../src/msw.js';

describe('request types come from the spec', () => {
  it('types path, query and body per operation', () => {
    expectTypeOf<PathParams<'getMovieDetails'>>().toEqualTypeOf<{ movie_id: number }>();
    expectTypeOf<QueryParams<'searchMovie'>['query']>().toEqualTypeOf<string>();
    expectTypeOf<QueryParams<'getAccountFavoriteMovies'>['sort_by']>().toEqualTypeOf<
      'created_at.asc' | 'created_at.desc' | undefined
    >();
    expectTypeOf<RequestBody<'createSession'>>().toEqualTypeOf<Schemas['SessionRequest']>();
    expectTypeOf<RequestBody<'getMovieDetails'>>().toEqualTypeOf<undefined>();
  });
});

describe('responses are the operation\u2019s declared ones', () => {
  it('pairs each declared status with its body', () => {
    expectTypeOf<Extract<JsonResponse<'getMovieDetails'>, { status: 200 }>['body']>().toEqualTypeOf<
      Schemas['MovieDetails'] & Schemas['MovieAppends']
    >();
    expectTypeOf<Extract<JsonResponse<'getMovieDetails'>, { status: 404 }>['body']>().toEqualTypeOf<
      Schemas['TmdbError']
    >();
  });

  it('refuses an undeclared status or a body of the wrong shape', () => {
    const teapot: Handler<'getConfiguration'> = () => ({
      // @ts-expect-error 418 is not a response getConfiguration declares
      status: 418,
      body: { status_code: 1, status_message: 'no' },
    });
    // @ts-expect-error the configuration has no `title`
    const wrongBody: Handler<'getConfiguration'> = () => ({ status: 200, body: { title: 'x' } });
    const notDeclared: Handler<'getConfiguration'> = () => ({
      // @ts-expect-error getConfiguration declares no 404
      status: 404,
      body: { status_code: 34, status_message: 'x' },
    });
    void [teapot, wrongBody, notDeclared];
  });
});

describe('the handler table is exactly the spec\u2019s operations', () => {
  it('covers every operation', () => {
    expectTypeOf(handlers).toExtend<HandlerTable>();
    const { validateKey: _dropped, ...missingOne } = handlers;
    // @ts-expect-error a table without validateKey is not a HandlerTable
    missingOne satisfies HandlerTable;
  });

  it('needs a builder for every append key', () => {
    // @ts-expect-error only credits: every other MovieAppends key is missing
    const partial: AppendBuilders<number, Schemas['MovieAppends']> = {
      credits: () => ({ cast: [], crew: [] }),
    };
    void partial;
  });
});

describe('public API', () => {
  it('exposes the server and MSW entry points with their documented shapes', () => {
    expectTypeOf(startMockServer).returns.resolves.toEqualTypeOf<MockServer>();
    expectTypeOf<MockServer['state']>().toEqualTypeOf<MockStateView>();
    expectTypeOf(createMswHandlers).returns.toEqualTypeOf<HttpHandler[]>();
    // @ts-expect-error faultRate is a number
    void startMockServer({ faultRate: 'often' });
  });
});
