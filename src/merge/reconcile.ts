// One event's fields from its mentions, by explicit rules: the most precise place and date win, the
// first named actors win, casualty figures take the larger bound, and the status says whether anyone
// but the perpetrator reported it.
import { countryPlace } from '../resolve/place/find-places.js';
import { addDays } from '../resolve/time/days.js';
import { countryByCode, siteHost } from '../resolve/place/gazetteer.js';
import { isArmedGroup, lookupActor } from '../resolve/actor/dictionary.js';
import { CROWD_KINDS, type Actor, type ActorMatch, type ArticleEvent, type DateSpan, type EventType, type Mention, type Place, type Range, type Sentence, type Status } from '../types.js';
import { larger } from '../extract/rules/casualties.js';
import { CROWD_NOUNS } from '../extract/lexicon.js';
import { ORDINAL_WORDS, emptyRange } from '../extract/rules/numbers.js';
import { civilians, OVERRAN } from '../extract/rules/roles.js';
import { crowdEvent, isArmedSide, sidelessViolence, violenceAgent } from './crowd-events.js';
import { mostPrecise, type MentionGroup } from './within-article.js';

// a killing the words themselves say was a crime, or done to someone who could not fight back, not a fight
// (a lynching: a crowd killing someone it holds, who could not fight back)
const MURDER = /^(murder(ed)?|executed|massacred?|assassinat(ed|ion)|shot dead|gunned down|(beaten|beat|hacked|stabbed|burned|burnt|stoned|clubbed|bludgeoned|tortured) ([\w'’-]+ ){0,5}?to death|burned alive|lynched|beheaded|decapitated|slaughtered)$/i;
const MERCHANT_SHIP = /\b(crew members|crews?|seafarers|mariners|merchant (ships?|vessels?)|cargo (ships?|vessels?)|bulk carriers?|container ships?|(oil |fuel |chemical )?tankers?|commercial (ships?|vessels?|shipping)|international shipping|shipping lanes?)\b/i;
const CIVILIAN_HARM = /\b(civilians?|residents|people|homes?|houses?|residential|apartment|kindergarten|school|hospital|medical|agricultural)\b/i;

/** a weapon's type; weapon null: the type of a remote act that names none (remoteActType) */
export interface WeaponType { weapon: string | null; sub_event_type: string; event_type: EventType }

export interface ArticleDefaults {
  published: string;
  focus: string[];
  /**
   * the weapon the article names most with this attacker's acts: what a bare "attack" of it most likely used;
   * with ownOnly, none when the attacker is named with no weapon of its own (else the article's most named);
   * with remoteActs, when no weapon is named, the type of the weaponless strikes or explosions told most (x-remote-acts-weapon)
   */
  weaponOf: (attacker: Actor | null, ownOnly?: boolean, remoteActs?: boolean) => WeaponType | null;
  /** the day the narrative stood at before a sentence */
  dayAt: (sentenceIndex: number) => DateSpan | null;
  /** the days of the protest wave the story stood in before a sentence ("the protests, which ran from August 1 to 10") */
  waveAt: (sentenceIndex: number) => DateSpan | null;
  /** the day an act the text gives no day most likely happened on (extract/context.ts reportDay) */
  reportDay: string;
  /** the one day the article names the incident told by a noun in a sentence of no act, for acts at a place (extract/context.ts retoldDay) */
  retoldDay: (at: Place) => DateSpan | null;
  /** the site the article names near an incident's sentences inside a country or region */
  siteNear: (sentenceIndexes: number[], area: Place) => Place | null;
  /** the article reports unrest (merge/crowd-events.ts): violence no armed side is named in is a crowd's */
  unrest: boolean;
  /** the actors a sentence names, found once per article */
  actorsIn: (s: Sentence) => ActorMatch[];
  /** the mentions of the other places of the crowd wave a group's sentence split (x-wave-acts) */
  waveOf: (group: MentionGroup) => Mention[];
}

export function reconcile(group: MentionGroup, d: ArticleDefaults): ArticleEvent | null {
  const ms = group.mentions;
  const acts = ms.filter((m) => !m.casualtyOnly);
  // the attacked side firing back names the sides the other way round; a side's standing war told in a
  // relative clause ("held militants who are fighting Indian rule responsible") names no side of the incident
  const sided = acts.filter((m) => !group.firingBack?.has(m) && !standingWar(m));
  const namedTarget = pickActor(sided.map((m) => m.actor2));
  // a protest told first keeps its type: the killings and fights told after it are what happened at it
  // an act that names an explosive ("the bombing") says how, where a fight told with it ("fought") does not (x-explosive-act-first)
  const typed = (CROWD_KINDS.has(acts[0]!.kind) ? acts[0] : undefined) ?? acts.find((m) => m.weapon) ?? acts.find(namesExplosiveOnly) ??
    acts.find((m) => !m.generic && !asideFight(m, acts, namedTarget) && !asideAbduction(m, acts) && !standingWar(m)) ?? acts[0]!;
  const area = mostPrecise(group) ?? focusCountry(d.focus);
  if (!area) return null;
  // "Gunmen stormed a TV studio in Guayaquil. ... The attackers took hostages": the site said before
  // (a wave the country counted is the country's: `nationwideWave`)
  const location = area.geo_precision === 3 && !group.wave ? d.siteNear([...new Set(ms.map((m) => m.sentence.index))], area) ?? area : area;
  const fatalities = eventToll(ms, location, (m) => m.fatalities);
  // the acts name the attacker; else a claim of responsibility that joined them does, also when the acts
  // named only unknown men ("gunmen opened fire ... banners signed by the cartel were left at the scene")
  const actsNamed1 = pickActor(sided.map((m) => m.actor1));
  const claimed1 = pickActor(ms.filter((m) => m.claimOnly).map((m) => m.actor1));
  const claimedOrNamed1 = actsNamed1?.type === 'unknown' && claimed1 && claimed1.type !== 'unknown' ? claimed1 : actsNamed1 ?? claimed1;
  const [named1, named2] = forceRaided(typed, ms, claimedOrNamed1, namedTarget) ? [namedTarget, claimedOrNamed1] : [claimedOrNamed1, namedTarget];
  const crowdViolence = d.unrest && sidelessViolence(typed, violenceAgent(typed, named1), named2) && !ms.some((m) => d.actorsIn(m.sentence).some((a) => isArmedSide(a.actor, false)));
  const crowdSides = crowdEvent(eventType(typed, named1, named2, d), ms, named1, named2, fatalities, crowdViolence, { country: location.country_code, actorsIn: d.actorsIn }, d.waveOf(group));
  const { actor1 } = crowdSides;
  let { actor2 } = crowdSides;
  let type = bombThenAssault(crowdSides.type, ms, actor2) ? { ...ARMED_CLASH, weapon: crowdSides.type.weapon } : crowdSides.type;
  if (type.event_type === 'Battles' && actor2?.type === 'civilians') actor2 = armedVictim(ms) ?? actor2;
  // an attack on a base that names no target hit the forces based there
  if (!actor2 && type.event_type !== 'Protests' && type.event_type !== 'Riots') {
    const host = siteHost(location.name);
    if (host && host !== actor1?.name) actor2 = lookupActor(host)?.actor ?? null;
  }
  // an attack on no one named hit civilians; civilians are named after the event's country
  // (the crews of merchant ships are of every country: ACLED's "Civilians (International)", x-seafarers);
  // so did any violence against civilians that names no one, an abduction too ("armed men abducted him and
  // three colleagues"): civilians are that type's target (x-civilians-taken)
  // and a missile or drone at shipping that names no target ("launched into the Gulf of Aden's international
  // shipping lanes") was at merchant ships (x-at-shipping)
  const atSea = ms.some((m) => MERCHANT_SHIP.test(m.sentence.text));
  if ((!actor2 && (type.event_type === 'Violence against civilians' || (atSea && type.event_type === 'Explosions/Remote violence'))) ||
    (actor2?.type === 'civilians' && actor2.name.startsWith('Civilians'))) {
    actor2 = civilians(atSea ? 'International' : location.country);
  }
  // a foreign army's strike that damaged homes or hurt people: the civilians of the place were the target
  if (!actor2 && actor1?.type === 'state_military' && actor1.country && actor1.country !== location.country_code &&
    ms.some((m) => CIVILIAN_HARM.test(m.sentence.text))) actor2 = civilians(location.country);
  const actor1Final = ofCountry(actor1, location.country) ?? (type.event_type === 'Protests' || type.event_type === 'Riots' ? crowd(type.event_type, location.country) : null);
  if (clashOnCivilians(type, actor1Final, actor2, ms)) type = { ...CIVILIAN_ATTACK, weapon: type.weapon };
  // a state's army saying it struck is an admission, reported as fact (ACLED: confirmed)
  const claims = acts.filter((m) => m.claim && m.actor1?.type !== 'state_military');
  const status: Status = claims.length === acts.length ? (acts.some((m) => m.doubt) ? 'disputed' : 'claimed') : 'confirmed';
  return {
    mentions: ms,
    ...type,
    date: pickDate(ms, d, location),
    location,
    actor1: actor1Final,
    actor2: ofCountry(actor2, location.country),
    assoc_actors1: uniqueActors(acts.flatMap((m) => m.assoc1), actor1),
    assoc_actors2: uniqueActors(acts.flatMap((m) => m.assoc2), actor2),
    fatalities,
    injured: eventToll(ms, location, (m) => m.injured),
    status,
    claimed_by: [...new Set(acts.flatMap((m) => m.claimed_by))],
    related: [],
  };
}

/**
 * x-force-raided: "police came under attack by gunmen during a raid", "killed in a police operation against
 * gangs": a state force's raid or operation is its own act, though the raided fired first; the force is the
 * first side and whoever it raided the second (ACLED codes the side that set off the fight first). A bomb
 * or shelling the raided set off stays theirs.
 */
const forceRaided = (typed: Mention, ms: Mention[], named1: Actor | null, named2: Actor | null): boolean =>
  (!typed.weapon || typed.weapon === 'small arms') && named2?.type === 'state_military' && !!named1 && named1.type !== 'state_military' && named1.type !== 'civilians' &&
  ms.some((m) => FORCE_RAID.test(m.sentence.text));
const FORCE_RAID = /\b(?:police|security|army|military)\s+(?:raids?|operations?|crackdowns?)\b|\b(?:came|come|comes|coming)\s+under\s+(?:attack|fire)(?:\s+(?:by|from)\s+[^,.;]{1,40}?)?\s+(?:during|in)\s+(?:an?|the|their)\s+(?:raid|operation|search)\b/i;

/**
 * x-bomb-then-assault: "the assault opened with car bombs and was followed by a gunfight", "fighters set off a
 * car bomb and then stormed the base": a bomb that opens a ground assault on an armed side is how a battle
 * began, and ACLED codes the fight that followed (Battles / Armed clash). A bomb told alone, or one on
 * civilians, keeps its own type.
 */
const bombThenAssault = (type: Pick<ArticleEvent, 'sub_event_type'>, ms: Mention[], actor2: Actor | null): boolean =>
  PLANTED.has(type.sub_event_type) && (isArmedSide(actor2) || actor2?.type === 'state_military') && ms.some((m) => BOMB_THEN_ASSAULT.test(m.sentence.text));
const PLANTED = new Set(['Remote explosive/landmine/IED', 'Suicide bomb']);
const BOMB_THEN_ASSAULT = /\b(?:bomb(?:s|ings?|ers?)?|explosives?|IEDs?|VBIEDs?)\b[^.;]{0,120}?\b(?:followed\s+by|then|before)\b[^.;]{0,80}?\b(?:gunfights?|firefights?|gun\s?battles?|fighting|clash(?:es|ed)?|storm(?:ed|ing)?|entered|assault|overr(?:an|un))\b/i;
const ARMED_CLASH = { event_type: 'Battles', sub_event_type: 'Armed clash' } as const;

/**
 * x-aside-fight: "Rebels killed seven miners ... 'There was a firefight for an hour and a half'": a fight told
 * in a sentence of its own that names no side of it does not make the killing of civilians told with it a
 * battle (civilians killed "in fighting", in the fight's own sentence, are a battle's dead, and so are those
 * told before "the fighting" that retells the event).
 */
const asideFight = (m: Mention, acts: Mention[], named2: Actor | null): boolean => m.kind === 'clash' && !m.actor1 && !m.actor2 && !retold(m) &&
  named2?.type === 'civilians' && !acts.some((o) => o.sentence === m.sentence && o.actor2?.type === 'civilians');
/**
 * x-aside-abduction: "Gunmen opened fire on mourners, killing four ... Last year the group abducted dozens": an
 * abduction that names neither who took nor who was taken, beside acts on civilians it names, is told
 * aside; the attack types the event (an abduction of people named stays one; so does one beside a fight).
 */
const asideAbduction = (m: Mention, acts: Mention[]): boolean => m.kind === 'abduction' && !m.actor1 && !m.actor2 &&
  acts.some((o) => o !== m && !o.casualtyOnly && o.actor2?.type === 'civilians');
/**
 * x-standing-war: "the suspects were the rebels, who are fighting the army and local militias": a fight told in
 * a relative clause of the present ("who are fighting", "which has fought") describes a side by its war, not
 * how the incident told was done; the event's other acts type it and name its sides.
 */
const standingWar = (m: Mention): boolean => m.kind === 'clash' &&
  STANDING_WAR.test(m.sentence.text.slice(Math.max(0, m.triggerIndex - 40), m.triggerIndex));
const STANDING_WAR = /\b(?:who|which|that)\s+(?:are|is|have|has)(?:\s+been)?\s+(?:long\s+|also\s+|now\s+|still\s+)?$/i;
// "the fighting broke out on September 14", "the clashes had spread": the fight already told is the event's own act
const retold = (m: Mention): boolean => m.anaphoric || /\b(the|these|those|this|that)\s+([\w-]+\s+)?$/i.test(m.sentence.text.slice(Math.max(0, m.triggerIndex - 30), m.triggerIndex));

/**
 * The event's toll: the larger bound of its mentions' figures (later tolls grow), but a figure told for
 * a wider area than the event's place by acts in the plural ("strikes overnight killed 10 in Israel" beside
 * "six were killed in Bat Yam") or as a total ("a total of 11 people have died") counts other incidents too: it counts only
 * when no mention gives a figure of the event's own.
 */
function eventToll(ms: Mention[], location: Place, figure: (m: Mention) => Range | null): Range {
  const told = ms.filter((m) => figure(m));
  const own = told.filter((m) => !widerToll(m, location));
  const counted = own.length ? own : told;
  // "some 100 police had been injured ... 20 civilians had also been hurt": a figure told as "also" in a
  // sentence of its own adds to the toll told before it, and so do deaths among the hurt ("two of the wounded later died")
  // (x-breakdown-also: not after "X was among those killed", whose "also" names more of the dead already counted)
  const adds = (m: Mention) => ADDS.test(figure(m)!.text ?? '');
  const brokenDown = (m: Mention) => ms.some((o) => o.sentence.index <= m.sentence.index && AMONG_THE_DEAD.test(o.sentence.text));
  const adding = counted.filter((m) => adds(m) && figure(m)!.best !== null && counted.some((o) => o.sentence.index < m.sentence.index && !adds(o)) && !brokenDown(m));
  const most = (xs: Mention[]) => xs.reduce<Range | null>((r, m) => larger(r, figure(m)), null);
  // x-parts-also: "leaving 12 dead ... five rangers were killed ... seven soldiers were also killed": a figure told
  // with "also" that makes up, with a figure before it, the toll already told is the rest of those dead, not more
  const whole = most(counted.filter((m) => !adding.includes(m)))?.best ?? null;
  const partOfWhole = (m: Mention) => whole !== null && counted.some((o) => !adds(o) && o.sentence.index < m.sentence.index && figure(o)!.best !== null && figure(o)!.best! + figure(m)!.best! === whole);
  const added = adding.filter((m) => !partOfWhole(m));
  const toll = most(counted.filter((m) => !added.includes(m)));
  if (!added.length) { const both = bothSidesHurt(ms, counted, figure, toll); if (both) return both; }
  return added.reduce<Range | null>((r, m) => plusOrNth(r, figure(m)!), toll) ?? emptyRange();
}

/**
 * x-both-sides-hurt: "By noon, 10 to 15 officers had been injured. ... The hospital reported about 15
 * demonstrators treated for minor injuries": at a crowd's clash the force's toll and the crowd's, each told in
 * a sentence of its own, count two groups of people; the event's toll is both, unless a figure larger than
 * either already counts them together.
 */
function bothSidesHurt(ms: Mention[], counted: Mention[], figure: (m: Mention) => Range | null, toll: Range | null): Range | null {
  if (!toll || !ms.some((m) => CROWD_KINDS.has(m.kind))) return null;
  const of = (side: RegExp, other: RegExp) => counted.filter((m) => figure(m)!.best !== null && side.test(figure(m)!.text ?? '') && !other.test(figure(m)!.text ?? ''));
  const force = of(FORCE_HIT, CROWD_HIT);
  const crowd = of(CROWD_HIT, FORCE_HIT);
  if (!force.length || !crowd.length || force.some((f) => crowd.some((c) => c.sentence === f.sentence))) return null;
  const most = (xs: Mention[]) => xs.reduce<Range | null>((r, m) => larger(r, figure(m)), null)!;
  const [f, c] = [most(force), most(crowd)];
  if ((toll.best ?? toll.low ?? 0) > Math.max(f.best!, c.best!)) return null;
  return { ...f, best: f.best! + c.best!, low: (f.low ?? f.best!) + (c.low ?? c.best!), high: f.high === null || c.high === null ? null : f.high + c.high };
}
const FORCE_HIT = /\b(?:officers|police(?:men|women)?|gendarmes|troopers|law enforcement|security personnel)\b/i;
const CROWD_HIT = new RegExp(String.raw`\b${CROWD_NOUNS}\b`, 'i');

// "20 civilians had also been hurt", "one of the wounded later died": a figure told on top of the one before
// (not "two of the soldiers died": some of the dead already counted)
const ADDS = /\balso\b|\bof\s+(?:the|those|these)\s+(?:[\w'’-]+\s+)?(?:wounded|injured|hurt)\b[^.;]*\b(?:died|succumbed|passed away)\b|\bof\s+them\b[^.;]*\bsuccumbed\b/i;
// "the commander, X, was among those killed": one of the dead named, the toll broken down
const AMONG_THE_DEAD = /\bamong\s+(?:those|the)\s+(?:killed|dead|slain)\b/i;
// x-nth-also: "killed two people ... a second militant had also been killed": the one more is the nth of the dead,
// so the toll is at least n, not n more
const NTH = /\b(?:a|the)\s+(second|third|fourth|fifth)\b/i;
function plusOrNth(r: Range | null, extra: Range): Range | null {
  const nth = NTH.exec(extra.text ?? '');
  if (!nth || extra.best !== 1) return plus(r, extra);
  const n = ORDINAL_WORDS[nth[1]!.toLowerCase()]!;
  return r && (r.best ?? r.low ?? 0) >= n ? r : larger(r, { ...extra, best: n, low: n, high: n });
}
/** A toll with another group's figure added: "100 police" and "20 civilians". */
function plus(r: Range | null, extra: Range): Range | null {
  if (!r || r.best === null) return r;
  return { ...r, best: r.best + extra.best!, low: r.low === null ? null : r.low + extra.best!, high: r.high === null ? null : r.high + extra.best! };
}

// "a total of 11", "the total for the protests is six", "20 in all", "nationwide": a sum over incidents, not one incident's toll
const TOTAL = /\b(?:a total of|the total|in total|in all|altogether|overall|nationwide|across the country)\b/i;
// "a wave of drone attacks across the region has killed 104", "a series of raids killed 30": acts in the
// plural summed, whose toll holds the one incident's told beside it ("killing 89 in Kalogi")
const WAVE = /\b(?:wave|series|spate|string|succession|campaign)\s+of\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|air strikes|raids|bombings|assaults|killings|shelling|drone strikes)\b/i;
// "four people were shot dead in the country's two largest cities", "killed in different parts of the country": a
// toll told over several places sums the incidents at each
const SEVERAL_PLACES = /\b(?:in|across|at)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:different|various|several|many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w'’-]+\s+)?(?:parts|cities|towns|villages|provinces|regions|districts|states|areas|locations|places|sites)\b/i;
const widerToll = (m: Mention, location: Place): boolean =>
  (manyActs(m) && !!m.place && m.place.geo_precision > location.geo_precision && m.place.name !== location.name) || pluralActsToll(m, location) || TOTAL.test(m.sentence.text) || WAVE.test(m.sentence.text) || SEVERAL_PLACES.test(m.sentence.text) ||
  placelessProtests(m) || countryProtests(m, location) || !!m.listToll;
// x-plural-acts-toll: "four soldiers were killed in attacks on posts in Kalat and Kech", beside "one man lost his life"
// in the attack told at Kalat: strikes or attacks in the plural at no place or one no narrower than the event's sum
// the incidents told apart, so the figure told for the one incident wins ("clashes" are one fight told in the plural;
// "the death toll from the airstrikes in Hodeidah had risen to 14" is the incident's toll revised, newer than the first)
const pluralActsToll = (m: Mention, location: Place): boolean =>
  manyActs(m) && m.kind !== 'clash' && (!m.place || m.place.geo_precision >= location.geo_precision) && !m.rules.some((r) => TOLL_TOLD.has(r));
const TOLL_TOLD = new Set(['c-death-toll', 'c-toll-revised', 'c-number-rose', 'c-number-rose-hurt', 'c-put-toll']);
// "at least three people died in protests in Ivory Coast", beside "a young man died during a protest in Bonoua": protests
// in the plural told at the country of an event placed at a town are the country's wave, not the town's protest
const countryProtests = (m: Mention, location: Place): boolean =>
  !!m.place && m.place.geo_precision === 3 && location.geo_precision < 3 && pluralProtests(m);
// "At least 11 people killed during the protests": protests in the plural at no place of their own are a
// wave's, its toll summed over its towns (protests in one town are one protest: they name it)
export const placelessProtests = (m: Mention): boolean => !m.place && pluralProtests(m);
const pluralProtests = (m: Mention): boolean => CROWD_KINDS.has(m.kind) && /(?:protests|demonstrations|rallies|marches|riots)$/i.test(m.trigger);
// "Iranian strikes overnight killed 10 in Israel": acts in the plural; "a drone strike on a town in Amhara" is the one incident, its place vaguer
// (a crowd's "protests" are one protest however many streets it fills)
const manyActs = (m: Mention): boolean => !m.casualtyOnly && !CROWD_KINDS.has(m.kind) && /s$/i.test(m.trigger) && !/ss$/i.test(m.trigger);

/** ACLED names protest and riot crowds by country: "Protesters (Iraq)". */
/** "Protesters" the text named with no country are the event country's: "Protesters (Serbia)". */
function ofCountry(actor: Actor | null, country: string | null): Actor | null {
  if (!actor || !country || actor.type !== 'civilians' || !/^(Protesters|Rioters)$/.test(actor.name)) return actor;
  return { ...actor, name: `${actor.name} (${country})` };
}

export function crowd(type: EventType, country: string | null): Actor {
  const who = type === 'Riots' ? 'Rioters' : 'Protesters';
  return { name: country ? `${who} (${country})` : who, type: 'civilians', country: null, affiliations: [] };
}

/**
 * Gunmen killing villagers, opening fire on a concert hall or a plane (gunmen no one named, at no armed side
 * named) or raiding a village, or someone killed by no one named in no fight: an attack on civilians (ACLED Violence against civilians), not a battle. Heavier
 * weapons and acts that name one ("bombing") keep their own type, and a clash is a fight whoever is in it.
 */
const onCivilians = (m: Mention, actor2: Actor | null): boolean => loneAssault(m) || overranCivilians(m, actor2) ||
  (m.kind === 'kill' || (m.kind === 'attack' && (m.generic || m.weapon === 'small arms'))) && (!m.weapon || m.weapon === 'small arms') &&
  (actor2?.type === 'civilians' || (!actor2 && ((m.kind === 'kill' && MURDER.test(m.trigger)) || (m.rules[0] === 'a-open-fire' && (!m.actor1 || m.actor1.type === 'unknown')))));

/**
 * x-clash-on-civilians: "M23 elements made an incursion into the village and massacred the population",
 * "looting raids on the villages killed 38 civilians": an incursion or a bare act with a borrowed gun whose
 * only target is civilians (no crowd, none of its dead or hurt armed, no "clashes" told) fought no one: ACLED has no battle with an unarmed
 * side, so an armed side's act on them is an attack.
 */
const clashOnCivilians = (type: Pick<ArticleEvent, 'sub_event_type' | 'weapon'>, actor1: Actor | null, actor2: Actor | null, ms: Mention[]): boolean =>
  type.sub_event_type === 'Armed clash' && (!type.weapon || type.weapon === 'small arms') &&
  actor2?.type === 'civilians' && actor2.name.startsWith('Civilians') && actor1?.type !== 'civilians' &&
  !ms.some((m) => m.actor2 && m.actor2.type !== 'civilians' && m.actor2.type !== 'unknown') &&
  ms.every((m) => m.casualtyOnly || m.kind === 'attack' || m.kind === 'kill' || (m.kind === 'clash' && INTRUSION.test(m.trigger))) &&
  !ms.some((m) => ARMED_DEAD.test(`${m.fatalities?.text ?? ''} ${m.injured?.text ?? ''}`));
const ARMED_DEAD = /\b(?:soldiers?|troops|peacekeepers?|police(?:m[ae]n)?|officers?|gendarmes?|fighters?|militants?|rebels?|militiam[ae]n|servicem[ae]n|guards?|jawans?|attackers?|gunmen|assailants)\b/i;
// fight words that tell an armed side coming in, not two sides fighting ("clashes" with civilians named are a misread side)
const INTRUSION = /^(?:incursions?|overr(?:an|un)|ambush(?:ed|es)?)$/i;
const CIVILIAN_ATTACK = { event_type: 'Violence against civilians', sub_event_type: 'Attack' } as const;

/**
 * "Militants overran Kulo village, killing three": a village overrun with no armed side in it was raided, not fought over;
 * and an ambush of civilians ("bandits ambushed the village and wounded a woman", x-ambushed-civilians) is an attack on
 * them: who was ambushed decides, as ACLED types an ambush of a patrol a battle.
 */
const overranCivilians = (m: Mention, actor2: Actor | null): boolean => m.kind === 'clash' && (OVERRAN.test(m.trigger) || AMBUSHED.test(m.trigger)) &&
  actor2?.type === 'civilians' && (!m.actor2 || m.actor2.type === 'civilians') && (!m.weapon || m.weapon === 'small arms');
const AMBUSHED = /^ambush(?:ed|es)?$/i;

/**
 * "A man assaulted her in central Copenhagen", "was punched by a 39-year-old man": one person's assault
 * with no weapon is no fight between armed sides but an attack on the one assaulted (ACLED Violence
 * against civilians / Attack).
 */
const loneAssault = (m: Mention): boolean => m.kind === 'attack' && !m.weapon && LONE_ATTACKER.test(m.sentence.text);
const LONE_ATTACKER = /\b(?:a|an)\s+(?:lone\s+|single\s+)?(?:\d+-year-old\s+|[a-z]+-year-old\s+)?(?:man|woman|teenager|teen|youth|boy|girl|assailant|attacker|knifeman)\s+(?:(?:who\s+)?(?:allegedly|reportedly|then|later)\s+)?(?:assaulted|attacked|punched|shoved|pushed|slapped|kicked|headbutted)\b|\b(?:assaulted|attacked|punched|shoved|pushed|slapped|kicked|headbutted)\s+by\s+(?:a|an)\s+(?:\d+-year-old\s+|[a-z]+-year-old\s+)?(?:man|woman|teenager|teen|youth|boy|girl|assailant|attacker)\b/i;

/**
 * "The village was bombed", "the shelling of the town": an act that is itself an explosive attack but names
 * no weapon is no fight. It used the explosive weapon the article names most, else it was shelling.
 */
const namesExplosiveOnly = (m: Mention): boolean => m.kind === 'attack' && !m.generic && !m.weapon;
const SHELLING = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', weapon: null } as const;
/**
 * x-bombing-set-off: "the bombing at the university", "a bombing of a school bus": the noun names a bomb set
 * off there, not a gun or a shell, when the article names no explosive weapon (an army's bombing is from
 * the air: armyBomb). The verb ("rebels bombed the village"), "shelled", "bombarded" and "pounded" tell a
 * bombardment: shelling.
 */
const bombingAlone = (m: Mention): boolean => /^bombings?$/i.test(m.trigger);

/**
 * "An Israeli strike targeting a car", "the strikes on Thursday": a strike (the noun; "insurgents struck" may be a raid) that names no weapon is a blow from
 * afar, never a shooting, whoever it hit. It used the explosive weapon the article names most, else it came from the air.
 */
const bareStrike = (m: Mention): boolean => m.kind === 'attack' && m.generic && !m.weapon && /^strikes?$/i.test(m.trigger);
const AIR_STRIKE = { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', weapon: null } as const;

/**
 * "Israel hit the headquarters in Doha", "the army targeted a hideout": a state's armed forces that hit
 * or target a site with no weapon named strike it from afar, mostly from the air (gunmen who "hit a
 * checkpoint" may have stormed it; the police are no army).
 */
const stateStrike = (m: Mention, actor1: Actor | null): boolean => m.rules[0] === 'a-strike' && /^(hit|hits|hitting|targeted|targeting)$/i.test(m.trigger) &&
  stateArmy(actor1);
const stateArmy = (actor1: Actor | null): boolean => actor1?.type === 'state_military' && !actor1.name.startsWith('Police');

/** An armed group, or unnamed militants, whose strike with no weapon named is a raid on the ground. */
const groundRaider = (a: Actor | null): boolean => !!a && (isArmedGroup(a) || a.type === 'unknown');

/**
 * x-police-struck: "a police armoured car struck a delivery driver", "officers hit a man": the police fly no
 * strikes, and with no weapon and no armed side named the one they struck was a person they hurt (ACLED
 * Violence against civilians), not a foe in a fight.
 */
const policeStruck = (m: Mention, actor1: Actor | null, actor2: Actor | null): boolean => strikeWordAlone(m) &&
  actor1?.type === 'state_military' && !stateArmy(actor1) && (!actor2 || actor2.type === 'civilians');

/**
 * "The junta bombed a monastery", "army bombs hit the market", "the military's bombing of the village": a
 * bomb, or a bombing that names no weapon, of a state's armed forces was dropped from the air (armies
 * bomb from aircraft and drones; they plant no roadside bombs), whatever the article's other weapons.
 */
// (a bombing told in an "after" clause is an earlier act: the army of the main clause did not set it off)
const armyBomb = (m: Mention, type: Pick<ArticleEvent, 'weapon' | 'event_type'>, actor1: Actor | null): boolean => stateArmy(m.antecedent ? m.actor1 : actor1) &&
  (type.weapon === 'bomb' || (!m.weapon && /^bomb(ed|ing|ings|s)?$/i.test(m.trigger) && type.event_type === 'Explosions/Remote violence'));

/**
 * x-explosion-struck: "a further explosion hit the old tax centre", "five sites were targeted by explosions":
 * a bare strike word whose striker is an explosion names an explosive act with no weapon. It used the
 * explosive weapon the article names most, else it was a bomb set off there (no fight, no shooting).
 */
const explosionStruck = (m: Mention): boolean => (strikeWordAlone(m) || killedAlone(m)) &&
  (EXPLOSION_BEFORE.test(m.sentence.text.slice(Math.max(0, m.triggerIndex - 40), m.triggerIndex)) ||
    EXPLOSION_AFTER.test(m.sentence.text.slice(m.triggerIndex + m.trigger.length, m.triggerIndex + m.trigger.length + 30)));
const EXPLOSION_BEFORE = /\b(?:explosions?|blasts?)\b[^.;,:]*$/i;
const EXPLOSION_AFTER = /^\s+(?:by|in|when)\s+(?:(?:an?|the|two|three|several|multiple|[\w-]+)\s+){0,2}(?:explosions?|blasts?)\b/i;
/**
 * x-explosion-killed: "an explosion killed three people at a market", "two soldiers were killed in a blast":
 * a killing whose killer is an explosion, no weapon named, was no shooting and no fight: the bomb set off there.
 */
const killedAlone = (m: Mention): boolean => m.kind === 'kill' && !m.weapon;
const EXPLOSIVE_DEVICE = { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', weapon: null } as const;

/**
 * x-remote-acts-weapon: "US strikes hit Houthi sites ... the aggression launched raids on Sanaa", "explosions
 * hit villas ... the attacks were carried out in five villages": strikes and explosions that name no weapon
 * still say how their side fights, from afar; a bare act of that side (of no side named, the article's) was
 * one of them, not a fight. Counted only when the article names no weapon (pipeline attackerWeapon), and
 * only for an attack: a bare killing is told of any fight.
 */
export function remoteActType(m: Mention): WeaponType | null {
  if (bareStrike(m)) return AIR_STRIKE;
  if (explosionStruck(m)) return EXPLOSIVE_DEVICE;
  return null;
}

/**
 * x-strike-own-weapon: "Turkey struck PKK targets after the gunmen's attack in Ankara", "US strikes on the
 * port" in a report of Houthi missiles: a state army's strike that names no weapon used its own arms (the
 * article's other acts of it name them), never the rifles or missiles of the side it struck back at.
 * Other bare acts ("an attack", "killed") still read the article's most named weapon: a report of one
 * fight names its weapon once and its acts many times.
 */
const strikeFromAfar = (m: Mention, actor1: Actor | null): boolean => strikeWordAlone(m) && stateArmy(actor1);
/** A strike word ("struck", "hit", "targeted") with no weapon named. */
const strikeWordAlone = (m: Mention): boolean => m.rules[0] === 'a-strike' && !m.weapon;

function eventType(m: Mention, actor1: Actor | null, actor2: Actor | null, d: ArticleDefaults): Pick<ArticleEvent, 'event_type' | 'sub_event_type' | 'weapon'> {
  const type = typeOfAct(m, actor1, actor2, d);
  return armyBomb(m, type, actor1) ? { ...AIR_STRIKE, weapon: type.weapon } : type;
}

/*
 * x-no-borrowed-bomber (in typeOfAct): "A suicide bomber killed nine at a mosque ... Soldiers killed three militants
 * on Sunday": a suicide bombing is always told as one (the bomber dies in it), so a bare killing elsewhere in the
 * story, with no weapon of its own, was not one and does not borrow the article's suicide bomb.
 */
function typeOfAct(m: Mention, actor1: Actor | null, actor2: Actor | null, d: ArticleDefaults): Pick<ArticleEvent, 'event_type' | 'sub_event_type' | 'weapon'> {
  // a bare killing is told of any fight; a bare attack or raid is the act of a side, done as its others were
  const told = d.weaponOf(actor1, strikeFromAfar(m, actor1), m.kind === 'attack');
  const weapon = m.kind === 'kill' && told?.sub_event_type === 'Suicide bomb' ? null : told;
  const remote = remoteActType(m);
  if (remote) return weapon?.event_type === 'Explosions/Remote violence' ? { ...weapon } : remote;
  if (onCivilians(m, actor2)) return { event_type: 'Violence against civilians', sub_event_type: 'Attack', weapon: m.weapon };
  if (namesExplosiveOnly(m)) return weapon?.event_type === 'Explosions/Remote violence' ? { ...weapon } : bombingAlone(m) ? EXPLOSIVE_DEVICE : SHELLING;
  if (m.weapon || !m.generic || m.kind === 'clash') return { event_type: m.event_type, sub_event_type: m.sub_event_type, weapon: m.weapon };
  if (actor2?.type === 'civilians' || policeStruck(m, actor1, actor2)) return { event_type: 'Violence against civilians', sub_event_type: 'Attack', weapon: null };
  if (weapon) return { ...weapon };
  // "struck" with no weapon named is, in conflict reporting, a strike from the air; but militants or a
  // militia that "struck a checkpoint" with no weapon named raided it on the ground (x-group-struck)
  if ((/^(struck|striking)$/i.test(m.trigger) && !groundRaider(actor1)) || stateStrike(m, actor1)) return AIR_STRIKE;
  return { event_type: 'Battles', sub_event_type: 'Armed clash', weapon: null };
}

function pickDate(ms: Mention[], d: ArticleDefaults, at: Place): DateSpan {
  // a day the text says beats one inferred ("after X": the day before its main clause); a day given the
  // act beats the day something was said of it ("the attack on Saturday" over "officials said on Sunday")
  // d-counted-no-day: a count of acts over a period ("129 violations since last week") dates the period,
  // not the incident it joined, which keeps its own day (or the report's); a count told of one day
  // ("the base attacked last night") dates it
  const period = (m: Mention) => m.counted && !!m.date && m.date.precision > 1;
  const acts = ms.some((m) => !period(m)) ? ms.filter((m) => !period(m)) : ms;
  const withDate = acts.filter((m) => m.date);
  const own = withDate.some((m) => !m.dateSaid) ? withDate.filter((m) => !m.dateSaid) : withDate;
  // the day the incident is told by name in a sentence of no act ("the blast went off on Wednesday", d-retold-day)
  // beats a day it was only said on
  const retold = own.every((m) => m.dateSaid) ? d.retoldDay(at) : null;
  if (retold) return retold;
  // a day counted from publication for want of another (d-loose-same-day) yields to any day stated
  const all = (own.some((m) => !m.dateLoose) ? own.filter((m) => !m.dateLoose) : own).map((m) => m.date!);
  const dated = all.some((x) => x.text) ? all.filter((x) => x.text) : all;
  if (dated.length) return dated.reduce((best, x) => (x.precision < best.precision || (x.precision === best.precision && width(x) < width(best)) ? x : best));
  // no day given: the day the story has just named, when it is recent ("this afternoon ... During that
  // call, the President directed strikes"); otherwise the day of publication or the day before, the
  // report's own day most likely
  // an act told with no day after the days of its protest wave happened during the wave (d-wave-span)
  const wave = d.waveAt(ms[0]!.sentence.index);
  if (wave) return wave;
  const recent = d.dayAt(ms[0]!.sentence.index);
  if (recent && recent.precision === 1 && recent.date >= addDays(d.published, -1)) return recent;
  const before = addDays(d.published, -1);
  return { date: d.reportDay, earliest: d.reportDay < before ? d.reportDay : before, latest: d.published, precision: 1, text: null };
}

const width = (s: DateSpan): number => Date.parse(s.latest) - Date.parse(s.earliest);

function pickActor(actors: Array<Actor | null>): Actor | null {
  const named = actors.filter((a): a is Actor => !!a);
  return named.find((a) => a.type !== 'unknown') ?? named[0] ?? null;
}

/**
 * x-battle-armed-target: "gunmen attacked ... several people died ... seven agents of the armed forces were also
 * killed": a battle is fought with an armed side, so where the acts named only civilians as hit but a mention
 * (a toll too) names a force or armed group as hit, that side is the target (ACLED's actor2) and the civilians
 * killed stay in the toll.
 */
export const armedVictim = (ms: Mention[]): Actor | null =>
  ms.map((m) => m.actor2).find((a): a is Actor => !!a && a.type !== 'unknown' && a.type !== 'civilians' && isArmedSide(a)) ?? null;

function uniqueActors(actors: Actor[], main: Actor | null): Actor[] {
  const seen = new Set(main ? [main.name] : []);
  return actors.filter((a) => !seen.has(a.name) && seen.add(a.name));
}

function focusCountry(focus: string[]) {
  const c = countryByCode(focus[0]);
  return c ? countryPlace(c) : null;
}
