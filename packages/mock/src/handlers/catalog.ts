// Collections, companies, networks, keywords and single credits: records other records point at.
import type { Schemas } from '@tmdb-kit/types';
import type { CompanySeed } from '../data/companies.js';
import { creditById, personOf } from '../data/credits.js';
import { allEpisodes } from '../data/episodes.js';
import { personProfilePath } from '../responses/credits.js';
import { backdropImage, backdropPath, posterImage, posterPath, slugify } from '../responses/images.js';
import { imagesInLanguages, translationLanguages } from '../responses/media-common.js';
import { movieListItem, movieWithMediaType } from '../responses/movie.js';
import { paginate } from '../responses/pagination.js';
import { notFound, ok, subResource } from '../responses/respond.js';
import { episodeAirDate, episodeMediaItem, tvWithMediaType } from '../responses/tv.js';
import type { HandlerTable } from './contract.js';

const logoFor = (name: string, fileType: '.png' | '.svg', id: number): Schemas['CompanyLogo'] => ({
  aspect_ratio: 2.667,
  file_path: `/${slugify(name)}-logo${fileType}`,
  file_type: fileType,
  height: 300,
  id: `5e10${id.toString(16).padStart(20, '0')}`,
  vote_average: 5.3,
  vote_count: 2,
  width: 800,
});

/** Companies and networks list their other names; TMDB leaves each name's `type` empty. */
const alternativeNames = (record: { readonly alternativeNames: readonly string[] }) => ({
  results: record.alternativeNames.map((name) => ({ name, type: '' })),
});

const companyLogoPath = (company: CompanySeed): string | null =>
  company.hasLogo ? `/${slugify(company.name)}-logo.png` : null;

export const catalogHandlers = {
  getCollectionDetails: ({ path }, { data }) => {
    const collection = data.collection(path.collection_id);
    if (!collection) return notFound();
    const slug = slugify(collection.name);
    const parts = data.movies
      .filter((movie) => movie.collection === collection.id)
      .toSorted((a, b) => a.releaseDate.localeCompare(b.releaseDate));
    return ok({
      backdrop_path: backdropPath(slug),
      id: collection.id,
      name: collection.name,
      original_language: 'en',
      original_name: collection.name,
      overview: collection.overview,
      parts: parts.map(movieWithMediaType),
      poster_path: posterPath(slug),
    });
  },

  getCollectionImages: ({ path, query }, { data }) => {
    const collection = data.collection(path.collection_id);
    if (!collection) return notFound();
    const slug = slugify(collection.name);
    const posters = [posterImage(posterPath(slug), 'en'), posterImage(`/${slug}-poster-textless.jpg`, null)];
    return ok({
      id: collection.id,
      backdrops: imagesInLanguages([backdropImage(backdropPath(slug))], query.include_image_language),
      posters: imagesInLanguages(posters, query.include_image_language),
    });
  },

  getCollectionTranslations: ({ path }, { data }) =>
    subResource(data.collection(path.collection_id), (collection) => ({
      translations: translationLanguages('en', 'US').map((base) => ({
        ...base,
        data: {
          homepage: '',
          overview: base.iso_639_1 === 'en' ? collection.overview : '',
          title: base.iso_639_1 === 'en' ? collection.name : '',
        },
      })),
    })),

  getCompanyDetails: ({ path }, { data }) => {
    const company = data.company(path.company_id);
    if (!company) return notFound();
    const parent = company.parentId === undefined ? undefined : data.company(company.parentId);
    return ok({
      description: company.description,
      headquarters: company.headquarters,
      homepage: `https://example.com/companies/${slugify(company.name)}`,
      id: company.id,
      logo_path: companyLogoPath(company),
      name: company.name,
      origin_country: company.originCountry,
      parent_company: parent
        ? { id: parent.id, logo_path: companyLogoPath(parent), name: parent.name }
        : null,
    });
  },

  getCompanyAlternativeNames: ({ path }, { data }) =>
    subResource(data.company(path.company_id), alternativeNames),

  getCompanyImages: ({ path }, { data }) =>
    subResource(data.company(path.company_id), (company) => ({
      logos: company.hasLogo
        ? [logoFor(company.name, '.png', company.id), logoFor(company.name, '.svg', company.id + 1)]
        : [],
    })),

  getNetworkDetails: ({ path }, { data }) => {
    const network = data.network(path.network_id);
    if (!network) return notFound();
    return ok({
      headquarters: network.headquarters,
      homepage: `https://example.com/networks/${slugify(network.name)}`,
      id: network.id,
      logo_path: `/${slugify(network.name)}-logo.png`,
      name: network.name,
      origin_country: network.originCountry,
    });
  },

  getNetworkAlternativeNames: ({ path }, { data }) =>
    subResource(data.network(path.network_id), alternativeNames),

  getNetworkImages: ({ path }, { data }) =>
    subResource(data.network(path.network_id), (network) => ({
      logos: [logoFor(network.name, '.png', network.id)],
    })),

  getKeywordDetails: ({ path }, { data }) => {
    const keyword = data.keywords.find((candidate) => candidate.id === path.keyword_id);
    return keyword ? ok(keyword) : notFound();
  },

  getKeywordMovies: ({ path, query }, { data }) => {
    const keyword = data.keywords.find((candidate) => candidate.id === path.keyword_id);
    if (!keyword) return notFound();
    const tagged = data.movies
      .filter((movie) => movie.keywords.includes(keyword.id))
      .filter((movie) => query.include_adult === true || movie.adult !== true)
      .toSorted((a, b) => b.popularity - a.popularity);
    return ok({ id: keyword.id, ...paginate(tagged.map(movieListItem), query.page) });
  },

  getCreditDetails: ({ path }, { data, today }) => {
    const credit = creditById(path.credit_id);
    if (!credit) return notFound();
    const person = personOf(credit);
    const common = {
      credit_type: credit.kind,
      department: credit.department,
      id: credit.creditId,
      job: credit.kind === 'cast' ? 'Actor' : credit.role,
      person: {
        adult: false,
        gender: person.gender,
        id: person.id,
        known_for_department: person.department,
        media_type: 'person' as const,
        name: person.name,
        original_name: person.name,
        popularity: person.popularity,
        profile_path: personProfilePath(person),
      },
    };
    const character = credit.kind === 'cast' ? { character: credit.role } : {};
    if (credit.mediaType === 'movie') {
      const movie = data.movie(credit.mediaId);
      if (!movie) return notFound();
      return ok({ ...common, media_type: 'movie', media: { ...movieWithMediaType(movie), ...character } });
    }
    const show = data.show(credit.mediaId);
    if (!show) return notFound();
    return ok({
      ...common,
      media_type: 'tv',
      media: {
        ...tvWithMediaType(show, today),
        ...character,
        episodes: allEpisodes(show)
          .slice(0, 1)
          .map((ref) => episodeMediaItem(ref, today)),
        seasons: show.seasons
          .filter((season) => season.number > 0)
          .map((season) => ({
            air_date: episodeAirDate(season, 0, today),
            episode_count: season.episodes.length,
            id: show.id * 100 + season.number,
            name: season.name ?? `Season ${season.number}`,
            overview: season.overview,
            poster_path: posterPath(`${slugify(show.name)}-season-${season.number}`),
            season_number: season.number,
            show_id: show.id,
          })),
      },
    });
  },
} satisfies Partial<HandlerTable>;
