// Discover: filtered, sorted browsing. Every filter the fake can evaluate from its data set really
// filters; `region`, `language`, `include_video`, `with_release_type` and `timezone` are accepted and have no
// effect (every fake movie has one theatrical release and no videos-only entries).

import type { Schemas } from '@tmdb-kit/types';
import { certificationIn, movieCertifications, usMovieCertification } from '../data/certifications.js';
import { allEpisodes } from '../data/episodes.js';
import type { MovieSeed } from '../data/movies.js';
import type { SeriesSeed } from '../data/tv.js';
import { movieListItem, movieWatchProviders } from '../responses/movie.js';
import { paginate } from '../responses/pagination.js';
import { ok } from '../responses/respond.js';
import { episodeAirDate, firstAirDate, seriesWatchProviders, tvListItem } from '../responses/tv.js';
import type { HandlerTable } from './contract.js';
import {
  excludeExpression,
  ids,
  type Matcher,
  matchExpression,
  sorter,
  within,
} from './filter-expressions.js';

const TV_STATUS_CODES: readonly SeriesSeed['status'][] = [
  'Returning Series',
  'Planned',
  'In Production',
  'Ended',
  'Canceled',
  'Pilot',
];
const TV_TYPE_CODES: readonly SeriesSeed['type'][] = [
  'Documentary',
  'News',
  'Miniseries',
  'Reality',
  'Scripted',
  'Talk Show',
  'Video',
];

type Predicate<T> = (item: T) => boolean;
const keep = <T>(
  matcher: Matcher | undefined,
  values: (item: T) => readonly string[],
): Predicate<T> | undefined => (matcher ? (item) => matcher(values(item)) : undefined);

function applyAll<T>(items: readonly T[], predicates: readonly (Predicate<T> | undefined)[]): T[] {
  const active = predicates.filter((predicate) => predicate !== undefined);
  return items.filter((item) => active.every((predicate) => predicate(item)));
}

/** Provider ids offering the title in `region` (any region when none given), restricted to `kinds` if set. */
function providerIds(
  results: Schemas['WatchProviderResults'],
  region: string | undefined,
  kinds: Matcher | undefined,
): string[] {
  const regions =
    region === undefined
      ? Object.values(results.results)
      : [results.results[region]].filter((entry) => entry !== undefined);
  const offers = ['flatrate', 'free', 'ads', 'rent', 'buy'] as const;
  return regions.flatMap((availability) =>
    offers
      .filter((kind) => !kinds || kinds([kind]))
      .flatMap((kind) => (availability[kind] ?? []).map((provider) => String(provider.provider_id))),
  );
}

function certificationOrder(country: string, certification: string | undefined): number | undefined {
  if (certification === undefined) return undefined;
  return (movieCertifications[country] ?? []).find((entry) => entry.certification === certification)?.order;
}

export const discoverHandlers = {
  discoverMovie: ({ query }, { data, today }) => {
    const country = query.certification_country ?? 'US';
    const certificationOf = (movie: MovieSeed) =>
      certificationIn(country, usMovieCertification(movie.genres, movie.adult === true));
    const orderOf = (movie: MovieSeed) => certificationOrder(country, certificationOf(movie)) ?? 0;
    const minCert = certificationOrder(country, query['certification.gte']);
    const maxCert = certificationOrder(country, query['certification.lte']);
    const castIds = (movie: MovieSeed) => ids(movie.cast.map(([id]) => id));
    const crewIds = (movie: MovieSeed) => ids(movie.crew.map(([id]) => id));
    const monetization = matchExpression(query.with_watch_monetization_types);
    const found = applyAll(data.movies, [
      (movie) => query.include_adult === true || movie.adult !== true,
      keep(matchExpression(query.with_genres), (movie) => ids(movie.genres)),
      keep(excludeExpression(query.without_genres), (movie) => ids(movie.genres)),
      keep(matchExpression(query.with_companies), (movie) => ids(movie.companies)),
      keep(excludeExpression(query.without_companies), (movie) => ids(movie.companies)),
      keep(matchExpression(query.with_keywords), (movie) => ids(movie.keywords)),
      keep(excludeExpression(query.without_keywords), (movie) => ids(movie.keywords)),
      keep(matchExpression(query.with_cast), castIds),
      keep(matchExpression(query.with_crew), crewIds),
      keep(matchExpression(query.with_people), (movie) => [...castIds(movie), ...crewIds(movie)]),
      keep(matchExpression(query.with_original_language), (movie) => [movie.language]),
      keep(matchExpression(query.with_origin_country), (movie) => movie.countries.slice(0, 1)),
      keep(matchExpression(query.with_watch_providers), (movie) =>
        providerIds(movieWatchProviders(movie, today), query.watch_region, monetization),
      ),
      keep(excludeExpression(query.without_watch_providers), (movie) =>
        providerIds(movieWatchProviders(movie, today), query.watch_region, monetization),
      ),
      (movie) =>
        query.primary_release_year === undefined ||
        movie.releaseDate.startsWith(String(query.primary_release_year)),
      (movie) => query.year === undefined || movie.releaseDate.startsWith(String(query.year)),
      (movie) =>
        within(movie.releaseDate, query['primary_release_date.gte'], query['primary_release_date.lte']),
      (movie) => within(movie.releaseDate, query['release_date.gte'], query['release_date.lte']),
      (movie) => within(movie.voteAverage, query['vote_average.gte'], query['vote_average.lte']),
      (movie) => within(movie.voteCount, query['vote_count.gte'], query['vote_count.lte']),
      (movie) => within(movie.runtime, query['with_runtime.gte'], query['with_runtime.lte']),
      (movie) => query.certification === undefined || certificationOf(movie) === query.certification,
      (movie) => within(orderOf(movie), minCert, maxCert),
    ]);
    const sort = sorter<MovieSeed>(
      query.sort_by ?? 'popularity.desc',
      {
        popularity: (movie) => movie.popularity,
        revenue: (movie) => movie.revenue,
        primary_release_date: (movie) => movie.releaseDate,
        title: (movie) => movie.title,
        original_title: (movie) => movie.originalTitle ?? movie.title,
        vote_average: (movie) => movie.voteAverage,
        vote_count: (movie) => movie.voteCount,
      },
      'popularity',
    );
    return ok(paginate(found.toSorted(sort).map(movieListItem), query.page));
  },

  discoverTv: ({ query }, { data, today }) => {
    const first = (show: SeriesSeed) => firstAirDate(show, today);
    const monetization = matchExpression(query.with_watch_monetization_types);
    const airDates = (show: SeriesSeed) =>
      allEpisodes(show)
        .filter((ref) => ref.season.number > 0)
        .map((ref) => episodeAirDate(ref.season, ref.number - 1, today));
    const airsInWindow = (show: SeriesSeed) =>
      (query['air_date.gte'] === undefined && query['air_date.lte'] === undefined) ||
      airDates(show).some((date) => within(date, query['air_date.gte'], query['air_date.lte']));
    const runtimes = (show: SeriesSeed) => allEpisodes(show).map((ref) => ref.episode.runtime);
    const found = applyAll(data.series, [
      keep(matchExpression(query.with_genres), (show) => ids(show.genres)),
      keep(excludeExpression(query.without_genres), (show) => ids(show.genres)),
      keep(matchExpression(query.with_networks), (show) => ids(show.networks)),
      keep(matchExpression(query.with_companies), (show) => ids(show.companies)),
      keep(excludeExpression(query.without_companies), (show) => ids(show.companies)),
      keep(matchExpression(query.with_keywords), (show) => ids(show.keywords)),
      keep(excludeExpression(query.without_keywords), (show) => ids(show.keywords)),
      keep(matchExpression(query.with_original_language), (show) => [show.language]),
      keep(matchExpression(query.with_origin_country), (show) => show.countries.slice(0, 1)),
      keep(matchExpression(query.with_status), (show) => [String(TV_STATUS_CODES.indexOf(show.status))]),
      keep(matchExpression(query.with_type), (show) => [String(TV_TYPE_CODES.indexOf(show.type))]),
      keep(matchExpression(query.with_watch_providers), (show) =>
        providerIds(seriesWatchProviders(show, today), query.watch_region, monetization),
      ),
      keep(excludeExpression(query.without_watch_providers), (show) =>
        providerIds(seriesWatchProviders(show, today), query.watch_region, monetization),
      ),
      (show) => query.include_null_first_air_dates === true || first(show) !== '',
      (show) =>
        query.first_air_date_year === undefined || first(show).startsWith(String(query.first_air_date_year)),
      (show) => within(first(show), query['first_air_date.gte'], query['first_air_date.lte']),
      airsInWindow,
      (show) => within(show.voteAverage, query['vote_average.gte'], query['vote_average.lte']),
      (show) => within(show.voteCount, query['vote_count.gte'], query['vote_count.lte']),
      (show) =>
        runtimes(show).some((runtime) =>
          within(runtime, query['with_runtime.gte'], query['with_runtime.lte']),
        ),
      (show) => query.screened_theatrically !== true || show.status === 'Ended',
    ]);
    const sort = sorter<SeriesSeed>(
      query.sort_by ?? 'popularity.desc',
      {
        popularity: (show) => show.popularity,
        first_air_date: first,
        name: (show) => show.name,
        original_name: (show) => show.originalName ?? show.name,
        vote_average: (show) => show.voteAverage,
        vote_count: (show) => show.voteCount,
      },
      'popularity',
    );
    return ok(
      paginate(
        found.toSorted(sort).map((show) => tvListItem(show, today)),
        query.page,
      ),
    );
  },
} satisfies Partial<HandlerTable>;
