// Text search (which words match, in which order results come back, what each result looks like) and the
// v3 list catalogue (community lists and lists users create, and the lists holding a title).
import { describe, expect, it } from 'vitest';
import { DEMO_USER } from '../src/index.js';
import { useFakeOnDataSetDay } from './support/fake-on-data-set-day.js';
import { createList, login } from './support/flows.js';
import { call, field, idsIn } from './support/http.js';

const fake = useFakeOnDataSetDay();
const { get } = fake;

const found = async (path: string, query: Record<string, string | number | boolean>) =>
  idsIn((await get(path, query)).body);

describe('how a query matches', () => {
  it('ignores accents in titles: "gout" finds "Un goût de cuivre"', async () => {
    expect(await found('/3/search/movie', { query: 'gout' })).toEqual([1017]);
  });

  it('finds nothing for a query with no letters or digits in it', async () => {
    for (const path of ['/3/search/movie', '/3/search/tv', '/3/search/person', '/3/search/company']) {
      expect([path, await found(path, { query: '!!!' })]).toEqual([path, []]);
    }
  });

  it('treats a dotless ı as its own letter, not as an i', async () => {
    expect(await found('/3/search/company', { query: 'iron' })).toEqual([506]);
    expect(await found('/3/search/company', { query: 'ıron' })).toEqual([]);
  });

  it('matches a person by an also-known-as name, and nobody by a word in no one’s names', async () => {
    expect(await found('/3/search/person', { query: 'mara reyes' })).toEqual([3001]);
    expect(await found('/3/search/person', { query: 'stryker' })).toEqual([]);
  });
});

describe('search results', () => {
  it('narrows series to those first aired in first_air_date_year, or in year without it', async () => {
    expect(await found('/3/search/tv', { query: 'the' })).toEqual([2001, 2007]);
    expect(await found('/3/search/tv', { query: 'the', first_air_date_year: 2017 })).toEqual([2001]);
    expect(await found('/3/search/tv', { query: 'the', year: 2017 })).toEqual([2001]);
    // first_air_date_year wins over year.
    expect(await found('/3/search/tv', { query: 'the', first_air_date_year: 2017, year: 2022 })).toEqual([
      2001,
    ]);
    expect(await found('/3/search/tv', { query: 'the', first_air_date_year: 1999 })).toEqual([]);
  });

  it('mixes people and series in multi search, most popular first, each with its media type', async () => {
    const { body } = await get('/3/search/multi', { query: 'ma' });
    expect(idsIn(body)).toEqual([3001, 2006, 3005, 3022, 3040]);
    const results = field(body, 'results');
    expect(Array.isArray(results) && results.map((item) => field(item, 'media_type'))).toEqual([
      'person',
      'tv',
      'person',
      'person',
      'person',
    ]);
    expect(await found('/3/search/multi', { query: 'lind' })).toEqual([3019, 3002]);
  });

  it('describes a found collection with its artwork and English original name', async () => {
    expect((await get('/3/search/collection', { query: 'orbit' })).body).toEqual({
      page: 1,
      results: [
        {
          adult: false,
          backdrop_path: '/the-quiet-orbit-collection-backdrop.jpg',
          id: 4001,
          name: 'The Quiet Orbit Collection',
          original_language: 'en',
          original_name: 'The Quiet Orbit Collection',
          overview: 'The survivors of a doomed space station, and what followed them home.',
          poster_path: '/the-quiet-orbit-collection-poster.jpg',
        },
      ],
      total_pages: 1,
      total_results: 1,
    });
  });

  it('gives a found company its logo, or null when it has none', async () => {
    expect(field((await get('/3/search/company', { query: 'brightwater' })).body, 'results')).toEqual([
      {
        id: 502,
        logo_path: '/brightwater-studios-logo.png',
        name: 'Brightwater Studios',
        origin_country: 'US',
      },
    ]);
    expect(field((await get('/3/search/company', { query: 'halcyon' })).body, 'results')).toEqual([
      { id: 503, logo_path: null, name: 'Halcyon Frame', origin_country: 'FR' },
    ]);
  });
});

describe('the list catalogue', () => {
  it('shows a community list in English with its movies and its series, each with its media type', async () => {
    const { body } = await get('/3/list/7000001');
    expect(body).toMatchObject({
      created_by: 'keeperoflists',
      favorite_count: 14,
      iso_639_1: 'en',
      item_count: 4,
      poster_path: '/the-quiet-orbit-poster.jpg',
    });
    expect(idsIn(body, 'items')).toEqual([1001, 1025, 1016, 2001]);
    const items = field(body, 'items');
    expect(Array.isArray(items) && items.map((item) => field(item, 'media_type'))).toEqual([
      'movie',
      'movie',
      'movie',
      'tv',
    ]);
    expect(Array.isArray(items) && items[3]).toMatchObject({
      name: 'The Lanternkeepers',
      first_air_date: '2017-03-05',
      poster_path: '/the-lanternkeepers-poster.jpg',
    });
  });

  it('finds the lists holding a movie or a series, and only those', async () => {
    const summary = {
      description: 'Stories about people keeping a light on somewhere remote.',
      favorite_count: 14,
      id: 7000001,
      item_count: 4,
      iso_639_1: 'en',
      list_type: 'movie',
      name: 'Stations, Ships and Lighthouses',
      poster_path: '/the-quiet-orbit-poster.jpg',
    };
    expect(field((await get('/3/movie/1001/lists')).body, 'results')).toEqual([summary]);
    expect(field((await get('/3/tv/2001/lists')).body, 'results')).toEqual([summary]);
    expect(await found('/3/movie/1006/lists', {})).toEqual([7000002]);
    expect(await found('/3/tv/2006/lists', {})).toEqual([7000002]);
    expect(await found('/3/movie/1024/lists', {})).toEqual([]);
  });

  it('credits a list a user creates to their username and finds it among the lists holding its movie', async () => {
    const sessionId = await login(fake.url);
    const listId = await createList(fake.url, sessionId, 'Rewatch');
    await call(fake.url, `/3/list/${listId}/add_item`, {
      method: 'POST',
      query: { session_id: sessionId },
      body: { media_id: 1001 },
    });
    expect((await get(`/3/list/${listId}`)).body).toMatchObject({
      created_by: DEMO_USER.username,
      favorite_count: 0,
      item_count: 1,
      name: 'Rewatch',
    });
    expect(await found('/3/movie/1001/lists', {})).toEqual([7000001, listId]);
    const mine = await call(fake.url, '/3/account/1/lists', { query: { session_id: sessionId } });
    expect(field(mine.body, 'results')).toEqual([
      expect.objectContaining({ id: listId, list_type: 'movie', item_count: 1 }),
    ]);
  });
});
