// Invented streaming, rental and purchase services, and the regions the fake reports availability in.
export interface ProviderSeed {
  readonly id: number;
  readonly name: string;
  /** Regions the provider operates in. */
  readonly regions: readonly string[];
  readonly offers: 'flatrate' | 'rent' | 'buy' | 'free' | 'ads';
  readonly priority: number;
}

export const watchProviders: readonly ProviderSeed[] = [
  { id: 801, name: 'StreamHarbor', regions: ['US', 'GB', 'CA', 'IE'], offers: 'flatrate', priority: 1 },
  { id: 802, name: 'Cinevault', regions: ['US', 'GB', 'DE', 'FR'], offers: 'flatrate', priority: 2 },
  {
    id: 803,
    name: 'ReelBox Rentals',
    regions: ['US', 'GB', 'DE', 'FR', 'SE', 'AU', 'CA', 'IE', 'ES'],
    offers: 'rent',
    priority: 3,
  },
  { id: 804, name: 'Pixelshop', regions: ['US', 'GB', 'DE', 'SE', 'AU'], offers: 'buy', priority: 4 },
  { id: 805, name: 'Freeview Plus', regions: ['GB', 'AU', 'IE'], offers: 'ads', priority: 5 },
];

export const WATCH_REGIONS: readonly string[] = ['AU', 'CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'SE', 'US'];
