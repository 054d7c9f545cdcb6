import type { components, paths } from '@tmdb-kit/types';
import { describe, expectTypeOf, it } from 'vitest';
import { type AppendablePath, type AppendKey, details, type TmdbClient } from '../../src/index.js';
import type { Same } from './same.js';

type Schemas = components['schemas'];
declare const tmdb: TmdbClient;
const movie = { params: { path: { movie_id: 1 } } };
const series = { params: { path: { series_id: 1 } } };

describe('details with appends', () => {
  it('is offered for exactly the operations that take append_to_response', () => {
    expectTypeOf<AppendablePath<paths>>().toEqualTypeOf<
      | '/3/movie/{movie_id}'
      | '/3/tv/{series_id}'
      | '/3/tv/{series_id}/season/{season_number}'
      | '/3/tv/{series_id}/season/{season_number}/episode/{episode_number}'
      | '/3/person/{person_id}'
    >();
  });

  it("accepts exactly the keys of each operation's Appends schema", () => {
    expectTypeOf<AppendKey<paths, '/3/movie/{movie_id}'>>().toEqualTypeOf<keyof Schemas['MovieAppends']>();
    expectTypeOf<AppendKey<paths, '/3/person/{person_id}'>>().toEqualTypeOf<keyof Schemas['PersonAppends']>();
    expectTypeOf<AppendKey<paths, '/3/tv/{series_id}/season/{season_number}'>>().toEqualTypeOf<
      keyof Schemas['TvSeasonAppends']
    >();
    expectTypeOf<'season/3'>().toExtend<AppendKey<paths, '/3/tv/{series_id}'>>();
    expectTypeOf<'season/3'>().not.toExtend<AppendKey<paths, '/3/movie/{movie_id}'>>();
  });

  it('returns the details plus exactly the requested appends', async () => {
    const movieDetails = await details(tmdb, '/3/movie/{movie_id}', ['credits', 'watch/providers'], movie);
    expectTypeOf(movieDetails.title).toEqualTypeOf<string>();
    expectTypeOf(movieDetails.credits).toEqualTypeOf<Schemas['Credits']>();
    expectTypeOf(movieDetails['watch/providers']).toEqualTypeOf<Schemas['WatchProviderResults']>();
    expectTypeOf(movieDetails).not.toHaveProperty('videos');
    expectTypeOf(movieDetails).toExtend<Schemas['MovieDetails']>();

    const plain = await details(tmdb, '/3/movie/{movie_id}', [], movie);
    expectTypeOf(plain).not.toHaveProperty('credits');
  });

  it('types season/<n> appends of a series as season details', async () => {
    const show = await details(
      tmdb,
      '/3/tv/{series_id}',
      ['season/1', 'season/2', 'aggregate_credits'],
      series,
    );
    expectTypeOf(show['season/2']).toEqualTypeOf<Schemas['TvSeasonDetails']>();
    expectTypeOf(show.aggregate_credits).toEqualTypeOf<Schemas['AggregateCredits']>();
    expectTypeOf(show.name).toEqualTypeOf<string>();
    expectTypeOf(show).not.toHaveProperty('season/3');
  });

  it('covers seasons, episodes and people', async () => {
    const season = await details(tmdb, '/3/tv/{series_id}/season/{season_number}', ['credits'], {
      params: { path: { series_id: 1, season_number: 2 } },
    });
    expectTypeOf(season.credits).toEqualTypeOf<Schemas['Credits']>();
    expectTypeOf<Same<typeof season.episodes, Schemas['SeasonEpisode'][]>>().toEqualTypeOf<true>();
    const person = await details(tmdb, '/3/person/{person_id}', ['movie_credits'], {
      params: { path: { person_id: 1 } },
    });
    expectTypeOf(person.movie_credits).toEqualTypeOf<Schemas['PersonMovieCredits']>();
  });

  it('refuses unknown keys, other paths and more than 20 keys', () => {
    // @ts-expect-error movies have no seasons
    details(tmdb, '/3/movie/{movie_id}', ['season/1'], movie);
    // @ts-expect-error not an Appends key
    details(tmdb, '/3/movie/{movie_id}', ['cast'], movie);
    // @ts-expect-error not a details operation
    details(tmdb, '/3/movie/{movie_id}/credits', [], movie);
    const withAppendQuery = { params: { path: { movie_id: 1 }, query: { append_to_response: 'x' } } };
    // @ts-expect-error append_to_response is set by `details` itself
    details(tmdb, '/3/movie/{movie_id}', [], withAppendQuery);
    const seven = [
      'season/1',
      'season/2',
      'season/3',
      'season/4',
      'season/5',
      'season/6',
      'season/7',
    ] as const;
    const seasons = [
      ...seven,
      'season/8',
      'season/9',
      'season/10',
      'season/11',
      'season/12',
      'season/13',
    ] as const;
    const keys = [
      ...seasons,
      'season/14',
      'season/15',
      'season/16',
      'season/17',
      'season/18',
      'season/19',
    ] as const;
    details(tmdb, '/3/tv/{series_id}', [...keys, 'season/20'], series);
    // @ts-expect-error TMDB takes at most 20 keys
    details(tmdb, '/3/tv/{series_id}', [...keys, 'season/20', 'credits'], series);
    const unbounded: ('credits' | 'images')[] = ['credits'];
    // @ts-expect-error a list whose length the compiler cannot bound is refused too
    details(tmdb, '/3/tv/{series_id}', unbounded, series);
  });
});
