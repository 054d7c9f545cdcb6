import type { components, paths } from '@tmdb-kit/types';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createTmdbClient,
  imageUrls,
  isTmdbError,
  orThrow,
  type TmdbClient,
  TmdbError,
  TmdbStatus,
  type unwrap,
} from '../../src/index.js';
import type { Same } from './same.js';

type Schemas = components['schemas'];
declare const tmdb: TmdbClient;

describe('the openapi-fetch client', () => {
  it('is created from exactly one credential', () => {
    expectTypeOf(createTmdbClient({ accessToken: 't' })).toEqualTypeOf<TmdbClient>();
    expectTypeOf(
      createTmdbClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1' }),
    ).toEqualTypeOf<TmdbClient>();
    // @ts-expect-error both credentials at once
    createTmdbClient({ accessToken: 't', apiKey: 'k' });
    // @ts-expect-error no credential
    createTmdbClient({ baseUrl: 'http://127.0.0.1:1' });
    // Proxy mode: no credential, said explicitly.
    expectTypeOf(
      createTmdbClient({ auth: false, baseUrl: 'http://127.0.0.1:1/tmdb' }),
    ).toEqualTypeOf<TmdbClient>();
    // @ts-expect-error a credential and the opt-out at once
    createTmdbClient({ auth: false, accessToken: 't' });
    // @ts-expect-error idem, with a key
    createTmdbClient({ auth: false, apiKey: 'k' });
    // @ts-expect-error the opt-out is `false`; credentials are said by giving them
    createTmdbClient({ auth: true });
    // @ts-expect-error idem, next to a token
    createTmdbClient({ auth: true, accessToken: 't' });
  });

  it('types data and error from the spec', async () => {
    const { data, error } = await tmdb.GET('/3/movie/{movie_id}', { params: { path: { movie_id: 1 } } });
    expectTypeOf<
      Same<typeof data, (Schemas['MovieDetails'] & Schemas['MovieAppends']) | undefined>
    >().toEqualTypeOf<true>();
    expectTypeOf(error).toExtend<Schemas['TmdbError'] | Schemas['TmdbValidationError'] | undefined>();
    // @ts-expect-error the path parameter is required
    await tmdb.GET('/3/movie/{movie_id}');
    // @ts-expect-error not an operation of the spec
    await tmdb.GET('/3/movie/{movie_id}/nonsense', { params: { path: { movie_id: 1 } } });
  });

  it('unwrap and orThrow return the success type', async () => {
    const result = await tmdb.GET('/3/search/movie', { params: { query: { query: 'x' } } });
    expectTypeOf<
      Same<ReturnType<typeof unwrap<typeof result>>, Schemas['MovieListPage']>
    >().toEqualTypeOf<true>();
    const configuration = await orThrow(tmdb.GET('/3/configuration'));
    expectTypeOf<Same<typeof configuration, Schemas['Configuration']>>().toEqualTypeOf<true>();
  });
});

describe('errors', () => {
  it('narrows unknown values to TmdbError, with a status code', () => {
    const caught: unknown = new Error('x');
    if (isTmdbError(caught, TmdbStatus.NotFound)) {
      expectTypeOf(caught).toExtend<TmdbError>();
      expectTypeOf(caught.status_code).toEqualTypeOf<34>();
      expectTypeOf(caught.kind).toEqualTypeOf<'http' | 'network' | 'timeout' | 'invalid-response'>();
    }
    if (isTmdbError(caught)) expectTypeOf(caught.retryAfter).toEqualTypeOf<number | undefined>();
    expectTypeOf(new TmdbError({ kind: 'http', method: 'GET' })).toExtend<Error>();
  });
});

describe('image URLs', () => {
  it('accepts only the sizes the spec defines', async () => {
    const { imageUrl, sizes } = await imageUrls(tmdb);
    expectTypeOf(imageUrl('/a.jpg', 'w500')).toEqualTypeOf<string | null>();
    expectTypeOf(sizes.poster).toEqualTypeOf<Schemas['PosterSize'][]>();
    expectTypeOf(sizes.profile).toEqualTypeOf<Schemas['ProfileSize'][]>();
    // @ts-expect-error not a TMDB size
    imageUrl('/a.jpg', 'w501');
  });
});

// Keeps `paths` referenced so a missing export fails here rather than at a distance.
expectTypeOf<keyof paths>().toExtend<string>();
