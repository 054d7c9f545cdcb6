// Invented TV series with their seasons and episodes. Ids of seasons and episodes are derived from the
// series id (season `s` of series 2001 is 200100 + s; its episode `e` is (200100 + s) * 100 + e) so they
// stay stable and unique. Seasons marked `airing` follow the fake's clock: one episode a week, the middle
// one airing today, so "airing today" and "on the air" always have something to show.
import type { Schemas } from '@tmdb-kit/types';

export interface EpisodeSeed {
  readonly name: string;
  readonly overview: string;
  /** Minutes. */
  readonly runtime: number;
  /** Guest star person ids with their characters. */
  readonly guests?: readonly (readonly [number, string])[];
}

export interface SeasonSeed {
  readonly number: number;
  readonly name?: string;
  readonly overview: string;
  /** First air date; later episodes follow weekly. Ignored when `airing`. */
  readonly airDate: string;
  readonly airing?: boolean;
  readonly episodes: readonly EpisodeSeed[];
}

export interface SeriesSeed {
  readonly id: number;
  readonly name: string;
  readonly originalName?: string;
  readonly language: string;
  readonly countries: readonly string[];
  readonly genres: readonly number[];
  readonly networks: readonly number[];
  readonly companies: readonly number[];
  readonly creators: readonly number[];
  readonly status: Schemas['TvSeriesDetails']['status'];
  readonly type: Schemas['TvSeriesDetails']['type'];
  readonly popularity: number;
  readonly voteAverage: number;
  readonly voteCount: number;
  readonly tagline: string;
  readonly overview: string;
  readonly rating: string;
  readonly cast: readonly (readonly [number, string])[];
  readonly keywords: readonly number[];
  readonly seasons: readonly SeasonSeed[];
}

const episode = (
  name: string,
  overview: string,
  runtime = 45,
  guests?: EpisodeSeed['guests'],
): EpisodeSeed => ({
  name,
  overview,
  runtime,
  ...(guests ? { guests } : {}),
});

export const series: readonly SeriesSeed[] = [
  {
    id: 2001,
    name: 'The Lanternkeepers',
    language: 'en',
    countries: ['GB'],
    genres: [18, 9648],
    networks: [601],
    companies: [501],
    creators: [3034],
    status: 'Ended',
    type: 'Scripted',
    popularity: 36.4,
    voteAverage: 8.1,
    voteCount: 2210,
    rating: 'TV-14',
    tagline: 'Keep the light. Keep the secret.',
    overview:
      'The last family of lighthouse keepers on a remote coast guards a light that ships are not supposed to see.',
    cast: [
      [3014, 'Hamish Reid'],
      [3009, 'Ailsa Reid'],
      [3005, 'Dr. Celia Mont'],
    ],
    keywords: [7002, 7022],
    seasons: [
      {
        number: 0,
        name: 'Specials',
        overview: 'A Christmas special.',
        airDate: '2019-12-24',
        episodes: [
          episode(
            'The Winter Lamp',
            'Snowbound on Christmas Eve, the family tells the story of the first keeper.',
            60,
          ),
        ],
      },
      {
        number: 1,
        overview: 'A new keeper arrives, and the light starts blinking a pattern.',
        airDate: '2017-03-05',
        episodes: [
          episode('First Watch', 'Ailsa takes her first night shift and sees a ship that is not there.', 50),
          episode('Flotsam', 'A crate washes up holding letters addressed to the lighthouse.', 46, [
            [3004, 'Postmaster Quill'],
          ]),
          episode('Fog Signal', 'The foghorn sounds on a clear night.', 47),
          episode('The Logbook', 'Hamish finds pages torn from the 1912 log.', 52),
        ],
      },
      {
        number: 2,
        overview: 'The family learns who the light is for.',
        airDate: '2019-03-03',
        episodes: [
          episode('Low Water', 'An old wreck surfaces at the lowest tide in decades.', 48),
          episode('Signal Fires', 'Rival lights appear along the headland.', 46, [[3006, 'Coastguard Ibe']]),
          episode('The Keeper\u2019s Daughter', 'Ailsa follows the pattern to a cave beneath the tower.', 49),
          episode('Lamp Room', 'A storm cuts the island off as the truth comes out.', 58),
        ],
      },
      {
        number: 3,
        overview: 'The final season: the light must go out.',
        airDate: '2021-04-11',
        episodes: [
          episode('Decommission', 'The authorities announce the light will be automated.', 47),
          episode('Last Ship', 'One more ship is expected, and it is very late.', 51),
          episode('Dark Coast', 'With the lamp out, the coast changes overnight.', 50),
          episode('Lights Out', 'The family chooses what to keep.', 64),
        ],
      },
    ],
  },
  {
    id: 2002,
    name: 'Backfire Kitchen',
    language: 'en',
    countries: ['US'],
    genres: [35],
    networks: [602],
    companies: [502],
    creators: [3035],
    status: 'Returning Series',
    type: 'Scripted',
    popularity: 44.9,
    voteAverage: 7.4,
    voteCount: 1330,
    rating: 'TV-PG',
    tagline: 'Nothing is on fire. Yet.',
    overview: 'A former fire inspector opens a restaurant with the worst safety record in Chicago.',
    cast: [
      [3016, 'Gus Halloran'],
      [3003, 'Rita Delgado'],
      [3020, 'Hiro'],
    ],
    keywords: [7018],
    seasons: [
      {
        number: 1,
        overview: 'Opening week, and the inspector is coming.',
        airDate: '2020-09-10',
        episodes: [
          episode('Soft Opening', 'Gus opens the doors a week early to beat a rival.', 24),
          episode('Flambé', 'Rita insists on a dish that involves real fire.', 23),
          episode('Health Code', 'An inspection turns into a dinner party.', 24),
          episode('Walk-In', 'Three people get stuck in the walk-in fridge overnight.', 22),
          episode('Family Meal', 'The staff cook for each other, badly.', 25),
        ],
      },
      {
        number: 2,
        overview: 'A second location, and a second inspector.',
        airDate: '2023-09-14',
        airing: true,
        episodes: [
          episode('Two Kitchens', 'Gus tries to run both restaurants from one phone.', 24),
          episode('Brunch Wars', 'The new location only serves brunch; the old one refuses to.', 23),
          episode('Smoke Detector', 'The alarm goes off every time Hiro sings.', 24, [
            [3012, 'Critic Ade Moss'],
          ]),
          episode('Sous', 'Rita hires a sous-chef who is better than her.', 24),
          episode('Last Call', 'Someone has to close the original kitchen.', 26),
        ],
      },
    ],
  },
  {
    id: 2003,
    name: 'Atlas of Small Islands',
    language: 'en',
    countries: ['AU'],
    genres: [99],
    networks: [603],
    companies: [506],
    creators: [3036],
    status: 'Ended',
    type: 'Miniseries',
    popularity: 12.5,
    voteAverage: 8.4,
    voteCount: 310,
    rating: 'TV-G',
    tagline: 'Four islands. Four ways to live.',
    overview: 'A documentary series visiting four inhabited islands smaller than a city park.',
    cast: [[3021, 'Narrator']],
    keywords: [7014, 7022],
    seasons: [
      {
        number: 1,
        overview: 'The whole miniseries.',
        airDate: '2019-05-06',
        episodes: [
          episode('The Island of One Road', 'A single road, a single bus, forty residents.', 52),
          episode('The Island of Goats', 'More goats than people, and an election.', 51),
          episode('The Island of Bells', 'Every house has a bell, and every bell has a meaning.', 53),
          episode('The Island That Moves', 'A sandbar island that shifts a little every year.', 55),
        ],
      },
    ],
  },
  {
    id: 2004,
    name: 'Skyhook',
    language: 'en',
    countries: ['US', 'CA'],
    genres: [10765, 10759],
    networks: [603],
    companies: [508, 504],
    creators: [3037],
    status: 'Returning Series',
    type: 'Scripted',
    popularity: 82.7,
    voteAverage: 7.9,
    voteCount: 2870,
    rating: 'TV-14',
    tagline: 'The only way up is the cable.',
    overview:
      'Crews of a space elevator live halfway between the ground and orbit, and not everyone wants the cable finished.',
    cast: [
      [3019, 'Captain Yara Solberg'],
      [3008, 'Rafe Ortega'],
      [3023, 'Engineer Lise Dahl'],
      [3024, 'Boss Malkin'],
    ],
    keywords: [7001, 7010],
    seasons: [
      {
        number: 1,
        overview: 'The climb begins.',
        airDate: '2022-02-18',
        episodes: [
          episode('Ground Station', 'Yara gets command of the slowest climber on the cable.', 58),
          episode('Ascent', 'Three days up with a passenger who should not be aboard.', 54),
          episode('Halfway House', 'The midpoint station has run out of water.', 55, [
            [3002, 'Station Chief Brandt'],
          ]),
          episode('Snap', 'A cable strand fails above them.', 61),
        ],
      },
      {
        number: 2,
        overview: 'Sabotage on the cable.',
        airDate: '2024-03-01',
        airing: true,
        episodes: [
          episode('Tension', 'Someone is cutting strands one at a time.', 56),
          episode('Counterweight', 'The crew visits the station at the top.', 57),
          episode('Free Fall', 'A climber loses its brakes.', 59),
          episode('Anchor', 'The ground station goes silent.', 62),
        ],
      },
    ],
  },
  {
    id: 2005,
    name: 'Precinct Nine-Forty',
    language: 'en',
    countries: ['US'],
    genres: [80, 18],
    networks: [601],
    companies: [502],
    creators: [3035],
    status: 'Ended',
    type: 'Scripted',
    popularity: 18.1,
    voteAverage: 7.2,
    voteCount: 950,
    rating: 'TV-MA',
    tagline: 'The night shift never closes.',
    overview: 'Detectives at a precinct that only operates between 9:40 at night and dawn.',
    cast: [
      [3006, 'Det. Calvin Price'],
      [3007, 'Lt. Joan Mercer'],
      [3022, 'Officer Petr Novak'],
    ],
    keywords: [7003, 7024],
    seasons: [
      {
        number: 1,
        overview: 'First nights.',
        airDate: '2014-10-02',
        episodes: [
          episode('Night Desk', 'Price transfers to nights.'),
          episode('Blackout', 'A power cut and a missing witness.'),
          episode('Dawn Patrol', 'A case must close before sunrise.'),
        ],
      },
      {
        number: 2,
        overview: 'Internal affairs.',
        airDate: '2016-10-06',
        episodes: [
          episode('Graveyard', 'A body in the precinct\u2019s own car park.'),
          episode('Call Log', 'Mercer listens to a call that never happened.'),
          episode('Shift Change', 'The day shift wants the case.'),
        ],
      },
      {
        number: 3,
        overview: 'The precinct closes.',
        airDate: '2018-10-04',
        episodes: [
          episode('Last Roll Call', 'The closure is announced.'),
          episode('Overtime', 'Everyone stays past dawn.'),
          episode('Sunrise', 'The final shift.', 58),
        ],
      },
    ],
  },
  {
    id: 2006,
    name: 'Moss & Marrow',
    language: 'en',
    countries: ['CA'],
    genres: [16, 10762, 10751],
    networks: [604],
    companies: [504],
    creators: [3032],
    status: 'Returning Series',
    type: 'Scripted',
    popularity: 27.6,
    voteAverage: 8.0,
    voteCount: 640,
    rating: 'TV-Y7',
    tagline: 'Small friends, big forest.',
    overview: 'A moss sprite and a marrow-bone dog look after a forest that is always a little bit lost.',
    cast: [
      [3025, 'Moss (voice)'],
      [3011, 'Marrow (voice)'],
      [3009, 'Fern (voice)'],
    ],
    keywords: [7006],
    seasons: [
      {
        number: 1,
        overview: 'Meeting the forest.',
        airDate: '2023-04-01',
        episodes: [
          episode('The Lost Path', 'The path through the forest goes missing.', 11),
          episode('Mushroom Rain', 'It rains mushrooms.', 11),
          episode('Marrow Digs', 'Marrow digs up a door.', 12),
        ],
      },
      {
        number: 2,
        overview: 'The forest grows.',
        airDate: '2025-04-05',
        episodes: [
          episode('New Trees', 'Saplings appear overnight.', 11),
          episode('The Beaver Council', 'A dam dispute.', 11),
          episode('Moss Goes Missing', 'Marrow must find Moss.', 22),
        ],
      },
    ],
  },
  {
    id: 2007,
    name: 'The Assembly Hour',
    language: 'en',
    countries: ['US'],
    genres: [10767, 35],
    networks: [602],
    companies: [508],
    creators: [3034],
    status: 'Returning Series',
    type: 'Talk Show',
    popularity: 15.3,
    voteAverage: 6.9,
    voteCount: 220,
    rating: 'TV-14',
    tagline: 'One hour. Everyone talks.',
    overview: 'A late-night talk show where the audience votes on which guest gets the last word.',
    cast: [[3012, 'Host']],
    keywords: [],
    seasons: [
      {
        number: 1,
        overview: 'The first season.',
        airDate: '2016-01-11',
        episodes: [
          episode('Pilot Hour', 'The format is tested on a very patient audience.', 42, [[3003, 'Herself']]),
          episode('Second Hour', 'A chef, a juggler and an astronaut.', 42, [[3016, 'Himself']]),
          episode('Third Hour', 'The audience votes to keep the juggler.', 42),
        ],
      },
      {
        number: 2,
        overview: 'Live every week.',
        airDate: '2024-01-15',
        airing: true,
        episodes: [
          episode('Live Debut', 'The first live show.', 44, [[3019, 'Herself']]),
          episode('Audience Choice', 'The audience picks every guest.', 44),
          episode('Late Guest', 'A guest arrives as the credits roll.', 44, [[3008, 'Himself']]),
        ],
      },
    ],
  },
  {
    id: 2008,
    name: 'Winter Circuit',
    originalName: 'Vinterkretsen',
    language: 'sv',
    countries: ['SE', 'IE'],
    genres: [18, 10759],
    networks: [605],
    companies: [505, 507],
    creators: [3037],
    status: 'In Production',
    type: 'Scripted',
    popularity: 22.4,
    voteAverage: 0,
    voteCount: 0,
    rating: 'TV-14',
    tagline: 'Ice has no brakes.',
    overview: 'An ice-racing team on a frozen lake circuit has one winter to win back their sponsor.',
    cast: [
      [3002, 'Team Boss Ove'],
      [3013, 'Driver Elin Sand'],
      [3018, 'Mechanic Tomas'],
    ],
    keywords: [7012],
    seasons: [
      {
        number: 1,
        overview: 'The first winter.',
        airDate: '2027-01-15',
        episodes: [
          episode('First Ice', 'The lake freezes late.', 50),
          episode('Studs', 'A tire rule changes everything.', 48),
          episode('Thaw', 'A warm week threatens the season.', 49),
          episode('Finish Flag', 'The last race of the winter.', 57),
        ],
      },
    ],
  },
];
