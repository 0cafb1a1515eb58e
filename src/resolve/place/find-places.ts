// Finds the places a piece of text names and resolves each to coordinates with an ACLED geo_precision:
// countries (and "northern Iraq"), admin1 regions, towns, and curated sites. Towns need a locative word
// before them ("in", "near", "struck") unless they are regional capitals or sites: GeoNames holds a town
// for almost every capitalised word, and "Austin said" is not a place.
import { normaliseName, normaliseRecurring } from '../../read/normalise.js';
import { findSpans, tokenize, type SpanIndex, type SpanMatch, type Token } from '../../read/tokens.js';
import type { Place } from '../../types.js';
import { countryByCode, countryByKey, isPlaceStopword, placeNameContinues, placesByKey, type Country, type GazRecord } from './gazetteer.js';

export interface PlaceMatch {
  place: Place;
  index: number;
  end: number;
  /** "from X": where a weapon came from, not where it hit */
  origin: boolean;
  /** the name stands for places in more than one country */
  ambiguous: boolean;
  rule: string;
}

export interface PlaceContext {
  /** ISO codes of the countries the article is about, most mentioned first */
  focus: string[];
  /** places the article names without ambiguity: a same-named candidate near them is the likelier one */
  anchors?: Array<{ lat: number; lon: number }>;
  /** spans already taken by actor names ("Islamic Resistance in Iraq") */
  taken: Array<[number, number]>;
  /** countries the article names (as a country, people, region, capital or site): a town elsewhere is another place of the same name */
  named?: ReadonlySet<string>;
}

const LOCATIVE = /\b(include|included|in|at|near|outside|around|across|over|from|toward|towards|into|on|against|inside|of|targeting|targeted|struck|hit|shelled|bombed|attacked|within|via|through|off)\s+(the\s+)?([A-Z][\w-]*['’]s\s+)?((northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(([a-z][a-z-]*\s+){0,2}(town|city|village|district|province|region|area|governorate|outskirts|suburb|port|base)\s+of\s+|(capital|capital city|port city)\s+)?$/i;
// "the Israeli town of", "the Lebanese village of"
const NAMED_SETTLEMENT = /\b(the|a)\s+[A-Z][a-z]+\s+(town|city|village|port|base|suburb|district)\s+of\s+$/;
const RELATIVE = /\b(near|nearby|close to|outside|on the outskirts of|outskirts of|in the vicinity of|vicinity of|around|not far from|(\d[\d,.]*|a few|several) (km|kilometers|kilometres|miles|nautical miles|mi)\s+(\([^)]*\)\s+)?((to the )?(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(ern)?\s+)?(of|from)|(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of)\s+(the\s+)?((town|city|village)\s+of\s+)?$/i;
const DIRECTION = /\b(northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|northeast|northwest|southeast|southwest)\s+$/i;
// "at US and coalition forces", "attacks on US troops": the country names a party, not a place
const FORCES_AFTER = /^\s*((and|or|,\s*and)\s+([\w-]+\s+){0,2})?(forces|troops|personnel|military|army|bases?|officials|soldiers|service|servicemembers|interests|assets|warships?|navy|drones?|(air)?strikes|embassy|diplomats|citizens|nationals)\b/i;
// "Kyiv came under attack": a town as the subject of being hit
const PLACE_AS_SUBJECT = /^\s+(came under|comes under|come under|was (hit|attacked|struck|targeted|shelled|bombed|rocked)|has been (hit|attacked|struck|targeted|shelled))\b/i;
// a ship's flag or an owner's seat is not where the act happened
// "according to the health ministry in Ramallah": where a speaker sits, not where the act happened
const SEAT_OF = /\b(according to|citing|quoting)\s+(the\s+)?([\w'’-]+\s+){0,3}(ministry|headquarters|embassy|agency|officials?|authorities|spokes\w+)\s+(in|at)\s+$/i;
// "tied the attack to the war in Gaza": a war or a cause named as a reason is no place of the act
const WAR_IN = /\b(war|wars|conflict|genocide|crisis|aggression|occupation|siege|blockade|support for|solidarity with|people of)\s+(in|on|against|of|with)?\s*(the\s+)?$/i;
const NOT_WHERE = /\b(flagged|registered|flag|owned|operated|based|headquartered|flies the|sailing under the)\s+(in|by|of)?\s*(the\s+)?$/i;
// "the city's Shevchenkivskyi district": a part of a place already named
const PART_OF_NAMED = /\b(the|its)\s+(city|town|capital|region|province)['’]s\s+$/i;
// "USS Carney", "the tanker Sophie II": a ship's name, not where it sailed
const SHIP = /\b(USS|HMS|INS|FS|HNLMS|M\/V|MV|M\.V\.|MT|M\/T|destroyer|frigate|vessel|ship|carrier|tanker|freighter|cargo ship|bulk carrier|container ship)\s+$/;
const SPEAKER = /\b(according to|said|told|citing|by)\s+(the\s+)?$/i;
// "Hasakah, a northeastern province of Syria"
const REGION_APPOSITION = /^,\s+(a|the)\s+([\w-]+\s+){0,2}(province|region|governorate|oblast|state)\b/i;
const REGION_WORD = /^\s*(region|province|governorate|oblast|district|state|area|county)\b/i;

// "Palestine Street in Baghdad", "the Saudi Hospital in El Fasher": a country word that begins a name
const NAME_AFTER = /^\s+(Street|Road|Avenue|Square|Bridge|Hospital|University|School|College|Hotel|Mosque|Church|Airways|Airlines|Bank|Tower|Park|Stadium|Cent(er|re)|Company|Corporation|Television|TV|News|Agency|Radio|Times|Post|Tribune|Herald|Embassy|Red Crescent|Red Cross)\b/;
const BORDER_WITH = /\b(border|frontier|boundary) with\s+(the\s+)?([\w'’-]+\s+){0,2}$/i;

// "in Sanaa, Hodeidah governorate, Saada and Dhamar": what may stand between two places of a list
const LIST_GAP = /^\s*(governorate|province|region|district|state|county|oblast|city)?\s*(,|and|or|,\s*and)\s*(the\s+)?$/i;
// "in Novi Sad and Belgrade, and in the towns of Pancevo and Sabac", "hit Manchester, Hull, Belfast": a
// list goes on past a repeated locative and past names no place was found for
const LIST_ITEMS = String.raw`(?:\s*(?:,|and|or)\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*`;
// "at Ain al-Asad Air Base in Iraq and at Mission Support Site Euphrates": an item may say where it is
const ITEM_WHERE = String.raw`(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?`;
const LIST_GOES_ON = new RegExp(String.raw`^${ITEM_WHERE}${LIST_ITEMS}\s*(?:governorate|province|region|district|state|county|oblast|city)?\s*(?:,|and|or|,\s*and)\s*(?:(?:in|at)\s+(?:the\s+)?(?:(?:towns?|cities|city|villages?|districts?)\s+of\s+)?)?(?:the\s+)?$`);
const LIST_REACH = 60;
/** The words between two places say the list goes on. */
export const listGoesOn = (gap: string): boolean => (gap.length < 26 && LIST_GAP.test(gap)) || (gap.length < LIST_REACH && LIST_GOES_ON.test(gap));

type Candidate = { country: Country } | { records: GazRecord[] };

export function findPlaces(text: string, ctx: PlaceContext, tokens: Token[] = tokenize(text)): PlaceMatch[] {
  const spans = placeSpans(text, tokens, ctx.taken);
  let sentence: string | null = null; // normalised once, when a name has candidates to choose from
  const out: PlaceMatch[] = [];
  let lastEnd = -1;
  for (const span of spans) {
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    const after = text.slice(span.end, span.end + 20);
    if (isPlaceStopword(span.text) || SHIP.test(before) || SEAT_OF.test(before) || WAR_IN.test(before) || SPEAKER.test(before) || NOT_WHERE.test(before) || PART_OF_NAMED.test(before)) continue;
    // "in Iraq and Syria": the second of a list shares the first one's locative word
    const listed = lastEnd >= 0 && listGoesOn(text.slice(lastEnd, span.start));
    const locative = LOCATIVE.test(before) || NAMED_SETTLEMENT.test(before) || listed || /\b(capital|city|town|port),\s+$/i.test(before) || (REGION_WORD.test(after) && !('country' in span.value)) ||
      (/^\W*$/.test(text.slice(0, span.start)) && PLACE_AS_SUBJECT.test(text.slice(span.end, span.end + 30)));
    const relative = RELATIVE.test(before);
    // "on the border with Ukraine's Sumy region" names the far side of the border: not where it happened
    const origin = (/\bfrom\s+(the\s+|an?\s+)?(([\w-]+\s+){0,2}(parts?|areas?|regions?|territory|positions?|sites?|direction) (of|in)\s+)?(the\s+)?(occupied\s+)?$/i.test(before) ||
      BORDER_WITH.test(before)) && !relative;
    if ('country' in span.value) {
      const direction = DIRECTION.exec(before);
      if ((!direction && !locative) || FORCES_AFTER.test(text.slice(span.end, span.end + 60)) || NAME_AFTER.test(after) || /^-\p{Ll}/u.test(after) || /['’]s$/.test(span.text) || /^['’]s\b/.test(after)) continue; // "US airstrikes", "Russia launched"
      out.push({ place: countryPlace(span.value.country, direction ? `${direction[1]} ${span.value.country.name}` : null), index: direction ? span.start - direction[0].length : span.start, end: span.end, origin, ambiguous: false, rule: 'p-country' });
      lastEnd = span.end;
      continue;
    }
    const records = inNamedCountries(span.value.records, ctx.named);
    if (!records.length) continue;
    const record = choose(records, ctx, REGION_WORD.test(after) || REGION_APPOSITION.test(text.slice(span.end, span.end + 50)), (sentence ??= normaliseName(text)));
    // curated sites are unambiguous; a town or region needs a locative word ("in", "near", "struck")
    if (!locative && !relative && record.kind !== 'site') continue;
    lastEnd = span.end;
    const precision = record.precision === 1 && relative ? 2 : record.precision;
    const ambiguous = records.some((r) => r.cc !== record.cc);
    out.push({ place: recordPlace(record, precision), index: span.start, end: span.end, origin, ambiguous, rule: `p-${record.kind}` });
  }
  return [...out, ...roadPlaces(text, ctx, out)].sort((a, b) => a.index - b.index);
}

// "Naivasha camp" in a report on Sudan is not the Kenyan town: GeoNames holds a town of almost any name
// somewhere, so a town counts only in a country the article names, when it names any
const inNamedCountries = (records: GazRecord[], named: ReadonlySet<string> | undefined): GazRecord[] =>
  named?.size ? records.filter((r) => r.kind !== 'town' || named.has(r.cc)) : records;

/** Every country a text names, as a place or not ("Sudan's army", "KHARTOUM, Sudan (AP)"). */
export function countriesNamed(text: string, tokens: Token[] = tokenize(text)): string[] {
  return placeSpans(text, tokens, []).flatMap((s) => ('country' in s.value ? [s.value.country.cc] : []));
}

// "on the Abuja-Kaduna highway": a road named by the towns it joins
const ROAD = /\b((?:\p{Lu}[\p{L}'’]+)(?:-\p{Lu}[\p{L}'’]+)+)\s+(?:[Hh]ighway|[Rr]oad|[Ee]xpressway|[Mm]otorway|[Cc]orridor)\b/gu;

/** A road named by its towns is placed near the first of them that the gazetteer knows (ACLED: precision 2). */
function roadPlaces(text: string, ctx: PlaceContext, found: PlaceMatch[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const m of text.matchAll(ROAD)) {
    const start = m.index;
    if (found.some((p) => p.index < start + m[1]!.length && start < p.end)) continue;
    for (const town of m[1]!.split('-')) {
      const records = placesByKey(normaliseName(town)).filter((r) => r.kind !== 'site');
      if (!records.length || isPlaceStopword(town)) continue;
      const record = choose(records, ctx, false, normaliseName(text));
      out.push({ place: recordPlace(record, 2), index: start, end: start + m[1]!.length, origin: false, ambiguous: records.some((r) => r.cc !== record.cc), rule: 'p-road' });
      break;
    }
  }
  return out;
}

// the spans of a token list with no taken spans: an article's sentences are searched twice with the same
// tokens (once to rank its countries, once to resolve with that ranking), the names are looked up once
const untakenSpans = new WeakMap<Token[], Array<SpanMatch<Candidate>>>();

/**
 * Place names of the text that do not start in a taken span. Read from the untaken spans when none of
 * them starts in a taken one: the longest-match scan then visits the same positions, so the result is
 * the same as a scan that skips taken starts; otherwise the text is scanned again.
 */
function placeSpans(text: string, tokens: Token[], taken: Array<[number, number]>): Array<SpanMatch<Candidate>> {
  const isTaken = (start: number) => taken.some(([a, b]) => start >= a && start < b);
  let spans = untakenSpans.get(tokens);
  if (!spans) {
    spans = findSpans(text, tokens, 6, PLACE_NAMES, { startsAt: (first) => mayStartPlace(tokens[first]!) });
    untakenSpans.set(tokens, spans);
  }
  if (!spans.some((s) => isTaken(s.start))) return spans;
  return findSpans(text, tokens, 6, PLACE_NAMES, { startsAt: (first) => mayStartPlace(tokens[first]!) && !isTaken(tokens[first]!.start) });
}

// A place name starts with a capital, or "al-" and a capital. Read from the first token, the same for
// every span starting there (a span's text starts with its first token's), so other words cost no lookup.
const mayStartPlace = (token: Token): boolean => /^[\p{Lu}]/u.test(token.text) || /^(al|el|ad|as|an|ar)-\p{Lu}/u.test(token.text);

const PLACE_NAMES: SpanIndex<Candidate> = {
  lookup: (key) => {
    const country = countryByKey(key);
    if (country) return { country };
    const records = placesByKey(key);
    return records.length ? { records } : undefined;
  },
  continues: placeNameContinues,
};

/** Among same-named places: a region when the text says "province", then sites, the article's countries, regional capitals. */
function choose(records: GazRecord[], ctx: PlaceContext, regionWord: boolean, sentence: string): GazRecord {
  const near = (r: GazRecord) => (ctx.anchors ?? []).some((a) => Math.abs(a.lat - r.lat) < 2.5 && Math.abs(a.lon - r.lon) < 2.5);
  const score = (r: GazRecord): number => {
    const f = ctx.focus.indexOf(r.cc);
    // "Pishin district of Balochistan": the candidate whose region the sentence names
    const regionNamed = r.kind !== 'region' && !!r.admin1 && normaliseRecurring(r.admin1) !== normaliseRecurring(r.name) && sentence.includes(normaliseRecurring(r.admin1));
    return (regionWord && r.kind === 'region' ? 100 : 0) + (r.kind === 'site' ? 50 : 0) + (regionNamed ? 45 : 0) + (f >= 0 ? 40 - f * 5 : 0) + (near(r) ? 25 : 0) +
      (r.kind === 'capital' ? 20 : r.kind === 'region' ? 10 : 0);
  };
  return records.reduce((best, r) => (score(r) > score(best) ? r : best));
}

function recordPlace(r: GazRecord, precision: 1 | 2 | 3): Place {
  return { name: r.name, admin1: r.admin1, country: countryByCode(r.cc)?.name ?? null, country_code: r.cc, lat: r.lat, lon: r.lon, geo_precision: precision };
}

export function countryPlace(c: Country, name: string | null = null): Place {
  return { name: name ?? c.name, admin1: null, country: c.name, country_code: c.cc, lat: c.lat, lon: c.lon, geo_precision: 3 };
}

