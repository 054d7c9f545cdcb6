// Lists that exist before anyone logs in, made by invented community accounts, so list endpoints and a
// movie's "lists it appears in" have data in a fresh fake.
export interface CommunityListSeed {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly createdBy: string;
  readonly favoriteCount: number;
  readonly items: readonly { readonly mediaType: 'movie' | 'tv'; readonly mediaId: number }[];
}

export const communityLists: readonly CommunityListSeed[] = [
  {
    id: 7_000_001,
    name: 'Stations, Ships and Lighthouses',
    description: 'Stories about people keeping a light on somewhere remote.',
    createdBy: 'keeperoflists',
    favoriteCount: 14,
    items: [
      { mediaType: 'movie', mediaId: 1001 },
      { mediaType: 'movie', mediaId: 1025 },
      { mediaType: 'movie', mediaId: 1016 },
      { mediaType: 'tv', mediaId: 2001 },
    ],
  },
  {
    id: 7_000_002,
    name: 'Family Movie Night',
    description: 'Safe bets for a mixed-age sofa.',
    createdBy: 'papercut',
    favoriteCount: 31,
    items: [
      { mediaType: 'movie', mediaId: 1006 },
      { mediaType: 'movie', mediaId: 1007 },
      { mediaType: 'movie', mediaId: 1014 },
      { mediaType: 'movie', mediaId: 1026 },
      { mediaType: 'tv', mediaId: 2006 },
    ],
  },
];
