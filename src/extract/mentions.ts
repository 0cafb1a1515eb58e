// Sentence → event mentions: the ordered rules of the extractor, each named, applied clause by clause.
// Order matters: the trigger decides whether there is a mention at all; places and actors are found
// over the whole sentence once and then read per clause; attribution is the sentence's.
import { BARE_MILITARY, BARE_POLICE, barePolice, type ActorMatch } from '../resolve/actor/find-actors.js';
import { isArmedGroup, policeForces, stateForces } from '../resolve/actor/dictionary.js';
import { findPlaces, listGoesOn, townNamed, type PlaceMatch } from '../resolve/place/find-places.js';
import { addDays, dayDiff } from '../resolve/time/days.js';
import type { DateMention } from '../resolve/time/resolve-dates.js';
import type { Shift } from '../resolve/time/relative-spans.js';
import { CROWD_KINDS, type Actor, type DateSpan, type Mention, type Place, type Range, type Sentence } from '../types.js';
import { coordinateParts, joinParts, splitClauses, type Clause } from './clauses.js';
import { narrativeDay, placeContext, sentenceActors, sentenceCounts, type ArticleContext } from './context.js';
import { claimant, findAttribution, responsibilityClaimant, type Attribution } from './rules/attribution.js';
import { findCasualties, type Casualties } from './rules/casualties.js';
import { NUMBER_SOURCE, QUANTIFIER_SOURCE, numberValue, toRange } from './rules/numbers.js';
import type { TallyMatch } from './rules/tallies.js';
import { namesWarPeriod, periodCues } from './rules/tally-period.js';
import { roundupTowns } from './rules/roundups.js';
import { listedTowns, villagePlaces } from './rules/villages.js';
import { datedOnlyByPastYear, tellsArmsTakenUp, tellsWarCourse } from './rules/war-course.js';
import { withoutForeignDateline } from './rules/dateline.js';
import { assignRoles, roleReason, stateOf, type Roles } from './rules/roles.js';
import { countryByCode } from '../resolve/place/gazetteer.js';
import { actsIn, findTrigger, hasVetoedAct, isAnaphoric, isNewIncident, vetoedActs, type Trigger } from './rules/triggers.js';
import { CROWD_NOUNS, matchAll, reasonOf, type LexMatch } from './lexicon.js';

// "The US has retaliated by striking...", "militias have launched attacks": a summary in the perfect, with
// no day, past the lead (a lead's "has struck" is the news itself)
// "have been attacking shipping": the perfect progressive, an ongoing campaign
// ("Officials have confirmed that gunmen attacked", "reports have emerged of another strike": the perfect of
// the telling, whose object is the act, sums up nothing (x-perfect-telling))
const PERFECT_SUMMARY = /(?<!\bto\s)\b(has|have)\s+(?!(\w+ly\s+|also\s+|now\s+)?(emerged|surfaced|confirmed|reported|announced|revealed|stated|learned|learnt|alleged|claimed)\s+(of|that)\b)(\w+ly\s+|so far\s+|also\s+|repeatedly\s+)?(been\s+)?(\w+ed|struck|hit|fought|sent|shot)\b|\b(has|have)\s+been\s+\w+ing\b/i;

const CROWD_PERFECT = /^[^,.;]{0,50}?\b(has|have)\s+(\w+ly\s+|also\s+|long\s+)?(been\s+)?\w+ed\b/i;

// "At least 40 people have died since the coup": a toll that runs over a period is no incident's
// ("the war, which had claimed more than 100,000 lives since the 1990s": lives a war took are its dead too)
const PERFECT_TOLL = String.raw`\b(ha(?:ve|s)|had)\s+(died|been killed|been wounded|been injured|lost their lives|(?:claimed|cost)\s+[^.;]{0,40}?\blives)\b[^.]*`;
const RUNNING_TOLL = new RegExp(String.raw`${PERFECT_TOLL}\bsince\b`, 'i');
/**
 * "More than 5,000 civilians have been killed in the conflict", past the lead: a war's toll told as
 * background. In the lead the conflict is often the incident itself ("24 have been killed in the armed
 * conflict on the border"), so there it still counts.
 */
const WAR_TOLL = new RegExp(String.raw`${PERFECT_TOLL}\b(in|during|over the course of|throughout) (the|this|its|their|a) ([\w-]+ ){0,3}?(war|conflict|insurgency|rebellion|crackdown)\b`, 'i');
const runningToll = (s: SentenceFacts, text: string): boolean => RUNNING_TOLL.test(text) || (WAR_TOLL.test(text) && bodyIndex(s) > 2);

const JOINT_TOLL = /\b(?:(?:two|three|four|five|six|several|multiple|both)\s+(?:separate\s+|different\s+|coordinated\s+|deadly\s+|,\s*)*|separate\s+)(?:attacks|strikes|bombings|blasts|explosions|incidents|assaults|ambushes|raids|clashes)\b/i;

/** A toll of at least one: someone was killed or hurt. */
export const someHarm = (r: Range | null): boolean => !!r && ((r.best ?? 0) > 0 || (r.low ?? 0) > 0);

const COMMENT = /\b(comment(ed|s)?|condemn(ed|s)?|denounc(ed|es)|confirm(ed|s)?|den(y|ied|ies)|describ(ed|es)|investigat(ed|es|ing|ions?)|probes?\s+into|inquir(y|ies)\s+into|responded to|reacted to)\b/i;

// "The minister accused protesters of attacking police", "the governor condemned the attacks on three
// villages", "the spokesman called the strike retaliation": a reaction whose object is the act; the act is
// what the reaction is about, not told here (no "that", "when" or "after" clause opens between them);
// "voiced regret over the violent protest", "vowed that those behind the attack would be punished": a
// feeling voiced over an act, or its perpetrators named as those behind it, react to it too
const REACTION = /\b(accus(e|es|ed|ing)|blam(e|es|ed|ing)|condemn(s|ed|ing)?|denounc(e|es|ed|ing)|deplor(e|es|ed|ing)|decr(y|ies|ied|ying)|call(s|ed|ing)? the|(voic|express)(e|es|ed|ing)? (\w+ )?(regret|concern|condolences|sorrow|shock|outrage|grief|dismay|sympathy) (over|about|at|for)|(those|the men|the people|the perpetrators|the culprits|whoever|anyone) (who (were|are) )?(behind|responsible for))\b(?![^;]*\b(that|which|who|when|after|before|as|while|because|but)\b)[^;]{0,100}$/i;

// a crowd, or the gathering it forms: "during a rally ... an outcry against the security forces"
const CROWD = new RegExp(String.raw`\b(${CROWD_NOUNS}|protests?|rall(y|ies)|demonstrations?)\b`, 'i');

// "The group fired 17 missiles": the armed group the article last named
// "the powerful Lebanese group said it had attacked", "the jihadist organization said": described, not named
const GROUP_ANAPHOR = /\b(the|this)\s+([a-z][\w-]*\s+){0,2}(group|militia|militants|rebels|movement|organi[sz]ation|insurgents|faction)\b[^,]{0,30}$/i;

// an act whose clause opens with "It" or "They" (after a fronted day or place: "On Tuesday it also hit")
// and an adverb at most
const PRONOUN_SUBJECT = /^\W*((on|in|at|later|earlier|overnight|hours later)\b[^,;]{0,30}?,?\s+)?(it|they)\s+((\w+ly|also|then|later|again|too|had|have|has)\s+){0,2}$/i;

// how many sentences back a site may be what villages listed with no place of their own are near
const VILLAGE_SITE_REACH = 3;
/** The precise site the article named last, in this sentence's few before it: where villages it lists unplaced lie. */
const siteBefore = (ctx: ArticleContext, sentence: number): Place | null =>
  ctx.sites.filter((x) => x.sentence < sentence && x.sentence >= sentence - VILLAGE_SITE_REACH && x.place.geo_precision < 3).pop()?.place ?? null;

export function sentenceMentions(ctx: ArticleContext, sentence: Sentence): Mention[] {
  const text = sentence.text;
  const tokens = ctx.tokens.get(sentence.index)!;
  const found = sentenceActors(ctx, sentence);
  const taken = found.map((a): [number, number] => [a.index, a.end]);
  const known = withoutForeignDateline(text, findPlaces(text, placeContext(ctx, taken), tokens));
  const villages = villagePlaces(text, known, taken, siteBefore(ctx, sentence.index));
  const places = [...known, ...villages, ...listedTowns(text, [...known, ...villages], taken)].sort((a, b) => a.index - b.index);
  const bare = resolveBareForces(ctx, found, places, text);
  const actors = bare.map((a) => resolveDescription(text, a, lastGroupBefore(bare, a.index) ?? ctx.lastGroup));
  const s: SentenceFacts = {
    ctx,
    sentence,
    actors,
    places,
    attribution: findAttribution(text),
    dates: ctx.dates.get(sentence.index) ?? [],
    clauses: [],
    triggers: new Map(),
    subjects: new Map(),
    casualties: new Map(),
  };
  let weapons: LexMatch[] | null = null; // the sentence's weapons, read only by an elliptical clause
  const sentenceWeapons = () => (weapons ??= matchAll('weapons', text));
  // splitting a clause into its acts reads the same parts again: each text's act is found once
  const acts = new Map<string, Trigger | null>();
  const act = (part: string): Trigger | null => {
    if (!acts.has(part)) acts.set(part, findTrigger(part, sentenceWeapons));
    return acts.get(part)!;
  };
  for (const clause of splitClauses(text)) {
    for (const part of actsOfTheirOwn(s, clause, act)) {
      s.clauses.push(part);
      s.triggers.set(part, act(part.text));
    }
  }
  const mentions = s.clauses.flatMap((clause) => clauseMentions(s, clause));
  mentions.push(...roundupMentions(s, mentions), ...unrestListMentions(s, mentions));
  const named = actors.filter(isGroup);
  if (named.length) ctx.lastGroup = named[named.length - 1]!.actor;
  const forces = actors.filter((a) => a.actor.name.startsWith('Military Forces of'));
  if (forces.length) ctx.lastForces = forces[forces.length - 1]!.actor;
  const attacker = mentions.filter((m) => !m.casualtyOnly && m.actor1).pop()?.actor1;
  if (attacker) ctx.lastAttacker = attacker;
  // figures with no act of their own go last, so they can join the act their sentence reports
  return [...mentions.filter((m) => !m.casualtyOnly), ...mentions.filter((m) => m.casualtyOnly)];
}

// "..., and another hit the orphanage": a further act the words themselves set apart
const ANOTHER = /^\W*(and\s+)?(another|a second|a third|a separate|the other)\b/i;
// ("At least 40 people died in two attacks: ...", "As many as": a figure's quantifier, no fronted phrase)
const FRONTED = /^\W*(in|on|at(?!\s+(?:least|most)\b)|during|after|before|amid|with|following|for|by|from|according to|as(?!\s+many\b))\b/i;

/**
 * The acts a clause joins, each a clause of its own when it has an act and a place or a day of its own
 * ("Air defences shot down four drones over X, one drone attacked Y, and 16 drones attacked Z"); the
 * other parts stay with the part before them.
 */
function actsOfTheirOwn(s: SentenceFacts, clause: Clause, actOf: (text: string) => Trigger | null): Clause[] {
  const parts = coordinateParts(clause);
  if (parts.length === 1) return parts;
  const act = (c: Clause) => actOf(c.text);
  const setting = (c: Clause) => inClause(s, c, s.places).some((p) => !p.origin) || inClause(s, c, s.dates).some((d) => !d.periodStart && !d.speechDay && !d.otherDay);
  // "threw stones at police and set cars on fire in Lima": a place or day said once, at the end, is the
  // whole clause's; ", a town in Amhara, reportedly killed": an apposition runs to a comma before the act; "In another
  // attack, gunmen struck": a fronted phrase is no act of its own
  const ownAct = (c: Clause) => { const t = act(c); return !!t && (!c.text.slice(0, t.index).includes(',') || FRONTED.test(c.text)); };
  const actOfItsOwn = (c: Clause, first: boolean, next: Clause) => !!act(c) && !(first && !next.elided && FRONTED.test(c.text));
  // a part is read with the parts after it up to a relative clause: ": in Amalfi, Antioquia, a helicopter was shot down"
  const reach = (i: number): Clause => {
    let j = i;
    while (j + 1 < parts.length && !parts[j + 1]!.relative && !parts[j + 1]!.resumes) j++;
    return joinParts(s.sentence.text, parts[i]!, parts[j]!);
  };
  const kept: Clause[] = [parts[0]!];
  parts.slice(1).forEach((part, k) => {
    const before = kept[kept.length - 1]!;
    const rest = reach(k + 1);
    // a relative clause's act is its own whatever the words it hangs on, and so is the act of the
    // clause it interrupted, which shares that clause's place and day
    if (ownAct(rest) && ((part.resumes && before.relative) || (ANOTHER.test(part.text) && !!act(before)) || (setting(rest) && (part.relative || (setting(before) && actOfItsOwn(before, kept.length === 1, part)))))) kept.push(part);
    // k-relative-ends: "In the west, where clashes had been violent on Thursday, damage was reported in Nantes": the
    // words after a relative clause's closing comma are the main clause's, never the relative's place or day
    else if (part.resumes && before.relative && kept.length > 1) kept.push(part);
    else kept[kept.length - 1] = joinParts(s.sentence.text, before, part);
  });
  return kept.length === 1 ? [clause] : kept;
}

/**
 * "Soldiers", "the police": the military the article last named ("US forces ... the troops"), else the
 * forces of the country the sentence or the article is in; the police are always the country's own.
 */
function resolveBareForces(ctx: ArticleContext, actors: ActorMatch[], places: PlaceMatch[], text: string): ActorMatch[] {
  const here = places.find((p) => !p.origin)?.place.country_code;
  const cc = here ?? ctx.focus[0];
  const crowd = CROWD.test(text);
  return actors.flatMap((a) => {
    if (a.origin !== BARE_POLICE && a.origin !== BARE_MILITARY) return [a];
    // "security forces fired tear gas at the demonstrators": the forces that face a crowd are its police
    const police = barePolice(a, crowd);
    // "military bases in Katzrin": a base is the army's of the country it stands in
    const site = !police && SITE_AFTER.test(text.slice(a.end)) && here;
    const actor = police ? cc && policeForces(cc) : site ? stateForces(site) : lastForcesThere(ctx, here) ?? (cc && stateForces(cc));
    return actor ? [{ ...a, actor }] : [];
  });
}

const SITE_AFTER = /^\s+(base|bases|camp|camps|barracks|garrison|post|posts|outpost)\b/i;

/**
 * The military named last, unless it is an army at home in the story and the sentence is set in another
 * country ("Meanwhile, in Borno in Nigeria, Boko Haram killed five soldiers" after Burkina Faso's army):
 * a foreign force on campaign ("US forces ... the troops in Syria") keeps its name.
 */
function lastForcesThere(ctx: ArticleContext, here: string | null | undefined): Actor | null {
  const last = ctx.lastForces;
  const home = !!last && ctx.sites.some((x) => x.place.country_code === last.country);
  return last && here && home && last.country !== here ? null : last;
}

// "the Iran-backed group", "the Sudanese paramilitary force": a definite description of one group, not a name
const DESCRIPTION = /(?:^|\s)(?:the|this)\s+$/i;

/** A group described, not named, after "the" is the armed group named last, when one was. */
function resolveDescription(text: string, a: ActorMatch, lastGroup: Actor | null): ActorMatch {
  const last = a.text.split(/\s+/).pop() ?? '';
  const definite = /^(the|this)\s/i.test(a.text) || DESCRIPTION.test(text.slice(0, a.index));
  const described = definite && isGroup(a) && /^[a-z]+$/.test(last) && !last.endsWith('s');
  return described && lastGroup && lastGroup.name !== a.actor.name ? { ...a, actor: lastGroup } : a;
}

const isGroup = (a: ActorMatch): boolean => isArmedGroup(a.actor);

function lastGroupBefore(actors: ActorMatch[], index: number): Actor | null {
  return actors.filter((a) => a.end <= index && isGroup(a)).pop()?.actor ?? null;
}

/** What is found once per sentence and read by every clause. */
interface SentenceFacts {
  ctx: ArticleContext;
  sentence: Sentence;
  actors: ActorMatch[];
  places: PlaceMatch[];
  attribution: Attribution;
  dates: DateMention[];
  clauses: Clause[];
  /** each clause's act, found once: the other clauses' acts decide whose date and place a clause may borrow */
  triggers: Map<Clause, Trigger | null>;
  /** the counts of incidents the sentence reports, found when a clause's act is judged */
  tallies?: TallyMatch[];
  /** each part's actor1, for the next part whose act shares its subject */
  subjects: Map<Clause, Actor | null>;
  /** each clause's tolls, read once: its own mentions and the sentence's summary check (inSummary) both read them */
  casualties: Map<Clause, Casualties>;
}

function casualtiesOf(s: SentenceFacts, clause: Clause): Casualties {
  let c = s.casualties.get(clause);
  if (!c) s.casualties.set(clause, (c = findCasualties(clause.text)));
  return c;
}

/** The part before this one, when this part's act shares its subject. */
const partBefore = (s: SentenceFacts, clause: Clause): Clause | undefined =>
  clause.elided ? s.clauses.slice(0, s.clauses.indexOf(clause)).filter((c) => c.whole === clause.whole).pop() : undefined;

/** "Protesters marched in X and fought police in Y": a crowd that goes on to fight or attack riots. */
function crowdGoesOn(s: SentenceFacts, clause: Clause, trigger: Trigger | null): Trigger | null {
  const before = partBefore(s, clause);
  const crowd = before && s.triggers.get(before);
  if (!trigger || !crowd || (crowd.kind !== 'protest' && crowd.kind !== 'riot') || (trigger.kind !== 'clash' && trigger.kind !== 'attack')) return trigger;
  return { ...trigger, kind: 'riot', weapon: null, sub_event_type: 'Violent demonstration', event_type: 'Riots', rules: [...trigger.rules, 'r-crowd-goes-on'] };
}

/** "Protesters wrecked offices in Novi Sad and fought police in Belgrade": the second act's subject is the first's. */
function sharedSubject<R extends Roles>(s: SentenceFacts, clause: Clause, roles: R): R {
  const before = partBefore(s, clause);
  if (before && !roles.actor1) {
    const actor1 = s.subjects.get(before) ?? null;
    if (actor1) { roles.actor1 = actor1; roles.rules.push('r-shared-subject'); }
  }
  s.subjects.set(clause, roles.actor1);
  return roles;
}

const inClause = <T extends { index: number }>(s: SentenceFacts, clause: Clause, xs: T[]): T[] =>
  xs.filter((x) => x.index >= clause.start && x.index < clause.start + clause.text.length);

/**
 * c-protest-cause: "people took to the streets to demand accountability for the collapse that killed 15", "a
 * march marking the anniversary of the killing of a teenager": the dead a crowd gathered over, told after its
 * act in the words of its cause, are no toll of the protest's (nor a sign of force used against it).
 */
function causeToll(clause: string, trigger: Trigger, c: Casualties): boolean {
  if (!CROWD_KINDS.has(trigger.kind)) return false;
  const texts = [c.fatalities?.text, c.injured?.text].filter((t): t is string => !!t);
  const end = trigger.index + trigger.text.length;
  return texts.length > 0 && texts.every((t) => {
    const at = clause.indexOf(t, end);
    return at >= 0 && PROTEST_CAUSE.test(clause.slice(end, at));
  });
}
// (a relative clause on the cause still tells it: "on the anniversary of the collapse of a canopy, which killed 16")
const PROTEST_CAUSE = /\b(?:for|over|against|marking|to mark|commemorating|in memory of|anniversary of|demanding justice|(?:to )?protest(?:ing)?)\b(?:[^,;]|,\s*(?:which|that)\b)*$/i;

function clauseMentions(s: SentenceFacts, clause: Clause): Mention[] {
  const told = crowdGoesOn(s, clause, s.triggers.get(clause) ?? null);
  const casualties = casualtiesOf(s, clause);
  const tollOnly = !!told && perfectToll(s, clause, told, casualties);
  const trigger = tollOnly ? null : told;
  if (!trigger) {
    const vetoed = vetoedActs(clause.text);
    for (const v of vetoed) reject(s, v.act, v.rule, reasonOf('non-event-cues', v.rule));
    // the dead of an accident are no incident's
    if (vetoed.some((v) => v.rule === 'n-accident' || v.rule === 'n-accident-verb')) return [];
    // "Three service members were hurt": a figure with no act attaches to the incident just reported;
    // not when the clause's act, or another clause's, was judged no incident ("hundreds were killed
    // since...", "strikes have intensified since Oct. 17; ... hundreds died"): the figure is the summary's
    // ("Neither attack caused injuries": an act denied only by the "no" of its toll sums up nothing)
    const figure = !!(casualties.fatalities || casualties.injured) && (!inSummary(s) || deniedHarmOnly(s, casualties)) && !runningToll(s, clause.text) && !tollOverPeriod(s, clause) && !backgroundToll(clause.text) && !countsActs(s, clause, null) && !campaignToll(s, clause);
    // "The group said in a statement that it was responsible": the claimant did the incident just told
    // "in a press release, in which it claimed responsibility for 16 attacks, the group called for...": a
    // claim of many acts counted claims none of them, and its day is the release's (r-claims-many)
    const claimer = s.attribution.claim && !cardinalTallies(s).length ? responsibilityClaimant(clause.text, inClause(s, clause, s.actors).map((a) => ({ ...a, index: a.index - clause.start, end: a.end - clause.start }))) : null;
    if (!figure && !claimer) return [];
    // the figure's own place and day, when the clause names them, keep it off an incident elsewhere
    const place = pickPlaces(inClause(s, clause, s.places), s.sentence.text)[0]?.place ?? null;
    // ("since May 2017, when nine soldiers died": the toll of the time the clause hangs on, not of the act told)
    const date = (inClause(s, clause, s.dates).find((d) => !d.periodStart && !d.speechDay) ?? dayHungOn(s, clause))?.span ?? null;
    const read = casualtyOnly(s.sentence, clause, figure ? casualties : { ...casualties, fatalities: null, injured: null }, s.attribution.speaker);
    const mention = { ...read, place, date, rules: tollOnly ? [...read.rules, 'j-perfect-toll'] : read.rules };
    if (!claimer) return byTown(s, clause, mention) ?? [mention];
    return [{ ...mention, rules: [...(figure ? mention.rules : []), 'r-claim-only'], actor1: claimer.actor, claim: true, claimed_by: [claimer.actor.name], claimOnly: true }];
  }
  const inScope = <T extends { index: number }>(xs: T[]): T[] => inClause(s, clause, xs).filter((x) => x.index < clause.start + trigger.scopeEnd);
  if (isSummary(s, clause, trigger, inClause(s, clause, s.dates))) {
    reject(s, trigger.text, 'j-summary', 'an act in the perfect past the lead, or over a period ("since October"), with no day of its own sums up many acts');
    return [];
  }
  // a counted act lends its act, weapon and sides to the incident it joins, never its toll (the period's),
  // and makes no event alone (pipeline.ts)
  const counted = countsActs(s, clause, trigger);
  // "Two separate attacks left 19 dead": one toll for several incidents is no one incident's ("four
  // attacks, but no casualties" is each one's)
  const joint = JOINT_TOLL.test(clause.text) && (someHarm(casualties.fatalities) || someHarm(casualties.injured));
  const cause = causeToll(clause.text, trigger, casualties);
  const ownToll = !counted && !joint && !cause;
  const roles = sharedSubject(s, clause, clauseRoles(s, clause, trigger, inScope(s.actors), pickPlaces(inScope(s.places), s.sentence.text)[0]?.place.country ?? null));
  const date = recentIfTold(clause, trigger, clauseDate(s, clause, inClause(s, clause, s.dates), clause.start + trigger.index));
  if (tellsWarCourse(clause.text, trigger, date.span, s.ctx.article.published)) {
    reject(s, trigger.text, 'j-war-course', 'a war that broke out or grew into a wider war long before the story is its history, not an incident');
    return [];
  }
  if (tellsArmsTakenUp(s.sentence.text, inClause(s, clause, s.dates).length > 0)) {
    reject(s, trigger.text, 'j-took-up-arms', 'an act told with how people took up arms, with no day of its own, is how a war began, not an incident');
    return [];
  }
  // j-year-toll: "In 2022, at least 403 were slain": a year's dead, with no one who killed them and no place, are
  // the year's statistic, not a recalled incident (t-year dates one: "In 2014 Boko Haram kidnapped 270 schoolgirls")
  if (date.rule === 't-year' && trigger.rules[0] === 'a-kill' && !roles.actor1 && !inScope(s.places).length) {
    reject(s, trigger.text, 'j-year-toll', 'the dead of a past year, with no one who killed them and no place, are a statistic, not an incident');
    return [];
  }
  if (date.rule !== 't-year' && datedOnlyByPastYear(clause.text, s.dates, s.ctx.article.published, clause.start)) {
    reject(s, trigger.text, 'j-year-only', 'an act dated only by a year before the story is history at a year\'s grain; an incident is coded to at least its month');
    return [];
  }
  const content = inScope(s.places).filter((p) => p.index >= clause.start + contentStart(clause.text, trigger.index));
  const targets = pickPlaces(content.length ? content : inScope(s.places), s.sentence.text, casualties, CROWD_KINDS.has(trigger.kind));
  // "three were hurt in Kherson after Russian artillery shelled it", "a school was destroyed in one of the
  // strikes, while another flattened a shop in Sirrin": a clause with no act of its own lends its place, a
  // country or region only to the clause it hangs on
  if (!targets.length && isLone(s, clause)) targets.push(...pickPlaces(s.places.filter((p) => clause.antecedent || lendsTown(s, p)), s.sentence.text));
  if (!targets.length && clause.whole) targets.push(...pickPlaces(sharedPlaces(s, clause), s.sentence.text));
  // one event per listed place (ACLED: one place, one event) when the act is plural ("strikes on X and
  // Y") or the places are towns ("shelling hit Poonch and Rajouri"); a list of countries is a region
  const plural = /s$|\b(multiple|several|two|three|four|five|both|waves?)\b/i.test(trigger.text) || /\b(two|three|four|five|six|multiple|several|both|separate)\b/i.test(clause.text);
  const towns = targets.every((p) => p.place.geo_precision < 3);
  const newIncident = isNewIncident(clause.text, trigger, s.sentence.text.slice(0, clause.start));
  const { attribution } = s;
  const places = targets.length ? ((plural || towns || ofCountries(targets)) && !boundsStretch(targets, s.sentence.text) ? targets : targets.slice(0, 1)) : [null];
  const days = listedDays(inClause(s, clause, s.dates), date.span, clause.text, s.sentence.text);
  const ownTolls = places.map((place, p) => (p > 0 && place ? gappedToll(s.sentence.text.slice(places[p - 1]!.end, place.index), casualties) : null));
  if (ownTolls.some(Boolean)) ownTolls[0] = firstOfGapped(casualties, ownTolls);
  return places.flatMap((place, p) => days.map((day, d) => ({ place, day, laterDay: d > 0, apart: p > 0 || d > 0, own: d === 0 ? ownTolls[p] : null })))
    .map(({ place, day, laterDay, apart, own }, i) => ({
    sentence: s.sentence,
    rules: [...trigger.rules, ...roles.rules, ...casualties.rules, ...(date.rule ? [laterDay ? 'day-list' : date.rule] : []), ...(place ? [place.rule] : []),
      ...(attribution.claimRule ? [attribution.claimRule] : []), ...(attribution.doubtRule ? [attribution.doubtRule] : []), ...(counted ? ['j-counted'] : []),
      ...(joint ? ['j-joint-toll'] : []), ...(cause ? ['c-protest-cause'] : [])],
    trigger: trigger.text,
    triggerIndex: clause.start + trigger.index,
    event_type: trigger.event_type,
    sub_event_type: trigger.sub_event_type,
    weapon: trigger.weapon,
    generic: trigger.generic && !trigger.weapon,
    anaphoric: isAnaphoric(clause.text, trigger) && !newIncident,
    // another place or day of a listed act is another incident, even a place nearby
    newIncident: newIncident || apart,
    ...(apart && !newIncident ? { listed: true } : {}),
    antecedent: clause.antecedent,
    kind: trigger.kind,
    date: day,
    ...(date.said && !laterDay ? { dateSaid: true } : {}),
    ...(date.loose && !laterDay ? { dateLoose: true } : {}),
    place: place?.place ?? null,
    actor1: roles.actor1,
    actor2: roles.actor2,
    assoc1: roles.assoc1,
    assoc2: roles.assoc2,
    // one figure for the whole list is not each place's: it stays with the first, unless a place has its own
    fatalities: own ? own.fatalities : i === 0 && ownToll ? casualties.fatalities : null,
    injured: own ? own.injured : i === 0 && ownToll ? casualties.injured : null,
    ...(counted ? { counted } : {}),
    ...(i === 0 && places.length > 1 && ownToll && !own ? { listToll: true } : {}),
    ...(isHeadline(s.sentence) && (!day || isPageLine(s.sentence)) ? { headline: true } : {}),
    ...(REACTION.test(clause.text.slice(0, trigger.index)) ? { reaction: true } : {}),
    attribution: attribution.speaker,
    claim: (attribution.claim && (roles.claimHere || !attribution.speakerActor || attribution.speakerActor.actor.name === roles.actor1?.name)) ||
      perpetratorSpeaks(attribution, roles.actor1),
    doubt: attribution.doubt,
    claimed_by: attribution.claim && roles.actor1 ? [roles.actor1.name] : [],
    retaliation: clause.retaliation,
  }));
}

/** "fired at the base on July 26 and 27": one incident a day (ACLED), else the clause's one day. */
function listedDays(dates: DateMention[], day: DateSpan | null, clause: string, sentence: string): Array<DateSpan | null> {
  const ofAct = dates.filter((d) => !d.periodStart && !d.speechDay && !d.otherDay);
  const joined = joinedDays(ofAct, day, sentence);
  if (day && joined.length > 1) return LASTING.test(clause) ? [spanOver(joined)] : [day, ...joined.filter((d) => d !== day)];
  const listed = ofAct.filter((d) => d.rule === 'day-list');
  if (!day || !listed.length || !dates.some((d) => d.span === day)) return [day];
  // "on 9 and 11 June": the day chrono read ends the list, and the act may be dated by any day of it
  const month = new Set(listed.map((d) => d.span.date.slice(0, 7)));
  const list = [...listed, ...ofAct.filter((d) => d.rule === 'chrono' && d.span.precision === 1 && month.has(d.span.date.slice(0, 7)))].map((d) => d.span);
  const others = [...new Map(list.filter((d) => d.date !== day.date).map((d) => [d.date, d])).values()];
  return LASTING.test(clause) ? [spanOver([day, ...others])] : [day, ...others];
}

/**
 * "two attacks, last Sunday and Wednesday", "on Monday and again on Thursday", "on May 30 and June 2":
 * stated days joined by "and" (each read as a day of its own) are a list like "on July 26 and 27" (rule
 * `day-list`): the act's day and the days joined to it, in the text's order; none when no day is joined.
 */
function joinedDays(ofAct: DateMention[], day: DateSpan | null, sentence: string): DateSpan[] {
  const stated = ofAct.filter((d) => d.span.precision === 1 && !d.narrative && d.rule !== 'day-list').sort((a, b) => a.index - b.index);
  const at = stated.findIndex((d) => d.span === day);
  if (at < 0) return [];
  // two days in a row ("protests held on Saturday and Sunday") may be one lasting act: apart only when
  // the text says so ("and again on", "two separate attacks")
  const apart = (a: DateMention, b: DateMention, gap: string): boolean =>
    Math.abs(dayDiff(b.span.date, a.span.date)) > 1 || /\bagain\b/i.test(gap) || SEPARATE.test(sentence);
  const joins = (a: DateMention, b: DateMention): boolean => {
    const gap = sentence.slice(a.end, b.index);
    return DAY_JOINER.test(gap) && a.span.date !== b.span.date && apart(a, b, gap);
  };
  let first = at, last = at;
  while (first > 0 && joins(stated[first - 1]!, stated[first]!)) first--;
  while (last < stated.length - 1 && joins(stated[last]!, stated[last + 1]!)) last++;
  return stated.slice(first, last + 1).map((d) => d.span);
}
const SEPARATE = /\b(separate|distinct|different)\b/i;
const DAY_JOINER = /^\s*(?:,|,?\s*(?:and|&))\s*(?:(?:again|also|then)\s+)?(?:(?:on|last|this|early|late)\s+)?(?:the\s+)?$/i;

// "a 48-hour killing spree on October 26 and 27", "a two-day assault on 9 and 10 June": an act said to
// last over the listed days is one incident across them (rule `day-span`), not one a day
const LASTING = /\b(?:\d+|two|three|four|five|six|seven|several|multi)[- ](?:hour|day|night)\b|\bover (?:the )?(?:two|three|four|five|\d+) days\b/i;
function spanOver(days: DateSpan[]): DateSpan {
  const earliest = days.map((d) => d.earliest).sort()[0]!;
  const latest = days.map((d) => d.latest).sort().at(-1)!;
  return { date: earliest, earliest, latest, precision: 1, text: days[0]!.text };
}

/** "Since October 17, militias have conducted numerous attacks", a perfect past the lead: a period, not an incident. */
function isSummary(s: SentenceFacts, clause: Clause, trigger: Trigger, dates: DateMention[]): boolean {
  // the day a toll was given ("since October 7, the ministry said on Tuesday") dates no act
  const eventDates = dates.filter((d) => !d.periodStart && !d.speechDay && !d.otherDay && !endsLongSpan(s.sentence.text, dates, d));
  if (eventDates.length) return false;
  // "has killed 12,000 people since the war began": a toll over a war, not an incident; "293 people have
  // been killed in mob attacks since the government took office": a toll that runs since something, even
  // in the lead, when no day of the act is given
  if (dates.some((d) => d.periodStart) || namesWarPeriod(clause.text) || runningToll(s, clause.text)) return true;
  const after = clause.text.slice(trigger.index + trigger.text.length);
  // "protesters from a group called Gen Z 212 have demanded better services": the crowd's verb follows it
  const crowdPerfect = trigger.rules[0] === 'a-protesters' && CROWD_PERFECT.test(after);
  // (the sentence's place in the story last: it walks the article's sentences)
  return (PERFECT_SUMMARY.test(clause.text.slice(0, trigger.index + trigger.text.length)) || /^\s*(that|which)\s+(has|have)\s+/i.test(after) || crowdPerfect || actsTollSoFar(trigger, after)) && bodyIndex(s) > 2;
}

/**
 * "the Houthis have damaged dozens of ships and sunk two, killing four seafarers", "militants have raided
 * villages across the district, leaving hundreds dead": a toll told as what a campaign in the perfect has
 * done, past the lead and with no day of its own, counts many incidents, not the one just told.
 */
function campaignToll(s: SentenceFacts, clause: Clause): boolean {
  const toll = TOLL_PARTICIPLE.exec(clause.text);
  if (!toll || bodyIndex(s) <= 2) return false;
  const before = s.sentence.text.slice(0, clause.start + toll.index);
  return PERFECT_SUMMARY.test(before) && !s.dates.some((d) => !d.periodStart && !d.speechDay && !d.otherDay);
}
// the toll told as what the acts before it did: "..., killing four", "..., leaving dozens dead"
const TOLL_PARTICIPLE = /(?:^|,)\s*(?:killing|leaving|claiming|costing)\b/i;

/**
 * "The ethnic clashes have so far claimed more than 100 lives", "such raids have killed hundreds": acts in
 * the plural as the subject of a toll in the perfect keep a running count of many incidents (past the lead,
 * with no day of their own), not one incident's toll.
 */
const actsTollSoFar = (trigger: Trigger, after: string): boolean =>
  /[^s]s$/i.test(trigger.text) && !CROWD_KINDS.has(trigger.kind) && TOLL_SO_FAR.test(after);
const TOLL_SO_FAR = /^\s+(?:[\w'’-]+\s+){0,3}?(?:have|has)\s+(?:so far\s+|already\s+|now\s+|reportedly\s+|together\s+)?(?:claimed|killed|left|cost)\b/i;

/**
 * "drone strikes killed 1,243 people between March 1, 2025, and January 21, 2026": the last day of a span
 * of more than two weeks closes a period (judged `j-summary`); it is no day of one act.
 */
function endsLongSpan(text: string, dates: DateMention[], d: DateMention): boolean {
  const start = dates.filter((x) => x.periodStart && x.end <= d.index && /^\s*,?\s*and\s+$/i.test(text.slice(x.end, d.index))).pop();
  return !!start && /\bbetween\s+(the\s+)?$/i.test(text.slice(Math.max(0, start.index - 12), start.index)) &&
    dayDiff(d.span.latest, start.span.earliest) > RUNNING_TOLL_DAYS;
}

/** The sentence's place among the story's own sentences: page lines before the lead (menus, bylines, headlines) do not count. */
const bodyIndex = (s: SentenceFacts): number => s.ctx.sentences.filter((x) => x.index < s.sentence.index && !isHeadline(x)).length;

/** The sentence's counts of acts ("16 attacks"), found once. */
function cardinalTallies(s: SentenceFacts): NonNullable<SentenceFacts['tallies']> {
  // a count of the last day's acts ("53 strikes over the past 24 hours") sums up no act: each is news
  return (s.tallies ??= sentenceCounts(s.ctx, s.sentence).filter((t) => t.cardinal && !t.lastDay));
}

/**
 * "In 2022, 105 police were killed in more than a hundred attacks", "250 airstrikes have been reported
 * so far": the clause counts incidents over a period, and its act is counted or has no day of its own.
 * An act with its own day beside a count ("hit the base on Monday, bringing the number of attacks to
 * 151") is an incident.
 */
function countsActs(s: SentenceFacts, clause: Clause, trigger: Trigger | null): boolean {
  const counts = cardinalTallies(s).filter((t) => t.index < clause.start + clause.text.length && t.end > clause.start);
  if (!counts.length) return false;
  const act = trigger ? clause.start + trigger.index : -1;
  return counts.some((t) => act >= t.index && act < t.end) || !inClause(s, clause, s.dates).some((d) => !d.periodStart && d.span.precision === 1);
}

/** The clause's sides: the role rules, then "at the country", then "the group" for the last named group. */
function clauseRoles(s: SentenceFacts, clause: Clause, trigger: Trigger, actors: ActorMatch[], country: string | null): Roles & { claimHere: boolean } {
  const local = actors.map((a) => ({ ...a, index: a.index - clause.start, end: a.end - clause.start }));
  const claimer = s.attribution.claim ? claimant(s.sentence.text, s.actors) : null;
  const end = clause.start + clause.text.length;
  const claimHere = claimer && claimer.index >= clause.start && claimer.index < end ? { ...claimer, index: claimer.index - clause.start, end: claimer.end - clause.start } : null;
  // who shot something down defended, and who "came under attack" was hit: their subjects are targets
  // ("Houthis sent a drone, which was intercepted": when the launch is the main verb, its subject launched)
  const passive = (trigger.kind === 'interception' && trigger.mainVerbIndex === trigger.index) || /\bcame under|comes? under\b/i.test(trigger.text) ||
    /\b(came|come|comes|coming)\s+under\s+([\w-]+\s+){0,2}$/i.test(clause.text.slice(0, trigger.index));
  const roles = assignRoles(clause.text.slice(0, trigger.scopeEnd), trigger.mainVerbIndex, local, claimHere, country, passive, trigger.kind);
  const frame: StoryRoleFrame = { s, clause, trigger, local, claimHere };
  for (const rule of STORY_ROLE_RULES) if (rule.apply(frame, roles)) roles.rules.push(rule.id);
  return { ...roles, claimHere: !!claimHere };
}

/** What the role rules that read beyond the clause see: the sentence, the story so far, the clause and its act. */
interface StoryRoleFrame {
  s: SentenceFacts;
  clause: Clause;
  trigger: Trigger;
  /** the clause's actors, placed within the clause */
  local: ActorMatch[];
  claimHere: ActorMatch | null;
}

/**
 * The role rules that read the story beyond the clause (its focus country, the act told last, the group
 * named last, a speaker's own report), run in order after the clause's own (ROLE_RULES); each changes the
 * roles it is given and says whether it did.
 */
export const STORY_ROLE_RULES: Array<{ id: string; reason: string; apply: (f: StoryRoleFrame, roles: Roles) => boolean }> = [
  {
    id: 'r-commenter', reason: '"The army did not comment on the attack": whoever speaks of an act already told did not do it',
    apply: ({ clause, trigger, local, claimHere }, roles) => {
      const comment = COMMENT.exec(clause.text.slice(0, trigger.index));
      if (!roles.actor1 || !comment || claimHere || !local.some((a) => a.actor === roles.actor1 && a.end <= comment.index)) return false;
      roles.actor1 = null;
      return true;
    },
  },
  {
    id: 'r-the-country', reason: '"strikes against the country": the state the story is about was the target',
    apply: ({ s, clause, trigger }, roles) => {
      const focusCountry = countryByCode(s.ctx.focus[0]);
      if (roles.actor2 || !focusCountry || !/\b(against|at|on)\s+the\s+country\b/i.test(clause.text.slice(trigger.index)) || roles.actor1?.country === focusCountry.cc) return false;
      roles.actor2 = stateOf(focusCountry.cc, focusCountry.name);
      return true;
    },
  },
  {
    id: 'r-pronoun-subject', reason: '"It also hit forward areas of Rajouri", "They then fired rockets": the attacker of the act told last',
    apply: ({ s, clause, trigger }, roles) => {
      if (roles.actor1 || !PRONOUN_SUBJECT.test(clause.text.slice(0, trigger.index)) || !s.ctx.lastAttacker || s.ctx.lastAttacker.name === roles.actor2?.name) return false;
      roles.actor1 = s.ctx.lastAttacker;
      return true;
    },
  },
  {
    id: 'r-said-it', reason: '"The White Army says it has taken Nasir": what a speaker says "it" or "they" did, the speaker did',
    apply: ({ s, clause }, roles) => {
      const sayer = !roles.actor1 ? speakerOfOwnAct(s, clause) : null;
      if (!sayer || sayer.name === roles.actor2?.name) return false;
      roles.actor1 = sayer;
      return true;
    },
  },
  {
    id: 'r-group-anaphor', reason: '"The group fired 17 missiles": the armed group the story named last',
    apply: ({ s, clause, trigger }, roles) => {
      const group = lastGroupBefore(s.actors, clause.start) ?? s.ctx.lastGroup;
      if (roles.actor1 || !GROUP_ANAPHOR.test(clause.text.slice(0, trigger.index)) || !group || group.name === roles.actor2?.name) return false;
      roles.actor1 = group;
      return true;
    },
  },
];

/** The reason of any role rule, the clause's or the story's, by id. */
export const roleRuleReason = (id: string): string | undefined => roleReason(id) ?? STORY_ROLE_RULES.find((r) => r.id === id)?.reason;

// "The White Army says it has taken Nasir after heavy fighting with government troops": what a speaker
// says "it" or "they" did, in the clauses of its own report, the speaker did (`r-said-it`)
const SAID_IT = /\b(said|says|say|announced|claimed|stated)\s+((on|in|late|early)\s+[\w-]+\s+){0,2}(that\s+)?(it|they)\s+(?!(was|were|is|are)\b)/gi;
// between the speaker and its verb: an apposition, "on Tuesday", an adverb
const TO_THE_VERB = /^\s*(\([^)]*\)\s*)?(,[^,]{0,120},\s*)?(\w+ly\s+)?$/;

function speakerOfOwnAct(s: SentenceFacts, clause: Clause): Actor | null {
  for (const said of s.sentence.text.slice(0, clause.start + 1).matchAll(SAID_IT)) {
    if (said.index + said[0].length > clause.start + clause.text.length) continue;
    const speaker = s.actors.filter((a) => a.end <= said.index).pop();
    if (speaker && TO_THE_VERB.test(s.sentence.text.slice(speaker.end, said.index))) return speaker.actor;
  }
  return null;
}

/** "since April, when a coalition jet hit a launcher": the time the clause hangs on, even one that starts a period. */
const dayHungOn = (s: SentenceFacts, clause: Clause): DateMention | undefined =>
  clause.dayAt === undefined ? undefined : s.dates.find((d) => d.index <= clause.dayAt! && clause.dayAt! < d.end && !d.speechDay);

/** The clause's own date; another clause's only when that clause reports no act; "after X" is the day before its main clause. */
function clauseDate(s: SentenceFacts, clause: Clause, dates: DateMention[], at: number): { span: DateSpan | null; rule: string | null; said: boolean; loose?: boolean } {
  const own = dates.filter((d) => !d.periodStart && !d.otherDay);
  // "On Monday firefighters fought a blaze started by an airstrike on Saturday": the day nearest the act
  // a day the text states beats one counted from another ("On October 1, three weeks earlier, ...")
  const byDistance = (xs: DateMention[]) => xs.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  const nearest = byDistance(own.filter((d) => !d.speechDay && !d.narrative)) ?? byDistance(own.filter((d) => !d.speechDay));
  const stated = nearest ?? own[0] ?? dayHungOn(s, clause);
  const date = stated ?? (isLone(s, clause) ? s.dates.find((d) => !d.periodStart && !d.speechDay && !d.otherDay && !inAntecedent(s, clause, d)) : undefined) ?? sharedDay(s, clause, at) ?? null;
  const base = date?.narrative ? (sentenceBase(s, date) ?? narrativeDay(s.ctx, s.sentence.index))?.span : null;
  let span: DateSpan | null = base ? shiftSpan(base, date!.shift) : date?.span ?? null;
  // "a curfew stayed in force on Thursday, a day after four protesters were killed": an act after a lag
  // that borrows the day of the clause it hangs on happened that many days before it (rule `d-lag-back`)
  // ("days after" is too loose to count back from a borrowed day)
  if (!stated && span && clause.antecedent && clause.lag && !clause.lag.width) return { span: lagBack(span, clause.lag), rule: 'd-lag-back', said: false };
  // "X came two days after Y": Y is two days before X; a bare "after Y": X's day or the day before. A main
  // clause with no day counts from the day the story stands at, never from a day of another antecedent
  // ("days after an assault ..., in retaliation for a strike in late January", rule `d-lag-story-day`)
  if (!span && clause.antecedent) {
    const main = mainClauseDate(s.clauses, clause, s.dates);
    span = clause.lag ? lagBack(main ?? narrativeDay(s.ctx, s.sentence.index)?.span ?? null, clause.lag) : dayBefore(main);
  }
  // d-loose-same-day: "earlier in the day" with no day named before it is counted from publication, a guess
  return { span, rule: date?.rule ?? null, said: !!date?.speechDay, ...(date?.narrative && !base ? { loose: true } : {}) };
}

/**
 * "Protests were held in Sisli, where a commissioner was appointed after the mayor was arrested last week":
 * the day of what an act came after (rule `d-antecedent-day`) is earlier than the act, never its day.
 */
const inAntecedent = (s: SentenceFacts, clause: Clause, d: DateMention): boolean =>
  !clause.antecedent && s.clauses.some((c) => c.antecedent && d.index >= c.start && d.index < c.start + c.text.length);

/**
 * "In 2014, the government concluded a peace pact, which reduced the fighting": an act told again ("the
 * fighting") is the article's incident; a bare year before publication is some other thing's.
 */
function recentIfTold(clause: Clause, trigger: Trigger, date: ReturnType<typeof clauseDate>): ReturnType<typeof clauseDate> {
  return date.rule === 't-year' && isAnaphoric(clause.text, trigger) ? { span: null, rule: null, said: false } : date;
}

/**
 * "Gunmen killed three soldiers the previous evening, the army said on Tuesday": a day counted from
 * another counts from the one its sentence states, the nearest, even a day of speech.
 */
function sentenceBase(s: SentenceFacts, shifted: DateMention): DateMention | null {
  const stated = s.dates.filter((d) => d !== shifted && !d.narrative && !d.periodStart && !d.otherDay && d.span.precision === 1);
  return stated.sort((a, b) => Math.abs(a.index - shifted.index) - Math.abs(b.index - shifted.index))[0] ?? null;
}

const LISTED_WITH = /^\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?$/;

/** "In Nanterre, where a teenager was shot dead, protesters set cars alight": a part with no place of its own is where the clause's words with no act of their own say, not where its relative part says. */
function sharedPlaces(s: SentenceFacts, clause: Clause): PlaceMatch[] {
  // "the town where a teenager was shot dead": a relative part happened where the words before it say
  // (the last of them, with those listed with it: "targeted Makhachkala, where a church was attacked, and the city
  // of Derbent, where another burned" burned in Derbent; "in Kano and Kaduna, where crowds rioted", in both; a town
  // a direction is told from is no site: "In Nanterre, the town west of Paris where")
  if (clause.relative) {
    const all = s.places.filter((p) => p.index >= clause.whole!.start && p.index < clause.start);
    const sites = all.filter((p) => p.place.geo_precision !== 2);
    const before = sites.length ? sites : all;
    let first = before.length - 1;
    while (first > 0 && LISTED_WITH.test(s.sentence.text.slice(before[first - 1]!.end, before[first]!.index))) first--;
    return before.slice(Math.max(0, first));
  }
  const parts = s.clauses.filter((c) => c.whole === clause.whole && c !== clause && !c.relative);
  return s.places.filter((p) => parts.some((c) => p.index >= c.start && p.index < c.start + c.text.length && !s.triggers.get(c)));
}

/** "On Thursday protesters wrecked offices in Novi Sad and fought police in Belgrade": the acts a clause joins share its day; a relative part's act ("where a teenager was shot dead on Tuesday") does not. */
function sharedDay(s: SentenceFacts, clause: Clause, at: number): DateMention | undefined {
  const whole = clause.whole;
  if (!whole || clause.relative) return undefined;
  const relatives = s.clauses.filter((c) => c.whole === whole && c.relative);
  const inRelative = (d: DateMention) => relatives.some((c) => d.index >= c.start && d.index < c.start + c.text.length);
  return s.dates.filter((d) => d.index >= whole.start && d.index < whole.end && !d.periodStart && !d.speechDay && !d.otherDay && !inRelative(d))
    .sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
}

/**
 * "The blast took place between the villages of Toynar and Farsegarh", "on the road between Kutru and Bedre":
 * two towns that bound a stretch name one site, the stretch between them, not two incidents.
 */
function boundsStretch(targets: Array<{ index: number; end: number; place: { geo_precision: number } }>, text: string): boolean {
  if (targets.length !== 2 || !targets.every((p) => p.place.geo_precision < 3)) return false;
  const [a, b] = targets as [typeof targets[0], typeof targets[0]];
  return STRETCH_START.test(text.slice(Math.max(0, a.index - 40), a.index)) && /^\s+and\s+$/.test(text.slice(a.end, b.index));
}
const STRETCH_START = /\bbetween\s+(the\s+)?(([\w-]+\s+){0,2}(villages?|towns?|communities|settlements|cities|localities)\s+of\s+)?$/i;

/** "The group said in a statement that the drone hit its target": the perpetrator's own account is a claim. */
function perpetratorSpeaks(attribution: Attribution, actor1: Roles['actor1']): boolean {
  if (!attribution.speaker) return false;
  if (/^the (group|militia|movement|rebels|militants|insurgents|faction)$/i.test(attribution.speaker)) return true;
  return !!actor1 && actor1.type !== 'state_military' && attribution.speakerActor?.actor.name === actor1.name;
}

/**
 * "Erbil: US positions targeted in drone attack", "Shot dead", "Here's what happened today": a line no
 * full stop closes is a headline, a dek, a caption or a label; it retells what the story tells, unless
 * it gives a day ("On Saturday far-right riots had already hit Hull": a summary line that reports).
 */
const isHeadline = (sentence: Sentence): boolean => !/[.!?:;"'”’»)\]…]\s*$/.test(sentence.text);
/** "July 07, 2025 | Clash Report", "Kenya | Published May 2": a line of fields a bar divides is a page's byline or label, whose day dates the page. */
const isPageLine = (sentence: Sentence): boolean => /\s\|\s/.test(sentence.text);

function reject(s: SentenceFacts, act: string, rule: string, reason: string): void {
  s.ctx.rejected.push({ sentence: s.sentence, act, rule, reason });
}

/** "Since May last year, over 200 dead": a toll counted from a day more than two weeks back is a running toll. */
const tollOverPeriod = (s: SentenceFacts, clause: Clause): boolean =>
  inClause(s, clause, s.dates).some((d) => d.periodStart && d.span.earliest < addDays(s.ctx.article.published, -RUNNING_TOLL_DAYS));
// a toll "since Thursday" is likely one incident's, over its days; one "since May" a war's
const RUNNING_TOLL_DAYS = 14;

/**
 * "6,200 people died at the hands of police in 2022", "over the past two months, militancy has left 24 dead": a
 * toll with no act of its own told over a year, months, or a war is background, no incident's (a week's, or
 * one "in all", may be one act's)
 */
const backgroundToll = (text: string): boolean =>
  periodCues(text).some((c) => LONG_PERIODS.has(c.start) || (c.start === 'days' && /\b(months?|years?)\b/i.test(c.text))) || overYears(text);
/**
 * "the decade-long insurgency has killed more than 6,200 people", "a civil war between 2013 and 2018 left
 * hundreds of thousands dead": a toll told over a stretch of years (the cue that rules out an act lasting
 * them, n-durative) is a conflict's, no incident's, whether or not its verb was read as an act.
 */
// (of months or years: a few days' fighting may be one incident's)
const overYears = (text: string): boolean => matchAll('non-event-cues', text).some((c) => c.rule.id === 'n-durative' && /\b(?:months?|years?|decades?|(?:19|20)\d\d)\b|(?:year|decade)s?-long/i.test(c.text));
const LONG_PERIODS: ReadonlySet<string> = new Set(['year', 'this-year', 'last-year', 'year-part', 'war', 'truce']);

/** Some clause of the sentence sums up many acts, or reports an act judged no incident, instead of reporting one. */
const inSummary = (s: SentenceFacts): boolean =>
  s.clauses.some((c) => { const t = s.triggers.get(c); return t && !perfectToll(s, c, t, casualtiesOf(s, c)) ? isSummary(s, c, t, inClause(s, c, s.dates)) : hasVetoedAct(c.text); });

/**
 * j-perfect-toll: "10 people have been killed, a child among them, and 25 others wounded", past the lead: a figure
 * of the dead in the perfect passive, by no agent, is the toll of the incident being told, not acts summed up (the
 * perfect of an act, "militias have attacked villages", is); it is read as a bare toll, so the checks of a bare toll
 * (a period, a war, a campaign, a count) still keep a running toll off the incident.
 */
function perfectToll(s: SentenceFacts, clause: Clause, trigger: Trigger, c: Casualties): boolean {
  if (trigger.kind !== 'kill' || !someHarm(c.fatalities) || bodyIndex(s) <= 2) return false;
  const before = clause.text.slice(0, trigger.index);
  const after = clause.text.slice(trigger.index + trigger.text.length);
  const dates = inClause(s, clause, s.dates);
  // (a toll since a day, over a war or "so far", of thousands, or beside the displaced, "40,000 killed and 12 million
  // displaced", is a war's whatever its verb; one told at places of its own, "one each has been killed in Lahore and
  // Quetta", is left to the acts at those places)
  if (dates.some((d) => d.periodStart) || namesWarPeriod(clause.text) || runningToll(s, clause.text) || WAR_SUMMARY.test(clause.text) || (c.fatalities!.low ?? 0) >= 1000 || inClause(s, clause, s.places).length) return false;
  return PERFECT_PASSIVE.test(before) && !/^\s+by\b/i.test(after) && isSummary(s, clause, trigger, dates);
}
const PERFECT_PASSIVE = /\b(?:have|has)\s+(?:now\s+|also\s+)?been\s+$/i;
const WAR_SUMMARY = /\b(?:so far|thus far|to date|this (?:year|month)|ahead of|displaced|forced from their homes|fled their homes)\b/i;

/**
 * "Neither attack was reported to have caused injuries", "Neither assault caused any casualties": a toll of
 * none whose sentence's only ruled-out act is the one its negation denies tells of acts already told, not
 * of a summary.
 */
function deniedHarmOnly(s: SentenceFacts, c: Casualties): boolean {
  if (someHarm(c.fatalities) || someHarm(c.injured)) return false;
  const vetoed = s.clauses.flatMap((x) => (s.triggers.get(x) ? [null] : vetoedActs(x.text)));
  return vetoed.length > 0 && vetoed.every((v) => v?.rule === 'n-negation');
}

/** The other clauses of the sentence report no act of their own. */
const isLone = (s: SentenceFacts, clause: Clause): boolean => s.clauses.every((c) => c === clause || !s.triggers.get(c));

/**
 * A town told beside the act, in a clause of its own that is not another incident ("while another
 * flattened a shop in Sirrin"); not in the incident it answers ("responding to attacks on bases, among
 * them Ain al-Asad") nor in an act judged no incident.
 */
function lendsTown(s: SentenceFacts, p: PlaceMatch): boolean {
  const own = s.clauses.find((c) => p.index >= c.start && p.index < c.start + c.text.length);
  return p.place.geo_precision < 3 && !!own && !own.antecedent && !hasVetoedAct(own.text);
}

/** Where the reported content starts: after "X said (that)", places before it are the speaker's. */
function contentStart(clause: string, triggerIndex: number): number {
  let start = 0;
  for (const m of clause.slice(0, triggerIndex).matchAll(/\b(said|says|announced|reported|told \w+|stated|confirmed|declared)( that)?\b/gi)) start = m.index + m[0].length;
  return start;
}

/** The date of the clause an "after ..." clause hangs on. */
function mainClauseDate(clauses: Clause[], antecedent: Clause, dates: DateMention[]): DateSpan | null {
  for (const c of clauses) {
    if (c === antecedent || c.antecedent) continue;
    // the day the main clause was said is no day of the act it follows
    const d = dates.find((x) => x.index >= c.start && x.index < c.start + c.text.length && !x.periodStart && !x.speechDay && !x.otherDay);
    if (d) return d.span;
  }
  return null;
}

/** A day counted from another ("two days earlier"), stated as text only when the base was. */
function shiftSpan(base: DateSpan | null, shift: Shift | null | undefined): DateSpan | null {
  if (!base || !shift) return base;
  const inYear = (d: string) => (shift.year ? `${shift.year}${d.slice(4)}` : d);
  let earliest = addDays(inYear(base.earliest), shift.days);
  let latest = addDays(inYear(base.latest), shift.days + shift.width);
  if (shift.within && base.earliest < base.latest) {
    if (earliest < base.earliest) earliest = base.earliest;
    if (latest > base.latest) latest = base.latest;
  }
  return { date: earliest, earliest, latest, precision: shift.width ? 2 : base.precision, text: base.text };
}

/** "X came two days after Y": Y's day, counted back from X's. */
const lagBack = (span: DateSpan | null, lag: Shift): DateSpan | null => shiftSpan(span, { days: -lag.days, width: lag.width });

/** "Y happened after X": X is the day of Y or the day before. */
function dayBefore(span: DateSpan | null): DateSpan | null {
  if (!span) return null;
  const earliest = addDays(span.earliest, -1);
  return { date: earliest, earliest, latest: span.latest, precision: span.precision, text: null };
}

/** The places a clause's incident happened at: the most precise ones, several when they are listed ("X and Y"). */
function pickPlaces(places: PlaceMatch[], text: string, toll?: Tolls, crowd = false): PlaceMatch[] {
  const targets = places.filter((p) => !p.origin && !holdsVillage(p, places, text) && !frontsList(p, places, text));
  if (targets.length === 0) return [];
  const best = Math.min(...targets.map((p) => p.place.geo_precision === 3 ? 3 : 1));
  const precise = targets.filter((p) => (p.place.geo_precision === 3 ? 3 : 1) === best);
  // "raids on the capital, Sanaa, Hodeidah governorate, Saada and Dhamar": a list may mix towns and regions
  // "at Erbil Air Base, Iraq", "at X in Iraq and at Y": a country beside a place of it is where that place is, not another place
  // ("in Falkirk, Scotland", "Leeds, England": a region a listed town is in is where it is, not another place)
  const items = isCountry(precise[0]!) ? targets : targets.filter((p) => !isCountry(p) && !holdsTown(p, targets));
  const chain = listChain(items, items.indexOf(precise[0]!), text, toll, false, crowd);
  return chain.length > 1 ? chain : [precise[0]!];
}

// "struck targets in northern Iraq and northern Syria": one act in parts of listed countries is an incident
// in each (ACLED: one country, one event); bare countries ("in Iraq and Syria") are often a war's setting
// or a list of allies, not where the act was
const ofCountries = (targets: PlaceMatch[]): boolean =>
  targets.length > 1 && new Set(targets.map((p) => p.place.country_code)).size === targets.length &&
  targets.every((p) => isCountry(p) && p.place.name !== p.place.country);

const holdsTown = (region: PlaceMatch, places: PlaceMatch[]): boolean => region.place.geo_precision === 3 && !!region.place.admin1 &&
  places.some((p) => p.place.geo_precision < 3 && p.place.country_code === region.place.country_code && p.place.admin1 === region.place.admin1);

// "In the Shebekinsky municipal district, at the city of Shebekino and the villages of Meshkovo and Murom, ...":
// a district fronted before the places it holds only says where they are (rule `p-fronted-district`)
const FRONTED_GAP = /^\s*(?:(?:municipal|urban|administrative)\s+)?(?:district|county|territory|raion|rayon)?\s*,\s*(?:at|in|near)\s+(?:the\s+(?:city|town|village|settlement)s?\s+of\s+)?$/i;
const frontsList = (district: PlaceMatch, places: PlaceMatch[], text: string): boolean => {
  const next = places.find((p) => p.index >= district.end);
  return district.rule === 'p-district' && !!next && next.place.country_code === district.place.country_code &&
    FRONTED_GAP.test(text.slice(district.end, next.index));
};

// "in villages around Bokkos - Ruwi, Daffo and Hurti": the known place listed villages lie at is where
// they are (rules/villages.ts), not another place hit; so is the one listed villages the gazetteer knows are
// around ("around Ajaccio - Tavaco, Vico"), and the district said after a village ("In Manica, Macomia district")
const VILLAGE_RULES = new Set(['p-village', 'p-village-known']);
const holdsVillage = (town: PlaceMatch, places: PlaceMatch[], text: string): boolean => !VILLAGE_RULES.has(town.rule) && places.some((p) => VILLAGE_RULES.has(p.rule) &&
  (p.rule === 'p-village-known' || (p.place.lat === town.place.lat && p.place.lon === town.place.lon)) &&
  (/^\s*[-–—:]\s*$/.test(text.slice(town.end, p.index)) || /^,\s*$/.test(text.slice(p.end, town.index))));

const isCountry = (p: PlaceMatch): boolean => p.place.geo_precision === 3 && p.place.admin1 === null;

// "killed four in Makhachkala and two in Derbent", "one was shot dead in Abuja and another in Kano": a
// figure standing for the verb left out adds a place to the list, with a toll of its own
const GAPPED = new RegExp(String.raw`^\s*,?\s*and\s+(?:(${QUANTIFIER_SOURCE})\s+)?(another|${NUMBER_SOURCE})(?:\s+(?:more|others?))?\s+(?:in|at|near)\s+(?:the\s+)?$`, 'i');

// "One drone was downed in the Borisovsky district and 19 drones in the Valuisky district": a count of weapons
// standing for the verb left out adds its place to the list too (rule `p-gapped-weapons`)
const GAPPED_WEAPONS = new RegExp(String.raw`^\s*(?:(?:municipal\s+)?district|region|province)?\s*,?\s*and\s+(?:(?:${QUANTIFIER_SOURCE})\s+)?(?:${NUMBER_SOURCE})\s+(?:more\s+)?(?:[\w-]+\s+)?(?:drones|uavs|missiles|rockets|shells|bombs)\s+(?:in|at|near|over)\s+(?:the\s+)?$`, 'i');

/** The toll of a place added by a gapped figure, of the same kind as the clause's one toll (null if it is not gapped). */
interface Tolls { fatalities: Range | null; injured: Range | null }
function gappedToll(gap: string, clause: Tolls): Tolls | null {
  const m = GAPPED.exec(gap);
  const kinds = [clause.fatalities, clause.injured].filter((r) => r?.best || r?.low);
  if (!m || kinds.length !== 1) return null;
  const range = toRange(m[1], m[2]!.toLowerCase() === 'another' ? 'one' : m[2]!, [m[1], m[2]].filter(Boolean).join(' '));
  return clause.fatalities === kinds[0] ? { fatalities: range, injured: null } : { fatalities: null, injured: range };
}

/**
 * "killed four of the gunmen in Kano and two in Katsina": the casualty rules add up figures joined by
 * "and", so the first place's toll is what is left when the gapped places' own are taken away.
 */
function firstOfGapped(clause: Tolls, gapped: Array<Tolls | null>): Tolls | null {
  const less = (total: Range | null, parts: Array<Range | null>): Range | null => {
    const added = parts.map((r) => r?.text && total?.text?.toLowerCase().includes(`and ${r.text.toLowerCase()}`) ? r.best ?? 0 : 0).reduce((a, b) => a + b, 0);
    if (!total || total.best === null || !added) return total;
    const best = total.best - added;
    return best > 0 ? { best, low: best, high: best, text: total.text } : total;
  };
  return { fatalities: less(clause.fatalities, gapped.map((t) => t?.fatalities ?? null)), injured: less(clause.injured, gapped.map((t) => t?.injured ?? null)) };
}

// "8,000 people gathered in Nitra, some 3,000 in Poprad and around 2,000 in Trnava": a crowd's size standing
// for the verb left out adds its place to the list, a crowd of its own there (rule `p-gapped-crowd`); so does a
// size told as the range of two counts ("between 14,000 and 20,000 in Lyon, 1,800 to 3,000 in Niort")
const CROWD_SIZE = String.raw`(?:between\s+${NUMBER_SOURCE}\s+and\s+${NUMBER_SOURCE}|${NUMBER_SOURCE}(?:\s*(?:to|-|–)\s*${NUMBER_SOURCE})?)`;
const GAPPED_CROWD = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:${QUANTIFIER_SOURCE}\s+)?${CROWD_SIZE}\s+(?:more\s+)?(?:people\s+|protesters\s+|demonstrators\s+)?(?:each\s+)?(?:in|at)\s+(?:the\s+)?$`, 'i');

/** The places listed one after another (", ", "and", "or") around the one at `at`. */
function listChain(places: PlaceMatch[], at: number, text: string, toll?: Tolls, counted = false, crowd = false): PlaceMatch[] {
  // ("hit seven sites, four in Syria and three in Iraq": a gapped figure of no toll counts something else)
  const joined = (a: PlaceMatch, b: PlaceMatch) => listGoesOn(text.slice(a.end, b.index)) || (!!toll && !!gappedToll(text.slice(a.end, b.index), toll)) ||
    GAPPED_WEAPONS.test(text.slice(a.end, b.index)) ||
    (counted && COUNTED_GAP.test(text.slice(a.end, b.index))) || (crowd && GAPPED_CROWD.test(text.slice(a.end, b.index)));
  let start = at;
  while (start > 0 && joined(places[start - 1]!, places[start]!)) start--;
  let end = at;
  while (end + 1 < places.length && joined(places[end]!, places[end + 1]!)) end++;
  return places.slice(start, end + 1);
}


// a count of crowds: "protests", "demonstrations", "rallies", "strikes"
const CROWD_COUNT = /(s|ies)$/i;

// why a crowd act was judged no one incident: a count ("hundreds of protests") or a summary ("have flared since")
const ROUNDUP_JUDGEMENTS = new Set(['n-generic-count', 'j-summary']);

/**
 * "Since his call, hundreds of protests have flared in several cities, among them Yaounde, Garoua and
 * Maroua", "Dozens of demonstrations have taken place in Maroua, Garoua and Bafang this week": a roundup of
 * crowds is a protest in each town it lists (after an opener, rules/roundups.ts, or, when the count or the
 * summary ruled the act out, the sentence's two or more towns) that the sentence's own mentions did not place.
 */
function roundupMentions(s: SentenceFacts, made: Mention[]): Mention[] {
  // the outermost acts keep every crowd's act: only acts inside a crowd's are dropped
  const act = actsIn(s.sentence.text).find((a) => a.rule.fields[0] === 'protest' && CROWD_COUNT.test(a.text));
  if (!act) return [];
  const placed = new Set(made.map((m) => m.place?.name));
  const where = placeContext(s.ctx, s.actors.map((a) => [a.index, a.end]));
  const date = s.dates.find((d) => !d.periodStart && !d.speechDay && !d.otherDay)?.span ?? null;
  const towns = [...roundupTowns(s.sentence.text, act.index, (name) => townNamed(name, where)), ...(ruledOut(s, act) ? sentenceTowns(s) : [])]
    .filter((t) => !placed.has(t.place.name) && placed.add(t.place.name));
  return towns.map((t) => ({
    sentence: s.sentence, rules: [act.rule.id, 'u-roundup'], trigger: act.text, triggerIndex: t.index, event_type: 'Protests', sub_event_type: 'Peaceful protest',
    weapon: null, generic: false, anaphoric: false, newIncident: true, antecedent: false, kind: 'protest', date, place: t.place,
    actor1: null, actor2: null, assoc1: [], assoc2: [], fatalities: null, injured: null, attribution: s.attribution.speaker,
    claim: false, doubt: false, claimed_by: [], retaliation: false,
  }));
}

/**
 * "Disturbances were also reported in Arrasate, Bilbao, Eibar and Vitoria", "There was also tension in Dijon,
 * Lyon, Lille and Toulouse": unrest told of a list of towns, with no act named, is a riot in each listed town
 * (ACLED: one event per place) that the sentence's own acts did not place (rule `u-unrest-list`, the words in
 * data/lexicons/unrest-reports.tsv). Kept only in a report of unrest (pipeline/extract-article.ts): in a war
 * report "incidents in A and B" may be shelling. One town alone is no list: its act is told elsewhere or not.
 */
function unrestListMentions(s: SentenceFacts, made: Mention[]): Mention[] {
  const text = s.sentence.text;
  const told = matchAll('unrest-reports', text).find((m) => !DENIED_UNREST.test(text.slice(0, m.index)));
  if (!told) return [];
  const towns = s.places.filter((p) => !p.origin && p.place.geo_precision < 3);
  const first = towns.findIndex((p) => p.index >= told.index + told.text.length && /^\s*(?:the\s+)?$/i.test(text.slice(told.index + told.text.length, p.index)));
  if (first < 0) return [];
  const counted = told.rule.id === COUNTED_BY_TOWN;
  const list = listChain(towns.slice(first), 0, text, undefined, counted);
  if (list.length < 2) return [];
  const placed = new Set(made.map((m) => m.place?.name));
  const date = s.dates.find((d) => !d.periodStart && !d.speechDay && !d.otherDay)?.span ?? null;
  return list.filter((t) => !placed.has(t.place.name) && placed.add(t.place.name)).map((t) => ({
    sentence: s.sentence, rules: [told.rule.id, UNREST_LIST], trigger: told.text, triggerIndex: t.index, event_type: 'Riots', sub_event_type: 'Violent demonstration',
    // a town counted with the others may be the one whose unrest was told before ("20 in Paris"): it is that unrest
    weapon: null, generic: false, anaphoric: false, newIncident: !counted, antecedent: false, kind: 'riot', date, place: t.place,
    actor1: null, actor2: null, assoc1: [], assoc2: [], fatalities: null, injured: null, attribution: s.attribution.speaker,
    claim: false, doubt: false, claimed_by: [], retaliation: false,
  }));
}
export const UNREST_LIST = 'u-unrest-list';
// "arrests: 10 in A, 12 in B and 2 in C": a count for each listed town (unrest-reports.tsv)
const COUNTED_BY_TOWN = 'u-counted-by-town';
const COUNTED_GAP = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:${NUMBER_SOURCE})\s+(?:in|at)\s+(?:the\s+)?$`, 'i');
// "no disturbances were reported in A or B", "fears of unrest in A and B": unrest denied or feared is none
const DENIED_UNREST = /\b(no|not|without|any|fears?\s+of|risk\s+of|prevent|avoid)\s+(?:[\w-]+\s+)?$/i;

const ruledOut = (s: SentenceFacts, act: LexMatch): boolean =>
  s.ctx.rejected.some((r) => r.sentence === s.sentence && r.act === act.text && ROUNDUP_JUDGEMENTS.has(r.rule));
/** The towns a sentence names where things happened, when it names two or more: a list. */
function sentenceTowns(s: SentenceFacts): Array<{ place: Place; index: number }> {
  const towns = s.places.filter((p) => !p.origin && p.place.geo_precision < 3);
  return towns.length >= 2 ? towns : [];
}

/**
 * c-by-town: "Eight people were injured, seven in Barcelona and one in Lleida": a bare toll broken down town by town
 * gives each listed town its own part, told at that town, so each joins the incident there (a toll of one kind, two
 * towns or more, the parts no more than the whole).
 */
function byTown(s: SentenceFacts, clause: Clause, m: Mention): Mention[] | null {
  const kinds = (['fatalities', 'injured'] as const).filter((k) => someHarm(m[k]));
  if (kinds.length !== 1) return null;
  const kind = kinds[0]!;
  const parts = inClause(s, clause, s.places).filter((p) => !p.origin && p.place.geo_precision < 3).flatMap((p) => {
    const figure = TOWN_PART.exec(s.sentence.text.slice(Math.max(clause.start, p.index - 60), p.index));
    const n = figure ? numberValue(figure[1]!) : null;
    return n === null ? [] : [{ place: p.place, n, ofThem: !!figure![2] }];
  });
  const whole = m[kind]!.best ?? m[kind]!.low ?? 0;
  // c-part-of-them: "left four police officers dead, three of them in Llallagua": one town's part, said of the
  // whole, is that town's toll (the rest were elsewhere)
  const onePart = parts.length === 1 && parts[0]!.ofThem && parts[0]!.n < whole;
  if ((parts.length < 2 && !onePart) || parts.reduce((a, p) => a + p.n, 0) > whole) return null;
  return parts.map((p) => ({ ...m, place: p.place, [kind]: { best: p.n, low: p.n, high: p.n, text: m[kind]!.text }, rules: [...m.rules, onePart ? 'c-part-of-them' : 'c-by-town'] }));
}
const TOWN_PART = new RegExp(String.raw`(?:[,;:]|\band)\s*(${NUMBER_SOURCE})\s+(of\s+them\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:municipality|town|city|village|district|county)\s+of\s+)?$`, 'i');

function casualtyOnly(sentence: Sentence, clause: Clause, c: Casualties, speaker: string | null): Mention {
  return {
    sentence, rules: ['m-casualties-only', ...c.rules], trigger: '', triggerIndex: clause.start, event_type: 'Battles', sub_event_type: 'Armed clash',
    weapon: null, generic: true, anaphoric: true, newIncident: false, antecedent: false, kind: 'attack', date: null, place: null,
    actor1: null, actor2: null, assoc1: [], assoc2: [], fatalities: c.fatalities, injured: c.injured, attribution: speaker,
    claim: false, doubt: false, claimed_by: [], retaliation: false, casualtyOnly: true,
  };
}
