// Invented production companies. Movies and series reference them by id.
export interface CompanySeed {
  readonly id: number;
  readonly name: string;
  readonly originCountry: string;
  readonly headquarters: string;
  readonly description: string;
  readonly hasLogo: boolean;
  readonly parentId?: number;
  readonly alternativeNames: readonly string[];
}

export const companies: readonly CompanySeed[] = [
  {
    id: 501,
    name: 'Lantern Hill Pictures',
    originCountry: 'GB',
    headquarters: 'Bristol, England',
    description: 'A small studio that makes science fiction on modest budgets.',
    hasLogo: true,
    alternativeNames: ['Lantern Hill'],
  },
  {
    id: 502,
    name: 'Brightwater Studios',
    originCountry: 'US',
    headquarters: 'Atlanta, Georgia',
    description: 'Genre films, mostly thrillers and crime.',
    hasLogo: true,
    parentId: 508,
    alternativeNames: ['Brightwater', 'BWS'],
  },
  {
    id: 503,
    name: 'Halcyon Frame',
    originCountry: 'FR',
    headquarters: 'Lyon, France',
    description: 'Dramas and romances with European co-producers.',
    hasLogo: false,
    alternativeNames: [],
  },
  {
    id: 504,
    name: 'Kettle & Crane Animation',
    originCountry: 'CA',
    headquarters: 'Montreal, Quebec',
    description: 'Hand-drawn and stop-motion animation for families.',
    hasLogo: true,
    alternativeNames: ['Kettle and Crane'],
  },
  {
    id: 505,
    name: 'Northward Films',
    originCountry: 'SE',
    headquarters: 'Gothenburg, Sweden',
    description: 'Cold-climate thrillers and horror.',
    hasLogo: false,
    alternativeNames: [],
  },
  {
    id: 506,
    name: 'Ironbark Media',
    originCountry: 'AU',
    headquarters: 'Hobart, Tasmania',
    description: 'Documentaries and period pieces.',
    hasLogo: true,
    alternativeNames: ['Ironbark'],
  },
  {
    id: 507,
    name: 'Saltglass Productions',
    originCountry: 'IE',
    headquarters: 'Galway, Ireland',
    description: 'Television drama and the occasional horror film.',
    hasLogo: false,
    alternativeNames: [],
  },
  {
    id: 508,
    name: 'Orbit Nine Entertainment',
    originCountry: 'US',
    headquarters: 'Burbank, California',
    description: 'The holding company behind several studios.',
    hasLogo: true,
    alternativeNames: ['Orbit 9'],
  },
];
