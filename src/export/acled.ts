// The ACLED columns sitrep derives rather than extracts: actor codes and interaction, numeric ISO code,
// region, admin2 district, the event id's country prefix, the source list and the source scale. What
// ACLED's codes are is data an analyst can correct (data/acled/*.tsv); this file only applies it.
import { createRequire } from 'node:module';

interface CountryCodes { ccn3: string; cca3: string }

let countries: Map<string, CountryCodes> | null = null;

function countryCodes(cc: string | null): CountryCodes | undefined {
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
