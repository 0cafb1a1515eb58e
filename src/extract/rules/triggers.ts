// Finds the act a clause reports (the trigger) and the weapon it names, and drops triggers that are not
// incidents: futures, intentions, threats, counts and summaries, denials (data/lexicons/*.tsv).
import { CROWD_KINDS, type ActKind, type EventType } from '../../types.js';
import { kindType } from './kind-types.js';
import { matchAll, type LexMatch } from '../lexicon.js';
import { NUMBER_SOURCE, QUANTIFIER_SOURCE } from './numbers.js';
import { countryByDemonym, countryByName } from '../../resolve/place/gazetteer.js';

export interface Trigger {
  text: string;
  index: number;
  kind: ActKind;
  generic: boolean;
  weapon: string | null;
  sub_event_type: string;
  event_type: EventType;
  rules: string[];
  /** the clause's first reported act: its subject is the clause's actor even when a later word names the act better */
  mainVerbIndex: number;
  /** where the trigger's phrase ends: a later vetoed act ("...responsible for attacks on forces in Iraq") owns what follows */
  scopeEnd: number;
}

const NEEDS_WEAPON = new Set(['a-launch', 'a-explosion', 'a-harm', 'a-overflight', 'a-impact', 'a-use-weapon']);
const ANAPHORA = /\b(the|this|that|these|those|its|such|said|(today|yesterday|tonight|(last |this )?(week|weekend|night|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)\s+((\w+[- ])?(\w+)\s+){0,2}$/i;
// a count of people, not of acts ("another two attacks" counts acts), in an act the clause points back to
// ("another three died as a shop was looted" tells a further act)
const MORE_OF_A_COUNT = String.raw`(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds?)\s+(?!([\w-]+\s+)?(attacks?|strikes?|airstrikes?|raids?|bombings?|explosions?|blasts?|incidents?|clash(es)?|assaults?|ambush(es)?|shellings?|drones?|missiles?|rockets?|shells?|protests?|demonstrations?|rall(y|ies)|riots?)\b)(?=.*\b(in|during|from|by|after) (the|that|this|those|these) )`;
// "a second official", "another witness", "another who had been hit": a further speaker or person, not a further incident; "blames the other
// for the clashes", "the other side": a pronoun or a party, not a further incident
// ("yet another attack" is the one being told, one more of a series); "another 12 civilians were wounded in
// the attack": a count after the word adds victims to the act told
// "protesters burnt another police vehicle", "looted a second shop": one more thing hit in the act told
// ("another attack", "another protest", "another car bomb" are further acts)
// (read past the window the word is sought in: the thing may end after it)
const ANOTHER_THING = /^\s+([\w-]+\s+)?(vehicles?|cars?|trucks?|lorr(y|ies)|bus(es)?|vans?|motorcycles?|houses?|homes?|shops?|stores?|buildings?|offices?|stations?|banks?|tyres?|tires?|barricades?|windows?|properties|property)\b(?!\s+(bombs?|bombings?|attacks?|raids?|blasts?|explosions?|fires?|ramming)\b)/i;
// "the assault, which also left another local administrator wounded": one more person hit, named after the
// act (a word describing them between), is a victim of the act told, not a further act ("another militant
// attack" is one; "In Kolo, another officer was killed" before its act may open an incident of its own)
// "five soldiers were killed and another was critically injured": "another" as the subject of a harm told
// after the act is one more victim of it (n-another-victim)
const ONE_MORE_PERSON = /^\s+(was|were|is|has been|had been|died|later died)\b|^\s+([\w-]+\s+)?(officials?|officers?|administrators?|policem[ae]n|guards?|soldiers?|civilians?|residents?|villagers?|workers?|students?|journalists?|persons?|people|man|men|woman|women|child(ren)?|members?|leaders?|victims?)\b(?!\s+(attacks?|assaults?|raids?|strikes?|bombings?|ambush(es)?|clash(es)?|protests?)\b)/i;
const newIncidentNear = (clause: string, trigger: Trigger): boolean => {
  const start = Math.max(0, trigger.index - 90);
  return [...clause.slice(start, trigger.index + trigger.text.length + 30).matchAll(NEW_INCIDENT)]
    .some((m) => {
      const at = start + m.index;
      const rest = clause.slice(at + m[0].length);
      return !ANOTHER_THING.test(rest) && !(at > trigger.index + trigger.text.length && ONE_MORE_PERSON.test(rest));
    });
};
const NEW_INCIDENT = new RegExp(String.raw`\b((?<!\byet\s)another|a second|a third|a separate|a different|a further|a new|the other|(two|three|four|five|several) other)\b(?!\s+${MORE_OF_A_COUNT}|\s+(officials?|sources?|witness(es)?|residents?|spokes\w+|statements?|reports?|journalists?|analysts?|diplomats?|commanders?|lawmakers?|time|militants?|fighters?|soldiers?|civilians?|persons?|people|man|men|woman|women|child(ren)?|members?|leaders?|victims?|bod(y|ies)|casualt(y|ies)|suspects?|side|sides|hand|way|who|for|of|to|with|from|by|and|or|but)\b)`, 'gi');

/** The first act in the clause that is reported as an incident, with the clause's weapon. */
export function findTrigger(clause: string, sentenceWeapons: () => LexMatch[] = () => []): Trigger | null {
  const { actions, cues } = clauseWords(clause);
  if (actions.length === 0) return null; // most clauses name no act: their weapons and cues need no search
  // "..., while another was sent toward a base": an elliptical subject keeps the sentence's weapon
  const elliptical = /^\W*(while\s+|and\s+)?(another|one|a second|the other|the rest)\b/i.test(clause);
  const clauseWeapons = matchAll('weapons', clause).filter((w) => !onlyFlying(w, clause));
  const weapon = pickWeapon(clauseWeapons, clause) ?? (elliptical ? pickWeapon(sentenceWeapons()) : null);
  // a typed act ("shelled", "ambush") says more than a bare one ("killed", "attack") in the same clause
  // and "were killed when the US launched strikes" names the act in its second half
  const passiveHarm = (a: LexMatch) => CASUALTY_VERBS.has(a.rule.id) && /\b(was|were|been|being)\s+(\w+\s+)?$/i.test(clause.slice(Math.max(0, a.index - 20), a.index));
  const ordered = [
    ...actions.filter((a) => a.rule.fields[1] !== 'yes'),
    ...actions.filter((a) => a.rule.fields[1] === 'yes' && !passiveHarm(a)),
    ...actions.filter((a) => a.rule.fields[1] === 'yes' && passiveHarm(a)),
  ];
  // each act is judged against the clause's cues once
  const vetoed = new Set(actions.filter((a) => nonEventCue(clause, a, cues)));
  for (const action of ordered) {
    if (NEEDS_WEAPON.has(action.rule.id) && !weapon) continue;
    if (vetoed.has(action)) continue;
    // ("The protests, called by 200 groups, took place in X": "took place" tells where the act before it was)
    const vetoedLater = actions.find((a) => a.index > action.index + action.text.length && vetoed.has(a) && a.rule.id !== 'a-occurred');
    // the clause's main verb: not an act inside a relative clause ("which wounded") or a prepositional
    // phrase ("in an overnight attack Russia fired..."), whose subject is not the clause's
    const firstAct = actions.find((a) => !vetoed.has(a) && (!NEEDS_WEAPON.has(a.rule.id) || weapon) &&
      !/\b(which|that|who)\s+(\w+\s+)?$|\b(in|during|after|before|since)\s+(an?|the|another|this|that|its|their)\s+(\w+\s+){0,2}$/i.test(clause.slice(Math.max(0, a.index - 40), a.index)) &&
      // "14 civilians were killed, dozens wounded, when the RSF shelled...": a casualty verb is the act
      // only when active, with its victims after it ("jihadists killed eight soldiers")
      !(CASUALTY_VERBS.has(a.rule.id) && !ACTIVE_HARM.test(clause.slice(a.index + a.text.length, a.index + a.text.length + 40))));
    return { ...buildTrigger(action, weapon, vetoedLater?.index ?? clause.length), mainVerbIndex: firstAct?.index ?? action.index };
  }
  return null;
}

/**
 * "a taxi strike": an act word inside a crowd's act ("strike" of a labour strike) is that crowd act, not
 * an attack of its own. Acts of violence inside each other ("drone strike", "strike") are all kept: the
 * act chosen is the clause's typed one, and dropping the shorter cost held-out merging.
 */
const outermost = (acts: LexMatch[]): LexMatch[] => acts.filter((a) => !acts.some((b) => CROWD_KINDS.has(b.rule.fields[0]!) &&
  !CROWD_KINDS.has(a.rule.fields[0]!) && b.text.length > a.text.length && b.index <= a.index && b.index + b.text.length >= a.index + a.text.length));

/**
 * A clause's acts and the non-event cues among its words. A clause is read for its act, for its vetoed
 * acts and for the summaries it may tell, by different steps: its words are matched once.
 */
function clauseWords(clause: string): { actions: LexMatch[]; cues: LexMatch[] } {
  const words = readWords(clause);
  // the cues matter only where there is an act to veto
  words.cues ??= words.actions.length ? matchAll('non-event-cues', clause) : [];
  return { actions: words.actions, cues: words.cues };
}

/** The acts a text names (a sentence's, for a roundup), from the same matches as its clauses'. */
export const actsIn = (text: string): LexMatch[] => readWords(text).actions;

function readWords(text: string): { actions: LexMatch[]; cues: LexMatch[] | null } {
  let words = readTexts.get(text);
  if (!words) {
    words = { actions: outermost(matchAll('actions', text)), cues: null };
    if (readTexts.size >= READ_TEXTS) readTexts.clear();
    readTexts.set(text, words);
  }
  return words;
}
const readTexts = new Map<string, { actions: LexMatch[]; cues: LexMatch[] | null }>();
// the clauses of an article or two: enough for every step that reads a clause again
const READ_TEXTS = 512;

function pickWeapon(weapons: LexMatch[], clause = ''): LexMatch | null {
  let best: LexMatch | null = null;
  for (const w of weapons) if (!theBombs(w, clause) && !armedVictims(w, clause) && (!best || Number(w.rule.fields[3]) > Number(best.rule.fields[3]))) best = w;
  return (best && gunsBeside(best, weapons, clause)) ?? best;
}

/**
 * "came under grenades, improvised explosive devices and gunfire", "used automatic rifles and explosives",
 * "hurled grenades and opened fire at the police station": hand-placed explosives named in one breath with
 * gunfire tell an assault by men on the spot, a fight (or an attack on civilians, by its target), not a
 * remote bomb. Returns the gunfire, whose type the target then decides ("a bomb went off, then gunmen
 * opened fire" tells two acts: the words between must join the weapons, not a later act).
 */
function gunsBeside(best: LexMatch, weapons: LexMatch[], clause: string): LexMatch | null {
  if (!CLOSE_EXPLOSIVES.has(best.rule.id)) return null;
  return weapons.find((w) => w.rule.id === 'w-small-arms' && FIRING.test(w.text) && joined(clause, best, w)) ?? null;
}
const CLOSE_EXPLOSIVES = new Set(['w-ied', 'w-bomb', 'w-grenade']);
const FIRING = /^(gunfire|gunshots?|opened fire|small arms|rifles?|machine guns?)$/i;
const joined = (clause: string, a: LexMatch, b: LexMatch): boolean => {
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  const between = clause.slice(first.index + first.text.length, second.index);
  return between.length <= 50 && !/[;:]|\b(but|then|before|after|later|while|when|until|as|followed)\b/i.test(between);
};

// w-only-flying: crewed aircraft told only as flying ("as jets flew overhead", "warplanes were seen flying
// over the capital", "warplane overflights") struck nothing: they are not the weapon of the clause's act,
// nor an act of their own (drones seen over a place are: a-overflight)
const AIRCRAFT = /^(warplanes?|jets|fighter (jets?|aircraft)|(military|air force|army|junta|regime|war) (aircraft|planes?|jets?)|bombers|gunships?|helicopter gunships?)$/i;
const FLYING = /^\s+(?:(?:were|was|are|is|have been|had been)\s+)?(?:also\s+)?(?:(?:seen|spotted|heard|reported)\s+)?(?:flew|fly|flies|flying|flown|hover(?:ed|ing|s)?|circl(?:ed|ing|es)|overflights?)\b/i;
const onlyFlying = (w: LexMatch, clause: string): boolean => w.rule.id === 'w-airstrike' && AIRCRAFT.test(w.text) &&
  FLYING.test(clause.slice(w.index + w.text.length));

// "four gang members were also killed, and seven more gunmen were wounded": gunmen who were the toll name
// those hurt, not the weapon of the act that hurt them (told as the subject of a passive toll only: "troops
// killed three gunmen" still tells a gunfight)
const armedVictims = (w: LexMatch, clause: string): boolean => w.rule.id === 'w-small-arms' && /^gunmen$/i.test(w.text) &&
  /^\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+|reportedly\s+|all\s+)?(?:killed|wounded|injured|hurt|arrested|captured|neutrali[sz]ed|eliminated)\b/i.test(clause.slice(w.index + w.text.length));

// "the bombs hit ammunition stores": bombs already told, whatever dropped or planted them, name no weapon of their own
const theBombs = (w: LexMatch, clause: string): boolean => w.rule.id === 'w-bomb' && /\b(the|these|those|its|their)\s+$/i.test(clause.slice(Math.max(0, w.index - 8), w.index));

function buildTrigger(action: LexMatch, weapon: LexMatch | null, scopeEnd: number): Omit<Trigger, 'mainVerbIndex'> {
  const kind = action.rule.fields[0] as ActKind;
  const generic = action.rule.fields[1] === 'yes';
  const rules = [action.rule.id, ...(weapon ? [weapon.rule.id] : [])];
  const row = kindType(kind);
  const base = { text: action.text, index: action.index, kind, generic, rules, scopeEnd, weapon: null, sub_event_type: row.sub_event_type, event_type: row.event_type };
  if (!weapon || row.weapon === 'none') return base;
  const [name, sub, type] = weapon.rule.fields as [string, string, EventType];
  // "clashes with rifles", "fought with machetes": arms that explode nothing keep a fight a fight, and are its weapon
  if (row.weapon === 'heavy' && type !== 'Explosions/Remote violence') return { ...base, weapon: name };
  // a bare "attack"/"strikes" with no weapon named keeps the default, decided later from the article's other mentions
  return { ...base, weapon: name, sub_event_type: sub, event_type: type };
}

/** The acts of a clause that non-event cues rule out, each with the cue's id: why the clause reports no incident. */
export function vetoedActs(clause: string): Array<{ action: LexMatch; act: string; rule: string }> {
  const { actions, cues } = clauseWords(clause);
  return actions.flatMap((a) => { const rule = nonEventCue(clause, a, cues); return rule ? [{ action: a, act: a.text, rule }] : []; });
}

/** The clause names an act, other than the harm itself, that a non-event cue rules out ("66 strikes since..., when hundreds were killed by a blast"). */
export const hasVetoedAct = (clause: string): boolean => vetoedActs(clause).some((v) => !CASUALTY_VERBS.has(v.action.rule.id));
const CASUALTY_VERBS = new Set(['a-kill', 'a-harm']);
const ACTIVE_HARM = new RegExp(String.raw`^\s+(?:${QUANTIFIER_SOURCE}\s+)?${NUMBER_SOURCE}\b`, 'i');

// `before-N` / `after-N`: the cue stands right before / after the act, at most N words between
const GAP_SCOPE = /^before-(\d)$/;
const GAP_AFTER_SCOPE = /^after-(\d)$/;
const gapExpressions = new Map<number, RegExp>();
const gapWords = (n: number): RegExp => {
  let re = gapExpressions.get(n);
  if (!re) gapExpressions.set(n, (re = new RegExp(`^\\s*([\\w'-]+\\s+){0,${n}}$`)));
  return re;
};

/** The id of a non-event cue that governs this trigger, or null. */
export function nonEventCue(clause: string, action: LexMatch, cues: LexMatch[] = matchAll('non-event-cues', clause)): string | null {
  const before = clause.slice(Math.max(0, action.index - 60), action.index);
  const near = before.split(/\s+/).slice(-6).join(' ');
  const atListedPlaces = countedAtListedPlaces(clause, action);
  for (const cue of cues) {
    if (atListedPlaces && COUNT_CUES.has(cue.rule.id)) continue;
    const [scope] = cue.rule.fields;
    const cueEnd = cue.index + cue.text.length;
    if (scope === 'before' && cue.index < action.index + action.text.length && action.index - cueEnd <= near.length + 1) return cue.rule.id;
    const gap = GAP_SCOPE.exec(scope ?? '');
    if (gap && cueEnd <= action.index && gapWords(Number(gap[1])).test(clause.slice(cueEnd, action.index))) return cue.rule.id;
    const gapAfter = GAP_AFTER_SCOPE.exec(scope ?? '');
    const actionEnd = action.index + action.text.length;
    if (gapAfter && cue.index >= actionEnd && gapWords(Number(gapAfter[1])).test(clause.slice(actionEnd, cue.index))) return cue.rule.id;
    if (scope === 'sentence' && !inLaterRelative(clause, actionEnd, cue)) return cue.rule.id;
    if (scope === 'after' && cue.index >= action.index + action.text.length && cue.index - (action.index + action.text.length) <= 3) return cue.rule.id;
    if (scope === 'match' && cue.index <= action.index && cueEnd >= action.index + action.text.length) return cue.rule.id;
    if (scope === 'sentence-bare' && action.rule.fields[1] === 'yes') return cue.rule.id;
    if (scope === 'sentence-generic' && /\battacks\b/i.test(action.text) && !/\b(a|an|the|this|one)\s+(\w+\s+){0,3}$/i.test(before)) return cue.rule.id;
  }
  // a bare plural with no determiner ("attacks on bases") is a pattern, not an incident
  if (/^(attacks|assaults|raids)$/i.test(action.text) && !atListedPlaces && !atNamedPlaces(clause, action) &&
    !/\b(the|these|two|three|four|five|both|multiple|several)\s+(\w+\s+){0,2}$/i.test(before)) return 'n-bare-plural';
  return null;
}

// "carried out seven simultaneous attacks on army positions in Niono, Molodo and Kayes", "three raids
// on villages around Bokkos - Ruwi, Daffo and Hurti": a count of acts with the places it hit listed after
// it is one incident at each place (mentions.ts splits it), not a count or a pattern of attacks
const COUNT_CUES = new Set(['n-generic-count', 'n-act-count']);
const ACT_COUNT = new RegExp(String.raw`\b(?:${QUANTIFIER_SOURCE}\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:[\w-]+\s+){0,2}$`, 'i');
// a list of three or more capitalised names, after a locative word or a dash, before the clause goes on
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|du|de|del|al|el))*`;
const LISTED_PLACES = new RegExp(String.raw`^[^;:.]{0,80}?(?:\b(?:in|at|on|near|around|across)\s+(?:the\s+)?|\s[-–—]\s*)${PLACE_NAME}(?:\s*,\s*${PLACE_NAME})+\s*,?\s+(?:and|or)\s+${PLACE_NAME}`, 'u');
// "foiled similar attacks in the Nasir Bagh and Mattani areas": a bare plural right before two or more
// places named by their own names, none a country, is an act at each (rule `n-plural-at-places`, which lifts `n-bare-plural`); "attacks
// on bases in Iraq and Syria" stays a pattern
const NAMED_PLACES = new RegExp(String.raw`^\s+(?:in|at|on|near)\s+(?:the\s+)?(${PLACE_NAME}(?:\s*,\s*${PLACE_NAME})*\s*,?\s+(?:and|or)\s+${PLACE_NAME})`, 'u');
const atNamedPlaces = (clause: string, action: LexMatch): boolean => {
  const list = NAMED_PLACES.exec(clause.slice(action.index + action.text.length))?.[1];
  return !!list && list.split(/\s*,\s*|\s+(?:and|or)\s+/).every((name) => !countryByName(name.trim()) && !countryByDemonym(name.trim().split(/\s+/)[0]!));
};

export const countedAtListedPlaces = (clause: string, action: LexMatch): boolean =>
  /s$/i.test(action.text) && ACT_COUNT.test(clause.slice(Math.max(0, action.index - 50), action.index)) &&
  LISTED_PLACES.test(clause.slice(action.index + action.text.length));

// "killed in an Israeli strike on the south, where both sides have traded fire almost every day": a
// relative clause after the act describes its place or its actors, not the act; so does a backdrop told after
// it ("six soldiers were killed in Cauca, as the government tries to end a decades-long conflict", "..., amid a
// years-long war"), but not "as part of a years-long campaign", which makes the act one of many
const RELATIVE_OPENER = /,\s*(where|which|who|whose|as(?!\s+(?:well|part|many|much|of)\b)|amid)\b/i;
const inLaterRelative = (clause: string, actionEnd: number, cue: LexMatch): boolean =>
  cue.index >= actionEnd && RELATIVE_OPENER.test(clause.slice(actionEnd, cue.index));

/** "the attack", "these strikes", "Monday's attack", or a clause about "the incident": an incident already reported. */
export const isAnaphoric = (clause: string, trigger: Trigger): boolean =>
  trigger.rules[0] === 'a-occurred' ||
  // "some of the protesters", "the deaths of protesters": the crowd already told
  (trigger.rules[0] === 'a-protesters' && /\b(the|these|those|of)\s+([\w-]+\s+)?$/i.test(clause.slice(Math.max(0, trigger.index - 30), trigger.index))) ||
  // "those ballistic missiles were aimed at...", "the drones, 11 of which were brought down", "witnesses said
  // that the bomb struck a car" (a-weapon-anaphor): weapons already reported, the subject of the act (or of the clause reported)
  WEAPON_ANAPHOR.test(clause.slice(0, trigger.index)) ||
  (EVENT_NOUN.test(trigger.text) && ANAPHORA.test(clause.slice(Math.max(0, trigger.index - 40), trigger.index))) ||
  (CROWD_PLURAL.test(trigger.text) && DAY_OR_DEMONSTRATIVE.test(clause.slice(Math.max(0, trigger.index - 40), trigger.index)) &&
    !WAVE_MOVES_ON.test(clause.slice(trigger.index + trigger.text.length))) ||
  // "coalition units repelled these attacks": an act done to incidents already told
  ACT_ON_TOLD.test(clause.slice(trigger.index + trigger.text.length)) ||
  // "some people have lost their lives in today's violence", "two died in the unrest": the dead of unrest already told
  (CASUALTY_VERBS.has(trigger.rules[0]!) && HARM_IN_TOLD.test(clause.slice(trigger.index + trigger.text.length))) ||
  /\b(the|this|that) (incident|attack|strike|assault|raid|blast|explosion)s?\b(?! (on|against|at|in|by|near)\b)/i.test(clause);
const HARM_IN_TOLD = /^\s+(in|during|amid)\s+(the|this|that|these|those|(today|yesterday|tonight|(last |this )?(week|weekend|night)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)\s+([\w-]+\s+)?(violence|unrest|chaos|turmoil|disturbances|clashes|riots?|rioting)\b/i;
const ACT_ON_TOLD = /^\s+(the|these|those|this|that|such)\s+([\w-]+\s+)?(attacks?|assaults?|incursions?|raids?|strikes?|advances?)\b/i;
const WEAPON_ANAPHOR = /^\s*(\w+\s+of\s+|.*\bsaid\s+that\s+|.*\btold\s+.{0,40}?\bthat\s+)?(the|those|these)\s+(\w+\s+){0,2}(drones?|missiles?|rockets?|shells?|uavs?|projectiles?|bombs?|grenades?|ieds?|(?:explosive\s+)?devices?)\b/i;
// (and a crowd's: "the rally was held near parliament", "the protest turned violent" retell the protest just told;
// a fight's other names: "martyred in the confrontation", "killed in the exchange of fire", "victims of the riot")
const EVENT_NOUN = /^((\w+ )?(attacks?|strikes?|airstrikes?|air strikes?|assaults?|raids?|blasts?|explosions?|bombings?|shelling|incidents?|barrages?|interceptions?|launch|clash(es)?|fighting|confrontations?|skirmish(es)?|gunfights?|firefights?|exchange of fire|riot|protest|rally|demonstration|march|sit-in))$/i;
// "Monday's riots", "these demonstrations": a crowd noun in the plural points back only by its day or a
// demonstrative; "the protests" may be a wave's, told town by town
const CROWD_PLURAL = /^((\w+ )?(riots|protests|rallies|demonstrations|marches|sit-ins))$/i;
const DAY_OR_DEMONSTRATIVE = /\b(these|those|(today|yesterday|tonight|(last |this )?(week|weekend|night)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)\s+((\w+[- ])?(\w+)\s+){0,2}$/i;
// "the protests spread to Mzuzu", "the demonstrations reached the capital": a crowd noun told as moving on
// names a wave's next town, an incident of its own, not the crowd just told ("the protests turned violent",
// "Monday's riots left five dead", "the unrest continued" retell it)
const WAVE_MOVES_ON = /^\s+(have\s+|had\s+|also\s+|later\s+|soon\s+)*((spread|spreads|spreading|reached|reaching|extended|moved)\b|(broke out|erupted|flared( up)?)\s+(in|across)\b)/i;

/** `before`: the sentence before the clause, which a fronted phrase of time may have been cut off into ("A few days before, ..."). */
export const isNewIncident = (clause: string, trigger: Trigger, before = ''): boolean =>
  newIncidentNear(clause, trigger) ||
  LIKE_ANOTHER.test(clause.slice(Math.max(0, trigger.index - 110), trigger.index)) || IN_A_SIMILAR.test(clause.slice(trigger.index + trigger.text.length)) ||
  TOLD_EARLIER.test(before + clause.slice(0, trigger.index));

// "carried out a similar strike on the camp in October", "killed in a similar assault", "a similar drone
// operation": an act like the one told is another of its kind, not the one told again ("the attack comes
// days after a similar ambush": the act before "similar" is the one told; only the act it names is apart)
// ("a similar drone operation in the capital killed nine": the act a similar thing did; "after a similar
// raid, gunmen killed five" times the act told by the other one)
const LIKE_ANOTHER = /(?<!\b(after|following|like|since|to|than)\s+)\b(a|an|another)\s+similar\s+[^,.;]{0,90}$/i;
const IN_A_SIMILAR = /^\s+(in|during|by)\s+(a|another)\s+similar\b/i;
// "Only days earlier, the RSF hit a mosque", "A few days before, fighters attacked", "Two weeks earlier,
// gunmen had raided": an act told as before the one being told, by a span no day names, is another
// incident ("weeks before the election" times the act by something else: the span must close a phrase)
const TOLD_EARLIER = /(?:^|[,;]\s*|\b(?:only|just|some|barely)\s+)(?:(?:only|just|some|barely)\s+)?(?:a\s+(?:few\s+|couple\s+of\s+)?|several\s+|two\s+|three\s+|four\s+|five\s+|\d+\s+)?(?:days?|weeks?|months?)\s+(?:earlier|before|previously|prior)\s*,/i;
