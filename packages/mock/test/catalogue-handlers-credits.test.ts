// A single credit (/3/credit/{id}): who, in what role, on which movie or series. Credit ids come from the
// movie's and series' credit lists; the expected bodies are the invented data set's (src/data/).
import { describe, expect, it } from 'vitest';
import { useFakeOnDataSetDay } from './support/fake-on-data-set-day.js';
import { field } from './support/http.js';

const { get } = useFakeOnDataSetDay();

const QUIET_ORBIT = {
  adult: false,
  backdrop_path: '/the-quiet-orbit-backdrop.jpg',
  genre_ids: [878, 18],
  id: 1001,
  original_language: 'en',
  original_title: 'The Quiet Orbit',
  overview:
    'A maintenance engineer on a failing space station has one night to decide who gets the last seat home.',
  popularity: 42.7,
  poster_path: '/the-quiet-orbit-poster.jpg',
  release_date: '2019-03-14',
  title: 'The Quiet Orbit',
  video: false,
  vote_average: 7.4,
  vote_count: 1280,
  media_type: 'movie',
};

const LANTERNKEEPERS_SEASONS = [
  {
    air_date: '2017-03-05',
    episode_count: 4,
    id: 200101,
    name: 'Season 1',
    overview: 'A new keeper arrives, and the light starts blinking a pattern.',
    poster_path: '/the-lanternkeepers-season-1-poster.jpg',
    season_number: 1,
    show_id: 2001,
  },
  {
    air_date: '2019-03-03',
    episode_count: 4,
    id: 200102,
    name: 'Season 2',
    overview: 'The family learns who the light is for.',
    poster_path: '/the-lanternkeepers-season-2-poster.jpg',
    season_number: 2,
    show_id: 2001,
  },
  {
    air_date: '2021-04-11',
    episode_count: 4,
    id: 200103,
    name: 'Season 3',
    overview: 'The final season: the light must go out.',
    poster_path: '/the-lanternkeepers-season-3-poster.jpg',
    season_number: 3,
    show_id: 2001,
  },
];

const WINTER_LAMP = {
  air_date: '2019-12-24',
  episode_number: 1,
  id: 20010001,
  name: 'The Winter Lamp',
  overview: 'Snowbound on Christmas Eve, the family tells the story of the first keeper.',
  production_code: '2001-001',
  runtime: 60,
  season_number: 0,
  still_path: '/the-lanternkeepers-s0e1-still.jpg',
  vote_average: 8.1,
  vote_count: 111,
  episode_type: 'mid_season',
  media_type: 'tv_episode',
  show_id: 2001,
};

describe('movie credits', () => {
  it('describes an acting credit: the actor, the job "Actor" and the character on the movie', async () => {
    const { status, body } = await get('/3/credit/5ec1000003e900000bb90000');
    expect(status).toBe(200);
    expect(body).toEqual({
      credit_type: 'cast',
      department: 'Acting',
      id: '5ec1000003e900000bb90000',
      job: 'Actor',
      person: {
        adult: false,
        gender: 1,
        id: 3001,
        known_for_department: 'Acting',
        media_type: 'person',
        name: 'Mara Okonkwo-Reyes',
        original_name: 'Mara Okonkwo-Reyes',
        popularity: 38.2,
        profile_path: '/mara-okonkwo-reyes-profile.jpg',
      },
      media_type: 'movie',
      media: { ...QUIET_ORBIT, character: 'Juno Adebayo' },
    });
  });

  it('describes a crew credit by its job, with no character on the movie', async () => {
    const { body } = await get('/3/credit/5ed1000003e900000bd60000');
    expect(body).toEqual({
      credit_type: 'crew',
      department: 'Directing',
      id: '5ed1000003e900000bd60000',
      job: 'Director',
      person: {
        adult: false,
        gender: 1,
        id: 3030,
        known_for_department: 'Directing',
        media_type: 'person',
        name: 'Ingrid Falkenrath',
        original_name: 'Ingrid Falkenrath',
        popularity: 10.4,
        profile_path: '/ingrid-falkenrath-profile.jpg',
      },
      media_type: 'movie',
      media: QUIET_ORBIT,
    });
  });

  it('answers 404 for a credit id nobody holds', async () => {
    expect(await get('/3/credit/5ec100000000000000000000')).toMatchObject({
      status: 404,
      body: { success: false, status_code: 34 },
    });
  });
});

describe('series credits', () => {
  it('describes an acting credit on a series with its first episode and its regular seasons only', async () => {
    const { status, body } = await get('/3/credit/5ec2000007d100000bc60000');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      credit_type: 'cast',
      department: 'Acting',
      id: '5ec2000007d100000bc60000',
      job: 'Actor',
      person: { adult: false, id: 3014, name: 'Callum Oyelaran', media_type: 'person' },
      media_type: 'tv',
    });
    const media = field(body, 'media');
    expect(media).toMatchObject({
      id: 2001,
      name: 'The Lanternkeepers',
      first_air_date: '2017-03-05',
      media_type: 'tv',
      character: 'Hamish Reid',
    });
    // The first episode in the series' own order is the Christmas special (season 0); the seasons list
    // leaves the specials out.
    expect(field(media, 'episodes')).toEqual([WINTER_LAMP]);
    expect(field(media, 'seasons')).toEqual(LANTERNKEEPERS_SEASONS);
  });

  it('describes a series creator’s credit by its job, with no character', async () => {
    const { body } = await get('/3/credit/5ed2000007d100000bda0000');
    expect(body).toMatchObject({
      credit_type: 'crew',
      department: 'Production',
      job: 'Executive Producer',
      person: { adult: false, id: 3034, name: 'Hana Kowalczyk' },
      media_type: 'tv',
      media: { id: 2001, episodes: [WINTER_LAMP], seasons: LANTERNKEEPERS_SEASONS },
    });
    expect(field(body, 'media')).not.toHaveProperty('character');
  });
});
