// Roundups of crowds: "Since his call, hundreds of protests have flared in several cities, among them the
// capital, Yaounde; Garoua, Tchiroma's hometown; and Maroua, Meiganga and Bafang". A count or summary of
// protests is no one incident, but the towns it lists each saw one (ACLED: one event per place), so each
// listed town is a protest there. The openers of the list are data (data/lexicons/roundups.tsv).
import type { Place } from '../../types.js';
import { matchAll } from '../lexicon.js';

export interface RoundupTown {
  place: Place;
  /** where the town's name stands in the text */
  index: number;
}

// an item of the list: a name of one to three capitalised words, not a possessor ("Tchiroma's hometown")
const ITEM = /^\s*(?:and\s+|or\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?![\p{L}'’-])/u;
const IN_TOWN = /\sin\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?![\p{L}'’-])/u;
// items end at a comma, a semicolon or "and"; the list ends at the sentence's end or a clause of its own
const SEPARATOR = /\s*(?:[,;]\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/;
const LIST_END = /[.:()]|\s(?:where|which|who|as|when|while|after)\s/;

/** The towns a crowd act's roundup lists after an opener that follows the act, resolved by `town`. */
export function roundupTowns(text: string, actIndex: number, town: (name: string) => Place | null): RoundupTown[] {
  const opener = matchAll('roundups', text).find((o) => o.index > actIndex);
  if (!opener) return [];
  const start = opener.index + opener.text.length;
  const rest = text.slice(start);
  const end = LIST_END.exec(rest)?.index ?? rest.length;
  const towns: RoundupTown[] = [];
  let offset = 0;
  for (const item of rest.slice(0, end).split(SEPARATOR)) {
    // "Kangemi in Nairobi": a place the gazetteer lacks is placed in the town it is said to be in
    const names = [ITEM.exec(item)?.[1], IN_TOWN.exec(item)?.[1]].filter((n): n is string => !!n);
    const found = names.map((name) => ({ name, place: town(name) })).find((n) => n.place);
    if (found?.place) towns.push({ place: found.place, index: start + rest.indexOf(found.name, offset) });
    offset = rest.indexOf(item, offset) + item.length;
  }
  return towns;
}
