// Records other records point at: collections, companies, networks, keywords and single credits. Each test pins
// the exact body a client would read, from the invented data set in src/data/.
import { describe, expect, it } from 'vitest';
import { useFakeOnDataSetDay } from './support/fake-on-data-set-day.js';
import { field, idsIn } from './support/http.js';

const { get } = useFakeOnDataSetDay();

const NOT_FOUND = {
  success: false,
  status_code: 34,
  status_message: 'The resource you requested could not be found.',
};

/** A JSON object body without one of its fields, to compare the rest as a whole. */
function without(body: unknown, name: string): Record<string, unknown> {
  if (typeof body !== 'object' || body === null) throw new Error(`not an object: ${JSON.stringify(body)}`);
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== name));
}

const QUIET_ORBIT_OVERVIEW = 'The survivors of a doomed space station, and what followed them home.';

describe('collections', () => {
  it('lists a collection with its parts in release order and its artwork paths', async () => {
    const { status, body } = await get('/3/collection/4001');
    expect(status).toBe(200);
    expect(idsIn(body, 'parts')).toEqual([1001, 1002, 1003]);
    expect(without(body, 'parts')).toEqual({
      backdrop_path: '/the-quiet-orbit-collection-backdrop.jpg',
      id: 4001,
      name: 'The Quiet Orbit Collection',
      original_language: 'en',
      original_name: 'The Quiet Orbit Collection',
      overview: QUIET_ORBIT_OVERVIEW,
      poster_path: '/the-quiet-orbit-collection-poster.jpg',
    });
    const parts = field(body, 'parts');
    expect(Array.isArray(parts) && parts.map((part) => field(part, 'media_type'))).toEqual([
      'movie',
      'movie',
      'movie',
    ]);
  });

  it('serves a collection poster in English and a textless one, and one backdrop without a language', async () => {
    const poster = {
      aspect_ratio: 0.667,
      height: 3000,
      vote_average: 6.5,
      vote_count: 6,
      width: 2000,
    };
    const backdrop = {
      aspect_ratio: 1.778,
      file_path: '/the-quiet-orbit-collection-backdrop.jpg',
      height: 2160,
      iso_639_1: null,
      vote_average: 6.25,
      vote_count: 5,
      width: 3840,
    };
    expect((await get('/3/collection/4001/images')).body).toEqual({
      id: 4001,
      backdrops: [backdrop],
      posters: [
        { ...poster, file_path: '/the-quiet-orbit-collection-poster.jpg', iso_639_1: 'en' },
        { ...poster, file_path: '/the-quiet-orbit-collection-poster-textless.jpg', iso_639_1: null },
      ],
    });
    // include_image_language narrows the posters: "null" keeps only the textless one.
    expect((await get('/3/collection/4001/images', { include_image_language: 'null' })).body).toEqual({
      id: 4001,
      backdrops: [backdrop],
      posters: [{ ...poster, file_path: '/the-quiet-orbit-collection-poster-textless.jpg', iso_639_1: null }],
    });
  });

  it('translates a collection into English only; the German entry is there but empty', async () => {
    expect((await get('/3/collection/4001/translations')).body).toEqual({
      id: 4001,
      translations: [
        {
          english_name: 'English',
          iso_3166_1: 'US',
          iso_639_1: 'en',
          name: 'English',
          data: { homepage: '', overview: QUIET_ORBIT_OVERVIEW, title: 'The Quiet Orbit Collection' },
        },
        {
          english_name: 'German',
          iso_3166_1: 'DE',
          iso_639_1: 'de',
          name: 'Deutsch',
          data: { homepage: '', overview: '', title: '' },
        },
      ],
    });
  });

  it('answers 404 for every view of a collection that does not exist', async () => {
    for (const path of [
      '/3/collection/4999',
      '/3/collection/4999/images',
      '/3/collection/4999/translations',
    ]) {
      const { status, body } = await get(path);
      expect([path, status, body]).toEqual([path, 404, NOT_FOUND]);
    }
  });
});

describe('companies', () => {
  it('names a company with its parent company and a homepage and logo derived from its name', async () => {
    expect((await get('/3/company/502')).body).toEqual({
      description: 'Genre films, mostly thrillers and crime.',
      headquarters: 'Atlanta, Georgia',
      homepage: 'https://example.com/companies/brightwater-studios',
      id: 502,
      logo_path: '/brightwater-studios-logo.png',
      name: 'Brightwater Studios',
      origin_country: 'US',
      parent_company: {
        id: 508,
        logo_path: '/orbit-nine-entertainment-logo.png',
        name: 'Orbit Nine Entertainment',
      },
    });
  });

  it('gives a company without a parent or a logo null for both', async () => {
    expect((await get('/3/company/503')).body).toEqual({
      description: 'Dramas and romances with European co-producers.',
      headquarters: 'Lyon, France',
      homepage: 'https://example.com/companies/halcyon-frame',
      id: 503,
      logo_path: null,
      name: 'Halcyon Frame',
      origin_country: 'FR',
      parent_company: null,
    });
  });

  it('lists a company’s other names with an empty type, as TMDB does', async () => {
    expect((await get('/3/company/502/alternative_names')).body).toEqual({
      id: 502,
      results: [
        { name: 'Brightwater', type: '' },
        { name: 'BWS', type: '' },
      ],
    });
  });

  it('serves a PNG and an SVG logo for a company with a logo, each with its own image id', async () => {
    const logo = { aspect_ratio: 2.667, height: 300, vote_average: 5.3, vote_count: 2, width: 800 };
    expect((await get('/3/company/502/images')).body).toEqual({
      id: 502,
      logos: [
        {
          ...logo,
          file_path: '/brightwater-studios-logo.png',
          file_type: '.png',
          id: '5e10000000000000000001f6',
        },
        {
          ...logo,
          file_path: '/brightwater-studios-logo.svg',
          file_type: '.svg',
          id: '5e10000000000000000001f7',
        },
      ],
    });
  });

  it('serves no logos for a company without one', async () => {
    expect((await get('/3/company/503/images')).body).toEqual({ id: 503, logos: [] });
  });
});

describe('networks', () => {
  it('names a network with a homepage and logo derived from its name', async () => {
    expect((await get('/3/network/601')).body).toEqual({
      headquarters: 'Manchester, England',
      homepage: 'https://example.com/networks/northlight-one',
      id: 601,
      logo_path: '/northlight-one-logo.png',
      name: 'Northlight One',
      origin_country: 'GB',
    });
  });

  it('lists a network’s other names and its one PNG logo', async () => {
    expect((await get('/3/network/601/alternative_names')).body).toEqual({
      id: 601,
      results: [{ name: 'NL1', type: '' }],
    });
    expect((await get('/3/network/601/images')).body).toEqual({
      id: 601,
      logos: [
        {
          aspect_ratio: 2.667,
          file_path: '/northlight-one-logo.png',
          file_type: '.png',
          height: 300,
          id: '5e1000000000000000000259',
          vote_average: 5.3,
          vote_count: 2,
          width: 800,
        },
      ],
    });
  });
});

describe('keywords', () => {
  it('names the keyword asked for, and 404s an unknown one', async () => {
    expect((await get('/3/keyword/7018')).body).toEqual({ id: 7018, name: 'restaurant' });
    expect(await get('/3/keyword/7099')).toMatchObject({ status: 404, body: NOT_FOUND });
    expect(await get('/3/keyword/7099/movies')).toMatchObject({ status: 404, body: NOT_FOUND });
  });

  it('lists the movies tagged with a keyword, most popular first', async () => {
    const { body } = await get('/3/keyword/7001/movies');
    expect(field(body, 'id')).toBe(7001);
    expect(idsIn(body)).toEqual([1021, 1027, 1003, 1002, 1001]);
    expect(field(body, 'total_results')).toBe(5);
  });

  it('leaves the adult title tagged with a keyword out unless include_adult=true', async () => {
    const hidden = await get('/3/keyword/7018/movies');
    expect(idsIn(hidden.body)).toEqual([1017]);
    expect(field(hidden.body, 'id')).toBe(7018);
    expect(idsIn((await get('/3/keyword/7018/movies', { include_adult: false })).body)).toEqual([1017]);
    const shown = await get('/3/keyword/7018/movies', { include_adult: true });
    expect(idsIn(shown.body)).toEqual([1017, 1033]);
    expect(field(shown.body, 'total_results')).toBe(2);
  });
});
