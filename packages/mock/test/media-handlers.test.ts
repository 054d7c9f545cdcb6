// What a user sees from a movie's, a series', a season's and an episode's own endpoints: append_to_response
// returns each sub-resource exactly as its own endpoint does, the TV-only resources (content ratings, the
// theatrically screened finale, episode groups) carry the data set's values, and account states need a caller.
// Ids are the data set's (1xxx movies, 2xxx series; a season is series * 100 + number, an episode season * 100
// + number); "today" is 2026-11-28, and a record changed today when its id % 14 is 0 or 1.
import { beforeAll, describe, expect, it } from 'vitest';
import { useFakeOnDataSetDay } from './support/fake-on-data-set-day.js';
import { guestSession } from './support/flows.js';
import { field, idsIn } from './support/http.js';

const fake = useFakeOnDataSetDay();
const { get } = fake;
let guest: string;
beforeAll(async () => {
  guest = await guestSession(fake.url);
});

/** A body without its `id`: appended sub-resources leave out the id their own endpoint repeats. */
function withoutId(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([name]) => name !== 'id'));
}

/** Asks for every key at once and checks each appended body against the key's own endpoint. */
async function expectAppendsMatchEndpoints(base: string, keys: readonly string[]): Promise<void> {
  const caller = { guest_session_id: guest };
  const details = await get(base, { ...caller, append_to_response: keys.join(',') });
  expect(details.status).toBe(200);
  for (const key of keys) {
    const own = await get(`${base}/${key}`, caller);
    expect(own.status).toBe(200);
    expect({ key, body: withoutId(field(details.body, key)) }).toEqual({ key, body: withoutId(own.body) });
  }
}

const MOVIE_KEYS = [
  'account_states',
  'alternative_titles',
  'changes',
  'credits',
  'external_ids',
  'images',
  'keywords',
  'lists',
  'recommendations',
  'release_dates',
  'reviews',
  'similar',
  'translations',
  'videos',
  'watch/providers',
];

const SERIES_KEYS = [
  'account_states',
  'aggregate_credits',
  'alternative_titles',
  'changes',
  'content_ratings',
  'credits',
  'episode_groups',
  'external_ids',
  'images',
  'keywords',
  'lists',
  'recommendations',
  'reviews',
  'screened_theatrically',
  'similar',
  'translations',
  'videos',
  'watch/providers',
];

const SEASON_KEYS = [
  'account_states',
  'aggregate_credits',
  'credits',
  'external_ids',
  'images',
  'translations',
  'videos',
  'watch/providers',
];

const EPISODE_KEYS = ['account_states', 'credits', 'external_ids', 'images', 'translations', 'videos'];

describe('append_to_response', () => {
  // 1001 is on a public list and has reviews; 1009 changed today.
  it.each([1001, 1009])(
    'appends every movie sub-resource of %i as its own endpoint returns it',
    async (id) => {
      await expectAppendsMatchEndpoints(`/3/movie/${id}`, MOVIE_KEYS);
    },
  );

  // 2001 is on a public list, has reviews, an episode group and a screened finale; 2002 changed today.
  it.each([2001, 2002])(
    'appends every series sub-resource of %i as its own endpoint returns it',
    async (id) => {
      await expectAppendsMatchEndpoints(`/3/tv/${id}`, SERIES_KEYS);
    },
  );

  it('appends every season sub-resource as its own endpoint returns it', async () => {
    await expectAppendsMatchEndpoints('/3/tv/2001/season/2', SEASON_KEYS);
  });

  // Only an episode 1 has a trailer, so both kinds of video list are compared.
  it.each([1, 2])(
    'appends every sub-resource of episode %i as its own endpoint returns it',
    async (episode) => {
      await expectAppendsMatchEndpoints(`/3/tv/2001/season/1/episode/${episode}`, EPISODE_KEYS);
    },
  );

  it('compares against endpoints that have something to show', async () => {
    // The comparisons above would pass on empty bodies: pin that the subjects' lists, reviews and changes are not.
    expect(idsIn((await get('/3/movie/1001/lists')).body)).toEqual([7000001]);
    expect(idsIn((await get('/3/movie/1001/reviews')).body)).toEqual([
      '64a1f0c2e8b7d30001a1b001',
      '64a1f0c2e8b7d30001a1b002',
    ]);
    expect(idsIn((await get('/3/movie/1009/reviews')).body)).toEqual(['64a1f0c2e8b7d30001a1b004']);
    expect(idsIn((await get('/3/tv/2001/lists')).body)).toEqual([7000001]);
    expect(field((await get('/3/tv/2001/reviews')).body, 'total_results')).toBe(1);
    expect(idsIn((await get('/3/tv/2002/reviews')).body)).toContain('64a1f0c2e8b7d30001a1b009');
    expect(idsIn((await get('/3/tv/2001/episode_groups')).body)).toEqual(['5f1e2d3c4b5a69788796a5b4']);
  });

  it('leaves account_states out, and still answers 200, when the request names no caller', async () => {
    for (const path of [
      '/3/movie/1001',
      '/3/tv/2001',
      '/3/tv/2001/season/1',
      '/3/tv/2001/season/1/episode/1',
    ]) {
      const details = await get(path, { append_to_response: 'account_states,external_ids' });
      expect(details.status).toBe(200);
      expect(details.body).not.toHaveProperty('account_states');
      expect(details.body).toHaveProperty('external_ids');
    }
  });

  it('refuses more than 20 keys on season and episode details with 400 and status_code 27', async () => {
    const keys = Array.from({ length: 21 }, (_, index) => `key_${index}`).join(',');
    for (const path of ['/3/tv/2001/season/1', '/3/tv/2001/season/1/episode/1']) {
      const refused = await get(path, { append_to_response: keys });
      expect([refused.status, field(refused.body, 'status_code')]).toEqual([400, 27]);
    }
  });

  it('trims spaces around keys and does not count empty keys towards the limit of 20', async () => {
    const spaced = await get('/3/movie/1001', { append_to_response: 'credits, videos' });
    expect(spaced.body).toHaveProperty('credits');
    expect(spaced.body).toHaveProperty('videos');
    const twenty = Array.from({ length: 19 }, (_, index) => `unknown_${index}`).join(',');
    const trailingComma = await get('/3/movie/1001', { append_to_response: `${twenty},credits,,` });
    expect(trailingComma.status).toBe(200);
    expect(trailingComma.body).toHaveProperty('credits');
  });

  it('appends a season for a season/<n> key with leading zeros, but not for one that is not a whole number', async () => {
    const details = await get('/3/tv/2001', { append_to_response: 'season/01,season/2.0,season/3x' });
    expect(field(field(details.body, 'season/01'), 'season_number')).toBe(1);
    expect(details.body).not.toHaveProperty('season/2.0');
    expect(details.body).not.toHaveProperty('season/3x');
  });
});

describe('discover sort order', () => {
  it('orders titles that tie on the sort key by id, in a descending sort too', async () => {
    // 1001 and 1028 both average 7.4; 1003 and 1030 are unreleased, with no revenue and no votes.
    const tiedVotes = await get('/3/discover/movie', {
      sort_by: 'vote_average.desc',
      'vote_average.gte': 7.4,
      'vote_average.lte': 7.4,
    });
    expect(idsIn(tiedVotes.body)).toEqual([1001, 1028]);
    const noRevenue = await get('/3/discover/movie', { sort_by: 'revenue.desc', 'vote_count.lte': 0 });
    expect(idsIn(noRevenue.body)).toEqual([1003, 1030]);
  });
});
