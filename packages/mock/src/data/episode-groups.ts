// Alternative orderings of a series' episodes. Each group lists episodes by (season, episode) number.
import type { Schemas } from '@tmdb-kit/types';

export interface EpisodeGroupSeed {
  readonly id: string;
  readonly seriesId: number;
  readonly name: string;
  readonly description: string;
  readonly type: Schemas['EpisodeGroupDetails']['type'];
  readonly groups: readonly {
    readonly name: string;
    readonly episodes: readonly (readonly [number, number])[];
  }[];
}

export const episodeGroups: readonly EpisodeGroupSeed[] = [
  {
    id: '5f1e2d3c4b5a69788796a5b4',
    seriesId: 2001,
    name: 'Story order',
    description: 'The episodes in the order the story happens, with the special placed where it belongs.',
    type: 5,
    groups: [
      {
        name: 'The First Keepers',
        episodes: [
          [0, 1],
          [1, 1],
          [1, 2],
        ],
      },
      {
        name: 'The Light',
        episodes: [
          [1, 3],
          [1, 4],
          [2, 1],
          [2, 2],
        ],
      },
      {
        name: 'The End of the Light',
        episodes: [
          [2, 3],
          [2, 4],
          [3, 1],
          [3, 2],
          [3, 3],
          [3, 4],
        ],
      },
    ],
  },
  {
    id: '5f1e2d3c4b5a69788796a5c7',
    seriesId: 2004,
    name: 'Broadcast in production order',
    description: 'The order the episodes were filmed.',
    type: 6,
    groups: [
      {
        name: 'Block 1',
        episodes: [
          [1, 1],
          [1, 3],
          [1, 2],
          [1, 4],
        ],
      },
      {
        name: 'Block 2',
        episodes: [
          [2, 1],
          [2, 2],
          [2, 4],
          [2, 3],
        ],
      },
    ],
  },
];
