// Trending today or this week. "Day" ranks by popularity; "week" by popularity weighted with vote count,
// so the two windows differ the way TMDB's do, deterministically.
import type { Schemas } from '@tmdb-kit/types';
import { movieWithMediaType } from '../responses/movie.js';
import { paginateMapped } from '../responses/pagination.js';
import { personWithMediaType } from '../responses/person.js';
import { ok } from '../responses/respond.js';
import { tvWithMediaType } from '../responses/tv.js';
import type { HandlerTable } from './contract.js';

interface Rankable {
  readonly popularity: number;
  readonly voteCount?: number;
}

function score(window: Schemas['TimeWindow'], item: Rankable): number {
  return window === 'day' ? item.popularity : item.popularity + Math.log10(1 + (item.voteCount ?? 0)) * 10;
}

function rank<T extends Rankable>(window: Schemas['TimeWindow'], items: readonly T[]): T[] {
  return items.toSorted((a, b) => score(window, b) - score(window, a));
}

/** A ranked entry whose list item is only built if it lands on the requested page. */
interface Entry extends Rankable {
  readonly item: () => Schemas['MultiSearchItem'];
}

export const trendingHandlers = {
  getTrendingMovies: ({ path, query }, { data }) =>
    ok(
      paginateMapped(
        rank(
          path.time_window,
          data.movies.filter((movie) => movie.adult !== true),
        ),
        query.page,
        movieWithMediaType,
      ),
    ),

  getTrendingTv: ({ path, query }, { data, today }) =>
    ok(
      paginateMapped(rank(path.time_window, data.series), query.page, (show) => tvWithMediaType(show, today)),
    ),

  getTrendingPeople: ({ path, query }, { data, today }) =>
    ok(
      paginateMapped(rank(path.time_window, data.people), query.page, (person) =>
        personWithMediaType(person, today),
      ),
    ),

  getTrendingAll: ({ path, query }, { data, today }) => {
    const everything: Entry[] = [
      ...data.movies
        .filter((movie) => movie.adult !== true)
        .map((movie) => ({
          popularity: movie.popularity,
          voteCount: movie.voteCount,
          item: () => movieWithMediaType(movie),
        })),
      ...data.series.map((show) => ({
        popularity: show.popularity,
        voteCount: show.voteCount,
        item: () => tvWithMediaType(show, today),
      })),
      ...data.people.map((person) => ({
        popularity: person.popularity,
        item: () => personWithMediaType(person, today),
      })),
    ];
    return ok(paginateMapped(rank(path.time_window, everything), query.page, (entry) => entry.item()));
  },
} satisfies Partial<HandlerTable>;
