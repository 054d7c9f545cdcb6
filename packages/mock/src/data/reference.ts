// Reference lists (ISO countries and languages, time zones, departments) used by the configuration
// endpoints and to fill names wherever a record carries only a code.

export interface CountrySeed {
  readonly code: string;
  readonly englishName: string;
  readonly nativeName: string;
  readonly zones: readonly string[];
}

export const countries: readonly CountrySeed[] = [
  {
    code: 'AU',
    englishName: 'Australia',
    nativeName: 'Australia',
    zones: ['Australia/Sydney', 'Australia/Hobart'],
  },
  {
    code: 'CA',
    englishName: 'Canada',
    nativeName: 'Canada',
    zones: ['America/Toronto', 'America/Vancouver'],
  },
  { code: 'DE', englishName: 'Germany', nativeName: 'Deutschland', zones: ['Europe/Berlin'] },
  { code: 'ES', englishName: 'Spain', nativeName: 'Espa\u00f1a', zones: ['Europe/Madrid'] },
  { code: 'FR', englishName: 'France', nativeName: 'France', zones: ['Europe/Paris'] },
  { code: 'GB', englishName: 'United Kingdom', nativeName: 'United Kingdom', zones: ['Europe/London'] },
  { code: 'IE', englishName: 'Ireland', nativeName: '\u00c9ire', zones: ['Europe/Dublin'] },
  { code: 'JP', englishName: 'Japan', nativeName: '\u65e5\u672c', zones: ['Asia/Tokyo'] },
  { code: 'SE', englishName: 'Sweden', nativeName: 'Sverige', zones: ['Europe/Stockholm'] },
  {
    code: 'US',
    englishName: 'United States of America',
    nativeName: 'United States',
    zones: ['America/New_York', 'America/Los_Angeles'],
  },
];

export interface LanguageSeed {
  readonly code: string;
  readonly englishName: string;
  readonly nativeName: string;
}

export const languages: readonly LanguageSeed[] = [
  { code: 'de', englishName: 'German', nativeName: 'Deutsch' },
  { code: 'en', englishName: 'English', nativeName: 'English' },
  { code: 'es', englishName: 'Spanish', nativeName: 'Espa\u00f1ol' },
  { code: 'fr', englishName: 'French', nativeName: 'Fran\u00e7ais' },
  { code: 'ja', englishName: 'Japanese', nativeName: '\u65e5\u672c\u8a9e' },
  { code: 'sv', englishName: 'Swedish', nativeName: 'svenska' },
];

/** Translations the fake offers for every record (English is the original of most of them). */
export const primaryTranslations: readonly string[] = ['en-US', 'de-DE', 'es-ES', 'fr-FR', 'sv-SE'];

export const departments: readonly { readonly department: string; readonly jobs: readonly string[] }[] = [
  { department: 'Directing', jobs: ['Director', 'Assistant Director'] },
  { department: 'Writing', jobs: ['Screenplay', 'Story', 'Novel'] },
  { department: 'Sound', jobs: ['Original Music Composer', 'Sound Designer'] },
  { department: 'Camera', jobs: ['Director of Photography', 'Camera Operator'] },
  { department: 'Production', jobs: ['Producer', 'Executive Producer', 'Casting'] },
  { department: 'Editing', jobs: ['Editor', 'Colorist'] },
  { department: 'Acting', jobs: ['Actor', 'Voice'] },
];

export function countryName(code: string): string {
  return countries.find((country) => country.code === code)?.englishName ?? code;
}

export function language(code: string): LanguageSeed {
  return languages.find((entry) => entry.code === code) ?? { code, englishName: code, nativeName: code };
}
