// Projections of a series, its seasons and episodes into the shapes the spec defines. Air dates of
// `airing` seasons depend on `today` (see ../data/tv.ts), so every projection takes it.
import type { Schemas } from '@tmdb-kit/types';
import { creditsOfMedia, personOf } from '../data/credits.js';
import { allEpisodes, type EpisodeRef, episodeId, episodesOf, seasonId } from '../data/episodes.js';
import { genresByIds, tvGenres } from '../data/genres.js';
import { networks } from '../data/networks.js';
import { countryName, language } from '../data/reference.js';
import type { SeasonSeed, SeriesSeed } from '../data/tv.js';
import { aggregateCredits, crewMember, guestStar } from './credits.js';
import { backdropPath, posterImage, posterPath, slugify, stillImage, stillPath } from './images.js';
import {
  addDays,
  imageSet,
  imagesInLanguages,
  translationLanguages,
  videosFor,
  watchAvailability,
} from './media-common.js';
import { productionCompany } from './movie.js';

export const seriesSlug = (show: SeriesSeed): string => slugify(show.name);

export function episodeAirDate(season: SeasonSeed, index: number, today: string): string {
  if (!season.airing) return addDays(season.airDate, 7 * index);
  const middle = Math.ceil(season.episodes.length / 2) - 1;
  return addDays(today, 7 * (index - middle));
}

const regularSeasons = (show: SeriesSeed) => show.seasons.filter((season) => season.number > 0);

export function firstAirDate(show: SeriesSeed, today: string): string {
  const first = regularSeasons(show)[0];
  return first ? episodeAirDate(first, 0, today) : '';
}

export function tvListItem(show: SeriesSeed, today: string): Schemas['TvListItem'] {
  const slug = seriesSlug(show);
  return {
    adult: false,
    backdrop_path: backdropPath(slug),
    first_air_date: firstAirDate(show, today),
    genre_ids: [...show.genres],
    id: show.id,
    name: show.name,
    origin_country: [...show.countries.slice(0, 1)],
    original_language: show.language,
    original_name: show.originalName ?? show.name,
    overview: show.overview,
    popularity: show.popularity,
    poster_path: posterPath(slug),
    vote_average: show.voteAverage,
    vote_count: show.voteCount,
  };
}

export const tvWithMediaType = (show: SeriesSeed, today: string): Schemas['TvListItemWithMediaType'] => ({
  ...tvListItem(show, today),
  media_type: 'tv',
});

const episodeVote = (ref: EpisodeRef) => ({
  vote_average:
    ref.show.voteAverage === 0 ? 0 : Math.min(10, ref.show.voteAverage + ((ref.number % 3) - 1) / 10),
  vote_count: Math.round(ref.show.voteCount / 20),
});

function episodeCore(ref: EpisodeRef, today: string) {
  const airDate = episodeAirDate(ref.season, ref.number - 1, today);
  return {
    air_date: airDate,
    episode_number: ref.number,
    id: episodeId(ref.show, ref.season, ref.number),
    name: ref.episode.name,
    overview: ref.episode.overview,
    production_code: `${ref.show.id}-${ref.season.number}${String(ref.number).padStart(2, '0')}`,
    runtime: ref.episode.runtime,
    season_number: ref.season.number,
    still_path: stillPath(`${seriesSlug(ref.show)}-s${ref.season.number}e${ref.number}`),
    ...episodeVote(ref),
  };
}

function episodeType(ref: EpisodeRef): string {
  const last = ref.number === ref.season.episodes.length;
  if (!last) return 'standard';
  return ref.show.status === 'Ended' && ref.season === ref.show.seasons.at(-1) ? 'finale' : 'mid_season';
}

export function episodeSummary(ref: EpisodeRef, today: string): Schemas['EpisodeSummary'] {
  return { ...episodeCore(ref, today), episode_type: episodeType(ref), show_id: ref.show.id };
}

export function episodeMediaItem(ref: EpisodeRef, today: string): Schemas['TvEpisodeMediaItem'] {
  return {
    ...episodeCore(ref, today),
    episode_type: episodeType(ref),
    media_type: 'tv_episode',
    show_id: ref.show.id,
  };
}

export function episodeCrew(ref: EpisodeRef): Schemas['CrewMember'][] {
  return creditsOfMedia('tv', ref.show.id)
    .filter((credit) => credit.kind === 'crew')
    .map((credit) => ({ ...crewMember(credit), department: 'Writing', job: 'Writer' }));
}

export function episodeGuestStars(ref: EpisodeRef): Schemas['GuestStar'][] {
  const id = episodeId(ref.show, ref.season, ref.number);
  return (ref.episode.guests ?? []).map(([personId, character], order) =>
    guestStar(
      personOf({ personId }),
      character,
      `5ee2${id.toString(16).padStart(12, '0')}${personId.toString(16).padStart(8, '0')}`,
      order,
    ),
  );
}

export function episodeDetails(ref: EpisodeRef, today: string): Schemas['TvEpisodeDetails'] {
  return {
    ...episodeCore(ref, today),
    crew: episodeCrew(ref),
    episode_type: episodeType(ref),
    guest_stars: episodeGuestStars(ref),
  };
}

export function seasonEpisode(ref: EpisodeRef, today: string): Schemas['SeasonEpisode'] {
  return { ...episodeSummary(ref, today), crew: episodeCrew(ref), guest_stars: episodeGuestStars(ref) };
}

const seasonName = (season: SeasonSeed) => season.name ?? `Season ${season.number}`;
const seasonPoster = (show: SeriesSeed, season: SeasonSeed) =>
  posterPath(`${seriesSlug(show)}-season-${season.number}`);
const seasonVote = (show: SeriesSeed, season: SeasonSeed) =>
  show.voteAverage === 0 ? 0 : Math.min(10, show.voteAverage + (season.number % 2) / 10);

export function seasonSummary(show: SeriesSeed, season: SeasonSeed, today: string): Schemas['SeasonSummary'] {
  return {
    air_date: episodeAirDate(season, 0, today),
    episode_count: season.episodes.length,
    id: seasonId(show, season),
    name: seasonName(season),
    overview: season.overview,
    poster_path: seasonPoster(show, season),
    season_number: season.number,
    vote_average: seasonVote(show, season),
  };
}

export function seasonMediaItem(
  show: SeriesSeed,
  season: SeasonSeed,
  today: string,
): Schemas['TvSeasonMediaItem'] {
  return { ...seasonSummary(show, season, today), media_type: 'tv_season', show_id: show.id };
}

export function networkSummaries(show: SeriesSeed): Schemas['NetworkSummary'][] {
  return networks
    .filter((network) => show.networks.includes(network.id))
    .map((network) => ({
      id: network.id,
      logo_path: `/${slugify(network.name)}-logo.png`,
      name: network.name,
      origin_country: network.originCountry,
    }));
}

export function seasonDetails(
  show: SeriesSeed,
  season: SeasonSeed,
  today: string,
): Schemas['TvSeasonDetails'] {
  return {
    _id: `5e5a${seasonId(show, season).toString(16).padStart(20, '0')}`,
    air_date: episodeAirDate(season, 0, today),
    episodes: episodesOf(show, season).map((ref) => seasonEpisode(ref, today)),
    id: seasonId(show, season),
    name: seasonName(season),
    networks: networkSummaries(show),
    overview: season.overview,
    poster_path: seasonPoster(show, season),
    season_number: season.number,
    vote_average: seasonVote(show, season),
  };
}

export function seriesDetails(show: SeriesSeed, today: string): Schemas['TvSeriesDetails'] {
  const { genre_ids: _listOnly, ...shared } = tvListItem(show, today);
  const episodes = allEpisodes(show).filter((ref) => ref.season.number > 0);
  const dated = episodes.map((ref) => ({ ref, date: episodeAirDate(ref.season, ref.number - 1, today) }));
  const aired = dated.filter((entry) => entry.date <= today);
  const upcoming = dated.filter((entry) => entry.date > today);
  const lastAired = aired.at(-1);
  const nextUp = upcoming[0];
  const spoken = language(show.language);
  return {
    ...shared,
    created_by: creditsOfMedia('tv', show.id)
      .filter((credit) => credit.kind === 'crew')
      .map((credit) => {
        const person = personOf(credit);
        return {
          id: person.id,
          credit_id: credit.creditId,
          name: person.name,
          original_name: person.name,
          gender: person.gender,
          profile_path: crewMember(credit).profile_path,
        };
      }),
    episode_run_time: [...new Set(episodes.map((ref) => ref.episode.runtime))].slice(0, 2),
    genres: genresByIds(tvGenres, show.genres),
    homepage: show.popularity > 30 ? `https://example.com/series/${seriesSlug(show)}` : '',
    in_production: show.status === 'Returning Series' || show.status === 'In Production',
    languages: [show.language],
    last_air_date: lastAired?.date ?? null,
    last_episode_to_air: lastAired ? episodeSummary(lastAired.ref, today) : null,
    networks: networkSummaries(show),
    next_episode_to_air: nextUp ? episodeSummary(nextUp.ref, today) : null,
    number_of_episodes: episodes.length,
    number_of_seasons: regularSeasons(show).length,
    origin_country: [...show.countries.slice(0, 1)],
    production_companies: show.companies.flatMap(productionCompany),
    production_countries: show.countries.map((code) => ({ iso_3166_1: code, name: countryName(code) })),
    seasons: show.seasons.map((season) => seasonSummary(show, season, today)),
    spoken_languages: [{ iso_639_1: spoken.code, name: spoken.nativeName, english_name: spoken.englishName }],
    status: show.status,
    tagline: show.tagline,
    type: show.type,
  };
}

export const seriesAggregateCredits = (show: SeriesSeed): Schemas['AggregateCredits'] =>
  aggregateCredits(show.id, allEpisodes(show).length);

export function seriesImages(show: SeriesSeed, includeLanguages: string | undefined): Schemas['ImageList'] {
  const set = imageSet(seriesSlug(show), show.language, show.popularity > 20);
  return {
    backdrops: imagesInLanguages(set.backdrops, includeLanguages),
    logos: imagesInLanguages(set.logos, includeLanguages),
    posters: imagesInLanguages(set.posters, includeLanguages),
  };
}

export function seasonImages(
  show: SeriesSeed,
  season: SeasonSeed,
  includeLanguages: string | undefined,
): Schemas['SeasonImageList'] {
  return {
    posters: imagesInLanguages([posterImage(seasonPoster(show, season), show.language)], includeLanguages),
  };
}

export function episodeImages(
  ref: EpisodeRef,
  includeLanguages: string | undefined,
): Schemas['EpisodeImageList'] {
  const still = stillImage(stillPath(`${seriesSlug(ref.show)}-s${ref.season.number}e${ref.number}`));
  return { stills: imagesInLanguages([still], includeLanguages) };
}

export const seriesVideos = (show: SeriesSeed, today: string): Schemas['VideoList'] =>
  videosFor(show.id, show.name, firstAirDate(show, today) || today, show.popularity > 30);

export const seasonVideos = (show: SeriesSeed, season: SeasonSeed, today: string): Schemas['VideoList'] =>
  videosFor(
    seasonId(show, season),
    `${show.name} ${seasonName(season)}`,
    episodeAirDate(season, 0, today),
    false,
  );

export const seriesWatchProviders = (show: SeriesSeed, today: string): Schemas['WatchProviderResults'] =>
  watchAvailability('tv', show.id, firstAirDate(show, today) <= today);

export function seriesTranslations(show: SeriesSeed): Schemas['TvTranslationList'] {
  return {
    translations: translationLanguages(show.language, show.countries[0] ?? 'US').map((base) => {
      const known = base.iso_639_1 === show.language || base.iso_639_1 === 'en';
      return {
        ...base,
        data: {
          name:
            base.iso_639_1 === 'en'
              ? show.name
              : base.iso_639_1 === show.language
                ? (show.originalName ?? show.name)
                : '',
          overview: known ? show.overview : '',
          homepage: '',
          tagline: known ? show.tagline : '',
        },
      };
    }),
  };
}

export function seasonTranslations(show: SeriesSeed, season: SeasonSeed): Schemas['SeasonTranslationList'] {
  return {
    translations: translationLanguages(show.language, show.countries[0] ?? 'US').map((base) => ({
      ...base,
      data: {
        name: base.iso_639_1 === 'en' ? seasonName(season) : '',
        overview: base.iso_639_1 === 'en' ? season.overview : '',
      },
    })),
  };
}

export function episodeTranslations(ref: EpisodeRef): Schemas['EpisodeTranslationList'] {
  return {
    translations: translationLanguages(ref.show.language, ref.show.countries[0] ?? 'US').map((base) => ({
      ...base,
      data: {
        name: base.iso_639_1 === 'en' ? ref.episode.name : '',
        overview: base.iso_639_1 === 'en' ? ref.episode.overview : '',
      },
    })),
  };
}

export const seriesImdbId = (id: number): string => `tt8${String(id).padStart(6, '0')}`;
export const seriesTvdbId = (id: number): number => 900_000 + id;
export const seasonTvdbId = (id: number): number => 9_000_000 + id;
export const episodeTvdbId = (id: number): number => 90_000_000 + id;
export const episodeImdbId = (id: number): string => `tt7${String(id).padStart(8, '0')}`;

export function seriesExternalIds(show: SeriesSeed): Schemas['TvExternalIds'] {
  return {
    imdb_id: seriesImdbId(show.id),
    freebase_mid: null,
    freebase_id: null,
    tvdb_id: seriesTvdbId(show.id),
    tvrage_id: null,
    wikidata_id: `Q8${show.id}`,
    facebook_id: show.popularity > 30 ? `${seriesSlug(show).replaceAll('-', '')}tv` : null,
    instagram_id: null,
    twitter_id: null,
  };
}

export function seasonExternalIds(show: SeriesSeed, season: SeasonSeed): Schemas['SeasonExternalIds'] {
  return {
    freebase_mid: null,
    freebase_id: null,
    tvdb_id: seasonTvdbId(seasonId(show, season)),
    tvrage_id: null,
    wikidata_id: null,
  };
}

export function episodeExternalIds(ref: EpisodeRef): Schemas['EpisodeExternalIds'] {
  const id = episodeId(ref.show, ref.season, ref.number);
  return {
    imdb_id: episodeImdbId(id),
    freebase_mid: null,
    freebase_id: null,
    tvdb_id: episodeTvdbId(id),
    tvrage_id: null,
    wikidata_id: null,
  };
}

export function seriesAlternativeTitles(show: SeriesSeed): Schemas['TvAlternativeTitleList'] {
  const results: Schemas['AlternativeTitle'][] = [
    { iso_3166_1: 'US', title: `${show.name}: The Series`, type: 'promotional title' },
  ];
  if (show.originalName)
    results.unshift({
      iso_3166_1: show.countries[0] ?? 'US',
      title: show.originalName,
      type: 'original title',
    });
  return { results };
}

export function similarSeries(show: SeriesSeed, all: readonly SeriesSeed[]): SeriesSeed[] {
  const shared = (other: SeriesSeed) => other.genres.filter((genre) => show.genres.includes(genre)).length;
  return all
    .filter((other) => other.id !== show.id && shared(other) > 0)
    .toSorted((a, b) => shared(b) - shared(a) || b.popularity - a.popularity);
}

export function recommendedSeries(show: SeriesSeed, all: readonly SeriesSeed[]): SeriesSeed[] {
  const people = new Set(show.cast.map(([id]) => id));
  const score = (other: SeriesSeed) =>
    other.networks.filter((id) => show.networks.includes(id)).length * 2 +
    other.keywords.filter((id) => show.keywords.includes(id)).length +
    other.cast.filter(([id]) => people.has(id)).length;
  return all
    .filter((other) => other.id !== show.id && score(other) > 0)
    .toSorted((a, b) => score(b) - score(a) || b.popularity - a.popularity);
}
