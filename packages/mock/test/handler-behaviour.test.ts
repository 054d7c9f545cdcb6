// What a user sees from the list endpoints, pinned to the data set: which titles come back, in which order, and
// what is filtered out. Trending (day vs week, adult titles, the mixed `all` list), every discover filter and
// sort key, the change lists' date windows, and reviews. Ids are the data set's (1xxx movies, 2xxx series,
// 3xxx people); "today" is 2026-11-28.
import { describe, expect, it } from 'vitest';
import { type Query, useFakeOnDataSetDay } from './support/fake-on-data-set-day.js';
import { field, idsIn } from './support/http.js';

const { get } = useFakeOnDataSetDay();

async function ids(path: string, query: Query = {}): Promise<unknown[]> {
  const response = await get(path, query);
  expect(response.status).toBe(200);
  return idsIn(response.body);
}

/** Discover movies oldest first, so each expectation reads as a release-ordered list. */
const movies = (query: Query) => ids('/3/discover/movie', { sort_by: 'primary_release_date.asc', ...query });
/** How many discover movies match in all (over every page). */
async function movieCount(query: Query): Promise<unknown> {
  const response = await get('/3/discover/movie', query);
  expect(response.status).toBe(200);
  return field(response.body, 'total_results');
}
/** Discover series in the default order (popularity, highest first). */
const series = (query: Query) => ids('/3/discover/tv', query);

describe('trending', () => {
  it('ranks movies by popularity today, and by popularity weighted with vote count this week', async () => {
    expect(await ids('/3/trending/movie/day')).toEqual([
      1021, 1019, 1027, 1003, 1002, 1006, 1008, 1001, 1007, 1030, 1023, 1009, 1032, 1004, 1020, 1014, 1016,
      1010, 1013, 1005,
    ]);
    // 1003 (popularity 61, no votes yet) drops from 4th to 12th; 1032 (180 votes) leaves the first page.
    expect(await ids('/3/trending/movie/week')).toEqual([
      1021, 1019, 1027, 1002, 1006, 1008, 1007, 1001, 1003, 1023, 1009, 1004, 1014, 1020, 1016, 1013, 1010,
      1005, 1032, 1031,
    ]);
  });

  it('never lists the adult title, on any page of either window', async () => {
    for (const window of ['day', 'week']) {
      const first = await get(`/3/trending/movie/${window}`);
      const second = await get(`/3/trending/movie/${window}`, { page: 2 });
      expect(field(first.body, 'total_results')).toBe(32);
      const all = [...idsIn(first.body), ...idsIn(second.body)];
      expect(all).toHaveLength(32);
      expect(all).not.toContain(1033);
    }
  });

  it('ranks series the same way, and people (who have no votes) identically in both windows', async () => {
    expect(await ids('/3/trending/tv/day')).toEqual([2004, 2002, 2001, 2006, 2008, 2005, 2007, 2003]);
    expect(await ids('/3/trending/tv/week')).toEqual([2004, 2002, 2001, 2006, 2005, 2007, 2003, 2008]);
    const people = [
      3003, 3001, 3019, 3008, 3013, 3006, 3009, 3012, 3002, 3017, 3005, 3025, 3011, 3020, 3023, 3007, 3016,
      3004, 3015, 3024,
    ];
    expect(await ids('/3/trending/person/day')).toEqual(people);
    expect(await ids('/3/trending/person/week')).toEqual(people);
  });

  it('mixes movies (minus the adult one), series and people in one ranking for `all`', async () => {
    const day = await get('/3/trending/all/day');
    expect(field(day.body, 'total_results')).toBe(32 + 8 + 37);
    expect(idsIn(day.body)).toEqual([
      1021, 1019, 2004, 1027, 1003, 1002, 1006, 2002, 1008, 1001, 3003, 1007, 3001, 2001, 3019, 1030, 3008,
      3013, 3006, 3009,
    ]);
    const results = field(day.body, 'results');
    const kinds = Array.isArray(results) ? results.map((item) => field(item, 'media_type')) : [];
    expect(kinds.slice(0, 4)).toEqual(['movie', 'movie', 'tv', 'movie']);
    expect(kinds[10]).toBe('person');

    expect(await ids('/3/trending/all/week')).toEqual([
      1021, 1019, 2004, 1027, 1002, 1006, 1008, 2002, 1007, 1001, 2001, 1003, 1023, 2006, 1009, 1004, 1014,
      1020, 2005, 1016,
    ]);
    // People gain nothing from the weekly vote weighting, so they sink to page 2.
    expect(await ids('/3/trending/all/week', { page: 2 })).toEqual([
      1013, 1010, 1005, 1032, 3003, 1031, 1011, 1025, 1015, 1018, 2007, 1029, 3001, 1012, 2003, 1022, 1017,
      3019, 1026, 1030,
    ]);
  });
});

describe('discover movies: filters', () => {
  it('hides the adult title unless include_adult=true', async () => {
    expect(await movies({ with_genres: '10749' })).toEqual([1013, 1017, 1027]);
    expect(await movies({ with_genres: '10749', include_adult: true })).toEqual([1013, 1033, 1017, 1027]);
  });

  it('with_keywords and without_keywords', async () => {
    expect(await movies({ with_keywords: '7009|7015' })).toEqual([1026, 1009, 1010, 1011, 1014]);
    expect(await movies({ with_keywords: '7005,7007' })).toEqual([1007]);
    expect(await movies({ without_keywords: '7001,7005,7008', 'vote_count.gte': 1500 })).toEqual([
      1004, 1013, 1014, 1023, 1019,
    ]);
  });

  it('with_companies and without_companies', async () => {
    expect(await movies({ with_companies: '503' })).toEqual([1028, 1013, 1022, 1017, 1008]);
    expect(await movies({ without_companies: '501|502|504|507' })).toEqual([
      1028, 1029, 1012, 1014, 1017, 1016, 1024, 1027,
    ]);
  });

  it('with_crew, and with_people matching cast or crew', async () => {
    expect(await movies({ with_crew: '3036' })).toEqual([1026, 1013, 1018, 1014, 1017, 1024, 1032, 1027]);
    expect(await movies({ with_people: '3010' })).toEqual([1025, 1022, 1001]); // acts
    expect(await movies({ with_people: '3041' })).toEqual([1012, 1001, 1024]); // crew only
  });

  it('with_original_language, and with_origin_country by the first production country', async () => {
    expect(await movies({ with_original_language: 'sv|de|es|fr' })).toEqual([1028, 1012, 1017, 1016]);
    // 1012 is made in DE and SE: its origin is DE.
    expect(await movies({ with_origin_country: 'SE' })).toEqual([1029, 1016]);
    expect(await movies({ with_origin_country: 'US', 'vote_count.gte': 2000 })).toEqual([1004, 1023, 1019]);
  });

  it('with_watch_providers: any region, one region, or a region with no offers; monetization narrows', async () => {
    expect(await movies({ with_watch_providers: '801' })).toEqual([
      1025, 1005, 1009, 1029, 1013, 1011, 1031, 1015, 1007, 1017, 1001, 1023, 1019, 1021, 1027,
    ]);
    // In DE, 801 titles are only for rent or sale (by 803/804), never streamed by 801.
    expect(await movies({ with_watch_providers: '801', watch_region: 'DE' })).toEqual([]);
    expect(await movies({ with_watch_providers: '801', watch_region: 'XX' })).toEqual([]);
    expect(await movies({ with_watch_providers: '802', watch_region: 'DE' })).toEqual([
      1028, 1004, 1026, 1010, 1022, 1006, 1018, 1012, 1014, 1008, 1020, 1016, 1024, 1002, 1032,
    ]);
    expect(await movieCount({ with_watch_providers: '803', watch_region: 'DE' })).toBe(30);
    expect(
      await movies({
        with_watch_providers: '803',
        watch_region: 'DE',
        with_watch_monetization_types: 'flatrate',
      }),
    ).toEqual([]);
    expect(
      await movieCount({
        with_watch_providers: '805',
        watch_region: 'GB',
        with_watch_monetization_types: 'ads',
      }),
    ).toBe(30);
    expect(
      await movieCount({
        with_watch_providers: '805',
        watch_region: 'GB',
        with_watch_monetization_types: 'rent',
      }),
    ).toBe(0);
  });

  it('without_watch_providers keeps titles nobody offers (the unreleased ones)', async () => {
    expect(await movies({ without_watch_providers: '801' })).toEqual([
      1028, 1004, 1026, 1010, 1022, 1006, 1018, 1012, 1014, 1008, 1020, 1016, 1024, 1002, 1032, 1003, 1030,
    ]);
    expect(
      await movies({
        without_watch_providers: '802',
        watch_region: 'DE',
        with_watch_monetization_types: 'flatrate',
      }),
    ).toEqual([
      1025, 1005, 1009, 1029, 1013, 1011, 1031, 1015, 1007, 1017, 1001, 1023, 1019, 1021, 1027, 1003, 1030,
    ]);
  });

  it('year and primary_release_year match the release year', async () => {
    expect(await movies({ year: 2019 })).toEqual([1001, 1023, 1008]);
    expect(await movies({ primary_release_year: 2012 })).toEqual([1011, 1031]);
  });

  it('each range bound filters on its own', async () => {
    expect(await movies({ 'release_date.gte': '2026-01-01' })).toEqual([1019, 1021, 1032, 1027, 1003, 1030]);
    expect(await movies({ 'release_date.lte': '1999-01-01' })).toEqual([1025, 1028, 1004]);
    expect(await movies({ 'primary_release_date.gte': '2026-10-20' })).toEqual([1032, 1027, 1003, 1030]);
    expect(await movies({ 'primary_release_date.lte': '1997-01-01' })).toEqual([1025, 1028]);
    expect(await movies({ 'vote_average.gte': 7.7 })).toEqual([1004, 1006, 1012, 1024, 1019, 1032]);
    expect(await movies({ 'vote_average.lte': 6 })).toEqual([1029, 1011, 1003, 1030]);
    expect(await movies({ 'vote_count.lte': 500 })).toEqual([1028, 1024, 1032, 1003, 1030]);
    expect(await movies({ 'with_runtime.gte': 130 })).toEqual([1028, 1005, 1019]);
    expect(await movies({ 'with_runtime.lte': 90 })).toEqual([1029, 1010, 1024, 1003, 1030]);
  });

  it('certification on the US scale by default, or on the named country\u2019s scale', async () => {
    expect(await movies({ certification: 'G' })).toEqual([1026, 1007, 1014, 1030]);
    expect(await movies({ certification: 'PG' })).toEqual([1006, 1008]);
    expect(await movies({ certification: 'U', certification_country: 'GB' })).toEqual([
      1026, 1007, 1014, 1030,
    ]);
    expect(await movies({ certification: 'G', certification_country: 'GB' })).toEqual([]);
  });

  it('certification.gte / .lte bound the rating by its place on the scale', async () => {
    expect(await movies({ 'certification.lte': 'PG' })).toEqual([1026, 1006, 1007, 1014, 1008, 1030]);
    expect(await movies({ 'certification.gte': 'PG', 'certification.lte': 'PG-13' })).toEqual([
      1025, 1028, 1013, 1022, 1006, 1015, 1018, 1017, 1001, 1008, 1024, 1019, 1021, 1032, 1027, 1003,
    ]);
    expect(await movies({ 'certification.gte': '15', certification_country: 'GB' })).toEqual([
      1004, 1005, 1009, 1029, 1010, 1011, 1031, 1012, 1023, 1020, 1016, 1002,
    ]);
    expect(
      await movies({ 'certification.gte': '18', certification_country: 'GB', include_adult: true }),
    ).toEqual([1033]);
    expect(
      await movies({ 'certification.lte': '12A', certification_country: 'GB', include_adult: true }),
    ).toEqual([
      1025, 1028, 1026, 1013, 1022, 1006, 1015, 1007, 1018, 1014, 1017, 1001, 1008, 1024, 1019, 1021, 1032,
      1027, 1003, 1030,
    ]);
  });

  it('ignores a certification bound the country\u2019s scale does not have, or an unknown country', async () => {
    expect(await movieCount({ 'certification.lte': 'G', certification_country: 'GB' })).toBe(32);
    expect(
      await ids('/3/discover/movie', {
        'certification.gte': 'R',
        certification_country: 'ZZ',
        'vote_count.gte': 2500,
      }),
    ).toEqual([1006, 1008, 1007, 1023]);
  });
});

describe('discover movies: sort_by', () => {
  it('defaults to popularity, highest first', async () => {
    expect(await ids('/3/discover/movie')).toEqual(await ids('/3/trending/movie/day'));
    expect(await ids('/3/discover/movie', { sort_by: 'popularity.asc', with_companies: '504' })).toEqual([
      1030, 1007, 1008, 1006, 1019,
    ]);
  });

  it('sorts by revenue, vote count, vote average, title and original title', async () => {
    expect(await ids('/3/discover/movie', { sort_by: 'revenue.desc', 'vote_count.gte': 2000 })).toEqual([
      1008, 1007, 1019, 1006, 1023, 1014, 1004,
    ]);
    expect(await ids('/3/discover/movie', { sort_by: 'vote_count.desc', with_companies: '504' })).toEqual([
      1006, 1008, 1007, 1019, 1030,
    ]);
    expect(await ids('/3/discover/movie', { sort_by: 'vote_average.desc', with_companies: '504' })).toEqual([
      1006, 1019, 1008, 1007, 1030,
    ]);
    expect(await ids('/3/discover/movie', { sort_by: 'title.asc', with_companies: '505|503' })).toEqual([
      1017, 1029, 1022, 1012, 1016, 1013, 1028, 1008,
    ]);
    // Foreign titles sort by their own names: "Un goût de cuivre" moves last, "El libro del barquero" up.
    expect(
      await ids('/3/discover/movie', { sort_by: 'original_title.asc', with_companies: '505|503' }),
    ).toEqual([1029, 1028, 1022, 1012, 1016, 1013, 1008, 1017]);
  });
});

describe('discover series', () => {
  it('sorts by popularity by default and by every sort key', async () => {
    expect(await series({})).toEqual([2004, 2002, 2001, 2006, 2008, 2005, 2007, 2003]);
    expect(await series({ sort_by: 'popularity.asc' })).toEqual([
      2003, 2007, 2005, 2008, 2006, 2001, 2002, 2004,
    ]);
    expect(await series({ sort_by: 'first_air_date.asc' })).toEqual([
      2005, 2007, 2001, 2003, 2002, 2004, 2006, 2008,
    ]);
    expect(await series({ sort_by: 'name.asc' })).toEqual([2003, 2002, 2006, 2005, 2004, 2007, 2001, 2008]);
    expect(await series({ sort_by: 'original_name.desc' })).toEqual([
      2008, 2001, 2007, 2004, 2005, 2006, 2002, 2003,
    ]);
    expect(await series({ sort_by: 'vote_average.desc' })).toEqual([
      2003, 2001, 2006, 2004, 2002, 2005, 2007, 2008,
    ]);
    expect(await series({ sort_by: 'vote_count.asc' })).toEqual([
      2008, 2007, 2003, 2006, 2005, 2002, 2001, 2004,
    ]);
  });

  it('filters by genres, companies and keywords, with and without', async () => {
    expect(await series({ with_genres: '18' })).toEqual([2001, 2008, 2005]);
    expect(await series({ without_genres: '18|35' })).toEqual([2004, 2006, 2003]);
    expect(await series({ with_companies: '502|504' })).toEqual([2004, 2002, 2006, 2005]);
    expect(await series({ without_companies: '502|504' })).toEqual([2001, 2008, 2007, 2003]);
    expect(await series({ with_keywords: '7022' })).toEqual([2001, 2003]);
    expect(await series({ without_keywords: '7022|7006' })).toEqual([2004, 2002, 2008, 2005, 2007]);
  });

  it('filters by language, origin country (the first one), type and status', async () => {
    expect(await series({ with_original_language: 'sv' })).toEqual([2008]);
    expect(await series({ with_origin_country: 'US' })).toEqual([2004, 2002, 2005, 2007]);
    expect(await series({ with_origin_country: 'IE' })).toEqual([]); // 2008 is made in SE first, then IE
    expect(await series({ with_type: '4' })).toEqual([2004, 2002, 2001, 2006, 2008, 2005]);
    expect(await series({ with_status: '0|2' })).toEqual([2004, 2002, 2006, 2008, 2007]);
  });

  it('filters by watch providers', async () => {
    expect(await series({ with_watch_providers: '801' })).toEqual([2001, 2005, 2007, 2003]);
    expect(await series({ with_watch_providers: '802', watch_region: 'DE' })).toEqual([2004, 2002, 2006]);
    expect(await series({ without_watch_providers: '801' })).toEqual([2004, 2002, 2006, 2008]);
  });

  it('filters by first air date, year, votes and ratings', async () => {
    expect(await series({ first_air_date_year: 2019 })).toEqual([2003]);
    expect(await series({ 'first_air_date.gte': '2020-01-01' })).toEqual([2004, 2002, 2006, 2008]);
    expect(await series({ 'vote_average.gte': 8 })).toEqual([2001, 2006, 2003]);
    expect(await series({ 'vote_average.lte': 7.2 })).toEqual([2008, 2005, 2007]);
    expect(await series({ 'vote_count.gte': 1000 })).toEqual([2004, 2002, 2001]);
    expect(await series({ 'vote_count.lte': 500 })).toEqual([2008, 2007, 2003]);
  });

  it('air_date keeps series with any regular episode airing in the window', async () => {
    expect(await series({ 'air_date.gte': '2026-11-01' })).toEqual([2004, 2002, 2008, 2007]);
    expect(await series({ 'air_date.lte': '2015-01-01' })).toEqual([2005]);
    // 2005 airs only some of its episodes in 2018.
    expect(await series({ 'air_date.gte': '2018-01-01', 'air_date.lte': '2018-12-31' })).toEqual([2005]);
    // Exactly the day 2003's first episode aired.
    expect(await series({ 'air_date.gte': '2019-05-06', 'air_date.lte': '2019-05-06' })).toEqual([2003]);
    // 2001's special (season 0) aired 2019-12-24; specials do not count.
    expect(await series({ 'air_date.gte': '2019-12-01', 'air_date.lte': '2019-12-31' })).toEqual([]);
  });

  it('with_runtime keeps series with any episode of a fitting length', async () => {
    expect(await series({ 'with_runtime.gte': 50 })).toEqual([2004, 2001, 2008, 2005, 2003]);
    expect(await series({ 'with_runtime.lte': 25 })).toEqual([2002, 2006]);
  });

  it('screened_theatrically keeps ended series; include_null_first_air_dates changes nothing here', async () => {
    expect(await series({ screened_theatrically: true })).toEqual([2001, 2005, 2003]);
    expect(await series({ include_null_first_air_dates: true })).toEqual(await series({}));
  });
});

describe('change lists', () => {
  const changes = async (path: string, query: Query = {}) => {
    const response = await get(path, query);
    expect(response.status).toBe(200);
    return field(response.body, 'results');
  };

  it('default to the last day', async () => {
    expect(idsIn(await get('/3/movie/changes').then((r) => r.body))).toEqual([1008, 1009, 1022, 1023]);
    expect(idsIn(await get('/3/tv/changes').then((r) => r.body))).toEqual([2002, 2003]);
    expect(idsIn(await get('/3/person/changes').then((r) => r.body))).toEqual([3010, 3011, 3024, 3025]);
  });

  it('include both ends of a window, and say which records are adult', async () => {
    expect(await changes('/3/movie/changes', { start_date: '2026-11-25', end_date: '2026-11-25' })).toEqual([
      { id: 1011, adult: false },
      { id: 1025, adult: false },
    ]);
    expect(await changes('/3/movie/changes', { start_date: '2026-11-17', end_date: '2026-11-17' })).toEqual([
      { id: 1005, adult: false },
      { id: 1019, adult: false },
      { id: 1033, adult: true },
    ]);
  });

  it('run from start_date to today, or from the day before end_date to end_date', async () => {
    const fromStart = await get('/3/movie/changes', { start_date: '2026-11-26' });
    expect(idsIn(fromStart.body)).toEqual([1008, 1009, 1010, 1022, 1023, 1024]);
    const untilEnd = await get('/3/movie/changes', { end_date: '2026-11-20' });
    expect(idsIn(untilEnd.body)).toEqual([1002, 1003, 1016, 1017, 1030, 1031]);
  });

  it('refuse a window over 14 days', async () => {
    const response = await get('/3/movie/changes', { start_date: '2026-11-01', end_date: '2026-11-28' });
    expect(response.status).toBe(422);
    expect(field(response.body, 'status_code')).toBe(20);
  });
});

describe('reviews', () => {
  it('lists a title\u2019s own reviews only', async () => {
    expect(await ids('/3/movie/1001/reviews')).toEqual([
      '64a1f0c2e8b7d30001a1b001',
      '64a1f0c2e8b7d30001a1b002',
    ]);
    expect(await ids('/3/tv/2001/reviews')).toEqual(['64a1f0c2e8b7d30001a1b007']);
    expect(await ids('/3/movie/1002/reviews')).toEqual([]);
  });

  it('a single review names the movie or series it is about', async () => {
    const movie = await get('/3/review/64a1f0c2e8b7d30001a1b001');
    expect(movie.body).toMatchObject({
      iso_639_1: 'en',
      media_id: 1001,
      media_title: 'The Quiet Orbit',
      media_type: 'movie',
    });
    const show = await get('/3/review/64a1f0c2e8b7d30001a1b007');
    expect(show.body).toMatchObject({ media_id: 2001, media_title: 'The Lanternkeepers', media_type: 'tv' });
    expect((await get('/3/review/64a1f0c2e8b7d30001a1b999')).status).toBe(404);
  });
});
