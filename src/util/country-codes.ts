// Countries' ISO 3166-1 codes (world-countries), read once on first use: the numeric code of ACLED's
// iso column and the alpha-3 prefix of an ACLED-style event id.
import { createRequire } from 'node:module';

interface CountryCodes { ccn3: string; cca3: string }

let countries: Map<string, CountryCodes> | null = null;

/** A country's ISO 3166-1 codes, by its alpha-2 code. */
export function countryCodes(cc: string | null): CountryCodes | undefined {
  if (!countries) {
    const require = createRequire(import.meta.url);
    const list: Array<{ cca2: string } & CountryCodes> = require('world-countries');
    countries = new Map(list.map((c) => [c.cca2, c]));
  }
  return cc ? countries.get(cc) : undefined;
}

/**
 * The prefix of an ACLED-style event id (IRQ in IRQ12): the ISO alpha-3 code. An event placed in no
 * country gets XXX, the code ISO leaves to users and ICAO uses for "unspecified".
 */
export const idPrefix = (cc: string | null): string => countryCodes(cc)?.cca3 || 'XXX';
