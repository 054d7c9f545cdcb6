// What a user sees from the TV-only endpoints, pinned to the data set: content ratings, the finale an ended
// series screened in cinemas, episode groups (the list per series and one group's episodes), episode videos and
// credits, account states of seasons and episodes, and the change lists of series, seasons and episodes.
// Ids are the data set's (2xxx series; a season is series * 100 + number, an episode season * 100 + number);
// "today" is 2026-11-28, and a record changed today when its id % 14 is 0 or 1.
import { describe, expect, it } from 'vitest';
import { type Query, useFakeOnDataSetDay } from './support/fake-on-data-set-day.js';
import { guestSession } from './support/flows.js';
import { call, field, idsIn } from './support/http.js';

const fake = useFakeOnDataSetDay();
const { get } = fake;

async function okBody(path: string, query?: Query): Promise<unknown> {
  const response = await get(path, query);
  expect(response.status).toBe(200);
  return response.body;
}

/** The key of each change a change list reports. */
async function changeKeys(path: string, query?: Query): Promise<unknown[]> {
  const changes = field(await okBody(path, query), 'changes');
  if (!Array.isArray(changes)) throw new Error(`expected a change array, got ${JSON.stringify(changes)}`);
  return changes.map((change) => field(change, 'key'));
}

const NORTHLIGHT_ONE = {
  id: 601,
  logo_path: '/northlight-one-logo.png',
  name: 'Northlight One',
  origin_country: 'GB',
};
const STORY_ORDER = '5f1e2d3c4b5a69788796a5b4';
const PRODUCTION_ORDER = '5f1e2d3c4b5a69788796a5c7';

describe('series resources', () => {
  it('rates a series for the US with its own rating and no descriptors', async () => {
    expect(await okBody('/3/tv/2001/content_ratings')).toEqual({
      id: 2001,
      results: [{ descriptors: [], iso_3166_1: 'US', rating: 'TV-14' }],
    });
  });

  it('lists the last episode of an ended series as screened in cinemas, and nothing for a running one', async () => {
    // 2001 ended after its third season (it also has specials as season 0), 2003 after one, 2005 after three.
    expect(await okBody('/3/tv/2001/screened_theatrically')).toEqual({
      id: 2001,
      results: [{ id: 20010304, episode_number: 4, season_number: 3 }],
    });
    expect(field(await okBody('/3/tv/2003/screened_theatrically'), 'results')).toEqual([
      { id: 20030104, episode_number: 4, season_number: 1 },
    ]);
    expect(await okBody('/3/tv/2002/screened_theatrically')).toEqual({ id: 2002, results: [] });
  });

  it('lists only the series’ own episode groups, with their episode counts and the series’ network', async () => {
    expect(await okBody('/3/tv/2001/episode_groups')).toEqual({
      id: 2001,
      results: [
        {
          description:
            'The episodes in the order the story happens, with the special placed where it belongs.',
          episode_count: 13,
          group_count: 3,
          id: STORY_ORDER,
          name: 'Story order',
          network: NORTHLIGHT_ONE,
          type: 5,
        },
      ],
    });
    expect(idsIn(await okBody('/3/tv/2004/episode_groups'))).toEqual([PRODUCTION_ORDER]);
    expect(await okBody('/3/tv/2002/episode_groups')).toEqual({ id: 2002, results: [] });
  });

  it('reports a series’ overview change, and its reviews and lists', async () => {
    expect(await changeKeys('/3/tv/2002/changes')).toEqual(['overview']);
    expect(await changeKeys('/3/tv/2001/changes')).toEqual([]);
    expect(idsIn(await okBody('/3/tv/2001/lists'))).toEqual([7000001]);
    expect(idsIn(await okBody('/3/tv/2002/reviews'))).toEqual(['64a1f0c2e8b7d30001a1b009']);
  });
});

describe('movie resources', () => {
  it('reports a movie’s overview change on the day it changed only', async () => {
    expect(await changeKeys('/3/movie/1008/changes')).toEqual(['overview']);
    expect(await changeKeys('/3/movie/1001/changes')).toEqual([]);
  });

  it('lists a movie’s reviews oldest first', async () => {
    expect(idsIn(await okBody('/3/movie/1001/reviews'))).toEqual([
      '64a1f0c2e8b7d30001a1b001',
      '64a1f0c2e8b7d30001a1b002',
    ]);
  });
});

describe('episode groups', () => {
  it('lists a group’s parts in order, each with its episodes as they air', async () => {
    const group = await okBody(`/3/tv/episode_group/${PRODUCTION_ORDER}`);
    expect(group).toMatchObject({
      description: 'The order the episodes were filmed.',
      episode_count: 8,
      group_count: 2,
      id: PRODUCTION_ORDER,
      name: 'Broadcast in production order',
      network: {
        id: 603,
        logo_path: '/meridian-stream-logo.png',
        name: 'Meridian Stream',
        origin_country: 'US',
      },
      type: 6,
    });
    const parts = field(group, 'groups');
    if (!Array.isArray(parts)) throw new Error('expected the group’s parts');
    // A part's id is the group id's first 20 characters and the part's index in four hex digits.
    expect(
      parts.map((part) => [
        field(part, 'id'),
        field(part, 'name'),
        field(part, 'order'),
        field(part, 'locked'),
      ]),
    ).toEqual([
      ['5f1e2d3c4b5a697887960000', 'Block 1', 1, true],
      ['5f1e2d3c4b5a697887960001', 'Block 2', 2, true],
    ]);
    expect(idsIn(parts[0], 'episodes')).toEqual([20040101, 20040103, 20040102, 20040104]);
    expect(idsIn(parts[1], 'episodes')).toEqual([20040201, 20040202, 20040204, 20040203]);
    const episodes = field(parts[0], 'episodes');
    if (!Array.isArray(episodes)) throw new Error('expected the part’s episodes');
    expect(episodes[1]).toEqual({
      air_date: '2022-03-04',
      episode_number: 3,
      id: 20040103,
      name: 'Halfway House',
      order: 1,
      overview: 'The midpoint station has run out of water.',
      production_code: '2004-103',
      runtime: 55,
      season_number: 1,
      show_id: 2004,
      still_path: '/skyhook-s1e3-still.jpg',
      vote_average: 7.9,
      vote_count: 144,
    });
    expect(episodes.map((episode) => field(episode, 'air_date'))).toEqual([
      '2022-02-18',
      '2022-03-04',
      '2022-02-25',
      '2022-03-11',
    ]);
  });

  it('places the special of the story-order group first, with its season 0 numbers', async () => {
    const group = await okBody(`/3/tv/episode_group/${STORY_ORDER}`);
    expect([field(group, 'id'), field(group, 'episode_count'), field(group, 'network')]).toEqual([
      STORY_ORDER,
      13,
      NORTHLIGHT_ONE,
    ]);
    const parts = field(group, 'groups');
    if (!Array.isArray(parts)) throw new Error('expected the group’s parts');
    expect(parts.map((part) => idsIn(part, 'episodes'))).toEqual([
      [20010001, 20010101, 20010102],
      [20010103, 20010104, 20010201, 20010202],
      [20010203, 20010204, 20010301, 20010302, 20010303, 20010304],
    ]);
    const first = field(parts[0], 'episodes');
    if (!Array.isArray(first)) throw new Error('expected the part’s episodes');
    expect(first[0]).toMatchObject({
      air_date: '2019-12-24',
      production_code: '2001-001',
      still_path: '/the-lanternkeepers-s0e1-still.jpg',
      season_number: 0,
      order: 0,
    });
  });

  it('answers 404 with status_code 34 for a group that does not exist', async () => {
    const missing = await get('/3/tv/episode_group/5f1e2d3c4b5a69788796ffff');
    expect([missing.status, field(missing.body, 'status_code')]).toEqual([404, 34]);
  });
});

describe('episodes', () => {
  it('gives the first episode of a season one official trailer, and later episodes no videos', async () => {
    expect(await okBody('/3/tv/2001/season/1/episode/1/videos')).toEqual({
      id: 20010101,
      results: [
        {
          id: '601315475000000000000000',
          iso_3166_1: 'US',
          iso_639_1: 'en',
          key: 'mk008594f33',
          name: 'The Lanternkeepers First Watch | Official Trailer',
          official: true,
          published_at: '2017-03-05T16:00:00.000Z',
          site: 'YouTube',
          size: 1080,
          type: 'Trailer',
        },
      ],
    });
    expect(await okBody('/3/tv/2001/season/1/episode/2/videos')).toEqual({ id: 20010102, results: [] });
  });

  it('credits an episode with the series’ cast and crew plus its guest stars', async () => {
    const series = await okBody('/3/tv/2001/credits');
    const episode = await okBody('/3/tv/2001/season/1/episode/1/credits');
    expect(idsIn(episode, 'cast')).toEqual([3014, 3009, 3005]);
    expect(field(episode, 'cast')).toEqual(field(series, 'cast'));
    expect(field(episode, 'crew')).toEqual(field(series, 'crew'));
    expect(field(episode, 'guest_stars')).toEqual([]);
  });

  it('reports an episode’s name change on the day it changed', async () => {
    expect(await changeKeys('/3/tv/episode/20010102/changes')).toEqual(['name']);
    expect(await changeKeys('/3/tv/episode/20010101/changes')).toEqual([]);
  });
});

describe('seasons', () => {
  it('credits a season with the series’ cast', async () => {
    const series = await okBody('/3/tv/2001/credits');
    const season = await okBody('/3/tv/2001/season/2/credits');
    expect(idsIn(season, 'cast')).toEqual([3014, 3009, 3005]);
    expect(field(season, 'crew')).toEqual(field(series, 'crew'));
  });

  it('reports a season’s episode change on the day it changed', async () => {
    expect(await changeKeys('/3/tv/season/200102/changes')).toEqual(['episode']);
    expect(await changeKeys('/3/tv/season/200101/changes')).toEqual([]);
  });
});

describe('account states of seasons and episodes', () => {
  it('refuses a request without a session with 401 and status_code 3', async () => {
    for (const path of [
      '/3/tv/2001/season/1/account_states',
      '/3/tv/2001/season/1/episode/1/account_states',
    ]) {
      const refused = await get(path);
      expect([refused.status, field(refused.body, 'status_code')]).toEqual([401, 3]);
    }
  });

  it('shows a guest’s episode rating; an episode is never a favorite or on the watchlist', async () => {
    const guest = await guestSession(fake.url);
    const caller = { guest_session_id: guest };
    const path = '/3/tv/2001/season/1/episode/2';
    expect(await okBody(`${path}/account_states`, caller)).toEqual({
      favorite: false,
      id: 20010102,
      rated: false,
      watchlist: false,
    });
    const rated = await call(fake.url, `${path}/rating`, {
      method: 'POST',
      query: caller,
      body: { value: 7.5 },
    });
    expect(rated.status).toBe(201);
    expect(await okBody(`${path}/account_states`, caller)).toEqual({
      favorite: false,
      id: 20010102,
      rated: { value: 7.5 },
      watchlist: false,
    });
    const season = await okBody('/3/tv/2001/season/1/account_states', caller);
    expect(field(season, 'results')).toEqual([
      { id: 20010101, episode_number: 1, rated: false },
      { id: 20010102, episode_number: 2, rated: { value: 7.5 } },
      { id: 20010103, episode_number: 3, rated: false },
      { id: 20010104, episode_number: 4, rated: false },
    ]);
  });
});
