// Invented TV networks; series reference them by id.
export interface NetworkSeed {
  readonly id: number;
  readonly name: string;
  readonly originCountry: string;
  readonly headquarters: string;
  readonly alternativeNames: readonly string[];
}

export const networks: readonly NetworkSeed[] = [
  {
    id: 601,
    name: 'Northlight One',
    originCountry: 'GB',
    headquarters: 'Manchester, England',
    alternativeNames: ['NL1'],
  },
  {
    id: 602,
    name: 'Copperline TV',
    originCountry: 'US',
    headquarters: 'Chicago, Illinois',
    alternativeNames: ['Copperline'],
  },
  {
    id: 603,
    name: 'Meridian Stream',
    originCountry: 'US',
    headquarters: 'Seattle, Washington',
    alternativeNames: [],
  },
  {
    id: 604,
    name: 'Paperplane Kids',
    originCountry: 'CA',
    headquarters: 'Ottawa, Ontario',
    alternativeNames: ['Paperplane'],
  },
  {
    id: 605,
    name: 'Harborview Channel',
    originCountry: 'IE',
    headquarters: 'Dublin, Ireland',
    alternativeNames: ['HVC'],
  },
];
