// Mentions of one incident inside one article become one event (coreference): "a drone attack targeted
// a base", "the attack caused injuries", "a drone attack was launched at the airbase". A mention joins
// the latest compatible event when it refers back ("the attack") or says too little to stand alone;
// otherwise it joins an event at the same place with the same parties, or the latest compatible one
// when it names neither a site nor a day; else it starts a new one.
import { CROWD_KINDS, type Mention } from '../types.js';
import { datesCompatible, km, oneSideShared, placesCompatible, samePlace, sidesCompatible, swapped, weaponsCompatible } from './compatibility.js';
import { CROWD_NOUNS, matchAll } from '../extract/lexicon.js';
import { someHarm } from '../extract/mentions.js';
import { dayDiff } from '../resolve/time/days.js';
import { normaliseName } from '../read/normalise.js';
import { sameGroup } from '../resolve/actor/dictionary.js';

export interface MentionGroup {
  mentions: Mention[];
  /**
   * the attacked side firing back ("the policemen engaged the terrorists"): its sides are the other way
   * round; another account of the incident (`otherAccount`) names them otherwise: neither lends its sides
   */
  firingBack?: Set<Mention>;
  /** a wave counted across a whole country (`nationwideWave`): coded at the country, not at a site named near it */
  wave?: boolean;
}

/**
 * A group that keeps what the rules ask of it (its first weapon, sides and days, its most precise
 * place, its kinds of act, its sentences) up to date as mentions join. Asking is then constant time,
 * not a scan of the group, so a long article costs mentions × groups rather than mentions² × groups.
 */
class Group implements MentionGroup {
  readonly mentions: Mention[] = [];
  readonly firingBack = new Set<Mention>();
  /** the most precise place, the first of equals unless a later one says where: mostPrecise(this) */
  place: Mention['place'] = null;
  weapon: Mention['weapon'] = null;
  actor1: Mention['actor1'] = null;
  actor2: Mention['actor2'] = null;
  date: Mention['date'] = null;
  /** the first day the text states; an inferred one is a guess */
  statedDate: Mention['date'] = null;
  readonly wordClasses = new Set<string>();
  readonly sentences = new Set<Mention['sentence']>();
  /** deaths told first, then the protest they happened at: the group is that protest's */
  protestToll = false;
  wave = false;

  add(m: Mention, otherSides = false): void {
    // the attacked side firing back names the sides the other way round, another account otherwise: it lends none
    const lendsSides = !otherSides && !firesBack(this, m) && !crowdToldOtherWay(this, m);
    this.protestToll ||= this.mentions.length > 0 && mentionFamily(m) === 'protest' && this.mentions.every(bareKill);
    this.mentions.push(m);
    this.place = preciser(this.place, m);
    this.weapon ??= m.weapon ?? null;
    if (lendsSides) {
      this.actor1 ??= m.actor1 ?? null;
      this.actor2 ??= m.actor2 ?? null;
    } else this.firingBack.add(m);
    this.date ??= m.date ?? null;
    this.statedDate ??= stated(m);
    this.wordClasses.add(wordClass(m.trigger));
    this.sentences.add(m.sentence);
    this.wave ||= nationwideWave(m);
  }
}

/**
 * `sitesAt`: the sentences that name a site (a town or district), whether or not a mention was placed there
 * ("In Lviv, officials reported a drone over their part of Ukraine"): such a sentence tells a site's raid,
 * not the country's count of a wave.
 */
export function groupMentions(mentions: Mention[], sitesAt: ReadonlySet<number> = new Set()): MentionGroup[] {
  const groups: Group[] = [];
  // ("That came as X fought at Arge": an act told as under way when the one told last happened is another act,
  // though it takes that one's day, t-came-as, and fills in no place it lacked)
  const compatible = (g: Group, m: Mention) => compatibleWith(g, m) && !apartFromWave(g, m, sitesAt) && !(m.rules.includes('t-came-as') && g === lastTold(groups));
  const otherAccount = (m: Mention, thin = false) => otherAccountOf(groups, m, thin, (g) => !apartFromWave(g, m, sitesAt));
  for (const told of mentions) {
    const m = toldWithLast(told, groups);
    // best fit first (same place, same weapon), then the most recently mentioned: "the attack" refers
    // to the incident just talked about
    const trigger = GENERIC_ANAPHOR.test(m.sentence.text) ? null : m.trigger ? wordClass(m.trigger) : null;
    const candidates = groups.filter((g) => compatible(g, m)).map((g) => ({ g, fit: fit(g, m, trigger) }))
      .sort((a, b) => b.fit - a.fit || lastSentence(b.g) - lastSentence(a.g)).map((c) => c.g);
    // "seven soldiers died in that assault": a distal demonstrative points to the incident told last
    const latest = DISTAL.test(m.sentence.text) ? lastTold(candidates) ?? candidates[0] : candidates[0];
    const thin = !m.place && !m.date && !m.actor1;
    let target: Group | undefined;
    if (m.newIncident) target = groups.length === 1 && candidates.includes(groups[0]!) && opensOnAnaphor(groups[0]!, m) ? groups[0] : m.listed ? candidates.find((g) => listedAgain(g, m)) : undefined;
    else if (m.casualtyOnly) target = candidates.find((g) => g.sentences.has(m.sentence)) ?? latest;
    else if (m.anaphoric || thin) target = latest;
    // a mention with neither a site nor a day of its own ("the fighting left 12 dead", "Islamists
    // attacked Mali") retells the incident being told: one incident per article unless the text separates
    else target = retoldTarget(candidates, m) ?? candidates.find((g) => strongMatch(g, m)) ?? (latest && retells(latest, m) ? latest : undefined) ?? (groups[0] && candidates.includes(groups[0]) && pointsAhead(groups[0]) ? groups[0] : undefined);
    if (target) target.add(m);
    else if ((m.anaphoric || thin) && (target = accused(groups, m))) target.add(m);
    else if ((target = otherAccount(m, thin))) target.add(m, true);
    else if (!m.casualtyOnly) {
      const g = new Group();
      g.add(m);
      groups.push(g);
    } else {
      const act = tollElsewhere(m, lastTold(groups));
      if (act) {
        const g = new Group();
        g.add(act);
        groups.push(g);
      }
    }
  }
  return groups;
}

/**
 * m-same-target: "Gunmen attacked two checkpoints in Farah ... the fighters overran the checkpoints in the
 * province's Bala district": an act whose object is "the X", where X is what an act told before hit, named there
 * without "the", points back to that act as "the attack" does; the incident told last with that object is the
 * one it refines (its place may be finer). "Another", "also", "separately" still set it apart.
 */
function retoldTarget(groups: Group[], m: Mention): Group | undefined {
  const object = DEFINITE_OBJECT.exec(m.sentence.text.slice(m.triggerIndex))?.[1]?.trim().split(/\s+/).pop();
  if (!object || mentionFamily(m) !== 'violence' || setApartText(m)) return undefined;
  const introduced = new RegExp(String.raw`(?<!\b(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?)\b${object.replace(/(?:es|s)$/i, '')}(?:e?s)?\b`, 'i');
  return lastTold(groups.filter((g) => g.mentions.some((x) =>
    x.sentence.index < m.sentence.index && !x.casualtyOnly && introduced.test(x.sentence.text.slice(x.triggerIndex, x.triggerIndex + 80)))));
}
// the act's verb (and its preposition), then "the" and up to three words of its object before a word that ends the phrase
const DEFINITE_OBJECT = /^[\p{L}-]+(?:\s+(?:on|at|against|upon|into))?\s+the\s+((?:(?!(?:with|in|on|at|of|and|near|from|to|for|by|that|which|who|late|early|this|last|as|after|before|during|when|while|where|but)\b)\p{Ll}[\p{Ll}-]*(?![\p{L}'’-])\s*){1,3})(?!['’])/u;

/**
 * A mention that says it happened where or when the incident told last did takes that incident's place or
 * day, so it joins an incident only where they fit, not another party's act elsewhere or on another day:
 * "A month before that, two more soldiers died in an ambush in the same area" (p-same-area: a mention with
 * no site of its own, none or only the country), "That came as the group fought troops at a border post"
 * (t-came-as: an act with no day of its own told as under way when the one told last happened).
 */
function toldWithLast(m: Mention, groups: Group[]): Mention {
  const last = lastTold(groups);
  if (!last) return m;
  let told = m;
  const place = last.place;
  if (!isSite(m.place) && SAME_AREA.test(m.sentence.text) && isSite(place) && (!m.place || m.place.country_code === place!.country_code)) {
    told = { ...told, place, rules: [...told.rules, 'p-same-area'] };
  }
  const day = last.statedDate ?? last.date;
  if (!m.date && day && CAME_AS.test(m.sentence.text)) told = { ...told, date: day, rules: [...told.rules, 't-came-as'] };
  return told;
}
const SAME_AREA = /\bin the same (area|region|district|province|locality|vicinity)\b/i;
const CAME_AS = /^\W*(that|this|it)\s+came\s+(as|while|when)\b/i;

/**
 * x-toll-elsewhere: "Protesters burned bins in Madrid. In Logroño, seven officers were injured", "Troops
 * raided Kamba. In Mubi, two more were killed", "..., while Jigawa recorded three deaths in Hadejia": a toll
 * told in a sentence set at a town of its own ("In X," opening it) or by a place that counts its own dead,
 * where no incident told could be, was taken in one more act of the kind told last (its act,
 * weapon and sides) at that town. A toll at no town of its own, or one a town in the middle of the
 * sentence tells ("the toll in Potosí and Cochabamba"), stays with the incident told or with none.
 */
function tollElsewhere(m: Mention, last: Group | undefined): Mention | null {
  const told = last?.mentions.find((x) => !x.casualtyOnly);
  if (!told || !m.place || m.place.geo_precision > 2 || !(someHarm(m.fatalities) || someHarm(m.injured)) || !setAt(m)) return null;
  return { ...told, sentence: m.sentence, rules: [...m.rules, 'x-toll-elsewhere'], trigger: '', triggerIndex: m.triggerIndex, anaphoric: false, newIncident: true,
    antecedent: false, place: m.place, date: m.date ?? told.date, fatalities: m.fatalities, injured: m.injured, casualtyOnly: false, headline: false };
}
// "In Logroño (La Rioja), seven officers...": the sentence opens at the mention's town
const setAt = (m: Mention): boolean => {
  const opening = /^\W*(?:(?:and|but|meanwhile|elsewhere),?\s+)?in\s+(?:the\s+)?(?:(?:town|city|village|district|province|state|county|region)\s+of\s+)?([^,]{2,60}),/i.exec(m.sentence.text);
  return (!!opening && !!m.place && normaliseName(opening[1]!).includes(normaliseName(m.place.name))) || PLACE_COUNTS.test(m.sentence.text.slice(m.triggerIndex)) || tollThenTown(m);
};
/**
 * "A street vendor succumbed to his wounds in Dakar on Saturday", "seven officers were injured in Logroño": the town
 * right after the toll's own verb sets it there as "In Dakar, ..." opening the sentence does (not a hospital or a
 * street of the town: "died in a hospital in Dakar" tells where he died, not where he was hit).
 */
const tollThenTown = (m: Mention): boolean => {
  const toll = m.fatalities?.text ?? m.injured?.text;
  const at = toll ? m.sentence.text.indexOf(toll) : -1;
  const town = at < 0 ? null : TOWN_AFTER_TOLL.exec(m.sentence.text.slice(at + toll!.length));
  return !!town && !!m.place && normaliseName(town[1]!) === normaliseName(m.place.name);
};
const TOWN_AFTER_TOLL = /^\s+(?:to\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wounds|injuries)\s+)?in\s+(?:the\s+)?(?:(?:town|city|village|district|province|state|county|region)\s+of\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=\s*[,;.]|\s*$|\s+(?:on|at|late|early|last|this|overnight|when|after|as|during|and)\b)/u;
// "while Jigawa recorded three deaths in Hadejia", "Niger State recorded three deaths": a place that counts its own dead
const PLACE_COUNTS = /^\W*(?:(?:while|and|but)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:recorded|registered|counted|saw|had)\s+(?:[\w-]+\s+){0,2}(?:deaths|dead|fatalities)\b/u;

/**
 * "The incident took place in Maga town, in Kebbi state. ... Gunmen attacked a school in Kebbi State on
 * Monday": an article's first group, nothing but "the incident took place" with no day, stands for the
 * incident the headline named and the text tells next; the first compatible act told in full is that
 * incident (pointsAhead). So does a crowd's headline with no day ("Rally turns into riot", then "riots
 * erupted in Leipzig on Saturday"): it names the day's protest, which its lead then places and dates, and
 * the acts that point back to the headline's words point back to that one protest. A headline of violence
 * ("Drones hit bases housing US troops") as often sums up several acts the text tells one by one.
 */
const pointsAhead = (g: Group): boolean =>
  g.mentions.every((x) => (x.rules[0] === 'a-occurred' || (x.headline && mentionFamily(x) === 'protest')) && !x.date);
/**
 * m-listed-again: "On Saturday riots hit Leeds, Hull and York ... Saturday's riots swept Hull and York": a town of
 * a list is apart from its list mates, not from the act of its kind told before at that very town on that very
 * stated day; the list tells it again.
 */
const listedAgain = (g: Group, m: Mention): boolean => {
  const day = stated(m);
  return !g.sentences.has(m.sentence) && !!m.place && m.place.geo_precision < 3 && samePlace(g.place, m.place) && !otherTown(g.place!, m) &&
    !!day && day.precision === 1 && g.statedDate?.precision === 1 && g.statedDate.date === day.date && g.mentions.some((x) => x.kind === m.kind);
};
/**
 * n-lead-anaphor: "Five children were among those killed in the attack. At least eight people were killed in a
 * new attack in eastern Congo": an article that opens on "the attack", with no site or day and nothing told
 * before it to point back to, points ahead to the incident told in a later sentence; "a new attack" there is
 * new to the series of attacks, not to the text ("The raid came after a separate attack" sets its own apart).
 */
const opensOnAnaphor = (g: Group, m: Mention): boolean =>
  !g.sentences.has(m.sentence) && g.mentions.every((x) => x.anaphoric && !x.place && !x.date);

// the day officials spoke of an incident, or one counted from publication for want of another
// (d-loose-same-day), is no bar to the day the text gives it
const stated = (m: Mention): Mention['date'] => (m.date?.text && !m.dateSaid && !m.dateLoose ? m.date : null);
// "a clash between protesters and police" belongs with the protest it happened at
const CROWD = new RegExp(String.raw`\b${CROWD_NOUNS}\b`, 'i');
// "clashes broke out during protests", "the clashes erupted when hundreds took to the streets": a clash
// told at a protest in its sentence is that protest's, though no crowd noun names its side (clashAtProtest);
// a protest merely named beside fighting ("after the army put down demonstrations, rebels fought") is not
const PROTEST_WORDS = /\b(during|amid|at) (the |a )?([\w-]+ ){0,3}(protests?|demonstrations?|rall(y|ies))\b|\bwhen ([\w-]+ ){0,8}took to the streets\b/i;
const mentionFamily = (m: Mention): 'protest' | 'violence' =>
  CROWD_KINDS.has(m.kind) || (m.kind === 'clash' && (CROWD.test(m.sentence.text) || PROTEST_WORDS.test(m.sentence.text) || crowdClash(m.sentence))) ? 'protest' : 'violence';
/**
 * "Police fired tear gas as they clashed with supporters of the mayor", "students fought with police": a
 * clash told with the police's crowd-control weapons, or of people who are no armed side against the police
 * (crowd-acts.tsv), is a crowd's though no crowd noun names it. Asked of a sentence once.
 */
const CROWD_CLASH_ACTS: ReadonlySet<string> = new Set(['c-tear-gas', 'c-people-fight', 'c-crowd-police-clash']);
const crowdClashAt = new WeakMap<Mention['sentence'], boolean>();
const crowdClash = (s: Mention['sentence']): boolean => {
  let told = crowdClashAt.get(s);
  if (told === undefined) crowdClashAt.set(s, (told = matchAll('crowd-acts', s.text).some((c) => CROWD_CLASH_ACTS.has(c.rule.id))));
  return told;
};
const sameFamily = (g: Group, m: Mention): boolean => {
  const family = groupFamily(g);
  return (family ?? mentionFamily(g.mentions[0]!)) === mentionFamily(m) || (openClash(m) && toldAgain(g, m));
};
/**
 * A toll told first ("14 were killed on Monday, when protests turned violent") belongs to the protest that
 * joins it; clashes told with no side (`openClash`) take the family of what they are told with, and a group
 * of nothing else has none yet (null).
 */
const groupFamily = (g: Group): 'protest' | 'violence' | null => {
  if (g.protestToll) return 'protest';
  const told = g.mentions.find((x) => !openClash(x) && !x.casualtyOnly);
  return told ? mentionFamily(told) : null;
};
/**
 * "Rioters torched shops in Kano ... The clashes on Tuesday left nine hurt": clashes told with no side and no
 * weapon are as often a crowd's with the police as a fight of armed sides; pointing back to a riot or protest,
 * or told at its town (`toldAgain`), they are that riot. A group they start keeps its first family for what
 * joins it (a protest joining one lost more than it folded), but a crowd's act told next decides its family.
 */
const openClash = (m: Mention): boolean =>
  m.kind === 'clash' && !m.actor1 && !m.actor2 && !m.weapon && !m.casualtyOnly && mentionFamily(m) === 'violence';
/** Across families only what points back ("the clashes", "Monday's riots") or names the group's own town is one incident. */
const toldAgain = (g: Group, m: Mention): boolean =>
  (m.anaphoric && !m.newIncident) || (!!m.place && m.place.geo_precision === 1 && samePlace(g.place, m.place));
// a death no one is named for, by no weapon
const bareKill = (m: Mention): boolean => m.kind === 'kill' && !m.actor1 && !m.weapon;
/** "14 people were killed on Monday, when protests ... turned into clashes": the protest the deaths were told with. */
const protestOfItsDeaths = (g: Group, m: Mention): boolean =>
  mentionFamily(m) === 'protest' && g.sentences.has(m.sentence) && g.mentions.every(bareKill);

function compatibleWith(g: Group, m: Mention): boolean {
  return settingCompatible(g, m) && (sidesCompatible({ actor1: g.actor1, actor2: g.actor2 }, m) || firesBack(g, m) ||
    ((retoldAtProtest(g, m) || crowdToldAgain(g, m)) && sidesCompatible({ actor1: g.actor2, actor2: g.actor1 }, m)));
}

/**
 * "Police fired tear gas at a protest in Lagos ... stones thrown by angry demonstrators", "police broke up the
 * rally ... protesters attacked the officers", "clashes between police and protesters ... protesters were
 * dispersed by police": a crowd and the force facing it are told either way round, the crowd as the one acting
 * or as the one acted on; a crowd told again after a protest is that protest whichever side the sentence's
 * subject is (its own place and day still set it apart).
 */
const crowdToldAgain = (g: Group, m: Mention): boolean =>
  groupFamily(g) === 'protest' && CROWD_KINDS.has(m.kind) && forceSwitchesSides(g, m) &&
  (!stated(m) || onGroupsDay(g, m)) && !FRONTED_SITE.test(m.sentence.text);
/** The day the mention states is the one the group states ("in today's violence" after the day's protest). */
const onGroupsDay = (g: Group, m: Mention): boolean => stated(m)?.date === g.statedDate?.date;
/**
 * The mention names who acted, and it is the other side of the protest: the force the group had as the
 * target or where its crowd acted, or a crowd where its force acted (a mention that names only whom it hit
 * says too little to turn the sides round), or the group's force told only as hit, with no place of its own and
 * no day but the protest's ("40 police officers and 14 protesters were wounded": the protest's toll, x-force-hurt;
 * "Police used tear gas on Friday to break up protesters in Accra ... thousands took to the streets on Friday and
 * riot police used tear gas", "angry protesters attacked police stations": the crowd told the ACLED way round,
 * x-crowd-at-force).
 */
const forceSwitchesSides = (g: Group, m: Mention): boolean =>
  (isForce(m.actor1) && (m.actor1!.name === g.actor2?.name || isCrowd(g.actor1))) || (isCrowd(m.actor1) && isForce(g.actor1)) ||
  (!m.actor1 && isForce(m.actor2) && m.actor2!.name === g.actor1?.name && !m.place && (!m.date || stated(m)?.date === g.statedDate?.date));
const isForce = (a: Mention['actor1']): boolean => a?.type === 'state_military';
const isCrowd = (a: Mention['actor1']): boolean => !!a && /^(Protesters|Rioters)\b/.test(a.name);
/**
 * "In the Yopougon district, police chased protesters", "At Port Bouet, demonstrators gathered": a sentence that
 * opens on a named site sets its crowd there, though the gazetteer may not know the name.
 */
const FRONTED_SITE = /^\W*([Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+(the\s+)?(\p{Lu}[\p{L}'’-]*\s*)+(district|area|neighbou?rhood|suburb|quarter|township|town|city)?\s*,/u;
/** A crowd joined the other way round lends no sides: its sentence names them swapped. */
const crowdToldOtherWay = (g: Group, m: Mention): boolean =>
  g.mentions.length > 0 && crowdToldAgain(g, m) && !sidesCompatible({ actor1: g.actor1, actor2: g.actor2 }, m);

/** Of one family, weapon, place and day: all but the sides. */
function settingCompatible(g: Group, m: Mention): boolean {
  if (!m.casualtyOnly && !sameFamily(g, m) && !diedAtProtest(g, m) && !vagueAnaphor(m) && !protestOfItsDeaths(g, m) && !retoldAtProtest(g, m)) return false;
  if (!weaponsCompatible(g.weapon, m.weapon)) return false;
  if (!placesCompatible(g.place, m.place) && !retoldNearby(g, m)) return false;
  // a wave across a country and its strikes on named regions are coded apart, one event per region
  if (regionVersusCountry(g.place, m.place) && !(m.anaphoric && !m.newIncident)) return false;
  if (otherDistrict(g, m) && !(m.anaphoric && !m.newIncident)) return false;
  // a day inferred ("after X": the day before its main clause) is a guess, not a bar to a stated one
  return datesCompatible(g.statedDate, stated(m));
}

/**
 * "Four drones were downed over the Veidelevsky district ... one hit the Borisovsky district": districts of two
 * names are two areas however near their seats lie, and what befell each is an event of its own.
 */
function otherDistrict(g: Group, m: Mention): boolean {
  const district = districtOf(m);
  return !!district && g.mentions.some((x) => {
    const other = districtOf(x);
    return !!other && other !== district;
  });
}
const districtOf = (m: Mention): string | null => (m.place && m.place.geo_precision === 2 && m.rules.includes('p-district') ? m.place.name : null);

/**
 * "Most were killed by police", "a journalist caught up in the clashes", "after clashes between the
 * security forces and opposition supporters", "the attackers set bins alight": a fight, a killing, or an
 * attack by no one named (or by the protest's own group: `crowdsOwnAttack`) with no weapon but guns, with
 * no day or site of its own (or deaths pointing back on the protest's own day: "some people have lost their
 * lives in today's violence"), told after a protest, is that protest's (its police may be named first).
 */
const retoldAtProtest = (g: Group, m: Mention): boolean =>
  groupFamily(g) === 'protest' && (m.kind === 'clash' || m.kind === 'kill' || (m.kind === 'attack' && (!m.actor1 || crowdsOwnAttack(g, m) || forceOnTheCrowd(g, m)) && (!m.weapon || m.weapon === 'small arms'))) &&
  (!stated(m) || (m.kind === 'kill' && m.anaphoric && onGroupsDay(g, m))) && !m.newIncident &&
  (!m.place || isCountryLevel(m.place) || samePlace(g.place, m.place)) && !SEPARATED.test(m.sentence.text);

/**
 * "Supporters of the Y party marched on the capital ... Y activists attacked police with stones": the
 * group the protest was told of attacking is the protest turned violent, not another incident. The police
 * a protest's sentence names first are no crowd: what they run over is an act of their own.
 */
const crowdsOwnAttack = (g: Group, m: Mention): boolean =>
  !!g.actor1 && !!m.actor1 && g.actor1.name === m.actor1.name && !STATE.has(g.actor1.type);
const STATE: ReadonlySet<string> = new Set(['state_military', 'government']);

/**
 * "This led police to open fire, killing two", "troops shot at the marchers", "journalists were beaten by police":
 * the state's gunfire or beating turned on a protest's crowd (or on people no side names), with nothing of its own
 * to set it apart, is the protest's handling, not an attack of its own (what else the police do, "an armoured
 * car struck a man", stays apart).
 */
const BEATEN = /^beat(en)?$/i;
const forceOnTheCrowd = (g: Group, m: Mention): boolean =>
  !!m.actor1 && STATE.has(m.actor1.type) && (m.weapon === 'small arms' || m.rules.includes('a-open-fire') || BEATEN.test(m.trigger ?? '')) && (!m.actor2 || m.actor2.type === 'civilians' || m.actor2.name === g.actor1?.name);

/**
 * "Terrorists attacked a police station ... He said the policemen engaged the terrorists in an exchange of
 * fire": the attacked side fighting back, with no day or site of its own, is the fight the attack became,
 * not a retaliation.
 */
const firesBack = (g: Group, m: Mention): boolean =>
  m.kind === 'clash' && !stated(m) && !m.place && !m.newIncident && oneSideShared({ actor1: g.actor2, actor2: g.actor1 }, m) &&
  sidesCompatible({ actor1: g.actor2, actor2: g.actor1 }, m);

/**
 * "Protesters marched in Dhaka ... a student was killed outside Dhaka College": a death no one is named
 * for, by no weapon, on no other day, at a protest's own place, is that protest's toll (ACLED codes the
 * protest with its fatalities).
 */
function diedAtProtest(g: Group, m: Mention): boolean {
  return groupFamily(g) === 'protest' && bareKill(m) && !stated(m) &&
    !!m.place && m.place.geo_precision < 3 && samePlace(g.place, m.place);
}

/**
 * "as the violence unfolded", "a foreign national was killed as a result of shots fired in the area": a
 * phrase that points back with no attacker, weapon, site or day of its own names nothing that could set
 * it apart from a protest or riot just told.
 */
const vagueAnaphor = (m: Mention): boolean => m.anaphoric && !m.actor1 && !m.weapon && !m.place && !m.date;

/**
 * "...killed in an encounter in Batangas. The encounter took place in Barangay Malalay in Balayan": an
 * incident told again names a nearby, finer place (a province's namesake city and a town in it).
 */
function retoldNearby(g: Group, m: Mention): boolean {
  return m.anaphoric && !m.newIncident && !!g.place && !!m.place && g.place.geo_precision < 3 && m.place.geo_precision < 3 &&
    (km(g.place, m.place) <= 60 || toldWhere(g, m));
}
/**
 * m-told-where: "insurgents set off a bomb at a temple in Narathiwat ... Police said the attack took place at the
 * abandoned temple in X village": the incident told again in a sentence that says where it "took place", a few
 * sentences after it, in its country, is that incident however far the gazetteer puts a village of that name.
 */
const TOLD_WHERE = /\b(took place|happened|occurred)\s+(?:[\w:.]+\s+){0,4}?(at|in|near|outside)\b/i;
const toldWhere = (g: Group, m: Mention): boolean =>
  TOLD_WHERE.test(m.sentence.text) && g.place!.country_code === m.place!.country_code && m.sentence.index - lastSentence(g) <= 3;

// "One civilian was killed and 20 were injured in the attack": "the attack", "the incident" name no kind
// of act, so the incident told last is meant, not one whose words match the verb ("killed")
const GENERIC_ANAPHOR = /\b(in|during|after|from|by) (the|that|this) (attack|incident|assault)\b/i;
// "the attack" points back to the last attack, "the strikes" to the last strikes
const wordClass = (trigger: string): string => (/strik|struck/i.test(trigger) ? 'strike' : /attack|assault|raid/i.test(trigger) ? 'attack' : trigger.toLowerCase());
const fit = (g: Group, m: Mention, trigger: string | null): number =>
  (samePlace(g.place, m.place) ? 2 : 0) + (m.weapon && g.weapon === m.weapon ? 1 : 0) + (trigger !== null && g.wordClasses.has(trigger) ? 1 : 0);

/**
 * "A second official accused the Russian fighters of killing 10 people during the attack": a mention
 * that points back to the attack just told, with no day or site of its own, is that attack even when
 * it names other sides (an accusation, a rival account).
 */
function accused(groups: Group[], m: Mention): Group | undefined {
  const last = groups[groups.length - 1];
  return last && !m.antecedent && !m.newIncident && /\b(during|in|after) (the|that|this) (attack|strike|raid|assault|bombing|shelling)\b/i.test(m.sentence.text) &&
    retells(last, m) && sameFamily(last, m) ? last : undefined;
}

/**
 * "Eleven militants were killed in a gunfight ... The army reported on Saturday that the fighting began when
 * the gunmen shot at soldiers", "Security forces killed seven militants who stormed the prison ... The group
 * claimed it had attacked the facility. It remains unclear how many soldiers were killed": an act that points
 * back ("the fighting"), a claim of an act or a bare toll, with no day or site of its own, is the incident
 * told last in another account, though it names the sides otherwise (the other side of the fight, the
 * claimant, a rival version). It lends no sides. A reprisal is an act of its own.
 */
function otherAccountOf(groups: Group[], m: Mention, thin: boolean, apartOk: (g: Group) => boolean): Group | undefined {
  if (!(m.anaphoric || (thin && m.kind === 'kill') || claimsAct(m)) || m.antecedent || m.newIncident || stated(m) || REPRISAL.test(m.sentence.text)) return undefined;
  const last = lastTold(groups);
  return last && sameFamily(last, m) && settingCompatible(last, m) && apartOk(last) && !reprisal(last, m) &&
    noSiteOfItsOwn(last, m) && !SEPARATED.test(m.sentence.text) ? last : undefined;
}
/**
 * "Hezbollah fired rockets at a post ... The Israeli air strike on Hezbollah fighters": the attacker now the
 * target, by a weapon of its own, is the reply, not a retelling ("the militants' attack", told after "troops
 * killed militants who attacked", is the fight told from the other side).
 */
const reprisal = (g: Group, m: Mention): boolean =>
  swapped({ actor1: g.actor1, actor2: g.actor2 }, m) && !!m.weapon && m.weapon !== g.weapon;
// "claimed it had attacked", "said it was behind", "was responsible for", "the rebels, for their part, said they
// had killed six troops": the claim of an act already told (a side's own account of it)
const claimsAct = (m: Mention): boolean => m.rules.some((r) => r === 'c-claimed' || r === 'c-responsible' || r === 'c-behind' || r === 'c-said-it');
const REPRISAL = /\b(retaliat\w*|in response|reprisals?|revenge|avenge\w*|counter-?attack\w*|counter-?offensive)\b/i;

// ("rioters, who also tried to set it alight": a relative clause's "also" adds to the act it hangs on)
const APART = /^\W*(separately|elsewhere|meanwhile|in a separate|in another|in other)\b/i;
const SEPARATED = new RegExp(String.raw`${APART.source}|(?<!\b(who|which|that) )\balso\b`, 'i');
const setApartText = (m: Mention): boolean => SEPARATED.test(m.sentence.text);
/**
 * m-crowd-also: "A police car was also torched by protesters" after a protest: what a crowd "also" did, with no
 * site or day of its own, adds to the protest told (the passive names the crowd, where "Protesters also set a car
 * on fire" names none and joins it as a thin mention); "separately", "elsewhere" still set it apart.
 */
const setApart = (g: Group, m: Mention): boolean =>
  setApartText(m) && !(groupFamily(g) === 'protest' && mentionFamily(m) === 'protest' && !APART.test(m.sentence.text));
/**
 * No day, no site of its own (none, the country, or the region the incident is in), nothing that sets it
 * apart. A site the lead was told without fills it in (`fillsInPlace`). A day does not: a day of its own
 * sets a mention apart far more often than it dates a lead that gave none. The day before its main clause,
 * guessed for an act of the same family told after "after" ("clashed on Saturday after the rally turned
 * violent"), is no day of its own; a killing a march came after is the march's cause, not the march.
 */
const retells = (g: Group, m: Mention): boolean =>
  (!m.date || (m.antecedent && !m.date.text && sameFamily(g, m)) || datesTheLead(g, m) || sameStatedDay(g, m)) && noSiteOfItsOwn(g, m) && !setApart(g, m);
/**
 * "The group's latest attack, on June 27, was claimed by IS ... That day the insurgents attacked the port
 * town": an act of the same kind on the very day the incident was given, with no site of its own (or the
 * one its lead lacked), is that incident told again; a day is no mark of another act when it is the same.
 * Deaths are told of every incident of a day ("That same Sunday a trader was murdered in his shop"), so a
 * bare killing is not matched by its day alone (as in sameKindThatDay).
 */
const sameStatedDay = (g: Group, m: Mention): boolean => {
  const day = stated(m);
  return !!day && day.precision === 1 && g.statedDate?.precision === 1 && day.date === g.statedDate.date && m.kind !== 'kill' &&
    g.mentions.some((x) => x.kind === m.kind) && !EARLIER.test(m.sentence.text);
};
/**
 * "At least 28 civilians were killed in an attack in Oromia, an official said Wednesday. Rebels opened fire
 * on civilians on Tuesday evening in the Boni locality": a lead that gave only the day it was told (or a
 * guess) is dated by the act of its kind told next, on that day or up to three days before it, a few
 * sentences on; "earlier", "the day before" tell another act. A lead that gave no day at all ("Survivors of
 * a massacre at a school in Oromia said at least 54 were killed. Gunmen stormed the village on Sunday"),
 * placed only in a region or the country, is dated by that act told in a later sentence, whatever its day
 * (d-undated-lead).
 */
const datesTheLead = (g: Group, m: Mention): boolean => {
  const lead = g.mentions[0]!;
  const day = stated(m);
  if (g.statedDate || !day || !g.mentions.some((x) => x.kind === m.kind) || mentionFamily(m) !== 'violence' || EARLIER.test(m.sentence.text)) return false;
  if (!g.date) return g.place?.geo_precision === 3 && m.sentence.index > lead.sentence.index && m.sentence.index - lead.sentence.index <= 3;
  const before = dayDiff(g.date.latest, day.latest);
  return before >= 0 && before <= 3 && m.sentence.index - lead.sentence.index <= 3;
};
const EARLIER = /\b(earlier|previous(ly)?|prior|the day before|a day before|the previous|last week|days? ago)\b/i;
const noSiteOfItsOwn = (g: Group, m: Mention): boolean =>
  !m.place || isCountryLevel(m.place) || (samePlace(g.place, m.place) && !otherTown(g.place!, m) && !otherRegion(g.place!, m.place)) || fillsInPlace(g, m);
/**
 * "A candidate has been killed. She was shot dead in Celaya": an act of the same kind a sentence or two
 * after a lead that named no place is that lead, placed. A wave of protests is told town by town
 * ("Protests spread. In Sale, protesters threw stones" is two), so protests are not filled in.
 */
const fillsInPlace = (g: Group, m: Mention): boolean =>
  !g.place && m.kind === g.mentions[0]!.kind && mentionFamily(m) === 'violence' && m.sentence.index - g.mentions[0]!.sentence.index <= 2;

const isCountryLevel = (p: Mention['place']): boolean => !!p && p.geo_precision === 3 && p.admin1 === null;
// a town, a district or a region: anything finer than the whole country
const isSite = (p: Mention['place']): boolean => !!p && !isCountryLevel(p);

/**
 * The country's count of a wave and what hit one town or region of it are coded apart, even "six of the
 * drones were downed over the Mykolaiv region": a site's mention never joins the wave, nor the wave a site's
 * incident. A mention placed only in the country whose sentence names a site is that site's.
 */
const apartFromWave = (g: Group, m: Mention, sitesAt: ReadonlySet<number>): boolean =>
  (g.wave && !nationwideWave(m) && !g.sentences.has(m.sentence) && (isSite(m.place) || (!!m.place && sitesAt.has(m.sentence.index)))) ||
  (nationwideWave(m) && isSite(g.place));

/**
 * "Russia launched 105 drones overnight and defences downed 84 of them", "air defences brought down 18 of
 * those 23 drones": the downing of ten or more drones or missiles, told for the whole country (no site, or
 * the country), is the night's wave as the country's air defence counts it. ACLED codes it at the country
 * beside each town or region its sentences name, so it neither absorbs them nor joins them
 * (`nationwideWave`); fewer weapons ("three UAVs were shot down") are one raid's, and a launch counted with
 * no downing ("Iran fired 70 missiles at Israel") is told for the towns it hit.
 */
function nationwideWave(m: Mention): boolean {
  if (m.place && !isCountryLevel(m.place)) return false;
  if (m.rules[0] !== 'a-shot-down') return false;
  return [...m.sentence.text.matchAll(WAVE_COUNT)].some((x) => Number(x[1]!.replace(/,/g, '')) >= WAVE_SIZE);
}
// a figure, up to three words ("Shahed", "kamikaze", "of Iranian"), then what was launched; rockets are
// told salvo by salvo at a border ("70 rockets fired into Israel, some intercepted"), never as a country's night
const WAVE_COUNT = /\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?:[\w-]+\s+){0,3}?(?:drones|missiles|uavs|shaheds)\b/gi;
const WAVE_SIZE = 10;
const isRegionLevel = (p: Mention['place']): boolean => !!p && p.geo_precision === 3 && p.admin1 !== null;
const regionVersusCountry = (a: Mention['place'], b: Mention['place']): boolean =>
  (isCountryLevel(a) && isRegionLevel(b)) || (isRegionLevel(a) && isCountryLevel(b));

const lastSentence = (g: Group): number => g.mentions[g.mentions.length - 1]!.sentence.index;

// ("said that the attack" is no demonstrative)
const DISTAL = /\b(that|those)\s+((?!(the|a|an|its|their|his|her)\b)\w+\s+)?(attacks?|assaults?|strikes?|raids?|ambush(es)?|bombings?|incidents?|clash(es)?|shelling)\b/i;
/** The group whose last mention stands latest in the text ("The attack comes weeks after the group stormed a base": the base). */
function lastTold(groups: Group[]): Group | undefined {
  const at = (g: Group) => { const m = g.mentions[g.mentions.length - 1]!; return m.sentence.index * 1e5 + m.triggerIndex; };
  return groups.reduce<Group | undefined>((best, g) => (!best || at(g) > at(best) ? g : best), undefined);
}

/** Enough in common to be one incident without a word that refers back: the same site, or the same parties. */
function strongMatch(g: Group, m: Mention): boolean {
  const place = g.place;
  if (samePlace(place, m.place) && (place!.geo_precision < 3 || m.place!.geo_precision < 3) && !otherTown(place!, m)) return true;
  if (place && m.place && place.geo_precision < 3 && m.place.geo_precision < 3) return false;
  const same = (k: 'actor1' | 'actor2' | 'weapon') => { const v = g[k]; const w = m[k]; return !!v && !!w && (typeof v === 'string' ? v === w : v.name === (w as typeof v).name); };
  // "a drone targeted a base in northern Syria" then "the drone struck the facility in Shaddadi": the
  // same weapon at a named site in that country, a few sentences on, refines the incident
  // the day the act was given, not the day it was told ("officials said on Thursday")
  const day = g.statedDate ?? g.date;
  // (so does the same kind of act on the lead's day, m-refines-same-day: "eight were killed in an attack in
  // eastern Congo on Wednesday ... Gunmen raided the village of Kibumba overnight")
  const refines = !!place && !!m.place && isCountryLevel(place) && m.place.geo_precision < 3 &&
    (!!(m.weapon ?? g.weapon) || leadsDay(g, m, day)) &&
    weaponsCompatible(g.weapon, m.weapon) &&
    m.sentence.index - lastSentence(g) <= 3;
  // (so does the toll the group told, at a site, when the group told of no place or the country: m-refines-toll)
  const tollThere = (!place || isCountryLevel(place)) && !!m.place && m.place.geo_precision < 3 && sameToll(g, m) &&
    weaponsCompatible(g.weapon, m.weapon) && m.sentence.index - lastSentence(g) <= 3;
  // a placeless report of the same weapon on the same day ("two made it through; they damaged the base")
  // (a crowd has no weapon: "several thousand people took to the streets on Thursday" is Thursday's protest)
  // ("Earlier in the day, thousands marched peacefully": an act set before the one told is another)
  const sameDay = !m.place && !!m.date && day?.date === m.date.date && !/\bearlier\b/i.test(m.sentence.text) &&
    (same('weapon') || sameKindThatDay(g, m, day) || (mentionFamily(m) === 'protest' && sameFamily(g, m)));
  // one article, one weapon, nothing apart (no "another", no distant place, no conflicting side): one incident
  const sameWeapon = same('weapon') && (!!m.actor1 || !!m.actor2) && (!!g.actor1 || !!g.actor2);
  // (a group's branch and its umbrella, "IS-K" and "the Islamic State", are one perpetrator told two ways)
  return ((same('actor1') || sameGroup(g.actor1, m.actor1 ?? null)) && !elsewhereAnotherDay(g, m)) || (same('actor2') && same('weapon')) || refines || tollThere || sameDay || sameWeapon;
}

/**
 * m-refines-toll: "police fought Sonko's supporters on Thursday, and one person was killed ... One person died in
 * clashes in the town of Bignona": an act of violence told with the toll that the group told with its day, on no
 * other day, says where the incident told of the country happened (a toll told with no day, "In Peshawar, one
 * constable was killed", is one town's of a breakdown, and its namesake in the next town another's).
 */
const sameToll = (g: Group, m: Mention): boolean => {
  const dead = m.fatalities?.best;
  const own = stated(m);
  return !!dead && mentionFamily(m) === 'violence' &&
    g.mentions.some((x) => x.fatalities?.best === dead && !!stated(x) && (!own || own.date === stated(x)!.date));
};

/**
 * m-refines-same-day: an act of violence of a kind the group told (not a bare killing, told of every incident)
 * on the very day the group was given.
 */
const leadsDay = (g: Group, m: Mention, day: Mention['date']): boolean =>
  day?.precision === 1 && m.date?.precision === 1 && day.date === m.date.date && m.kind !== 'kill' && mentionFamily(m) === 'violence' &&
  g.mentions.some((x) => x.kind === m.kind);

/**
 * "Al-Shabaab stormed a police camp in Garissa County on Sunday ... On Monday, three men were abducted by
 * Al-Shabaab in Iresuki village, Mandera": the same perpetrator doing another kind of act, at a site of its own
 * outside the incident's place, on a day of its own that is not the incident's, is another of its acts, not
 * the incident retold (an act of the same kind so set apart is more often the incident misplaced or misdated).
 */
const elsewhereAnotherDay = (g: Group, m: Mention): boolean => {
  const day = stated(m);
  return !m.anaphoric && m.kind !== g.mentions[0]!.kind && isSite(m.place) && m.place!.geo_precision < 3 && !samePlace(g.place, m.place) &&
    !!day && !!g.statedDate && day.precision === 1 && g.statedDate.precision === 1 && day.date !== g.statedDate.date;
};

/**
 * "strikes on ammunition dumps in the Luhansk region ... 14 drones brought down over Crimea": two regions, each
 * named as the place of its own act, are two incidents as two towns are, whatever weapon they share (m-other-region).
 */
const otherRegion = (place: NonNullable<Mention['place']>, other: NonNullable<Mention['place']>): boolean =>
  isRegionLevel(place) && isRegionLevel(other) && place.admin1 !== other.admin1;

/**
 * "In Sidi Bibi, protesters burned the commune headquarters. In Biougra, a bank was ransacked": two towns,
 * each named as the place of its own act, are two incidents however near they are; an act that points
 * back ("the attack") or a town named with the other is one told again.
 */
const otherTown = (place: NonNullable<Mention['place']>, m: Mention): boolean =>
  !m.anaphoric && place.geo_precision === 1 && m.place!.geo_precision === 1 && place.name !== m.place!.name;

/**
 * "The attack happened on Wednesday in Kyauk Ni Maw ... a jet fighter bombed the village on Wednesday
 * afternoon": an act of the same kind on the same single day (not "this week") is the incident told. Deaths
 * are told of every incident, so a bare killing is not matched by kind alone.
 */
const sameKindThatDay = (g: Group, m: Mention, day: Mention['date']): boolean =>
  day?.precision === 1 && m.date?.precision === 1 && m.kind !== 'kill' && m.kind === g.mentions[0]!.kind;

export function mostPrecise(g: MentionGroup) {
  return g.mentions.reduce<Mention['place']>(preciser, null);
}

/**
 * The place kept when a mention joins: the more precise one; of equals, the first, unless the mention
 * says where; a region beats its country ("in western Niger", then "in the Tillaberi region").
 */
function preciser(best: Mention['place'], m: Mention): Mention['place'] {
  if (!m.place) return best;
  if (!best || m.place.geo_precision < best.geo_precision) return m.place;
  if (m.place.geo_precision > best.geo_precision) return best;
  return saysWhere(m) || (isCountryLevel(best) && isRegionLevel(m.place)) ? m.place : best;
}

// "The encounter took place in Balayan": a sentence that exists to say where wins over an equal place in passing
const saysWhere = (m: Mention): boolean => m.rules[0] === 'a-occurred';
