// Invented user reviews of movies and series.
export interface ReviewSeed {
  readonly id: string;
  readonly mediaType: 'movie' | 'tv';
  readonly mediaId: number;
  readonly author: string;
  readonly username: string;
  readonly rating: number | null;
  readonly content: string;
  readonly createdAt: string;
}

export const reviews: readonly ReviewSeed[] = [
  {
    id: '64a1f0c2e8b7d30001a1b001',
    mediaType: 'movie',
    mediaId: 1001,
    author: 'Orbital Oscar',
    username: 'orbitaloscar',
    rating: 8,
    content: 'Tense from the first minute. The ending argues with you all the way home.',
    createdAt: '2019-03-20T18:22:10.000Z',
  },
  {
    id: '64a1f0c2e8b7d30001a1b002',
    mediaType: 'movie',
    mediaId: 1001,
    author: 'Marta K.',
    username: 'martak',
    rating: 6,
    content: 'Good cast, slow middle. The station itself is the best character.',
    createdAt: '2019-04-02T09:10:00.000Z',
  },
  {
    id: '64a1f0c2e8b7d30001a1b003',
    mediaType: 'movie',
    mediaId: 1006,
    author: 'Papercut',
    username: 'papercut',
    rating: 9,
    content: 'The folding animation is a small miracle. Took my niece twice.',
    createdAt: '2011-06-04T12:00:00.000Z',
  },
  {
    id: '64a1f0c2e8b7d30001a1b004',
    mediaType: 'movie',
    mediaId: 1009,
    author: 'Bogwatcher',
    username: 'bogwatcher',
    rating: 7,
    content: 'The bells will stay with you. Cheap, effective, damp.',
    createdAt: '2005-11-05T22:41:00.000Z',
  },
  {
    id: '64a1f0c2e8b7d30001a1b005',
    mediaType: 'movie',
    mediaId: 1021,
    author: 'Lena P.',
    username: 'lenap',
    rating: null,
    content: 'Loud and good-natured. The science is nonsense and it knows it.',
    createdAt: '2026-10-20T19:05:00.000Z',
  },
  {
    id: '64a1f0c2e8b7d30001a1b006',
    mediaType: 'movie',
    mediaId: 1004,
    author: 'Dockside Dan',
    username: 'docksidedan',
    rating: 9,
    content: 'A crime film about tides and debts. The final shot is perfect.',
    createdAt: '2012-08-14T07:30:00.000Z',
  },
  {
    id: '64a1f0c2e8b7d30001a1b007',
    mediaType: 'tv',
    mediaId: 2001,
    author: 'Keeper of Lists',
    username: 'keeperoflists',
    rating: 10,
    content: 'Four seasons, not one wasted episode. The third season finale is a masterclass.',
    createdAt: '2021-06-01T20:00:00.000Z',
  },
  {
    id: '64a1f0c2e8b7d30001a1b008',
    mediaType: 'tv',
    mediaId: 2004,
    author: 'Cable Car',
    username: 'cablecar',
    rating: 8,
    content: 'Hard science fiction with a soap opera heart. I want to ride that elevator.',
    createdAt: '2024-04-12T16:45:00.000Z',
  },
  {
    id: '64a1f0c2e8b7d30001a1b009',
    mediaType: 'tv',
    mediaId: 2002,
    author: 'Line Cook',
    username: 'linecook',
    rating: 7,
    content: 'Anyone who has worked a kitchen will wince and laugh in equal measure.',
    createdAt: '2020-10-30T23:15:00.000Z',
  },
];
