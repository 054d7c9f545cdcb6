// Reference data: API configuration, countries, languages, jobs, time zones, genres, certifications and
// watch providers. Image URLs use TMDB's CDN layout on a placeholder host; the fake serves no image bytes.
import { movieCertifications, tvCertifications } from '../data/certifications.js';
import { countries, departments, languages, primaryTranslations } from '../data/reference.js';
import { WATCH_REGIONS, watchProviders } from '../data/watch-providers.js';
import { ok } from '../responses/respond.js';
import type { HandlerTable } from './contract.js';

function providerList(region: string | undefined) {
  return {
    results: watchProviders
      .filter((provider) => region === undefined || provider.regions.includes(region))
      .map((provider) => ({
        display_priority: provider.priority,
        logo_path: `/provider-${provider.id}-logo.png`,
        provider_id: provider.id,
        provider_name: provider.name,
        display_priorities: Object.fromEntries(provider.regions.map((code) => [code, provider.priority])),
      })),
  };
}

export const configurationHandlers = {
  getConfiguration: () =>
    ok({
      images: {
        base_url: 'http://images.example.invalid/t/p/',
        secure_base_url: 'https://images.example.invalid/t/p/',
        backdrop_sizes: ['w300', 'w780', 'w1280', 'original'],
        logo_sizes: ['w45', 'w92', 'w154', 'w185', 'w300', 'w500', 'original'],
        poster_sizes: ['w92', 'w154', 'w185', 'w342', 'w500', 'w780', 'original'],
        profile_sizes: ['w45', 'w185', 'h632', 'original'],
        still_sizes: ['w92', 'w185', 'w300', 'original'],
      },
      change_keys: ['biography', 'episode', 'name', 'overview'],
    }),

  getConfigurationCountries: () =>
    ok(
      countries.map((country) => ({
        iso_3166_1: country.code,
        english_name: country.englishName,
        native_name: country.nativeName,
      })),
    ),

  getConfigurationLanguages: () =>
    ok(
      languages.map((entry) => ({
        iso_639_1: entry.code,
        english_name: entry.englishName,
        name: entry.nativeName,
      })),
    ),

  getConfigurationJobs: () =>
    ok(departments.map((entry) => ({ department: entry.department, jobs: [...entry.jobs] }))),

  getConfigurationPrimaryTranslations: () => ok([...primaryTranslations]),

  getConfigurationTimezones: () =>
    ok(countries.map((country) => ({ iso_3166_1: country.code, zones: [...country.zones] }))),

  getMovieGenres: (_request, { data }) => ok({ genres: [...data.movieGenres] }),

  getTvGenres: (_request, { data }) => ok({ genres: [...data.tvGenres] }),

  getMovieCertifications: () => ok({ certifications: { ...movieCertifications } }),

  getTvCertifications: () => ok({ certifications: { ...tvCertifications } }),

  getWatchProviderRegions: () =>
    ok({
      results: countries
        .filter((country) => WATCH_REGIONS.includes(country.code))
        .map((country) => ({
          iso_3166_1: country.code,
          english_name: country.englishName,
          native_name: country.nativeName,
        })),
    }),

  getMovieWatchProviderList: ({ query }) => ok(providerList(query.watch_region)),

  getTvWatchProviderList: ({ query }) => ok(providerList(query.watch_region)),
} satisfies Partial<HandlerTable>;
