// A refiner over one article's events: an incident whose attacker (or target) the sentence leaves
// unsaid takes it from the article's other incidents of the same kind, when they all agree. A report
// on a Russian drone wave names Russia once; its regional strikes share that attacker. Disagreement
// (two attackers in one article, as in strikes and counter-strikes) leaves the side to the incidents
// in the same country, when they agree. Whether the article reports unrest is its caller's one test
// (reportsUnrest, x-reports-unrest), the same that reconcile reads.
import { actorsCompatible, countryGroup, isArmedGroup as isGroup, isGenericGroup, lookupActor, policeForces, stateForces } from '../resolve/actor/dictionary.js';
import { BARE_MILITARY, BARE_POLICE } from '../resolve/actor/find-actors.js';
import { anyMatch } from '../extract/lexicon.js';
import { someHarm } from '../extract/mentions.js';
import { splitClauses } from '../extract/clauses.js';
import type { Actor, ActorMatch, ArticleEvent, Mention, Sentence } from '../types.js';
import { weaponsCompatible } from './compatibility.js';
import { crowd } from './reconcile.js';
import { crowdActs, crowdViolenceShape, mobTarget } from './crowd-events.js';

export function fillSidesFromArticle(events: ArticleEvent[], unrest: boolean): ArticleEvent[] {
  // attackers first, then targets from the attackers so filled: "a strike on Houthi sites" (no attacker
  // said) lends the United States named for the raids on Sanaa and Saada, and then lends them its target
  const attackers = events.map((e, i) => {
    if (e.actor1 || (unrest && crowdViolence(e) && crowdActs(e.mentions).has('violence'))) return e;
    const agreeing = alike(events, e, i).filter((f) => (!e.actor2 || !f.actor2 || f.actor2.name === e.actor2.name) && !hitsItsOwn(f.actor1, e.actor2));
    // strikes and counter-strikes: the attackers of the incidents on the same country's ground
    const here = (f: ArticleEvent) => f.location.country_code === e.location.country_code;
    const actor1 = unanimous(namedOverGeneric(agreeing.map((f) => f.actor1))) ?? unanimous(namedOverGeneric(agreeing.filter(here).map((f) => f.actor1))) ??
      // "Russian forces fired cruise missiles at Odesa... strikes on the Kharkiv region used Shahed drones": one
      // attacker of every incident on that country's ground, whatever its weapon, was this one's too
      unanimous(alike(events, e, i, true).filter((f) => here(f) && !hitsItsOwn(f.actor1, e.actor2)).map((f) => f.actor1));
    return actor1 ? { ...e, actor1 } : e;
  });
  return attackers.map((e, i) => {
    const { actor1 } = e;
    if (e.actor2 || !actor1) return e;
    // a campaign's attacker crosses borders; its target is only lent within one country, first by the
    // incidents of a like weapon, then by all of that attacker's there (missiles on Odesa, drones on Kharkiv)
    const sameSide = (anyWeapon: boolean) =>
      unanimous(alike(attackers, e, i, anyWeapon).filter((f) => f.actor1?.name === actor1.name && f.location.country_code === e.location.country_code).map((f) => f.actor2));
    const actor2 = sameSide(false) ?? sameSide(true);
    return actor2 ? { ...e, ...(bareActOn(e, actor2) ? CIVILIAN_ATTACK : {}), actor2 } : e;
  });
}

/**
 * x-lent-civilians: "Fano attacked the village ... the assault left an official wounded", beside the same
 * attacker's killings of civilians: a bare attack or killing, no weapon and no fight named, was typed a
 * battle only for want of a target; lent civilians, it is an attack on them, as reconcile types one that
 * names them, when it killed or hurt people and none of them armed ("the attack wounded a peacekeeper" was on
 * the forces; an attack that hurt no one tells nothing of whom it was aimed at).
 */
const bareActOn = (e: ArticleEvent, target: Actor): boolean => target.type === 'civilians' && e.sub_event_type === 'Armed clash' && !e.weapon && (someHarm(e.fatalities) || someHarm(e.injured)) &&
  e.mentions.every((m) => m.casualtyOnly || ((m.kind === 'attack' || m.kind === 'kill') && m.generic && !m.weapon)) &&
  !e.mentions.some((m) => ARMED_HIT.test(`${m.fatalities?.text ?? ''} ${m.injured?.text ?? ''}`));
const ARMED_HIT = /\b(?:soldiers?|troops|peacekeepers?|police(?:m[ae]n)?|officers?|gendarmes?|fighters?|militants?|rebels?|militiam[ae]n|servicem[ae]n|guards?|jawans?)\b/i;
const CIVILIAN_ATTACK = { event_type: 'Violence against civilians', sub_event_type: 'Attack' } as const;

/**
 * A strike on Kataib Hezbollah is no act of the Iran-backed militias it belongs to: an attacker is not lent
 * to an incident whose target is that attacker, one of its groups or its umbrella.
 */
const hitsItsOwn = (attacker: Actor | null, target: Actor | null): boolean =>
  !!attacker && !!target && attacker.type !== 'unknown' && target.type !== 'unknown' && target.type !== 'civilians' && actorsCompatible(attacker, target);

/** The article's other incidents of the same kind and weapon (or any weapon), neither told as the answer to the other. */
const alike = (events: ArticleEvent[], e: ArticleEvent, i: number, anyWeapon = false): ArticleEvent[] =>
  events.filter((f, j) => f !== e && family(f) === family(e) && (anyWeapon || weaponsCompatible(f.weapon, e.weapon)) && !answers(f, e, i) && !answers(e, f, j));

/**
 * "Turkey struck PKK targets in Iraq following a deadly attack in Ankara": an incident told as the answer
 * to (or told after) one in another country is the other side's act, so neither lends its sides to the
 * other (a campaign's strikes on one country, "two days after the base was first hit", still share theirs).
 */
const answers = (e: ArticleEvent, other: ArticleEvent, index: number): boolean =>
  e.location.country_code !== other.location.country_code && e.related.some((r) => r.index === index);

const family = (e: ArticleEvent): string => (e.event_type === 'Protests' || e.event_type === 'Riots' ? 'protest' : 'violence');

function unanimous(actors: Array<Actor | null>): Actor | null {
  const named = actors.filter((a): a is Actor => !!a);
  return named.length > 0 && named.every((a) => a.name === named[0]!.name) ? named[0]! : null;
}

/**
 * x-generic-lends-none: "three soldiers died in a clash with the jihadists" beside Boko Haram's raids: a generic
 * name ("militants", "jihadists") is one of the named groups told another way, not another attacker that
 * breaks their agreement.
 */
function namedOverGeneric(actors: Array<Actor | null>): Array<Actor | null> {
  const generic = (a: Actor | null): boolean => a?.name === GENERIC || isGenericGroup(a);
  return actors.some((a) => !!a && isGroup(a) && !generic(a)) ? actors.filter((a) => !generic(a)) : actors;
}

/** The actor named more often than all others together ("police" four times, "security forces" twice). */
function prevailing(actors: Array<Actor | null>): Actor | null {
  const named = actors.filter((a): a is Actor => !!a);
  const counts = new Map<string, number>();
  for (const a of named) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  const top = [...counts].sort((x, y) => y[1] - x[1])[0];
  return top && top[1] * 2 > named.length ? named.find((a) => a.name === top[0])! : null;
}

/**
 * "Seven suspects were killed in an operation", "an encounter broke out in the forest": violence that its
 * sentences tell as done in a security operation (data/lexicons/state-operations.tsv) and name no
 * perpetrator for was the state's forces' act (x-state-operation). Which force: the one state force its
 * sentences name, else the one the article names, else the military of the event's country when the
 * article names no state's force abroad. The force's own dead in a fight ("a constable was killed during the
 * operation") make it the side that operated, not the target, unless an act of theirs was undergone
 * (an ambush, an attack on them; a bomb that hit them on it is no fight of theirs); the target left is found as for any battle (nameUnsaidTargets).
 */
export function nameOperatingForces(events: ArticleEvent[], actorsIn: (s: Sentence) => ActorMatch[], articleMatches: () => ActorMatch[]): ArticleEvent[] {
  let matches: ActorMatch[] | null = null;
  return events.map((e) => {
    if (e.actor1 || family(e) === 'protest' || !e.location.country_code) return e;
    const told = e.mentions.filter((m) => anyMatch('state-operations', clauseOf(m)));
    if (!told.length) return e;
    const cc = e.location.country_code;
    // "the police", "soldiers": the forces of the event's country
    const force = (a: ActorMatch): Actor | null =>
      a.origin === BARE_POLICE ? policeForces(cc) ?? null : a.origin === BARE_MILITARY ? stateForces(cc) ?? null : a.actor.type === 'state_military' && a.actor.country ? a.actor : null;
    const states = (found: ActorMatch[]) => unanimous(found.map(force));
    matches ??= articleMatches();
    const abroad = matches.some((a) => a.actor.type === 'state_military' && a.actor.country && a.actor.country !== cc);
    // (the article's own forces by the one it names most: "police operations" told four times, "the
    // security forces" once, were the police's)
    const actor1 = states(told.flatMap((m) => actorsIn(m.sentence))) ?? prevailing(matches.map(force)) ?? (abroad ? null : stateForces(cc) ?? null);
    if (!actor1) return e;
    if (e.actor2?.name !== actor1.name) return { ...e, actor1 };
    return e.event_type !== 'Battles' || e.mentions.some((m) => UNDERGONE.test(m.trigger)) ? e : { ...e, actor1, actor2: null };
  });
}

// "A search was launched after militants killed four soldiers in a firefight": the operation must be told in
// the act's own clause, not in the one that tells what followed it
function clauseOf(m: Mention): string {
  const clause = splitClauses(m.sentence.text).find((c) => m.triggerIndex >= c.start && m.triggerIndex < c.start + c.text.length);
  return clause?.text ?? m.sentence.text;
}

// acts a force undergoes rather than carries out: its dead in them are the target's
const UNDERGONE = /ambush|attack|raid|storm|fired on|fired at|opened fire|came under/i;

/** ACLED's actor for an unknown perpetrator, which the actor data must hold. */
function unidentified(): Actor {
  const unknown = lookupActor(UNIDENTIFIED)?.actor;
  if (!unknown) throw new Error(`data/actors/armed-groups.tsv: "${UNIDENTIFIED}" is missing`);
  return unknown;
}

/**
 * Violence whose perpetrator no sentence of the article names ("a woman was murdered in her home",
 * "roadway bombs detonated, killing four police officers") was done by an unidentified armed group:
 * ACLED's convention for an unknown perpetrator. Crowds are named by crowd-events; a side filled from
 * the article's other incidents comes first. In a report on unrest that names no armed group, such
 * violence with no weapon named ("shops were looted") was the rioters'.
 */
export function nameUnknownPerpetrators(events: ArticleEvent[], unrest: boolean, articleActors: Actor[] = []): ArticleEvent[] {
  const unknown = unidentified();
  return events.map((e) => {
    if (e.actor1 || family(e) === 'protest' || e.actor2?.name === UNIDENTIFIED) return e;
    // rioters riot: violence given to the crowd is a violent demonstration, not a battle or a strike
    // (x-rioters-riot; a hostage-taking keeps its type: it is no act of a crowd's)
    // (mob violence, on the civilians it punished, when its sentences tell mob justice: x-mob-victims)
    if (unrest && crowdViolence(e)) {
      const shape = e.sub_event_type === 'Abduction/forced disappearance' ? null : crowdViolenceShape(e.mentions);
      // (its dead told only as people, "two people were killed in Bogura", were at the riot, no target of it:
      // the riot faced the police the article names, x-police-of-article; x-riot-dead)
      const target = shape?.sub_event_type === 'Violent demonstration' && e.actor2?.name.startsWith('Civilians') ? null : e.actor2;
      return { ...e, ...shape, actor1: crowd('Riots', e.location.country), actor2: mobTarget(shape, target, e.location.country) };
    }
    return { ...e, actor1: otherArmedParty(articleActors, e) ?? unknown };
  });
}

/**
 * "A drone strike on a base in Jordan killed three US troops" in a report that names one armed group
 * besides the US forces, "more than 460 patients were shot dead at the hospital" in a report whose only
 * armed group is the RSF that took the city: violence no sentence names a perpetrator for was done by the
 * one armed party the article names that is not its target (x-other-party). A state's forces only when
 * the target is an armed group (soldiers who chase attackers off a village did not attack it); a group
 * only in its own country; placeholders ("soldiers", "the police") and the unidentified are no party.
 * Two parties, or none, leave the perpetrator unidentified.
 */
function otherArmedParty(actors: Actor[], e: ArticleEvent): Actor | null {
  const target = e.actor2;
  return onlyParty(actors, e, target, !!target && isGroup(target));
}

/**
 * "Israeli jets struck on Tuesday", "RSF fighters attacked at dawn" in a report that names one other armed
 * party: a battle or a strike no sentence names a target for was on that party (x-other-target), by the
 * rules of x-other-party.
 */
export function nameUnsaidTargets(events: ArticleEvent[], articleActors: Actor[] = []): ArticleEvent[] {
  return events.map((e) => {
    if (e.actor2 || !e.actor1 || e.actor1.name === UNIDENTIFIED || !TARGETED_TYPES.has(e.event_type)) return e;
    const actor2 = onlyParty(articleActors, e, e.actor1, isGroup(e.actor1) || e.actor1.type === 'state_military') ?? hitBack(events, e.actor1) ?? unnamedFoe(e);
    return actor2 ? { ...e, actor2 } : e;
  });
}

/**
 * "Troops clashed with gunmen near the border", "security forces exchanged fire for hours" in a report
 * that names no other armed party: a battle has two sides, and the one a state's forces fought that the
 * article leaves unnamed is, by ACLED's convention, an unidentified armed group (x-unnamed-foe).
 */
function unnamedFoe(e: ArticleEvent): Actor | null {
  return e.sub_event_type === 'Armed clash' && e.actor1?.type === 'state_military' ? lookupActor(UNIDENTIFIED)?.actor ?? null : null;
}

/**
 * "Israeli airstrikes struck southern Lebanon, killing a Hezbollah fighter. Hezbollah hit back with
 * rockets at the Golan": a side the article's other incidents tell as hit by one armed party, when it
 * strikes at no target said, struck that party (x-hit-back). The parties of the article's conflict are
 * read from its own incidents, so it holds in any war; two attackers of that side leave it unsaid.
 */
function hitBack(events: ArticleEvent[], striker: Actor): Actor | null {
  const attackers = events.filter((f) => f.actor2?.name === striker.name && TARGETED_TYPES.has(f.event_type)).map((f) => f.actor1);
  const by = unanimous(attackers);
  return by && ARMED.has(by.type) && by.name !== UNIDENTIFIED && by.name !== striker.name && !placeholder(by) ? by : null;
}

/**
 * "Insurgents landed on the island" in a report on the Islamic State in Mozambique: generic militants
 * are the one non-state armed group the article names, of the event's country or of none, other than
 * the other side (x-generic-group). Two such groups, or none, leave the generic name.
 */
export function nameGenericGroups(events: ArticleEvent[], articleActors: Actor[] = []): ArticleEvent[] {
  return events.map((e) => {
    const named = (other: Actor | null): Actor | null =>
      unanimous(articleActors.filter((a) => isGroup(a) && (!a.country || a.country === e.location.country_code) && a.name !== other?.name));
    const generic = (a: Actor | null): a is Actor => a?.name === GENERIC || isGenericGroup(a);
    const actor1 = generic(e.actor1) ? named(e.actor2) ?? ofTheCountry(articleActors, e, e.actor1, e.actor2) ?? e.actor1 : e.actor1;
    const actor2 = generic(e.actor2) ? named(actor1) ?? ofTheCountry(articleActors, e, e.actor2, actor1) ?? e.actor2 : e.actor2;
    return actor1 === e.actor1 && actor2 === e.actor2 ? e : { ...e, actor1, actor2 };
  });
}

/**
 * "Separatist fighters ambushed soldiers" in Cameroon, "insurgents raided a village" in Cabo Delgado: a
 * generic noun names the group it standardly names in the event's country (data/actors/generic-groups.tsv,
 * x-country-group), unless the article names some other group of that country or of none, which may be the one meant.
 */
function ofTheCountry(articleActors: Actor[], e: ArticleEvent, generic: Actor, other: Actor | null): Actor | null {
  const group = countryGroup(e.location.country_code, generic.name, e.date.date);
  if (!group || group.name === other?.name) return null;
  // a group of the country, or of none (al-Qaeda), that is not the one meant nor its umbrella may be the one meant
  const others = articleActors.some((a) => isGroup(a) && (!a.country || a.country === e.location.country_code) && a.name !== other?.name && !actorsCompatible(a, group));
  return others ? null : group;
}

/**
 * "Gunmen attacked a village" (no sentence naming who) in a report that calls the attackers of its
 * country "separatists": an unidentified perpetrator is the group the article's generic noun names there
 * (x-country-group), by the rules of ofTheCountry.
 */
export function nameCountryGroups(events: ArticleEvent[], articleActors: Actor[] = []): ArticleEvent[] {
  const generics = [...new Map(articleActors.filter(isGenericGroup).map((a) => [a.name, a])).values()];
  if (!generics.length) return events;
  return events.map((e) => {
    if (e.actor1?.name !== UNIDENTIFIED) return e;
    const group = unanimous(generics.map((g) => ofTheCountry(articleActors, e, g, e.actor2)));
    return group ? { ...e, actor1: group } : e;
  });
}

/**
 * x-generic-unnamed: "militants stormed the checkpoint" in a report that names no group they could be (neither
 * x-generic-group nor x-country-group read one): ACLED has no actor "Militants"; armed men no one names are an
 * unidentified armed group, however the reporter calls them. Run after the stages that read the noun as a group.
 */
export function nameUnnamedMilitants(events: ArticleEvent[]): ArticleEvent[] {
  const unknown = unidentified();
  const unnamed = (a: Actor | null): Actor | null => (a?.name === GENERIC ? unknown : a);
  return events.map((e) => (e.actor1?.name === GENERIC || e.actor2?.name === GENERIC ? { ...e, actor1: unnamed(e.actor1), actor2: unnamed(e.actor2) } : e));
}

const GENERIC = 'Militants';
const TARGETED_TYPES: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence']);

/**
 * The one armed party the article names besides `other`: states' forces only when `stateAllowed`, a group only
 * in the event's country. An alliance told by a descriptor with no home ("Iran-backed groups" beside the
 * Houthis) is `other` told another way, no party of its own.
 */
function onlyParty(actors: Actor[], e: ArticleEvent, other: Actor | null, stateAllowed: boolean): Actor | null {
  const party = (a: Actor) =>
    ARMED.has(a.type) && a.name !== UNIDENTIFIED && a.name !== other?.name && !(other && !a.country && actorsCompatible(a, other)) && !placeholder(a) &&
    (a.type === 'state_military' ? stateAllowed : !a.country || a.country === e.location.country_code);
  const parties = actors.filter(party);
  return unanimous(parties) ?? oneState(parties);
}

/**
 * x-one-state: "the Israeli military said it intercepted the drone ... Israeli police searched the city": one
 * state's army and police are one party, which ACLED names by its military when both are told.
 */
function oneState(parties: Actor[]): Actor | null {
  const cc = parties[0]?.country;
  if (!cc || !parties.every((a) => a.type === 'state_military' && a.country === cc)) return null;
  return parties.find((a) => a.name === stateForces(cc)?.name) ?? null;
}

const ARMED: ReadonlySet<string> = new Set(['militia', 'rebel_group', 'state_military']);
// "soldiers", "the police": a state's forces before the sentence's country names them (find-actors' bare forces)
const placeholder = (a: Actor): boolean => a.type === 'state_military' && a.country === null;

/** "Shops were looted", "13 policemen were beaten to death": violence its sentences name no weapon for, not done to the crowd. */
const crowdViolence = (e: ArticleEvent): boolean => e.mentions.every((m) => !m.weapon) && !(e.actor2?.type === 'civilians' && /^(Protesters|Rioters)\b/.test(e.actor2.name));

const UNIDENTIFIED = 'Unidentified armed group';

/**
 * "Shops were looted and cars damaged in Luanda ... the police had often dispersed the gatherings": a riot,
 * or a protest the police stepped in at, whose own sentences name no force facing the crowd faced the
 * police the article names, those of the event's country or "the police" (x-police-of-article). The
 * article's sentences are read only when such an event wants them.
 */
export function namePoliceFacingCrowds(events: ArticleEvent[], articleMatches: () => ActorMatch[]): ArticleEvent[] {
  let matches: ActorMatch[] | null = null;
  return events.map((e) => {
    if (e.actor2 || !FACED_POLICE.has(e.sub_event_type) || !e.location.country_code) return e;
    matches ??= articleMatches();
    const police = policeForces(e.location.country_code);
    const named = police && matches.some((a) => a.origin === BARE_POLICE || a.actor.name === police.name);
    return named && police.name !== e.actor1?.name ? { ...e, actor2: police } : e;
  });
}

// a riot, or a protest the police stepped in at: ACLED's sub-event types of a crowd that faced a force
const FACED_POLICE: ReadonlySet<string> = new Set(['Violent demonstration', 'Protest with intervention', 'Excessive force against protesters']);
