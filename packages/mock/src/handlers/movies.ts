// A movie and the resources attached to it.
import { movieDetails } from '../data/movie-views.js';
import type { HandlerTable } from './contract.js';
import { notFound, ok } from './respond.js';

export const movieHandlers = {
  getMovieDetails: ({ path }, { data }) => {
    const movie = data.movie(path.movie_id);
    if (!movie) return notFound();
    return ok(movieDetails(movie));
  },
} satisfies Partial<HandlerTable>;
