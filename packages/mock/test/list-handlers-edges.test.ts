// The edges of the list endpoints a user can reach: the change lists' 14-day limit applies only to a window
// with both ends given, discover refuses (400, status_code 5) sort keys, provider ids and country codes
// outside the spec instead of guessing, every series has a first air date, and every review names the title
// it is about while a movie's id under /tv (or a series' under /movie) finds nothing. A user relying on the
// fake to behave like TMDB at these edges would otherwise see silent fallbacks or empty titles.
import { describe, expect, it } from 'vitest';
import { type Query, useFakeOnDataSetDay } from './support/fake-on-data-set-day.js';
import { field, idsIn } from './support/http.js';

const { get } = useFakeOnDataSetDay();

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('change lists: the 14-day limit', () => {
  it('serves a window with only start_date, however far back, from that day to today', async () => {
    const expected: [string, number[]][] = [
      ['/3/movie/changes', range(1001, 1033)],
      ['/3/tv/changes', range(2001, 2008)],
      ['/3/person/changes', [...range(3001, 3025), ...range(3030, 3037), ...range(3040, 3043)]],
    ];
    for (const [path, all] of expected) {
      const first = await get(path, { start_date: '2026-11-01' });
      expect(first.status).toBe(200);
      expect(field(first.body, 'total_results')).toBe(all.length);
      const second = await get(path, { start_date: '2026-11-01', page: 2 });
      expect([...idsIn(first.body), ...idsIn(second.body)]).toEqual(all);
    }
  });

  it('allows exactly 14 days between start_date and end_date and refuses 15 with 422 (20)', async () => {
    const fourteen = await get('/3/movie/changes', { start_date: '2026-11-01', end_date: '2026-11-15' });
    expect(fourteen.status).toBe(200);
    expect(field(fourteen.body, 'results')).toEqual([
      { id: 1007, adult: false },
      { id: 1021, adult: false },
    ]);
    const fifteen = await get('/3/tv/changes', { start_date: '2026-11-01', end_date: '2026-11-16' });
    expect(fifteen.status).toBe(422);
    expect(field(fifteen.body, 'status_code')).toBe(20);
  });
});

describe('discover: input outside the spec is refused, not guessed at', () => {
  const refused = async (path: string, query: Query) => {
    const response = await get(path, query);
    expect([response.status, field(response.body, 'status_code')], JSON.stringify(query)).toEqual([400, 5]);
  };

  it('refuses sort keys the endpoint does not list, and a key without its direction', async () => {
    await refused('/3/discover/movie', { sort_by: 'name.asc' });
    await refused('/3/discover/movie', { sort_by: 'popularity' });
    await refused('/3/discover/tv', { sort_by: 'title.asc' });
    await refused('/3/discover/tv', { sort_by: 'popularity' });
  });

  it('refuses provider ids that are not numbers, and country codes that are not two capitals', async () => {
    for (const path of ['/3/discover/movie', '/3/discover/tv']) {
      await refused(path, { with_watch_providers: 'undefined' });
      await refused(path, { without_watch_providers: 'netflix' });
    }
    await refused('/3/discover/movie', { certification_country: 'us' });
    await refused('/3/discover/movie', { certification_country: 'constructor' });
  });
});

describe('discover series: first air dates', () => {
  it('gives every series its first regular episode\u2019s date, so none is left out as undated', async () => {
    const response = await get('/3/discover/tv');
    expect(response.status).toBe(200);
    const results = field(response.body, 'results');
    const dates = Array.isArray(results)
      ? results.map((show) => [field(show, 'id'), field(show, 'first_air_date')])
      : [];
    expect(dates).toEqual([
      [2004, '2022-02-18'],
      [2002, '2020-09-10'],
      [2001, '2017-03-05'],
      [2006, '2023-04-01'],
      [2008, '2027-01-15'],
      [2005, '2014-10-02'],
      [2007, '2016-01-11'],
      [2003, '2019-05-06'],
    ]);
  });
});

describe('reviews: what each is about', () => {
  it('names the movie or series of every review in the data set', async () => {
    const about: [string, string, number, string][] = [];
    for (const suffix of range(1, 9)) {
      const response = await get(`/3/review/64a1f0c2e8b7d30001a1b00${suffix}`);
      expect(response.status).toBe(200);
      const body = response.body;
      about.push([
        String(field(body, 'id')),
        String(field(body, 'media_type')),
        Number(field(body, 'media_id')),
        String(field(body, 'media_title')),
      ]);
    }
    expect(about).toEqual([
      ['64a1f0c2e8b7d30001a1b001', 'movie', 1001, 'The Quiet Orbit'],
      ['64a1f0c2e8b7d30001a1b002', 'movie', 1001, 'The Quiet Orbit'],
      ['64a1f0c2e8b7d30001a1b003', 'movie', 1006, 'The Paper Kingdom'],
      ['64a1f0c2e8b7d30001a1b004', 'movie', 1009, 'Saltmarsh'],
      ['64a1f0c2e8b7d30001a1b005', 'movie', 1021, 'Meridian Drift'],
      ['64a1f0c2e8b7d30001a1b006', 'movie', 1004, 'Harbor Lights'],
      ['64a1f0c2e8b7d30001a1b007', 'tv', 2001, 'The Lanternkeepers'],
      ['64a1f0c2e8b7d30001a1b008', 'tv', 2004, 'Skyhook'],
      ['64a1f0c2e8b7d30001a1b009', 'tv', 2002, 'Backfire Kitchen'],
    ]);
  });

  it('answers 404 for a movie\u2019s id under /tv and a series\u2019 id under /movie', async () => {
    for (const path of ['/3/tv/1001/reviews', '/3/movie/2001/reviews']) {
      const response = await get(path);
      expect([response.status, field(response.body, 'status_code')], path).toEqual([404, 34]);
    }
  });
});
