// A reported tally ("103 attacks since October 17") beside sitrep's own count for the same scope: its
// countries and days, and, when the counted phrase names a party ("attacks on U.S. forces", "attacks
// the Houthis carried out"), only the events with that party in that role.
import { findActors } from '../resolve/actor/find-actors.js';
import type { PartyScope, StoreQueries } from '../store/event-store.js';
import type { Tally } from '../types.js';

export interface TallyComparison {
  tally: Tally;
  /** the party the count is about, when the tally names one */
  party: PartyScope | null;
  /** violent events sitrep holds in the tally's scope */
  events: number;
  /** articles those events come from */
  articles: number;
}

export async function compareTally(store: StoreQueries, tally: Tally): Promise<TallyComparison> {
  const party = countedParty(tally.what);
  return { tally, party, ...(await store.countViolent({ since: tally.since, until: tally.until, countries: tally.scope_countries, party })) };
}

/** A tally with sitrep's own count beside it: what `GET /api/tallies` and `sitrep tally --json` give. */
export async function tallyWithCount(store: StoreQueries, tally: Tally) {
  const own = await compareTally(store, tally);
  return { ...tally, sitrep: { events: own.events, articles: own.articles, party: own.party } };
}

/** "attacks on/against/at X" counts X as the target; "attacks by X", "attacks X carried out" X as the attacker. */
export function countedParty(what: string): PartyScope | null {
  const actor = findActors(what).find((a) => a.actor.type !== 'unknown');
  if (!actor) return null;
  const before = what.slice(0, actor.index);
  if (/\b(on|against|at|targeting|toward|towards)\s+(the\s+)?$/i.test(before)) return { name: actor.actor.name, role: 'actor2' };
  if (/\bby\s+(the\s+)?$/i.test(before) || /^\s*(had\s+|have\s+|has\s+)?(carried out|launched|claimed|conducted|staged)\b/i.test(what.slice(actor.end))) return { name: actor.actor.name, role: 'actor1' };
  return null;
}
