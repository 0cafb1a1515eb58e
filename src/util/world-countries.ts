// The world-countries package, typed once for every stage that reads it.
import { createRequire } from 'node:module';

export interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  independent?: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: number[];
  /** the ISO alpha-3 codes of the countries it borders */
  borders?: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

let list: WorldCountry[] | null = null;

/**
 * Every country, sovereign states first: a name or demonym two entries share ("Indian", "American")
 * is the sovereign state's, not a territory's.
 */
export function worldCountries(): WorldCountry[] {
  if (!list) {
    const all = createRequire(import.meta.url)('world-countries') as WorldCountry[];
    list = [...all].sort((a, b) => Number(!!b.independent) - Number(!!a.independent));
  }
  return list;
}
