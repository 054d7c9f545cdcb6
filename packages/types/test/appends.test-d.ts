import { describe, expectTypeOf, it } from 'vitest';
import type { MovieAppends, Schemas, TvSeriesAppends } from '../src/index.js';

// The Appends schemas are what the client's typed append_to_response is derived from.
describe('append_to_response schemas', () => {
  it('lists the movie keys TMDB accepts, each optional and typed like its sub-resource', () => {
    expectTypeOf<'credits' | 'videos' | 'images' | 'watch/providers'>().toExtend<keyof MovieAppends>();
    expectTypeOf<MovieAppends['credits']>().toEqualTypeOf<Schemas['Credits'] | undefined>();
    expectTypeOf<MovieAppends>().not.toHaveProperty('seasons');
  });

  it('types TV season keys as season/<number>, not as any string', () => {
    type Keys = keyof TvSeriesAppends;
    expectTypeOf<'season/1'>().toExtend<Keys>();
    expectTypeOf<'credits'>().toExtend<Keys>();
    expectTypeOf<'nonsense'>().not.toExtend<Keys>();
    expectTypeOf<string>().not.toExtend<Keys>();
    expectTypeOf<TvSeriesAppends['season/3']>().toEqualTypeOf<Schemas['TvSeasonDetails']>();
    // Named keys keep their own types instead of being forced into the season shape.
    expectTypeOf<TvSeriesAppends['credits']>().toEqualTypeOf<Schemas['Credits'] | undefined>();
  });
});
