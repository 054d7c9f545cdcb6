// Text search over the data set (see ./text-match.ts), ranked by popularity like TMDB's default order.
import type { Schemas } from '@tmdb-kit/types';
import type { MockData } from '../data/index.js';
import { backdropPath, posterPath, slugify } from '../responses/images.js';
import { movieListItem, movieWithMediaType } from '../responses/movie.js';
import { paginate, paginateMapped } from '../responses/pagination.js';
import { personListItem, personWithMediaType } from '../responses/person.js';
import { ok } from '../responses/respond.js';
import { firstAirDate, tvListItem, tvWithMediaType } from '../responses/tv.js';
import type { HandlerTable } from './contract.js';
import { matchesQuery } from './text-match.js';

const byPopularity = <T extends { readonly popularity: number }>(a: T, b: T) => b.popularity - a.popularity;

function matchingMovies(data: MockData, query: string, includeAdult: boolean | undefined) {
  return data.movies
    .filter((movie) => matchesQuery(query, [movie.title, movie.originalTitle ?? movie.title]))
    .filter((movie) => includeAdult === true || movie.adult !== true)
    .toSorted(byPopularity);
}

const matchingSeries = (data: MockData, query: string) =>
  data.series
    .filter((show) => matchesQuery(query, [show.name, show.originalName ?? show.name]))
    .toSorted(byPopularity);

const matchingPeople = (data: MockData, query: string) =>
  data.people
    .filter((person) => matchesQuery(query, [person.name, ...(person.alsoKnownAs ?? [])]))
    .toSorted(byPopularity);

export const searchHandlers = {
  searchMovie: ({ query }, { data }) => {
    const year = query.primary_release_year ?? query.year;
    const found = matchingMovies(data, query.query, query.include_adult).filter(
      (movie) => year === undefined || movie.releaseDate.startsWith(String(year)),
    );
    return ok(paginate(found.map(movieListItem), query.page));
  },

  searchTv: ({ query }, { data, today }) => {
    const year = query.first_air_date_year ?? query.year;
    const found = matchingSeries(data, query.query).filter(
      (show) => year === undefined || firstAirDate(show, today).startsWith(String(year)),
    );
    return ok(
      paginate(
        found.map((show) => tvListItem(show, today)),
        query.page,
      ),
    );
  },

  searchPerson: ({ query }, { data, today }) =>
    ok(
      paginateMapped(matchingPeople(data, query.query), query.page, (person) =>
        personListItem(person, today),
      ),
    ),

  searchMulti: ({ query }, { data, today }) => {
    // Items are built lazily: only the requested page's list items (people carry known_for) are made.
    const results: { popularity: number; item: () => Schemas['MultiSearchItem'] }[] = [
      ...matchingMovies(data, query.query, query.include_adult).map((movie) => ({
        popularity: movie.popularity,
        item: () => movieWithMediaType(movie),
      })),
      ...matchingSeries(data, query.query).map((show) => ({
        popularity: show.popularity,
        item: () => tvWithMediaType(show, today),
      })),
      ...matchingPeople(data, query.query).map((person) => ({
        popularity: person.popularity,
        item: () => personWithMediaType(person, today),
      })),
    ];
    return ok(paginateMapped(results.toSorted(byPopularity), query.page, ({ item }) => item()));
  },

  searchCollection: ({ query }, { data }) => {
    const found = data.collections
      .filter((collection) => matchesQuery(query.query, [collection.name]))
      .map((collection) => {
        const slug = slugify(collection.name);
        return {
          adult: false,
          backdrop_path: backdropPath(slug),
          id: collection.id,
          name: collection.name,
          original_language: 'en',
          original_name: collection.name,
          overview: collection.overview,
          poster_path: posterPath(slug),
        };
      });
    return ok(paginate(found, query.page));
  },

  searchCompany: ({ query }, { data }) => {
    const found = data.companies
      .filter((company) => matchesQuery(query.query, [company.name, ...company.alternativeNames]))
      .map((company) => ({
        id: company.id,
        logo_path: company.hasLogo ? `/${slugify(company.name)}-logo.png` : null,
        name: company.name,
        origin_country: company.originCountry,
      }));
    return ok(paginate(found, query.page));
  },

  searchKeyword: ({ query }, { data }) =>
    ok(
      paginate(
        data.keywords.filter((keyword) => matchesQuery(query.query, [keyword.name])),
        query.page,
      ),
    ),
} satisfies Partial<HandlerTable>;
