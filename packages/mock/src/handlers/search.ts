// Text search over the data set, ranked by popularity like TMDB's default ordering.

import { movieListItem } from '../data/movie-views.js';
import type { HandlerTable } from './contract.js';
import { paginate } from './pagination.js';
import { ok } from './respond.js';
import { matchesQuery } from './text-match.js';

const byPopularity = <T extends { readonly popularity: number }>(a: T, b: T) => b.popularity - a.popularity;

export const searchHandlers = {
  searchMovie: ({ query }, { data }) => {
    const year = query.primary_release_year ?? query.year;
    const found = data.movies
      .filter((movie) => matchesQuery(query.query, [movie.title, movie.originalTitle ?? movie.title]))
      .filter((movie) => query.include_adult === true || movie.adult !== true)
      .filter((movie) => year === undefined || movie.releaseDate.startsWith(year))
      .toSorted(byPopularity);
    return ok(paginate(found.map(movieListItem), query.page));
  },
} satisfies Partial<HandlerTable>;
