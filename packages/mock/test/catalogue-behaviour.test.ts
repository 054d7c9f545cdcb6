// The fake behaves like TMDB over its data set: paginated envelopes, search that filters by query, discover
// filters that really filter, append_to_response that really appends, and records that lead to each other.
import { describe, expect, it } from 'vitest';
import { useFakeOnDataSetDay } from './support/fake-on-data-set-day.js';
import { field, idsIn } from './support/http.js';

const { get } = useFakeOnDataSetDay();

function numbers(values: unknown[]): number[] {
  return values.map((value) => {
    if (typeof value !== 'number') throw new Error(`expected a number, got ${JSON.stringify(value)}`);
    return value;
  });
}

async function every<T>(
  path: string,
  query: Record<string, string | number | boolean>,
  pick: (item: unknown) => T,
): Promise<T[]> {
  const body = (await get(path, query)).body;
  const results = field(body, 'results');
  if (!Array.isArray(results)) throw new Error('results is not an array');
  return results.map(pick);
}

describe('pagination', () => {
  it('serves 20 results a page with totals computed from the whole result set', async () => {
    const first = await get('/3/person/popular');
    const second = await get('/3/person/popular', { page: 2 });
    const total = Number(field(first.body, 'total_results'));
    expect(total).toBeGreaterThan(20);
    expect(idsIn(first.body)).toHaveLength(20);
    expect(field(first.body, 'total_pages')).toBe(Math.ceil(total / 20));
    expect(idsIn(second.body)).toHaveLength(total - 20);
    expect(new Set([...idsIn(first.body), ...idsIn(second.body)]).size).toBe(total);
  });
});

describe('search', () => {
  it('finds titles by the start of each word, case- and accent-insensitively, and nothing for nonsense', async () => {
    expect(idsIn((await get('/3/search/movie', { query: 'PAPER king' })).body)).toEqual([1006, 1008, 1007]);
    expect(idsIn((await get('/3/search/movie', { query: 'sno' })).body)).toEqual([1016]);
    expect(idsIn((await get('/3/search/movie', { query: 'zzzz' })).body)).toEqual([]);
    expect(
      idsIn((await get('/3/search/movie', { query: 'orbit', primary_release_year: '2022' })).body),
    ).toEqual([1002]);
  });

  it('hides adult titles unless include_adult=true', async () => {
    expect(idsIn((await get('/3/search/movie', { query: 'velvet room' })).body)).toEqual([]);
    expect(idsIn((await get('/3/search/movie', { query: 'velvet room', include_adult: true })).body)).toEqual(
      [1033],
    );
  });

  it('searches series, people, companies, collections and keywords, and mixes them in multi', async () => {
    expect(idsIn((await get('/3/search/tv', { query: 'skyhook' })).body)).toEqual([2004]);
    expect(idsIn((await get('/3/search/person', { query: 'mara' })).body)).toEqual([3001]);
    expect(idsIn((await get('/3/search/company', { query: 'kettle' })).body)).toEqual([504]);
    expect(idsIn((await get('/3/search/collection', { query: 'saltmarsh' })).body)).toEqual([4004]);
    expect(idsIn((await get('/3/search/keyword', { query: 'light' })).body)).toEqual([7002]);
    const kinds = await every('/3/search/multi', { query: 'lantern' }, (item) => field(item, 'media_type'));
    expect(kinds).toEqual(['tv']);
  });
});

describe('discover', () => {
  it('with_genres: "," requires every genre, "|" any of them', async () => {
    const all = await every('/3/discover/movie', { with_genres: '16,14' }, (item) =>
      field(item, 'genre_ids'),
    );
    expect(all.length).toBeGreaterThan(0);
    for (const genres of all) expect(genres).toEqual(expect.arrayContaining([16, 14]));
    const any = await every('/3/discover/movie', { with_genres: '37|99' }, (item) => field(item, 'id'));
    expect(any.sort()).toEqual([1015, 1024]);
    const without = await every('/3/discover/movie', { without_genres: '878' }, (item) =>
      field(item, 'genre_ids'),
    );
    for (const genres of without) expect(genres).not.toContain(878);
  });

  it('sort_by orders by the named field in the named direction', async () => {
    const ratings = numbers(
      await every('/3/discover/movie', { sort_by: 'vote_average.asc' }, (item) =>
        field(item, 'vote_average'),
      ),
    );
    expect(ratings).toEqual(ratings.toSorted((a, b) => a - b));
    const dates = await every('/3/discover/movie', { sort_by: 'primary_release_date.desc' }, (item) =>
      String(field(item, 'release_date')),
    );
    expect(dates).toEqual(dates.toSorted().reverse());
    const names = await every('/3/discover/tv', { sort_by: 'name.asc' }, (item) =>
      String(field(item, 'name')),
    );
    expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b)));
  });

  it('date and year ranges bound the release dates', async () => {
    const dates = await every(
      '/3/discover/movie',
      { 'primary_release_date.gte': '2010-01-01', 'primary_release_date.lte': '2014-12-31' },
      (item) => String(field(item, 'release_date')),
    );
    expect(dates.length).toBeGreaterThan(3);
    for (const date of dates) expect(date >= '2010-01-01' && date <= '2014-12-31').toBe(true);
    const year = await every('/3/discover/movie', { primary_release_year: 2019 }, (item) =>
      String(field(item, 'release_date')),
    );
    expect(year.length).toBeGreaterThan(0);
    for (const date of year) expect(date.startsWith('2019')).toBe(true);
    const tv = await every('/3/discover/tv', { 'first_air_date.lte': '2016-12-31' }, (item) =>
      field(item, 'id'),
    );
    expect(tv.sort()).toEqual([2005, 2007]);
  });

  it('filters by people, companies, networks, votes and status', async () => {
    const withYuki = await get('/3/discover/movie', {
      with_cast: '3013',
      sort_by: 'primary_release_date.asc',
    });
    expect(idsIn(withYuki.body)).toEqual([1009, 1029, 1010, 1011, 1016]);
    expect(
      idsIn((await get('/3/discover/movie', { with_companies: '505', 'vote_count.gte': 1000 })).body),
    ).toEqual([1016]);
    expect(
      (await every('/3/discover/tv', { with_networks: '603' }, (item) => field(item, 'id'))).sort(),
    ).toEqual([2003, 2004]);
    expect(idsIn((await get('/3/discover/tv', { with_status: '3', with_type: '2' })).body)).toEqual([2003]);
  });
});

describe('append_to_response', () => {
  it('adds each requested sub-resource under its key, identical to its own endpoint minus the id', async () => {
    const details = await get('/3/movie/1001', { append_to_response: 'credits,videos,not_a_key' });
    const credits = await get('/3/movie/1001/credits');
    expect(field(details.body, 'credits')).toEqual({
      cast: field(credits.body, 'cast'),
      crew: field(credits.body, 'crew'),
    });
    expect(field(field(details.body, 'videos'), 'results')).toEqual(
      field((await get('/3/movie/1001/videos')).body, 'results'),
    );
    expect(details.body).not.toHaveProperty('not_a_key');
    expect((await get('/3/movie/1001')).body).not.toHaveProperty('credits');
  });

  it('appends seasons of a series with season/<n> keys, only for seasons it has', async () => {
    const details = await get('/3/tv/2001', { append_to_response: 'season/1,season/9,keywords' });
    expect(field(field(details.body, 'season/1'), 'season_number')).toBe(1);
    expect(details.body).not.toHaveProperty('season/9');
    expect(field(field(details.body, 'keywords'), 'results')).toEqual([
      { id: 7002, name: 'lighthouse' },
      { id: 7022, name: 'coastline' },
    ]);
  });

  it('accepts up to 20 keys', async () => {
    const filler = Array.from({ length: 19 }, (_, index) => `unknown_${index}`).join(',');
    const details = await get('/3/movie/1001', { append_to_response: `${filler},credits` });
    expect(details.status).toBe(200);
    expect(details.body).toHaveProperty('credits');
  });
});

describe('coherence', () => {
  it('every cast and crew member of a movie can be fetched, and lists the movie in their credits', async () => {
    const credits = await get('/3/movie/1002/credits');
    const people = [...idsIn(credits.body, 'cast'), ...idsIn(credits.body, 'crew')];
    expect(people.length).toBeGreaterThan(3);
    for (const person of people) {
      const movieCredits = await get(`/3/person/${String(person)}/movie_credits`);
      const titles = [...idsIn(movieCredits.body, 'cast'), ...idsIn(movieCredits.body, 'crew')];
      expect(titles).toContain(1002);
    }
  });

  it('a collection\u2019s parts name it, a credit id leads to its person and title, and find resolves external ids', async () => {
    const collection = await get('/3/collection/4003');
    for (const part of idsIn(collection.body, 'parts')) {
      expect(field(field((await get(`/3/movie/${String(part)}`)).body, 'belongs_to_collection'), 'id')).toBe(
        4003,
      );
    }
    const cast = field((await get('/3/tv/2004/credits')).body, 'cast');
    const creditId = Array.isArray(cast) ? String(field(cast[0], 'credit_id')) : '';
    const credit = await get(`/3/credit/${creditId}`);
    expect(field(field(credit.body, 'person'), 'id')).toBe(3019);
    expect(field(field(credit.body, 'media'), 'id')).toBe(2004);
    const imdb = String(field((await get('/3/person/3019/external_ids')).body, 'imdb_id'));
    expect(
      idsIn((await get(`/3/find/${imdb}`, { external_source: 'imdb_id' })).body, 'person_results'),
    ).toEqual([3019]);
  });

  it('airing series show an episode airing today and the next one to come', async () => {
    const airing = idsIn((await get('/3/tv/airing_today')).body);
    expect(airing.sort()).toEqual([2002, 2004, 2007]);
    const details = await get('/3/tv/2004');
    expect(field(field(details.body, 'last_episode_to_air'), 'air_date')).toBe('2026-11-28');
    expect(field(field(details.body, 'next_episode_to_air'), 'air_date')).toBe('2026-12-05');
  });

  it('charts follow the clock: now playing was released in the last weeks, upcoming is still to come', async () => {
    const playing = await get('/3/movie/now_playing');
    expect(idsIn(playing.body).sort()).toEqual([1021, 1027, 1032]);
    expect(field(playing.body, 'dates')).toEqual({ maximum: '2026-11-28', minimum: '2026-10-14' });
    expect(idsIn((await get('/3/movie/upcoming')).body)).toEqual([1003, 1030]);
  });
});
