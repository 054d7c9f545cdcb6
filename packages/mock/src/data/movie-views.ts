// Projections of a movie row into the shapes the spec defines for it.
import type { Schemas } from '@tmdb-kit/types';
import { collections } from './collections.js';
import { companies } from './companies.js';
import { genresByIds, movieGenres } from './genres.js';
import { backdropPath, posterPath, slugify } from './images.js';
import type { MovieSeed } from './movies.js';
import { countryName, language } from './reference.js';

export const movieSlug = (movie: MovieSeed): string => slugify(movie.title);

export function movieListItem(movie: MovieSeed): Schemas['MovieListItem'] {
  const slug = movieSlug(movie);
  return {
    adult: movie.adult ?? false,
    backdrop_path: backdropPath(slug),
    genre_ids: [...movie.genres],
    id: movie.id,
    original_language: movie.language,
    original_title: movie.originalTitle ?? movie.title,
    overview: movie.overview,
    popularity: movie.popularity,
    poster_path: posterPath(slug),
    release_date: movie.releaseDate,
    title: movie.title,
    video: false,
    vote_average: movie.voteAverage,
    vote_count: movie.voteCount,
  };
}

export function productionCompany(id: number): Schemas['ProductionCompany'][] {
  return companies
    .filter((company) => company.id === id)
    .map((company) => ({
      id: company.id,
      name: company.name,
      logo_path: company.hasLogo ? `/${slugify(company.name)}-logo.png` : null,
      origin_country: company.originCountry,
    }));
}

export function collectionSummary(id: number | undefined): Schemas['CollectionSummary'] | null {
  const collection = collections.find((entry) => entry.id === id);
  if (!collection) return null;
  const slug = slugify(collection.name);
  return {
    id: collection.id,
    name: collection.name,
    poster_path: posterPath(slug),
    backdrop_path: backdropPath(slug),
  };
}

export function movieDetails(movie: MovieSeed): Schemas['MovieDetails'] {
  const spoken = language(movie.language);
  const { genre_ids: _listOnly, ...shared } = movieListItem(movie);
  return {
    ...shared,
    belongs_to_collection: collectionSummary(movie.collection),
    budget: movie.budget,
    genres: genresByIds(movieGenres, movie.genres),
    homepage: movie.popularity > 40 ? `https://example.com/films/${movieSlug(movie)}` : '',
    imdb_id: movieImdbId(movie.id),
    origin_country: [...movie.countries.slice(0, 1)],
    production_companies: movie.companies.flatMap(productionCompany),
    production_countries: movie.countries.map((code) => ({ iso_3166_1: code, name: countryName(code) })),
    revenue: movie.revenue,
    runtime: movie.runtime,
    spoken_languages: [{ iso_639_1: spoken.code, name: spoken.nativeName, english_name: spoken.englishName }],
    status: movie.status ?? 'Released',
    tagline: movie.tagline,
  };
}

/** Invented IMDb-style ids (`tt9` + id), so /find can look movies up by them. */
export const movieImdbId = (id: number): string => `tt9${String(id).padStart(6, '0')}`;
