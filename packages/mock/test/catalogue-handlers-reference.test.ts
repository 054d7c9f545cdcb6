// Reference data (configuration, genres, certifications, watch providers), looking records up by another
// database's id, and people: the exact bodies a client reads, pinned to the invented data set.
import { describe, expect, it } from 'vitest';
import { movieCertifications, tvCertifications } from '../src/data/certifications.js';
import { movieGenres, tvGenres } from '../src/data/genres.js';
import { useFakeOnDataSetDay } from './support/fake-on-data-set-day.js';
import { field, idsIn } from './support/http.js';

const { get } = useFakeOnDataSetDay();

/** An appended body as its own endpoint serves it: the same object with the record's id in front. */
function withId(id: number, appended: unknown): object {
  if (typeof appended !== 'object' || appended === null)
    throw new Error(`not an object: ${String(appended)}`);
  return { id, ...appended };
}

describe('configuration', () => {
  it('names the image CDN, every image size list and the change keys', async () => {
    expect((await get('/3/configuration')).body).toEqual({
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
    });
  });

  it('lists the jobs of every department', async () => {
    expect((await get('/3/configuration/jobs')).body).toEqual([
      { department: 'Directing', jobs: ['Director', 'Assistant Director'] },
      { department: 'Writing', jobs: ['Screenplay', 'Story', 'Novel'] },
      { department: 'Sound', jobs: ['Original Music Composer', 'Sound Designer'] },
      { department: 'Camera', jobs: ['Director of Photography', 'Camera Operator'] },
      { department: 'Production', jobs: ['Producer', 'Executive Producer', 'Casting'] },
      { department: 'Editing', jobs: ['Editor', 'Colorist'] },
      { department: 'Acting', jobs: ['Actor', 'Voice'] },
    ]);
  });

  it('lists the primary translations and every country’s time zones', async () => {
    expect((await get('/3/configuration/primary_translations')).body).toEqual([
      'en-US',
      'de-DE',
      'es-ES',
      'fr-FR',
      'sv-SE',
    ]);
    expect((await get('/3/configuration/timezones')).body).toEqual([
      { iso_3166_1: 'AU', zones: ['Australia/Sydney', 'Australia/Hobart'] },
      { iso_3166_1: 'CA', zones: ['America/Toronto', 'America/Vancouver'] },
      { iso_3166_1: 'DE', zones: ['Europe/Berlin'] },
      { iso_3166_1: 'ES', zones: ['Europe/Madrid'] },
      { iso_3166_1: 'FR', zones: ['Europe/Paris'] },
      { iso_3166_1: 'GB', zones: ['Europe/London'] },
      { iso_3166_1: 'IE', zones: ['Europe/Dublin'] },
      { iso_3166_1: 'JP', zones: ['Asia/Tokyo'] },
      { iso_3166_1: 'SE', zones: ['Europe/Stockholm'] },
      { iso_3166_1: 'US', zones: ['America/New_York', 'America/Los_Angeles'] },
    ]);
  });

  it('lists the movie and TV genres and certification scales of the data set', async () => {
    expect((await get('/3/genre/movie/list')).body).toEqual({ genres: movieGenres });
    expect((await get('/3/genre/tv/list')).body).toEqual({ genres: tvGenres });
    expect((await get('/3/certification/movie/list')).body).toEqual({ certifications: movieCertifications });
    expect((await get('/3/certification/tv/list')).body).toEqual({ certifications: tvCertifications });
    expect(movieGenres.length * tvGenres.length).toBeGreaterThan(0);
    expect(Object.keys(movieCertifications)).toContain('US');
    expect(Object.keys(tvCertifications)).toContain('US');
  });
});

describe('watch providers', () => {
  const providerIds = (body: unknown) => {
    const results = field(body, 'results');
    return Array.isArray(results) ? results.map((provider) => field(provider, 'provider_id')) : results;
  };

  it('names the regions providers report in: every country but Japan', async () => {
    const regions = field((await get('/3/watch/providers/regions')).body, 'results');
    expect(Array.isArray(regions) && regions.map((region) => field(region, 'iso_3166_1'))).toEqual([
      'AU',
      'CA',
      'DE',
      'ES',
      'FR',
      'GB',
      'IE',
      'SE',
      'US',
    ]);
    expect(Array.isArray(regions) && regions[2]).toEqual({
      iso_3166_1: 'DE',
      english_name: 'Germany',
      native_name: 'Deutschland',
    });
  });

  it('lists every provider without a region, with its logo and priority in each region it serves', async () => {
    const { body } = await get('/3/watch/providers/movie');
    expect(providerIds(body)).toEqual([801, 802, 803, 804, 805]);
    expect(field(body, 'results')).toContainEqual({
      display_priority: 5,
      logo_path: '/provider-805-logo.png',
      provider_id: 805,
      provider_name: 'Freeview Plus',
      display_priorities: { GB: 5, AU: 5, IE: 5 },
    });
  });

  it('lists only the providers serving watch_region, for movies and series alike', async () => {
    expect(providerIds((await get('/3/watch/providers/movie', { watch_region: 'DE' })).body)).toEqual([
      802, 803, 804,
    ]);
    expect(providerIds((await get('/3/watch/providers/tv', { watch_region: 'ES' })).body)).toEqual([803]);
    expect(providerIds((await get('/3/watch/providers/tv', { watch_region: 'JP' })).body)).toEqual([]);
  });
});

describe('find by external id', () => {
  const found = async (externalId: string, source: string) => {
    const { status, body } = await get(`/3/find/${externalId}`, { external_source: source });
    expect(status).toBe(200);
    return {
      movies: idsIn(body, 'movie_results'),
      people: idsIn(body, 'person_results'),
      episodes: idsIn(body, 'tv_episode_results'),
      series: idsIn(body, 'tv_results'),
      seasons: idsIn(body, 'tv_season_results'),
    };
  };
  const nothing = { movies: [], people: [], episodes: [], series: [], seasons: [] };

  it('finds each kind of record by its own id, and only that record', async () => {
    expect(await found('tt9001001', 'imdb_id')).toEqual({ ...nothing, movies: [1001] });
    expect(await found('nm9003001', 'imdb_id')).toEqual({ ...nothing, people: [3001] });
    expect(await found('Q73001', 'wikidata_id')).toEqual({ ...nothing, people: [3001] });
    expect(await found('tt720010101', 'imdb_id')).toEqual({ ...nothing, episodes: [20010101] });
    expect(await found('902001', 'tvdb_id')).toEqual({ ...nothing, series: [2001] });
    expect(await found('9200101', 'tvdb_id')).toEqual({ ...nothing, seasons: [200101] });
  });

  it('returns full records with their media type', async () => {
    const { body } = await get('/3/find/9200101', { external_source: 'tvdb_id' });
    expect(field(body, 'tv_season_results')).toEqual([
      expect.objectContaining({ id: 200101, season_number: 1, show_id: 2001, media_type: 'tv_season' }),
    ]);
    const episode = await get('/3/find/tt720010101', { external_source: 'imdb_id' });
    expect(field(episode.body, 'tv_episode_results')).toEqual([
      expect.objectContaining({ id: 20010101, name: 'First Watch', media_type: 'tv_episode' }),
    ]);
    const series = await get('/3/find/902001', { external_source: 'tvdb_id' });
    expect(field(series.body, 'tv_results')).toEqual([
      expect.objectContaining({ id: 2001, name: 'The Lanternkeepers', media_type: 'tv' }),
    ]);
    const movie = await get('/3/find/tt9001001', { external_source: 'imdb_id' });
    expect(field(movie.body, 'movie_results')).toEqual([
      expect.objectContaining({ id: 1001, title: 'The Quiet Orbit', media_type: 'movie' }),
    ]);
  });

  it('does not match an id a record lacks, even when asked for the text "null" or "undefined"', async () => {
    // Most records have no Twitter handle (null), and seasons have no IMDb id at all.
    expect(await found('null', 'twitter_id')).toEqual(nothing);
    expect(await found('undefined', 'imdb_id')).toEqual(nothing);
    expect(await found('tt0000000', 'imdb_id')).toEqual(nothing);
  });
});

describe('people', () => {
  it('ranks everyone by popularity on the popular chart', async () => {
    const first = (await get('/3/person/popular')).body;
    const second = (await get('/3/person/popular', { page: 2 })).body;
    expect([...idsIn(first), ...idsIn(second)]).toEqual([
      3003, 3001, 3019, 3008, 3013, 3006, 3009, 3012, 3002, 3017, 3005, 3025, 3011, 3020, 3023, 3007, 3016,
      3004, 3015, 3024, 3014, 3022, 3018, 3021, 3030, 3010, 3032, 3036, 3031, 3033, 3037, 3034, 3035, 3040,
      3041, 3042, 3043,
    ]);
  });

  it('lists a person’s biography change of today, on its own and appended to the details', async () => {
    // Dmitri Aalto (3010) is one of the people whose biography changed on the fake's today.
    const change = {
      changes: [
        {
          key: 'biography',
          items: [
            {
              action: 'updated',
              id: 'c00000000bc2000000000000',
              time: '2026-11-28 09:30:00 UTC',
              iso_639_1: 'en',
              value: 'biography revised',
              original_value: 'biography before revision',
            },
          ],
        },
      ],
    };
    expect((await get('/3/person/3010/changes')).body).toEqual(change);
    const details = await get('/3/person/3010', { append_to_response: 'changes' });
    expect(field(details.body, 'changes')).toEqual(change);
  });

  it('appends the same credits and images the sub-resources serve', async () => {
    // Callum Oyelaran (3014) acts in a series, so his TV and combined credits are not empty.
    const appends = [
      'combined_credits',
      'movie_credits',
      'tv_credits',
      'images',
      'external_ids',
      'translations',
    ];
    const details = (await get('/3/person/3014', { append_to_response: appends.join(',') })).body;
    expect(field(details, 'id')).toBe(3014);
    for (const key of appends) {
      const own = (await get(`/3/person/3014/${key}`)).body;
      expect([key, withId(3014, field(details, key))]).toEqual([key, own]);
    }
    expect(idsIn(field(details, 'tv_credits'), 'cast')).toContain(2001);
    expect(idsIn(field(details, 'combined_credits'), 'cast')).toContain(2001);
    // tagged_images appends the first page, without the person's id.
    const tagged = (await get('/3/person/3014/tagged_images')).body;
    const appended = (await get('/3/person/3014', { append_to_response: 'tagged_images' })).body;
    expect(withId(3014, field(appended, 'tagged_images'))).toEqual(tagged);
    expect(field(tagged, 'total_results')).toBeGreaterThan(0);
  });

  it('refuses more than 20 appends with TMDB’s error 27', async () => {
    const keys = Array.from({ length: 21 }, (_, index) => `key${index}`).join(',');
    expect(await get('/3/person/3001', { append_to_response: keys })).toMatchObject({
      status: 400,
      body: { success: false, status_code: 27 },
    });
  });
});
