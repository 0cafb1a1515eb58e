// Protests and riots the ACLED way: the crowd is actor1 and the police who step in are actor2; what
// happened beyond the gathering (data/lexicons/crowd-acts.tsv) decides the sub-event type.
import { CROWD_NOUNS, PEOPLE_NOUNS, matchAll } from '../extract/lexicon.js';
import { someHarm } from '../extract/mentions.js';
import { governmentOf, isArmedGroup, policeForces } from '../resolve/actor/dictionary.js';
import { barePolice } from '../resolve/actor/find-actors.js';
import { civilians } from '../extract/rules/roles.js';
import type { Actor, ActorMatch, ArticleEvent, Mention, Range, Sentence } from '../types.js';

type Kind = 'intervention' | 'lethal' | 'death' | 'violence' | 'fight' | 'mob';
type Shape = Pick<ArticleEvent, 'event_type' | 'sub_event_type' | 'weapon'>;

export interface CrowdSides {
  type: Shape;
  actor1: Actor | null;
  actor2: Actor | null;
}

/** What the crowd rules read of one event: its shape so far, its mentions, its sides and toll, and what its sentences tell the crowd did. */
export interface CrowdFrame {
  shape: Shape;
  ms: Mention[];
  actor1: Actor | null;
  actor2: Actor | null;
  fatalities: Range | null;
  /** violence no side is named for in a report of unrest (reconcile: sidelessViolence) */
  crowdViolence: boolean;
  kinds: Set<Kind>;
  /** the state force facing the crowd, once the event is a protest or riot */
  state: Actor | null;
}

/** A named crowd rule: the first in its list that gives a shape decides. */
export interface CrowdRule {
  id: string;
  reason: string;
  apply: (f: CrowdFrame) => Shape | null;
}

const crowdThere = (f: CrowdFrame): boolean => f.ms.some((m) => m.kind === 'protest' || m.kind === 'riot');

/** Is the act a protest or riot at all? A battle or an attack may be one; the first rule that says so wins. */
export const CROWD_TYPE_RULES: CrowdRule[] = [
  { id: 'x-sideless-violence', reason: '"shops were looted" in a report of unrest, with no side named: the crowd\'s violence, a riot', apply: (f) => (f.crowdViolence ? RIOT : null) },
  {
    id: 'x-crowd-clash', reason: '"a clash between protesters and police", "protesters clashed with": a crowd as a party of the clash riots, it fights no battle',
    apply: (f) => (f.shape.event_type === 'Battles' && f.ms.some(crowdFights) ? RIOT : null),
  },
  {
    id: 'x-people-clash', reason: '"clashes with party supporters", "students clashed with residents": people who are no armed side, in a clash that names no armed side or heavier weapon than guns, riot',
    apply: (f) => (f.shape.event_type === 'Battles' && f.ms.some(peopleFight) && [f.actor1, f.actor2].every(noPartyNamed) && !heavy(f.shape.weapon) ? RIOT : null),
  },
  {
    id: 'x-unarmed-clash-at-protest', reason: 'clashes told with a protest, when no armed group or heavier weapon than guns is named in them, are a riot',
    apply: (f) => (f.shape.event_type === 'Battles' && crowdThere(f) && !isArmed(f.actor1) && !isArmed(f.actor2) && (!f.shape.weapon || f.shape.weapon === 'small arms') ? RIOT : null),
  },
  {
    id: 'x-people-fight-police', reason: '"youths clashed with police": people who are no armed group fighting the police riot, in any country',
    apply: (f) => (f.shape.event_type === 'Battles' && f.kinds.has('fight') && !isArmedSide(f.actor1) && !heavy(f.shape.weapon) ? RIOT : null),
  },
  {
    id: 'x-killed-at-protest', reason: 'a killing told with the protest it happened at, by the police or no one named, is the protest\'s',
    apply: (f) => (killedAtProtest(f.shape, f.ms, f.actor1, f.fatalities, f.kinds) ? PROTEST : null),
  },
];

/** A protest's or riot's sub-event type, from what happened beyond the gathering; the first rule that says wins. */
export const CROWD_SUB_EVENT_RULES: CrowdRule[] = [
  {
    id: 'x-mob-violence', reason: 'a crowd that lynches or beats people it suspects, told with no protest, is a mob, not demonstrators (ACLED: mob violence)',
    apply: (f) => (f.shape.event_type === 'Riots' && mobJustice(f.kinds, f.ms) ? MOB : null),
  },
  {
    id: 'x-crowd-violence', reason: 'a crowd that burns, loots, throws stones or fights the police, or kills police, riots (ACLED: violent demonstration)',
    apply: (f) => (f.kinds.has('violence') || f.ms.some(forcesKilled) ? RIOT : null),
  },
  { id: 'x-riot-kept', reason: 'a riot stays a riot whatever the police did', apply: (f) => (f.shape.event_type === 'Riots' ? f.shape : null) },
  {
    // its dead, not the police's (above), fell to force against it (not the dead it was held over: "protested after the mayor was shot dead")
    id: 'x-excessive-force', reason: 'a protest that "turned deadly", live fire at the crowd, or dead where the police stepped in: excessive force against protesters',
    apply: (f) => (f.kinds.has('lethal') || (f.ms.some(deadHere) && (f.kinds.has('intervention') || f.kinds.has('death') || !!f.state)) || f.ms.some(diedThere) ? EXCESSIVE_FORCE : null),
  },
  { id: 'x-intervention', reason: 'tear gas, dispersal or arrests: the police intervened', apply: (f) => (f.kinds.has('intervention') ? INTERVENTION : null) },
];

const mobJustice = (kinds: Set<Kind>, ms: Mention[]): boolean => kinds.has('mob') && !ms.some((m) => m.kind === 'protest');

/**
 * The riot that violence given to a crowd after the fact makes (article-sides, x-rioters-riot): "two men were
 * beaten to death on suspicion of theft" in a report of unrest is a mob's, by x-mob-violence, not demonstrators'.
 */
export const crowdViolenceShape = (ms: Mention[]): Shape => (mobJustice(crowdActs(ms), ms) ? MOB : RIOT);

const firstShape = (rules: CrowdRule[], f: CrowdFrame): Shape | null => {
  for (const rule of rules) {
    const shape = rule.apply(f);
    if (shape) return shape;
  }
  return null;
};

/** A protest or riot event's type and sides, from what its sentences say the crowd and the police did. */
export function crowdEvent(shape: Shape, ms: Mention[], actor1: Actor | null, actor2: Actor | null, fatalities: Range | null, crowdViolence = false, where: Where | null = null, wave: Mention[] = []): CrowdSides {
  // (the part of a wave's sentence told of another of its places is that place's: x-wave-own-part)
  const apart = wavePlaces(wave, ms);
  const kinds = new Set([...crowdActs(ms, apart), ...[...crowdActs(wave, apart, false)].filter((k) => WAVE_KINDS.has(k))]);
  const frame: CrowdFrame = { shape, ms, actor1, actor2, fatalities, crowdViolence, kinds, state: null };
  const type = firstShape(CROWD_TYPE_RULES, frame) ?? shape;
  if (type.event_type !== 'Protests' && type.event_type !== 'Riots') return { type, actor1, actor2 };
  // "Police fired tear gas at protesters": the police intervened; they are the crowd's counterpart
  // (the police before an army: "clashes between the supporters and police killed six security personnel")
  const forces = [actor1, actor2, ...ms.flatMap((m) => [m.actor1, m.actor2])].filter(isStateForce);
  const police = forces.find(isPolice) ?? null;
  const state = police ?? (forces.length ? policeThere(ms, where, !armyNamed(ms, where)) ?? forces[0]! : null);
  // the crowd acts; whoever the police acted on was the crowd itself
  const sub = firstShape(CROWD_SUB_EVENT_RULES, { ...frame, shape: type, state }) ?? type;
  const sides = { actor1: isStateForce(actor1) ? null : actor1, actor2: state ?? (actor2?.type === 'civilians' ? null : actor2) ?? riotTarget(sub, ms, where) ?? policeThere(ms, where) };
  // reconcile names the civilians after the event's country
  return { type: sub, actor1: sides.actor1, actor2: mobTarget(sub, sides.actor2, null) };
}

/**
 * x-riot-target: what a riot stormed, burned or looted (data/lexicons/riot-targets.tsv), named right after the
 * crowd's act in a sentence that names no police: a house of the state ("stormed the parliament building",
 * "set fire to the governor's residence") makes the government its actor2, as ACLED codes it; people's homes
 * and businesses ("looted shops") make civilians its actor2, unless the crowd fought the police, who then
 * stay its counterpart. Police named in the crowd's clauses come first (crowdEvent).
 */
// the crowd's act on the target, right before its name: "stormed the", "set fire to the prime minister's"
const TARGET_VIOLATED = /\b(storm(?:ed|ing|s)?|torch(?:ed|ing)?|burn(?:ed|t|ing)?|set\s+fire\s+to|set\s+ablaze|attack(?:ed|ing)?|ransack(?:ed|ing)?|loot(?:ed|ing)?|vandali[sz](?:ed|ing)|br(?:oke|eaking)\s+into|breach(?:ed|ing)?|forc(?:ed|ing)\s+(?:their|its)\s+way\s+into|invad(?:ed|ing)|ston(?:ed|ing)|pelt(?:ed|ing)|smash(?:ed|ing)|wreck(?:ed|ing)|(?:tried|attempted|trying|attempting)\s+to\s+storm)\s+(?:(?:the|a|an|at|into)\s+)?(?:\S+\s+){0,3}$/i;
// the target told before the crowd's act, in the passive: "shops were looted", "businesses also being looted"
const VIOLATED_PASSIVE = /^\s+(?:(?:also|\w+ly)\s+)?(?:were|was|are|is|being|been|had\s+been|have\s+been|has\s+been|got)\s+(?:(?:also|\w+ly)\s+)?(?:looted|ransacked|torched|burned|burnt|set\s+(?:on\s+fire|ablaze)|vandali[sz]ed|stormed|attacked|smashed|wrecked|broken\s+into|pillaged)\b/i;
function riotTarget(type: Shape, ms: Mention[], where: Where | null): Actor | null {
  if (type.event_type !== 'Riots' || !where?.country) return null;
  const policeFacing = (m: Mention): boolean => where.actorsIn(m.sentence).some((a) => isPolice(a.actor) || barePolice(a, true));
  const targets = new Set(ms.filter((m) => !policeFacing(m)).flatMap((m) => {
    const act = m.sentence.text.slice(m.triggerIndex);
    const after = matchAll('riot-targets', act.split(/[.;]/)[0]!.slice(0, 140))
      .filter((t) => TARGET_VIOLATED.test(act.slice(Math.max(0, t.index - 60), t.index)));
    // x-riot-target-passive: "businesses were looted", anywhere in the crowd's sentence up to its act's clause
    const told = m.sentence.text.slice(0, m.triggerIndex + 40);
    const before = matchAll('riot-targets', told).filter((t) => VIOLATED_PASSIVE.test(told.slice(t.index + t.text.length)));
    return [...after, ...before].map((t) => t.rule.fields[0]);
  }));
  if (targets.has('government')) return governmentOf(where.country) ?? null;
  return targets.has('civilians') && !ms.some((m) => m.kind === 'clash') ? civilians(null) : null;
}

/**
 * x-mob-victims: "a mob beat two men to death on suspicion of theft": those a mob punished are no crowd
 * facing it but its target, civilians (ACLED codes mob justice on suspects so), when no force or side is
 * named; any other shape keeps its target.
 */
export const mobTarget = (shape: Shape | null, actor2: Actor | null, country: string | null): Actor | null =>
  shape?.sub_event_type === MOB.sub_event_type ? actor2 ?? civilians(country) : actor2;

/**
 * x-wave-acts: "protests in Maputo, Nampula and Zambezia ... fighting broke out between officers and
 * protesters": one sentence's crowds split by place are one wave, and the violence of its crowds, or live
 * fire at them, told of any of its places marks each (the acts only; each place keeps its own dead, and
 * arrests or tear gas at one place stay there: WAVE_KINDS). The mentions of every other crowd group that
 * shares a sentence with a crowd group, by group.
 */
export function waveMates<G extends { mentions: Mention[] }>(groups: G[]): Map<G, Mention[]> {
  const crowds = groups.filter((g) => g.mentions.some(isCrowdAct));
  const mates = new Map<G, Mention[]>();
  for (const g of crowds) {
    const own = new Set(g.mentions.map((m) => m.sentence));
    const shared = crowds.filter((o) => o !== g && o.mentions.some((m) => own.has(m.sentence)));
    if (shared.length) mates.set(g, shared.flatMap((o) => o.mentions));
  }
  return mates;
}
const isCrowdAct = (m: Mention): boolean => m.kind === 'protest' || m.kind === 'riot';
// what marks the whole wave: its crowds rioting, or fired on; arrests and tear gas at one place are that place's
const WAVE_KINDS = new Set<Kind>(['violence', 'lethal']);

/**
 * "The protesters blocked the highway ... the police fired live shots, killing the young man": a killing told
 * with the protest it happened at, by the police or by no one named (not by gunmen), is the protest's, and
 * the force used against it decides its type below.
 */
const killedAtProtest = (shape: Shape, ms: Mention[], actor1: Actor | null, fatalities: Range | null, kinds: Set<Kind>): boolean =>
  shape.sub_event_type === 'Attack' && someHarm(fatalities) && ms.some((m) => m.kind === 'protest' || m.kind === 'riot') &&
  !isArmedSide(actor1) && (isStateForce(actor1) || kinds.has('lethal') || kinds.has('death') || ms.some((m) => isStateForce(m.actor1)));

// "four paramilitary personnel and two policemen have been killed" at a protest: the crowd's violence, not force against it
// (the dead named as the act's victims, r-victims; not the police a clash was with)
const forcesKilled = (m: Mention): boolean => m.rules.includes('r-victims') && isStateForce(m.actor2) && someHarm(m.fatalities);

// a toll told at the crowd's gathering (not one pointed back to, nor a count someone keeps: x-kept-count)
const diedThere = (m: Mention): boolean => !m.antecedent && deadHere(m);
const deadHere = (m: Mention): boolean => someHarm(m.fatalities) && !keptCount(m);

/**
 * x-kept-count: "The UN rights office has reported at least 22 people dead", "one family has lost four
 * members": a bare toll that is the object of a verb in the present perfect is a count someone keeps (a
 * wave's running sum, a loss recalled), not the dead of this gathering, so it is no sign of lethal force at
 * it. ("Ten people have been killed", the perfect passive, is the incident's own toll: j-perfect-toll.)
 */
function keptCount(m: Mention): boolean {
  const told = m.fatalities?.text;
  const at = told ? m.sentence.text.indexOf(told) : -1;
  return !!m.casualtyOnly && at >= 0 && KEPT_BY.test(m.sentence.text.slice(0, at) + told!.split(/\s/)[0]);
}
// "has reported" + the toll, or "has" + the toll's own verb ("has lost four")
const KEPT_BY = /\b(?:has|have)\s+(?:\w+ly\s+)?(?!been\b)\w+(?:\s+\S+)?$/i;

/**
 * "demonstrators and police clashed in Toulouse", "fireworks were fired at gardaí": the police that the
 * sentences of a protest or riot name were there, facing the crowd, though no clause made them a side
 * (`x-police-there`). Only police: an army named beside a crowd may be anywhere. Where its sentences name
 * soldiers or an army, "security forces" are those, not police (`securityToo` false, x-named-force-first).
 */
function policeThere(ms: Mention[], where: Where | null, securityToo = true): Actor | null {
  if (!where) return null;
  for (const sentence of new Set(ms.map((m) => m.sentence))) {
    for (const a of where.actorsIn(sentence)) {
      if (isPolice(a.actor)) return a.actor;
      // "security forces" facing a crowd are its police, as in the crowd's own sentence (resolveBareForces)
      const own = barePolice(a, securityToo) && where.country ? policeForces(where.country) : undefined;
      if (own) return own;
    }
  }
  return null;
}

/** The sentences of a crowd event name an army by a word other than "security forces" ("Nigerian soldiers"). */
const armyNamed = (ms: Mention[], where: Where | null): boolean =>
  !!where && [...new Set(ms.map((m) => m.sentence))].some((s) => where.actorsIn(s).some((a) => isStateForce(a.actor) && !isPolice(a.actor) && !barePolice(a, true)));

/** Where a crowd event happened: its country, and the actors each of its sentences names (found once per article). */
export interface Where {
  country: string | null;
  actorsIn: (s: Sentence) => ActorMatch[];
}

const RIOT: Shape = { event_type: 'Riots', sub_event_type: 'Violent demonstration', weapon: null };
const MOB: Shape = { event_type: 'Riots', sub_event_type: 'Mob violence', weapon: null };
const PROTEST: Shape = { event_type: 'Protests', sub_event_type: 'Peaceful protest', weapon: null };
const EXCESSIVE_FORCE: Shape = { event_type: 'Protests', sub_event_type: 'Excessive force against protesters', weapon: null };
const INTERVENTION: Shape = { event_type: 'Protests', sub_event_type: 'Protest with intervention', weapon: null };

/**
 * What the mentions' sentences tell the crowd did (data/lexicons/crowd-acts.tsv): stepped in, killed, turned violent.
 * Apart from the parts of a sentence told of other places (`apart`: the wave's other places).
 */
export function crowdActs(ms: Mention[], apart: string[] = [], own = true): Set<Kind> {
  const texts = new Set(ms.flatMap((m) => ownParts(m, apart, own)));
  return new Set([...texts].flatMap((s) => matchAll('crowd-acts', s).map((c) => c.rule.fields[0] as Kind)));
}

/**
 * x-wave-own-part: "In Naples, protesters forced their way into the station; in Livorno, an entrance to the
 * port was blocked": a sentence whose parts, split at semicolons, tell of different places of one wave gives
 * each place its own part and the parts that name none of the others ("protesters blocked the road; police
 * fired tear gas" is one crowd's). A wave mate's own part (`own` false) is its place's.
 */
function ownParts(m: Mention, apart: string[], own: boolean): string[] {
  const parts = m.sentence.text.split(';');
  if (parts.length < 2 || !apart.length) return [m.sentence.text];
  let start = 0;
  return parts.filter((part) => {
    const told = own && m.triggerIndex >= start && m.triggerIndex < start + part.length;
    start += part.length + 1;
    return told || !apart.some((name) => part.includes(name));
  });
}

/** The places of a crowd's wave mates that are not its own. */
const wavePlaces = (wave: Mention[], ms: Mention[]): string[] => {
  const own = new Set(ms.map((m) => m.place?.name));
  return [...new Set(wave.map((m) => m.place?.name).filter((n): n is string => !!n && !own.has(n)))];
};

const isStateForce = (a: Actor | null): a is Actor => !!a && a.type === 'state_military';
const isPolice = (a: Actor): boolean => a.name.startsWith('Police Forces of');
const isArmed = (a: Actor | null): boolean => !!a && (isArmedGroup(a) || (a.type === 'state_military' && !a.name.startsWith('Police')));

// a crowd as a party of the clash: "clashes between quota protesters and ...", "protesters clashed with"
// "clashes between security forces and demonstrators"
const CROWD_AFTER = new RegExp(String.raw`^\s+(between|with|involving)\s+([\w-]+\s+){0,3}${CROWD_NOUNS}\b`, 'i');
const CROWD_BEFORE = new RegExp(String.raw`\b${CROWD_NOUNS}\s+([\w-]+\s+){0,2}$`, 'i');
const afterAct = (m: Mention): string => m.sentence.text.slice(m.triggerIndex + m.trigger.length);
const beforeAct = (m: Mention): string => m.sentence.text.slice(Math.max(0, m.triggerIndex - 40), m.triggerIndex);
const crowdFights = (m: Mention): boolean => m.kind === 'clash' && (CROWD_AFTER.test(afterAct(m)) || CROWD_BEFORE.test(beforeAct(m)));
// "setting off clashes with party supporters", "Tekin's supporters clashed with other party members": the
// people after the clash's "with" or "between", or the subject of "clashed" (not "residents described clashes")
const PEOPLE_AFTER = new RegExp(String.raw`^\s+(between|with|involving)\s+([\w'’-]+\s+){0,3}${PEOPLE_NOUNS}\b`, 'i');
const PEOPLE_SUBJECT = new RegExp(String.raw`\b${PEOPLE_NOUNS}\s+((of|from)\s+([\w'’.-]+\s+){1,4}?)?(\w+ly\s+|also\s+|then\s+)?$`, 'i');
// the clash's sides name no group, army or party: only the police, civilians, or no one
const noPartyNamed = (a: Actor | null): boolean => !a || a.type === 'civilians' || (isStateForce(a) && !isArmed(a));
const FOUGHT = /^(clashed|fought|battled|scuffled|brawled)$/i;
const peopleFight = (m: Mention): boolean => m.kind === 'clash' && (PEOPLE_AFTER.test(afterAct(m)) || (FOUGHT.test(m.trigger) && PEOPLE_SUBJECT.test(beforeAct(m))));

/**
 * x-reports-unrest, the one test of a report of unrest, read by reconcile (violence no armed side is named
 * in is a crowd's) and by article-sides (no police lent to arson, rioters for looting no one is named for):
 * acts of crowds are told more often than acts of armed sides, armies among them, or of heavy weapons (a
 * war report that mentions a protest is not one). An armed group named in an incident's own sentences
 * keeps that incident from the crowd (reconcile).
 */
export function reportsUnrest(ms: Mention[]): boolean {
  const acts = ms.filter((m) => !m.casualtyOnly);
  const crowds = acts.filter((m) => m.kind === 'protest' || m.kind === 'riot').length;
  return crowds > 0 && crowds > acts.filter((m) => isArmedSide(m.actor1) || heavy(m.weapon)).length;
}

/**
 * "In Biougra, a bank was ransacked and shops were vandalised", "clashes in Rocha Pinto", "gunfire and
 * explosions overnight", "13 policemen were beaten to death": in a report of unrest, a clash, attack, arson,
 * looting or explosion, or a killing of state forces, that names no armed side, no state attacker and no weapon heavier than guns is the crowd's
 * violence, a riot. (A raid is the police's.)
 */
export const sidelessViolence = (m: Mention, actor1: Actor | null, actor2: Actor | null): boolean =>
  (m.kind === 'clash' || (CROWD_VIOLENCE_ACTS.has(m.rules[0]!) && !/^raid/i.test(m.trigger)) || (m.kind === 'kill' && isStateForce(actor2))) && !heavy(m.weapon) &&
  !isArmedSide(actor1) && actor1?.type !== 'state_military' && !isArmedSide(actor2, false);

const CROWD_VIOLENCE_ACTS = new Set(['a-attack', 'a-arson', 'a-plunder', 'a-explosion']);

/**
 * Who burned or looted: the act's own agent. "A leisure centre was set on fire... Police fired baton rounds":
 * the police the incident's other sentences name came to stop it.
 */
export const violenceAgent = (m: Mention, named1: Actor | null): Actor | null => (PROPERTY_ACTS.has(m.rules[0]!) ? m.actor1 : named1);
const PROPERTY_ACTS = new Set(['a-arson', 'a-plunder']);
const heavy = (weapon: string | null): boolean => !!weapon && weapon !== 'small arms';
/** Armed groups, gunmen and armies (police face crowds; an army facing one, as actor2, is no sign of war). */
export const isArmedSide = (a: Actor | null, armies = true): boolean =>
  !!a && (isArmedGroup(a) || a.type === 'unknown' || (armies && isArmed(a)));

/**
 * x-turned-violent: "Thousands marched through Lyon on Tuesday ... In Lyon, protesters smashed shop windows
 * that day": a peaceful protest and a riot told at the same town on the same single day are one gathering that
 * turned violent, which ACLED codes once, as the riot (its mentions join the riot's group and the riot is read
 * again); so is a crowd the police dispersed or arrested there that day ("police fired tear gas to break up
 * the march" beside "protesters torched barricades"). The day is the one both are read on, with the same
 * span when the article leaves it uncertain ("Thursday" in a report of Friday morning). A march told as
 * earlier or as apart ("an earlier rally passed off peacefully", "another protest blocked the road") is one
 * of its own. (Lethal force against a crowd is often coded apart from the riot
 * beside it, so it is not joined.)
 */
export function turnedViolent<G extends { mentions: Mention[] }>(groups: G[], events: Array<ArticleEvent | null>,
  rebuild: (g: G) => ArticleEvent | null): { groups: G[]; events: Array<ArticleEvent | null> } {
  const gs = [...groups];
  const evs = [...events];
  evs.forEach((e, i) => {
    if (!e || !JOINS_RIOT.has(e.sub_event_type) || gs[i]!.mentions.some((m) => TOLD_APART.test(m.sentence.text))) return;
    const j = evs.findIndex((r) => r?.event_type === 'Riots' && sameTownThatDay(e, r));
    if (j < 0) return;
    const joined = { ...gs[j]!, mentions: [...gs[j]!.mentions, ...gs[i]!.mentions].sort((a, b) => a.sentence.index - b.sentence.index || a.triggerIndex - b.triggerIndex) };
    const riot = rebuild(joined);
    if (riot?.event_type !== 'Riots') return;
    gs[j] = joined;
    evs[j] = riot;
    evs[i] = null;
  });
  return { groups: gs, events: evs };
}
const JOINS_RIOT = new Set(['Peaceful protest', 'Protest with intervention']);
const TOLD_APART = /\b(earlier|separate(ly)?|elsewhere|another (protest|march|rally|demonstration))\b/i;
const sameTownThatDay = (a: ArticleEvent, b: ArticleEvent): boolean =>
  a.location.geo_precision < 3 && b.location.geo_precision < 3 && a.location.name === b.location.name &&
  a.date.precision === 1 && b.date.precision === 1 && a.date.date === b.date.date && a.date.latest === b.date.latest;
