// Finds the actors a piece of text names, by longest match against the actor dictionary.
import { findSpans, tokenize, type Token } from '../../read/tokens.js';
import type { ActorMatch } from '../../types.js';
import { countryByDemonym, countryByName } from '../place/gazetteer.js';
import { actorIndex, longestAliasWords, lookupActor, policeForces, stateForces } from './dictionary.js';

export type { ActorMatch } from '../../types.js';

// "Hamas, the PIJ": a name's span may run on over words that normalise to nothing; they are not part of it
function trimArticles(m: ActorMatch): ActorMatch {
  const text = m.text.replace(/(?:[\s,;:]+(?:the|al|el|a|an))+[\s,;:]*$/i, '');
  return text.length === m.text.length ? m : { ...m, text, end: m.index + text.length };
}

// a lower-case surface names an actor only when long: "is the" normalises to the alias "IS"
const bareLetters = (surface: string): string => surface.replace(/\b(the|al|el)\b/gi, '').replace(/[^\p{L}]/gu, '');
// a short word in title case is a word of a headline or a sentence's first word, not an acronym:
// "Mayor Is Killed" names no Islamic State (IS)
const TITLE_WORD = /^[A-Z][a-z]{1,2}$/;
// "the southern Philippines, an army spokesman said": a comma and an article open an apposition, which
// no name runs on into, though the article normalises to nothing and the words around it spell an alias
const APPOSITION = /,\s*(?:the|an?)\s+\S/i;
// "an Islamic state", "the independent Islamic state of Patani": a lower-case "state" after a capitalised word is
// a polity; the groups whose names hold the word write it with a capital ("Islamic State", "United Wa State Army")
const POLITY = /\b[A-Z][\w'’-]*\s+state\b/;
const namesAnActor = (surface: string): boolean => !APPOSITION.test(surface) && !POLITY.test(surface) && ((/[A-Z]/.test(surface) && !TITLE_WORD.test(surface)) || bareLetters(surface).length > 4);

// "US and coalition forces": the first country's forces too
// "Ethiopian government forces", "Pakistani security forces": a qualifier may stand between the country and the noun
// "Russian border posts", "Turkish air and artillery strikes": so may the kind of post or of fire;
// "an Israeli barracks", "Iranian targets": what a force holds stands for the force, as a target;
// "an Iranian ballistic missile", "Russian cruise missiles": the kind of a weapon too
const FORCE_NOUN = /^(?:\s+and\s+[\w-]+)?[\s-]+(?:hosting\s+|led\s+|occupied\s+)?(?:(?:government|security|armed|special|ground|naval|border)\s+)?(?:(?:ballistic|cruise|hypersonic|guided|kamikaze|unmanned)\s+)?(?:(?:air|artillery|drone|missile|rocket)\s+(?:and\s+)?)*(base|bases|air ?bases?|barracks|headquarters|radars?|targets|depots?|outposts|positions?|posts|checkpoints?|patrols?|guards|troops|forces|personnel|service ?members|servicemembers|servicemen|soldiers|sailors|marines|generals|commanders|military|army|navy|warships?|destroyer|embassy|facilit(y|ies)|assets|interests|convoy|garrison|outpost|drones?|missiles?|warplanes|jets|air ?strikes?|strikes?|shelling|artillery|air defen[cs]es?|fighter jets)\b/i;

export function findActors(text: string, tokens: Token[] = tokenize(text)): ActorMatch[] {
  const named = findSpans(text, tokens, longestAliasWords(), actorIndex, { accept: namesAnActor })
    .map((s) => trimArticles({ actor: s.value.actor, index: s.start, end: s.end, text: s.text, origin: s.value.origin }));
  const loyal = loyalists(text);
  const overlapsLoyal = (a: ActorMatch) => loyal.some((l) => a.index < l.end && l.index < a.end);
  const qualified = [...named.filter((a) => !overlapsLoyal(a)).map((a) => splinterOf(text, a)), ...countryForces(text, named), ...countryAgents(text, named), ...unknownGroups(text, named), ...loyal];
  const all = [...qualified, ...bareForces(text, qualified)].sort((a, b) => a.index - b.index);
  const adjacent = (a: ActorMatch, b: ActorMatch | undefined): b is ActorMatch => !!b && /^\s+$/.test(text.slice(a.end, b.index));
  const bare = (a: ActorMatch | undefined) => a?.origin === BARE_POLICE || a?.origin === BARE_MILITARY;
  // "the Iranian-backed militia Kataib Hezbollah": a descriptor right before a name stands for that name;
  // "IDF soldiers": a force noun right after a name is that name's; so is a common noun for armed men
  // ("Al-Shabaab militants", "Hamas gunmen": the group's members, not unknown ones)
  const members = (a: ActorMatch, i: number): boolean => i > 0 && a.actor.type === 'unknown' && a.origin !== 'unknown-group' &&
    !/[A-Z]/.test(a.text) && all[i - 1]!.actor.type !== 'unknown' && adjacent(all[i - 1]!, a);
  return all.filter((a, i) =>
    !(adjacent(a, all[i + 1]) && all[i + 1]!.actor.type !== 'unknown' && !bare(all[i + 1])) && !(bare(a) && i > 0 && adjacent(all[i - 1]!, a)) && !members(a, i) &&
    !INSIDE_A_NAME.test(text.slice(a.end, a.end + 40)) && !(i > 0 && isAcronymOf(text, all[i - 1]!, a)))
    .flatMap((a, i, kept) => (disguise(text, a) ? disguised(text, a, kept[i - 1]) : [a]))
    .flatMap((a, i, kept) => (i > 0 && identifiedAs(text, kept[i - 1]!, a) ? [] : identifiedAs(text, a, kept[i + 1]) ? [{ ...a, actor: kept[i + 1]!.actor, origin: kept[i + 1]!.origin }] : [a]));
}

// "the assailants, identified as members of X,", "gunmen believed to be X fighters", "attackers suspected to
// be from X": unknown armed men said to be a named side's are that side, in the unknown men's place in the
// clause, so that the subject of the act stays where it was written
const IDENTIFIED_AS = /^,?\s+(?:(?:who|whom)\s+(?:were|are|was|is|police|officials|residents|witnesses|authorities)\s+)?(?:(?:later|reportedly|allegedly|widely|all|since|also)\s+)?(?:identified|described|believed|thought|suspected|said|reported|presumed|understood|confirmed|known)\s+(?:to\s+(?:be|have\s+been)|as)\s+(?:(?:an?|the|some)\s+)?(?:(?:suspected|alleged)\s+)?(?:(?:members?|fighters?|militants?|elements?|men|gunmen|operatives?)\s+(?:of|from)\s+)?(?:the\s+)?$/i;
const identifiedAs = (text: string, a: ActorMatch, b: ActorMatch | undefined): b is ActorMatch =>
  !!b && a.actor.type === 'unknown' && a.origin !== 'unknown-group' && b.actor.type !== 'unknown' && b.actor.type !== 'civilians' &&
  IDENTIFIED_AS.test(text.slice(a.end, b.index));

/**
 * The one wearing the disguise: the actor named right before it ("insurgents dressed as soldiers"), or,
 * when the wearer is named by no actor ("a man disguised as a police officer"), someone unidentified, armed.
 */
function disguised(text: string, a: ActorMatch, previous: ActorMatch | undefined): ActorMatch[] {
  if (previous && previous.end <= a.index && !/[.;]/.test(text.slice(previous.end, a.index)) && a.index - previous.end < 60) return [];
  const unknown = lookupActor('unidentified armed group');
  return unknown ? [{ ...a, actor: unknown.actor, origin: unknown.origin }] : [];
}

// "insurgents dressed as security personnel", "a man posing as a police officer", "gunmen in military
// uniforms", "attackers wearing FC uniforms": a force worn as a disguise is no party to the act
const DISGUISED_AS = /(?:\b(?:dressed|disguised|disguising\s+(?:themselves|himself|herself)|clad|clothed|garbed|masquerading|posing|passing\s+(?:themselves|himself|herself)\s+off)(?:\s+up)?\s+(?:as|like)|\b(?:pretending\s+to\s+be|impersonating))\s+(?:an?\s+|the\s+|fake\s+|bogus\s+)*$/i;
const IN_UNIFORM_BEFORE = /\b(?:in|wearing|donning|clad\s+in|dressed\s+in|disguised\s+in)\s+(?:the\s+|full\s+|fake\s+|stolen\s+|counterfeit\s+)*['‘"“]?$/i;
const UNIFORM_AFTER = /^['’"”]?\s*(?:-style\s+)?(?:combat\s+)?(?:uniforms?|fatigues|attire|garb|gear|vests?|outfits?)\b/i;
const disguise = (text: string, a: ActorMatch): boolean => {
  const before = text.slice(Math.max(0, a.index - 50), a.index);
  return DISGUISED_AS.test(before) || (IN_UNIFORM_BEFORE.test(before) && UNIFORM_AFTER.test(text.slice(a.end, a.end + 30)));
};

/** "the Defense and Security Forces (SDF)": an acronym in brackets right after a name is that name's, whatever else it may stand for. */
const isAcronymOf = (text: string, name: ActorMatch, a: ActorMatch): boolean =>
  /^\s*\($/.test(text.slice(name.end, a.index)) && /^\)/.test(text.slice(a.end)) && /^[A-Z][A-Z-]+$/.test(a.text);

// "the Al-Amal Orphan Society", "Hamas Street": a name that runs on into a place's or a body's name is not the actor
const INSIDE_A_NAME = /^\s+(?:[A-Z][\w'-]*\s+){0,2}(Society|School|Hospital|Street|Road|Avenue|Square|Mosque|Church|Foundation|University|College|Association|Club|Stadium|Bridge|Market|Hotel|Camp)\b/;

// "a group calling itself the Sons of X", "the Free Y Brigade, a little-known group": named, but not in the dictionary
const GROUP_INTRO = /\b(?:group|militia|faction|movement|organi[sz]ation|outfit|coalition)\s+(?:calling itself|called|known as|named|that calls itself)\s+(?:the\s+)?["“‘']?((?:[A-Z][\w'’-]*|al-\w+|of|the|and|al|el|in|for)(?:\s+(?:[A-Z][\w'’-]*|al-\w+|of|the|and|al|el|in|for)){0,7})/g;
const GROUP_APPOSITIVE = /\b(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|al-\w+|of|the|and|al|in|for)){1,7}),\s+an?\s+(?:little-known|previously unknown|new|newly formed|shadowy|obscure|armed|militant|jihadist|separatist|rebel|insurgent)\s+(?:\w+\s+)?(?:group|militia|faction|movement|organi[sz]ation|outfit|coalition)\b/g;

/** Groups a text names and introduces as groups, kept as written with type unknown. */
function unknownGroups(text: string, named: ActorMatch[]): ActorMatch[] {
  const out: ActorMatch[] = [];
  for (const re of [GROUP_INTRO, GROUP_APPOSITIVE]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!.replace(/^the\s+/i, '').replace(/\s+(of|the|and|al|el|in|for)$/i, '').trim();
      const start = m.index + m[0].indexOf(name);
      if (name.split(/\s+/).length < 2 || named.some((a) => start < a.end && a.index < start + name.length)) continue;
      out.push({ actor: { name, type: 'unknown', country: null, affiliations: [] }, index: start, end: start + name.length, text: name, origin: 'unknown-group' });
    }
  }
  return out;
}

// "dissidents of the Revolutionary Armed Forces of Colombia (FARC)", "splinter factions of the FARC"
const SPLINTER_OF = /\b(?:dissidents|splinter (?:groups?|factions?)|breakaway (?:groups?|factions?))\s+of\s+(?:the\s+)?$/i;

/** A splinter of a group is the dictionary's "<group> dissidents" when it has one ("FARC dissidents"). */
function splinterOf(text: string, a: ActorMatch): ActorMatch {
  if (!SPLINTER_OF.test(text.slice(Math.max(0, a.index - 40), a.index))) return a;
  const short = a.actor.name.split(':')[0]!;
  const dissidents = lookupActor(`${short} dissidents`);
  return dissidents ? { ...a, actor: dissidents.actor, origin: dissidents.origin } : a;
}

// "gunmen loyal to ousted president Bashar al-Assad": the dictionary's "Assad loyalists"
const LOYAL_TO = /\b(?:[Gg]unmen|[Ff]ighters|[Mm]ilitants|[Mm]ilitiamen|[Ff]orces|[Tt]roops|[Ss]upporters)\s+loyal\s+to\s+([^,.;:()]{1,60})/g;

/** Armed men loyal to a person the dictionary knows the loyalists of: the name among the next five words. */
function loyalists(text: string): ActorMatch[] {
  return [...text.matchAll(LOYAL_TO)].flatMap((m) => {
    const names = m[1]!.split(/\s+/).slice(0, 5).filter((w) => /^(al-)?[A-Z]/.test(w)).map((w) => w.replace(/^al-|['’]s$/gi, ''));
    const entry = names.reverse().map((n) => lookupActor(`${n} loyalists`)).find(Boolean);
    return entry ? [{ actor: entry.actor, index: m.index, end: m.index + m[0].length - m[1]!.length, text: m[0].slice(0, m[0].length - m[1]!.length).trim(), origin: entry.origin }] : [];
  });
}

// "by Sudan's paramilitary Rapid Support Forces", "by Yemen's Houthi rebels", "by Nigeria's Boko Haram": a
// country in the possessive before a name (a modifier or two between) says where the named actor is from;
// the agent is the named actor, not the country's forces ("by Russia's army" is one name already)
const POSSESSIVE_OF_NAME = /^['’]s\s+(?:[\w-]+\s+){0,2}$/;
const possessiveOfName = (text: string, end: number, named: ActorMatch[]): boolean =>
  named.some((a) => a.index >= end && a.index - end < 40 && POSSESSIVE_OF_NAME.test(text.slice(end, a.index)));

/** "drones launched by Russia", "blamed on Israel": a country as the agent of an act stands for its forces. */
function countryAgents(text: string, named: ActorMatch[]): ActorMatch[] {
  const out: ActorMatch[] = [];
  // ("a strike that Iran and Hamas have blamed on Israel": the one blamed, too; "accused the United States
  // of carrying out drone strikes": the one accused of the act)
  for (const m of text.matchAll(/(?:(?<!\b(?:backed|supported|sponsored|funded|armed|trained|aligned|inspired) )\bby|\bblamed on|\battributed to|\b(?:accused|accuses|accusing|blamed|blames|blaming)(?= (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:of|for)\b)) (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?![\w-])/g)) {
    const country = countryByName(m[1]!);
    const actor = country && stateForces(country.cc);
    const start = m.index + m[0].length - m[1]!.length;
    if (actor && !possessiveOfName(text, start + m[1]!.length, named)) out.push({ actor, index: start, end: start + m[1]!.length, text: m[1]!, origin: `generated:${country.cc}` });
  }
  // "the United States said it had killed", "Israel said its jets struck": a state telling of its own act
  // is its forces, as the group that says it did an act is the group
  for (const m of text.matchAll(OWN_ACT_SAID)) {
    const country = countryByName(m[1]!);
    const actor = country && stateForces(country.cc);
    if (actor && !named.some((a) => m.index >= a.index && m.index < a.end)) out.push({ actor, index: m.index, end: m.index + m[1]!.length, text: m[1]!, origin: `generated:${country.cc}` });
  }
  return out;
}

const OWN_ACT_SAID = /(?<=(?:^|[^\w.'’-])(?:the\s+)?)(U\.S\.|US|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s+(?:(?:has|had|later|also)\s+)?(?:said|says|announced|stated)(?:\s+on\s+\w+|\s+in\s+a\s+statement)?(?:\s+that)?\s+(?:it|its\s+(?:forces|troops|military|army|jets|warplanes|drones|navy|air\s+force))\s+(?:had\s+|has\s+)?(?:targeted|attacked|struck|hit|launched|carried\s+out|fired|shot\s+down|downed|killed|intercepted)\b)/g;

/** "US positions", "Russian shelling", "U.S.-hosting base": a country or demonym before a military noun. */
function countryForces(text: string, named: ActorMatch[]): ActorMatch[] {
  const out: ActorMatch[] = [];
  for (const m of text.matchAll(/\b(U\.S\.|[A-Z]{2,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[\s-])/g)) {
    const start = m.index;
    if (named.some((a) => start >= a.index && start < a.end)) continue;
    const after = FORCE_NOUN.exec(text.slice(start + m[0].length));
    if (!after) continue;
    // "Heavy Pakistani shelling": a capitalised word before the demonym is not part of the name
    const last = m[1]!.split(' ').pop()!;
    const country = countryByDemonym(m[1]!) ?? countryByName(m[1]!) ?? countryByDemonym(last) ?? countryByName(last);
    const actor = country && stateForces(country.cc);
    if (actor) out.push({ actor, index: start, end: start + m[0].length + after[0].length, text: m[0] + after[0], origin: `generated:${country.cc}` });
  }
  return out;
}

// "soldiers", "the police", "security forces" with no country named: a state's forces, whose state the
// sentence's place or the article decides (resolveBareForces); marked by origin until then
// ("a soldier was killed", "a policeman was shot", "a gendarme post": one of the force is the force; "policemen" is one word,
// not "police" and a remainder)
// "junta fighter jets", "the junta's drones": a junta's force, whichever country's
const BARE_FORCE = /\b(?:the\s+)?(police(?:\s+(?:officers?|forces|officials))?|policem[ae]n|gendarmes?|gendarmerie|(?:(?:pro-)?government|regime|junta)\s+(?:forces|troops|soldiers)|soldiers?|troops|servicem[ae]n|security (?:forces|personnel)|armed forces|army|military|(?:military\s+)?junta(?:['’]s)?(?=\s+(?:[\w-]+\s+)?(?:jets?|aircraft|drones?|warplanes|helicopters?|artillery|airstrikes?|air\s?strikes?|naval|navy|army|base|troops|soldiers|forces)\b))(?!\w)/gi;
export const BARE_POLICE = 'bare:police';
export const BARE_MILITARY = 'bare:military';

/** A bare force noun that means the police: "the police", or "security forces" facing a crowd. */
export const barePolice = (a: ActorMatch, facingCrowd: boolean): boolean =>
  a.origin === BARE_POLICE || (facingCrowd && a.origin === BARE_MILITARY && /\bsecurity\b/i.test(a.text));

/**
 * f-coordinated-force: "Russian border guards and soldiers", "Kenyan police and troops": a force noun joined
 * by "and" to a state's named force is that state's, as the country word before the pair qualifies both.
 */
function coordinatedCountry(text: string, found: ActorMatch[], start: number): string | null {
  const before = found.filter((a) => a.end <= start && a.actor.type === 'state_military' && a.actor.country).pop();
  return before && /^\s+(?:and|&)\s+(?:the\s+)?$/i.test(text.slice(before.end, start)) ? before.actor.country : null;
}

const OFFICE_AFTER = /^\s*(?:chief|spokes\w*|officials?|sources?|commanders?|said|says|statement|analysts?|court|junta|rule|government|leaders?|general|lieutenant|colonel|major|captain|commissioner|sergeant|inspector|gen\.|col\.|lt\.)\b/i;
const OFFICE_HIT = /^\s*[\w.]+(?:\s+(?:and|,)\s+[^.;]{0,40}?)?\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:killed|shot|wounded|injured|hurt|gunned down|murdered|assassinated|abducted|kidnapped)\b/i;

/** Force nouns no country qualifies, as placeholders for the forces of the country they serve. */
function bareForces(text: string, found: ActorMatch[]): ActorMatch[] {
  const out: ActorMatch[] = [];
  for (const m of text.matchAll(BARE_FORCE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((a) => start < a.end && a.index < end)) continue;
    // "military-grade explosives", "army-backed gunmen": a force noun inside a compound word describes
    // something else, and is no party
    if (text[end] === '-') continue;
    // "army chief", "military spokesman", "police said": a person or office, not the force as a party
    // (but "a police lieutenant was killed", "the police chief and 12 officers were gunned down": the office
    // hit is its force hit)
    if (OFFICE_AFTER.test(text.slice(end)) && !OFFICE_HIT.test(text.slice(end))) continue;
    // "soldiers of the caliphate": the Islamic State's name for its own fighters, no state's force
    if (/^\s+of\s+(?:the\s+)?(?:caliphate|khilafah?)\b/i.test(text.slice(end))) continue;
    const police = /polic|gendarm/i.test(m[1]!);
    const country = coordinatedCountry(text, found, start);
    const own = country ? (police ? policeForces(country) : stateForces(country)) : undefined;
    if (own) { out.push({ actor: own, index: start, end, text: m[0], origin: `generated:${country}` }); continue; }
    out.push({ actor: { name: police ? 'police' : 'military', type: 'state_military', country: null, affiliations: [] }, index: start, end, text: m[0], origin: police ? BARE_POLICE : BARE_MILITARY });
  }
  return out;
}
