// The data set is coherent: every reference between records resolves, ids are unique, and the
// records the fake is known for (the demo login's favourites, the spec's own example movie) exist.
import { describe, expect, it } from 'vitest';
import { allCredits } from '../src/data/credits.js';
import { episodeGroups } from '../src/data/episode-groups.js';
import { mockData } from '../src/data/index.js';

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;

describe('the data set', () => {
  it('has a few dozen movies, series with seasons and episodes, and people', () => {
    expect(mockData.movies.length).toBeGreaterThanOrEqual(30);
    expect(mockData.series.length).toBeGreaterThanOrEqual(8);
    expect(
      mockData.series.flatMap((show) => show.seasons.flatMap((season) => season.episodes)).length,
    ).toBeGreaterThanOrEqual(60);
    expect(mockData.people.length).toBeGreaterThanOrEqual(35);
  });

  it('uses unique ids within each kind of record', () => {
    for (const records of [
      mockData.movies,
      mockData.series,
      mockData.people,
      mockData.collections,
      mockData.companies,
      mockData.networks,
      mockData.keywords,
    ]) {
      expect(unique(records.map((record) => record.id))).toBe(true);
    }
    expect(unique(allCredits.map((credit) => credit.creditId))).toBe(true);
    expect(unique(mockData.reviews.map((review) => review.id))).toBe(true);
  });

  it('resolves every reference', () => {
    const movieGenres = new Set(mockData.movieGenres.map((genre) => genre.id));
    const tvGenres = new Set(mockData.tvGenres.map((genre) => genre.id));
    for (const movie of mockData.movies) {
      for (const genre of movie.genres)
        expect(movieGenres.has(genre), `${movie.title} genre ${genre}`).toBe(true);
      for (const company of movie.companies)
        expect(mockData.company(company), `${movie.title} company ${company}`).toBeDefined();
      for (const keyword of movie.keywords)
        expect(mockData.keywords.some((entry) => entry.id === keyword)).toBe(true);
      if (movie.collection !== undefined) expect(mockData.collection(movie.collection)).toBeDefined();
    }
    for (const show of mockData.series) {
      for (const genre of show.genres) expect(tvGenres.has(genre), `${show.name} genre ${genre}`).toBe(true);
      for (const network of show.networks) expect(mockData.network(network)).toBeDefined();
      for (const company of show.companies) expect(mockData.company(company)).toBeDefined();
      for (const [person] of show.seasons.flatMap((season) =>
        season.episodes.flatMap((episode) => episode.guests ?? []),
      )) {
        expect(mockData.person(person)).toBeDefined();
      }
    }
    for (const credit of allCredits) expect(mockData.person(credit.personId), credit.creditId).toBeDefined();
    for (const review of mockData.reviews) {
      expect(
        review.mediaType === 'movie' ? mockData.movie(review.mediaId) : mockData.show(review.mediaId),
      ).toBeDefined();
    }
    for (const list of mockData.communityLists) {
      for (const item of list.items)
        expect(
          item.mediaType === 'movie' ? mockData.movie(item.mediaId) : mockData.show(item.mediaId),
        ).toBeDefined();
    }
    for (const group of episodeGroups) {
      for (const [season, episode] of group.groups.flatMap((part) => part.episodes)) {
        expect(
          mockData.episode(group.seriesId, season, episode),
          `${group.name} ${season}x${episode}`,
        ).toBeDefined();
      }
    }
    for (const company of mockData.companies)
      if (company.parentId !== undefined) expect(mockData.company(company.parentId)).toBeDefined();
  });

  it('gives every person at least one credit, so no one is a dead end', () => {
    const credited = new Set(allCredits.map((credit) => credit.personId));
    for (const person of mockData.people) expect(credited.has(person.id), person.name).toBe(true);
  });
});
