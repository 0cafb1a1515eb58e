// Countries' ISO 3166-1 codes (world-countries), read once on first use: the numeric code of ACLED's
// iso column and the alpha-3 prefix of an ACLED-style event id.
import { worldCountries } from './world-countries.js';

interface CountryCodes { ccn3: string; cca3: string }

let countries: Map<string, CountryCodes> | null = null;

function loadCountryCodes(): Map<string, CountryCodes> {
  if (!countries) {
    countries = new Map(worldCountries().map((c) => [c.cca2, c]));
  }
  return countries;
}

/** A country's ISO 3166-1 codes, by its alpha-2 code. */
export const countryCodes = (cc: string | null): CountryCodes | undefined => (cc ? loadCountryCodes().get(cc) : undefined);

/** The ISO 3166-1 alpha-2 code of an ISO numeric code (368 → IQ), as ACLED's iso filter names a country. */
export function countryOfIso(iso: number): string | undefined {
  for (const [cc, codes] of loadCountryCodes()) if (codes.ccn3 && Number(codes.ccn3) === iso) return cc;
  return undefined;
}

/**
 * The prefix of an ACLED-style event id (IRQ in IRQ12): the ISO alpha-3 code. An event placed in no
 * country gets XXX, the code ISO leaves to users and ICAO uses for "unspecified".
 */
export const idPrefix = (cc: string | null): string => countryCodes(cc)?.cca3 || 'XXX';
