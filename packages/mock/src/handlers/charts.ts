// Curated charts: now playing, upcoming, popular and top rated movies and series, and the latest records.
// Release windows are measured from the fake's clock (`today`).

import { tmdbErrors } from '../core/tmdb-errors.js';
import { allEpisodes } from '../data/episodes.js';
import type { MovieSeed } from '../data/movies.js';
import type { SeriesSeed } from '../data/tv.js';
import { addDays } from '../responses/media-common.js';
import { movieDetails, movieListItem } from '../responses/movie.js';
import { paginate } from '../responses/pagination.js';
import { personDetails } from '../responses/person.js';
import { badRequest, ok } from '../responses/respond.js';
import { episodeAirDate, seriesDetails, tvListItem } from '../responses/tv.js';
import type { HandlerTable } from './contract.js';

/** How far back "now playing" reaches, and how far ahead "upcoming" looks. */
const NOW_PLAYING_DAYS = 45;
const UPCOMING_DAYS = 365;
/** Top-rated charts ignore titles with fewer votes than this, as TMDB does. */
const TOP_RATED_MIN_VOTES = 100;

const listed = (movies: readonly MovieSeed[]) => movies.filter((movie) => movie.adult !== true);
const byPopularity = <T extends { readonly popularity: number }>(a: T, b: T) => b.popularity - a.popularity;
const byRating = <T extends { readonly voteAverage: number; readonly voteCount: number }>(a: T, b: T) =>
  b.voteAverage - a.voteAverage || b.voteCount - a.voteCount;

/** The calendar day in an IANA time zone (the fake's UTC day without one); undefined for an unknown zone. */
function todayIn(timezone: string | undefined, now: number, fallback: string): string | undefined {
  if (timezone === undefined) return fallback;
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return undefined;
  }
}

function airsBetween(show: SeriesSeed, from: string, to: string, today: string): boolean {
  return allEpisodes(show).some((ref) => {
    const date = episodeAirDate(ref.season, ref.number - 1, today);
    return ref.season.number > 0 && date >= from && date <= to;
  });
}

export const chartHandlers = {
  getMovieNowPlaying: ({ query }, { data, today }) => {
    const minimum = addDays(today, -NOW_PLAYING_DAYS);
    const playing = listed(data.movies)
      .filter((movie) => movie.releaseDate >= minimum && movie.releaseDate <= today)
      .toSorted(byPopularity);
    return ok({ ...paginate(playing.map(movieListItem), query.page), dates: { maximum: today, minimum } });
  },

  getMovieUpcoming: ({ query }, { data, today }) => {
    const maximum = addDays(today, UPCOMING_DAYS);
    const upcoming = listed(data.movies)
      .filter((movie) => movie.releaseDate > today && movie.releaseDate <= maximum)
      .toSorted((a, b) => a.releaseDate.localeCompare(b.releaseDate));
    return ok({
      ...paginate(upcoming.map(movieListItem), query.page),
      dates: { maximum, minimum: addDays(today, 1) },
    });
  },

  getMoviePopular: ({ query }, { data }) =>
    ok(paginate(listed(data.movies).toSorted(byPopularity).map(movieListItem), query.page)),

  getMovieTopRated: ({ query }, { data }) =>
    ok(
      paginate(
        listed(data.movies)
          .filter((movie) => movie.voteCount >= TOP_RATED_MIN_VOTES)
          .toSorted(byRating)
          .map(movieListItem),
        query.page,
      ),
    ),

  getMovieLatest: (_request, { data }) => {
    const latest = data.movies.reduce((a, b) => (b.id > a.id ? b : a));
    return ok(movieDetails(latest));
  },

  getTvSeriesAiringToday: ({ query }, { data, state, today }) => {
    const day = todayIn(query.timezone, state.now(), today);
    if (day === undefined) return badRequest(tmdbErrors.invalidTimezone());
    const airing = data.series.filter((show) => airsBetween(show, day, day, today)).toSorted(byPopularity);
    return ok(
      paginate(
        airing.map((show) => tvListItem(show, today)),
        query.page,
      ),
    );
  },

  getTvSeriesOnTheAir: ({ query }, { data, state, today }) => {
    const day = todayIn(query.timezone, state.now(), today);
    if (day === undefined) return badRequest(tmdbErrors.invalidTimezone());
    const airing = data.series
      .filter((show) => airsBetween(show, day, addDays(day, 7), today))
      .toSorted(byPopularity);
    return ok(
      paginate(
        airing.map((show) => tvListItem(show, today)),
        query.page,
      ),
    );
  },

  getTvSeriesPopular: ({ query }, { data, today }) =>
    ok(
      paginate(
        data.series.toSorted(byPopularity).map((show) => tvListItem(show, today)),
        query.page,
      ),
    ),

  getTvSeriesTopRated: ({ query }, { data, today }) =>
    ok(
      paginate(
        data.series
          .filter((show) => show.voteCount >= TOP_RATED_MIN_VOTES)
          .toSorted(byRating)
          .map((show) => tvListItem(show, today)),
        query.page,
      ),
    ),

  getLatestTvSeries: (_request, { data, today }) => {
    const latest = data.series.reduce((a, b) => (b.id > a.id ? b : a));
    return ok(seriesDetails(latest, today));
  },

  getPersonLatest: (_request, { data }) => {
    const latest = data.people.reduce((a, b) => (b.id > a.id ? b : a));
    return ok(personDetails(latest));
  },
} satisfies Partial<HandlerTable>;
