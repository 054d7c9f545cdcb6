// Type-level promises of the app's modules: details pages get exactly the appended keys they ask for,
// images only take sizes TMDB offers for their kind, routes need what their pages need.
import type { SkipToken } from '@tanstack/react-query';
import type { Schemas } from '@tmdb-kit/types';
import { describe, expectTypeOf, it } from 'vitest';
import { mixedCard, movieCard } from '../src/cards.js';
import type { movieDetailsQuery, personDetailsQuery, seasonDetailsQuery } from '../src/details-queries.js';
import { TmdbImage } from '../src/images.js';
import { hrefFor, type Route } from '../src/routes.js';

/** What a query's function resolves with. */
type DataOf<Options> = Options extends { queryFn?: infer Run }
  ? Exclude<Run, undefined | SkipToken> extends (...args: never[]) => infer Result
    ? Awaited<Result>
    : never
  : never;

describe('details queries', () => {
  it('type the appended keys as present, and nothing that was not asked for', () => {
    type Movie = DataOf<ReturnType<typeof movieDetailsQuery>>;
    expectTypeOf<Movie['credits']>().toEqualTypeOf<Schemas['Credits']>();
    expectTypeOf<Movie['videos']>().toEqualTypeOf<Schemas['VideoList']>();
    expectTypeOf<Movie['images']>().toEqualTypeOf<Schemas['ImageList']>();
    expectTypeOf<Movie['recommendations']>().toEqualTypeOf<Schemas['MovieRecommendationPage']>();
    expectTypeOf<Movie['tagline']>().toEqualTypeOf<string>();
    expectTypeOf<Movie>().not.toHaveProperty('reviews');

    type Season = DataOf<ReturnType<typeof seasonDetailsQuery>>;
    expectTypeOf<Season['credits']>().toEqualTypeOf<Schemas['Credits']>();
    expectTypeOf<Season['episodes'][number]>().toExtend<Schemas['SeasonEpisode']>();
    expectTypeOf<Season>().not.toHaveProperty('recommendations');

    type Person = DataOf<ReturnType<typeof personDetailsQuery>>;
    expectTypeOf<Person['combined_credits']>().toEqualTypeOf<Schemas['PersonCombinedCredits']>();
  });
});

describe('TmdbImage', () => {
  it('takes only the sizes TMDB renders that kind of image at', () => {
    TmdbImage({ kind: 'poster', size: 'w342', path: null, alt: '', label: 'x' });
    TmdbImage({ kind: 'profile', size: 'h632', path: '/a.jpg', alt: '', label: 'x' });
    // @ts-expect-error h632 is a profile size, not a poster size
    TmdbImage({ kind: 'poster', size: 'h632', path: null, alt: '', label: 'x' });
    // @ts-expect-error the label is what the placeholder shows, so it is required
    TmdbImage({ kind: 'poster', size: 'w342', path: null, alt: '' });
  });
});

describe('routes and cards', () => {
  it('need the ids their pages need', () => {
    expectTypeOf(hrefFor).parameter(0).toEqualTypeOf<Route>();
    // @ts-expect-error a movie page needs the movie's id
    hrefFor({ name: 'movie' });
    // @ts-expect-error ids are numbers, as TMDB's are
    hrefFor({ name: 'person', id: '287' });
  });

  it('are built from the generated list types', () => {
    expectTypeOf(movieCard).parameter(0).toEqualTypeOf<Schemas['MovieListItem']>();
    expectTypeOf(mixedCard).parameter(0).toEqualTypeOf<Schemas['MultiSearchItem']>();
  });
});
