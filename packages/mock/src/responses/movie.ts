// Projections of a movie row into the shapes the spec defines for it.
import type { Schemas } from '@tmdb-kit/types';
import { certificationIn, usMovieCertification } from '../data/certifications.js';
import { collections } from '../data/collections.js';
import { companies } from '../data/companies.js';
import { genresByIds, movieGenres } from '../data/genres.js';
import { keywords } from '../data/keywords.js';
import type { MovieSeed } from '../data/movies.js';
import { countryName, language } from '../data/reference.js';
import { backdropPath, posterPath, slugify } from './images.js';
import {
  imageSet,
  imagesInLanguages,
  translationLanguages,
  videosFor,
  watchAvailability,
} from './media-common.js';

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

export const movieWikidataId = (id: number): string => `Q9${id}`;

export function movieExternalIds(movie: MovieSeed): Schemas['MovieExternalIds'] {
  const slug = movieSlug(movie).replaceAll('-', '');
  return {
    facebook_id: movie.popularity > 30 ? `${slug}film` : null,
    imdb_id: movieImdbId(movie.id),
    instagram_id: movie.popularity > 30 ? `${slug}film` : null,
    twitter_id: null,
    wikidata_id: movieWikidataId(movie.id),
  };
}

export function movieAlternativeTitles(
  movie: MovieSeed,
  country: string | undefined,
): Schemas['MovieAlternativeTitleList'] {
  const titles: Schemas['AlternativeTitle'][] = [];
  if (movie.originalTitle)
    titles.push({
      iso_3166_1: movie.countries[0] ?? 'US',
      title: movie.originalTitle,
      type: 'original title',
    });
  titles.push({ iso_3166_1: 'US', title: `${movie.title} (working title)`, type: 'working title' });
  return { titles: titles.filter((title) => country === undefined || title.iso_3166_1 === country) };
}

export function movieTranslations(movie: MovieSeed): Schemas['MovieTranslationList'] {
  return {
    translations: translationLanguages(movie.language, movie.countries[0] ?? 'US').map((base) => {
      const original = base.iso_639_1 === movie.language;
      const english = base.iso_639_1 === 'en';
      return {
        ...base,
        data: {
          homepage: '',
          overview: original || english ? movie.overview : '',
          runtime: movie.runtime,
          tagline: original || english ? movie.tagline : '',
          title: english ? movie.title : original ? (movie.originalTitle ?? movie.title) : '',
        },
      };
    }),
  };
}

export function movieReleaseDates(movie: MovieSeed): Schemas['ReleaseDates'] {
  const us = usMovieCertification(movie.genres, movie.adult === true);
  const regions = [...new Set([...movie.countries, 'US'])];
  return {
    results: regions.map((region) => ({
      iso_3166_1: region,
      release_dates: [
        {
          certification: certificationIn(region, us),
          descriptors: [],
          iso_639_1: '',
          note: region === movie.countries[0] ? 'Premiere' : '',
          release_date: `${movie.releaseDate}T00:00:00.000Z`,
          type: 3,
        },
      ],
    })),
  };
}

export function movieKeywords(movie: MovieSeed): Schemas['MovieKeywordList'] {
  return { keywords: keywords.filter((keyword) => movie.keywords.includes(keyword.id)) };
}

export function movieImages(movie: MovieSeed, includeLanguages: string | undefined): Schemas['ImageList'] {
  const set = imageSet(movieSlug(movie), movie.language, movie.popularity > 20);
  return {
    backdrops: imagesInLanguages(set.backdrops, includeLanguages),
    logos: imagesInLanguages(set.logos, includeLanguages),
    posters: imagesInLanguages(set.posters, includeLanguages),
  };
}

export const movieVideos = (movie: MovieSeed): Schemas['VideoList'] =>
  videosFor(movie.id, movie.title, movie.releaseDate, movie.popularity > 30);

export const movieWatchProviders = (movie: MovieSeed, today: string): Schemas['WatchProviderResults'] =>
  watchAvailability('movie', movie.id, movie.releaseDate <= today);

/** Movies sharing the most genres with this one (ties by popularity): what "similar" means in the fake. */
export function similarMovies(movie: MovieSeed, all: readonly MovieSeed[]): MovieSeed[] {
  const shared = (other: MovieSeed) => other.genres.filter((genre) => movie.genres.includes(genre)).length;
  return all
    .filter((other) => other.id !== movie.id && other.adult !== true && shared(other) > 0)
    .toSorted((a, b) => shared(b) - shared(a) || b.popularity - a.popularity);
}

/** Recommendations: same collection first, then movies sharing a keyword or a cast member. */
export function recommendedMovies(movie: MovieSeed, all: readonly MovieSeed[]): MovieSeed[] {
  const people = new Set(movie.cast.map(([id]) => id));
  const score = (other: MovieSeed) =>
    (other.collection !== undefined && other.collection === movie.collection ? 4 : 0) +
    other.keywords.filter((id) => movie.keywords.includes(id)).length * 2 +
    other.cast.filter(([id]) => people.has(id)).length;
  return all
    .filter((other) => other.id !== movie.id && other.adult !== true && score(other) > 0)
    .toSorted((a, b) => score(b) - score(a) || b.popularity - a.popularity);
}

export const movieWithMediaType = (movie: MovieSeed): Schemas['MovieListItemWithMediaType'] => ({
  ...movieListItem(movie),
  media_type: 'movie',
});
