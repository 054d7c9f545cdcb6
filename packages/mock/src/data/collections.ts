// Invented collections; a movie's `collection` field names the one it belongs to.
export interface CollectionSeed {
  readonly id: number;
  readonly name: string;
  readonly overview: string;
}

export const collections: readonly CollectionSeed[] = [
  {
    id: 4001,
    name: 'The Quiet Orbit Collection',
    overview: 'The survivors of a doomed space station, and what followed them home.',
  },
  {
    id: 4002,
    name: 'Harbor Lights Collection',
    overview: 'Two crime films set on the same stretch of docks.',
  },
  {
    id: 4003,
    name: 'The Paper Kingdom Collection',
    overview: 'Animated adventures in a kingdom folded out of paper.',
  },
  {
    id: 4004,
    name: 'Saltmarsh Collection',
    overview: 'Three horror films about a marsh that keeps ringing.',
  },
];
