// A dateline names the town a story was filed from: "KABUL, Afghanistan (AP) —", "DAKAR (Reuters) –".
// When the story under it is set in another country ("ERBIL, Kurdistan Region - Protests kept spreading
// across Iranian cities", "BANGKOK (AP) — Myanmar's army bombed a village"), the town is the bureau's,
// not where anything happened.
import { countriesSaid, type PlaceMatch } from '../../resolve/place/find-places.js';

// "KABUL, Afghanistan (AP) —", "DAKAR (Reuters) –", "ADDIS ABABA, March 22 –": a town, then a country, a day or an agency, then a dash
export const DATELINE = /^\s*(\p{Lu}[\p{L}'’ .-]{1,40}?)(?:,\s*(?:\p{Lu}[\p{L} .]{1,30}?|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}))?,?\s*(?:\([^)]{1,60}\))?\s*(?:[-—–]{1,2})\s/u;
// "Kabul, Dec 12 The militant Islamic State group...": a town and the day, and the story goes on with no dash
export const DATELINE_DAY = /^\s*(\p{Lu}[\p{L}'’ .-]{1,40}?),\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+(?=\p{Lu})/u;
// "QUETTA: At least 10 people were killed": a town in capitals and a colon, as South Asian papers file
// (capitals only: "Police: five killed" is a speaker)
export const DATELINE_COLON = /^\s*(\p{Lu}[\p{Lu}'’ .-]{1,40}?)\s*:\s+(?=[\p{Lu}\d])/u;

/** The dateline that opens the sentence: its match, the town in its first group. */
export const datelineMatch = (text: string): RegExpExecArray | null => DATELINE.exec(text) ?? DATELINE_DAY.exec(text) ?? DATELINE_COLON.exec(text);

/** The words a dateline that opens the sentence takes up, or 0. */
export const datelineEnd = (text: string): number => datelineMatch(text)?.[0].length ?? 0;

/** The story after the dateline names other countries and not the dateline town's own. */
export function storyAbroad(text: string, end: number, home: string | null): boolean {
  const story = countriesSaid(text.slice(end));
  return !!home && story.size > 0 && !story.has(home);
}

/**
 * The sentence's places, less the dateline's: when the story under it says where it happened ("COTABATO CITY,
 * Philippines — ... killed in Barangay Tuayan, Maguindanao del Sur": the dateline only says where the reporter
 * was, x-dateline-yields), or when the story is set in another country.
 */
export function withoutForeignDateline(text: string, places: PlaceMatch[]): PlaceMatch[] {
  const end = datelineEnd(text);
  const dateline = places.filter((p) => p.index < end);
  if (!dateline.length) return places;
  const story = places.filter((p) => p.index >= end);
  if (story.some((p) => !p.origin)) return story;
  const home = dateline[0]!.place.country_code;
  if (!storyAbroad(text, end, home) || places.some((p) => p.index >= end && p.place.country_code === home)) return places;
  return places.filter((p) => p.index >= end);
}
