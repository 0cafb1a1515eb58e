// Who acted and who was acted upon, from where actor names stand around the trigger: the agent of a
// passive ("by X"), the subject before an active trigger, the object after "on/against/at", the owner
// of a target ("facilities used by X"), vessels and civilian victims. Speakers are not actors unless
// they claim the act.
import type { ActorMatch } from '../../resolve/actor/find-actors.js';
import { lookupActor, stateForces } from '../../resolve/actor/dictionary.js';
import { countryByDemonym, countryByName } from '../../resolve/place/gazetteer.js';
import { CROWD_NOUNS, PEOPLE_NOUNS } from '../lexicon.js';
import { CROWD_KINDS, type Actor } from '../../types.js';
import type { Trigger } from './triggers.js';
import { LIST, NAME } from './villages.js';
import { NUMBER_SOURCE } from './numbers.js';
import { LISTED_ASIDE } from './casualties.js';

export interface Roles {
  actor1: Actor | null;
  actor2: Actor | null;
  assoc1: Actor[];
  assoc2: Actor[];
  rules: string[];
}

// "a base used by", "depots belonging to", "a base housing": not "held militants responsible", which
// blames; "targets tied to X", "militiamen affiliated with X", but not "the GSIM, linked to al-Qaeda"
// ("struck targets of the outlawed PKK", "positions of the RSF": what was hit was the group's)
const OWNER = /\b((targets|positions|bases|hideouts|camps|depots|strongholds|facilities)\s+of(\s+the)?(\s+[a-z][\w-]*)?|(used|utili[sz]ed|operated|held|controlled|run|occupied|belonging|owned)\s+(by|to)|(targets|sites|facilities|locations|positions|depots|bases|camps|infrastructure|militiamen|fighters|members|men)\s+(tied|linked|affiliated|associated)\s+(to|with)|housing|hosting|houses|hosts|home to)\s+(the\s+)?$/i;
// "a base used by US forces", "a base hosting US troops": the country whose forces were hit
const OWNER_COUNTRY = /\b(?:(?:used|utili[sz]ed|operated|held|controlled|run|occupied|belonging|owned)\s+(?:by|to)|housing|hosting|houses|hosts|home to)\s+(?:the\s+|occupying\s+|foreign\s+)?(U\.S\.|US|[A-Z][a-z]+)\b(?![-\w])/;
const OWNER_BY = /\b(used|utili[sz]ed|operated|held|controlled|run|occupied|owned|manned|staffed)\s+by\s+(the\s+|an?\s+)?([\w-]+\s+){0,3}$/i;
const RELATIVE_AGENT = /^(\s*,[^,]{0,40},)?\s+(had\s+|has\s+)?(launched|carried out|fired|conducted|mounted|claimed|staged)\b/i;
// "police found a pistol later tied to gang clashes", "police arrested two men over the attack": who
// investigated an act did not do it
const INVESTIGATING = /\b(found|discovered|recovered|arrested|detained|investigat(e|es|ed|ing)|probing)\b/i;
// (who believes, suspects or thinks an act happened, or revised its toll, reports it: "police believe the
// men were shot dead in an ambush", "police have lowered the death toll from a massacre")
const REPORTING = /\b(said|says|saying|told|announced|reported|stated|confirmed|added|statement|according|posted|reports|notified|informed|briefed|alerted|learned|aware|believe|believes|believed|suspect|suspects|suspected that|think|thinks|fear|fears|feared|estimate|estimates|estimated|(death\s+)?toll)\b/i;
// "blamed on the paramilitary RSF": the one blamed did it; so did the one "the army put the blame on",
// "the blame fell on", "pointed the finger at"; so did the one "accusations against" name
const BLAME = /\b(blamed|blames|accused|accuses|(?:accusations?|allegations?|charges)\s+(?:\w+\s+)?against|blamed on|blames on|attributed to|attributes to|(?:put|puts|putting|laid|lays|laying|placed|places|placing|pinned|pins|pinning)\s+(?:the\s+)?blame\s+(?:squarely\s+)?on|blame\s+(?:fell|falls|lies|lay|rests|rested)\s+(?:squarely\s+)?(?:on|with)|point(?:ed|s|ing)?\s+the\s+finger\s+at)\s+(the\s+)?([a-z][\w-]*\s+){0,2}$/i;
// "held militants responsible": "held" blames only with "responsible" after the name ("a funeral held
// outside the army-held city" blames no army)
const HELD = /\b(held|hold|holds|holding)\s+(the\s+)?([a-z][\w-]*\s+)?$/i;
const RESPONSIBLE_AFTER = /^\s*(\([^)]*\)\s*)?(responsible|accountable|liable)\b/i;
// "blamed the attack on a separatist faction called the X", "attributed the strike to the rebel X"; the
// act may carry its own target first: "blamed the attack on a military base on guerrillas of X"
const BLAMED_FOR_ACT = /\b(blamed|blames|blaming|attributed|attributes|attributing|pinned|pins)\s+(the|this|that|these|those|its|their)\s+([\w-]+\s+){0,3}?((on|at|against|of|near)\s+(the\s+|an?\s+)?([\w-]+\s+){0,3}?)?(on|to)\s+(the\s+|an?\s+)?([\w-]+\s+){0,4}$/i;
// what was hit is never the one blamed: "blamed the attack on a military base on X" blames no military
const BLAMELESS_AFTER = /^\s+(base|bases|camp|camps|barracks|garrison|posts?|outposts?|checkpoints?|headquarters|stations?|convoys?|patrols?|vehicles?)\b/i;
// the ones hit: "N soldiers were killed", "soldiers and one civilian were killed", "(the commander of X's
// brigade), was reportedly among those killed", "militants killed in the strike", "soldiers died in a
// mortar attack", "the soldiers killed in the previous day's attack"; "two soldiers were martyred", "a
// policeman lost his life", "three FC personnel embraced martyrdom in": the words of South Asian and
// Arab outlets for the dead of the side hit; "were gunned down", "was shot" too (not "were shot down": what
// was shot down was the weapon of its side, which fired it); "have lost their lives", "had died" in the perfect
// ("three soldiers, Sergeant A, Corporal B and Private C, were killed": an aside that lists them by name, LISTED_ASIDE)
const VICTIMS = new RegExp(String.raw`^\s*(\([^)]*\)\s*)?((?!(said|says|told|reported|announced|claimed)\b)[\w-]+\s*){0,2}(and\s+([\w-]+\s+){1,3})?(,[^,]{0,60},|${LISTED_ASIDE})?\s*(were|was|have been|had been|being)\s*(seriously |critically |slightly |fatally )?(hurt|wounded|injured|killed|dead|diagnosed|martyred|shot(?!\s+down)|gunned down|murdered|assassinated)\b|^[^,.;]{0,60},\s*(was|were|had been|has been)\s+(\w+ly\s+)?among\s+(those|the)\s+(killed|dead|wounded|injured)\b|^\s*(members|fighters|militants|militiamen|commanders|soldiers|troops|personnel)\s+(who were\s+)?(killed|wounded|injured)\s+(in|by)\b|^\s+(who\s+(were|had been|have been)\s+|(?:have|has|had)\s+(?=(?:\w+ly\s+)?(?:died|perished|lost)\b))?(\w+ly\s+)?(died|perished|lost (?:their|his|her) lives?|embraced martyrdom|killed|wounded|injured|hurt)\s+(in|during|when|after|by|as|while)\b`, 'i');
// "four Levies personnel martyred in Khuzdar", "Two soldiers killed as blast hits convoy": a headline drops the
// auxiliary; a figure, the side and a bare participle with no object after it are the passive all the same
const COUNTED_BEFORE = new RegExp(String.raw`\b${NUMBER_SOURCE}\s+$`, 'i');
const BARE_HARM_AFTER = /^\s+(martyred|killed|wounded|injured|hurt|shot dead|gunned down)\s*(?:$|[;,.:]|(in|at|near|on|as|after|during|when|while|by|and)\b)/i;
const headlineVictims = (clause: string, a: ActorMatch): boolean =>
  BARE_HARM_AFTER.test(clause.slice(a.end, a.end + 40)) && COUNTED_BEFORE.test(clause.slice(Math.max(0, a.index - 30), a.index));
// ("We lost 15 soldiers and four militiamen in the ambush": the ones a side lost, c-lost-n's dead, were hit)
const VICTIMS_BEFORE = new RegExp(String.raw`\b(injuries|casualties|deaths|losses)\s+(among|to|of)\s+(the\s+)?$|\b(?:we|they|it|has|have|had)\s+lost\s+(?:${NUMBER_SOURCE})\s+(?:[\w-]+\s+){0,3}$`, 'i');
// "an attack that left 54 soldiers dead", "leaving two policemen and a civilian wounded", "left 84 Wagner
// mercenaries and 47 soldiers dead": the ones an act left dead or hurt were hit
const LEFT_BEFORE = /\b(left|leaving|leaves)\s+([^.;]{0,50}?\band\s+)?((at least|more than|nearly|about|some|over|up to)\s+)?([\w-]+\s+){0,2}$/i;
const DEAD_AFTER = /^(\s+[\w-]+)?(\s+and\s+[^.;]{0,40}?)?\s+(\w+ly\s+)?(dead|killed|wounded|injured|hurt)\b/i;
const leftDead = (clause: string, a: ActorMatch): boolean => LEFT_BEFORE.test(clause.slice(Math.max(0, a.index - 80), a.index)) && DEAD_AFTER.test(clause.slice(a.end, a.end + 80));
// "three facilities in Iraq that Kataib Hezbollah and affiliated groups use"
const USED_BY_AFTER = /^\s*(and (its )?(affiliated|allied) (groups|militias|factions)\s+)?(use|uses|used|utili[sz]e|operate|operates|controls|run|runs)\b/i;
const BASED_AFTER = /^\s+(are|were|is|was|had been|have been)\s+(\w+ly\s+)?(based|stationed|deployed|housed|garrisoned|posted)\b/i;
// "clashes pitting Sunni Bedouin tribes against Druze fighters": one modifier may come first
const BETWEEN = /\b(between|pitting)\s+(the\s+)?([A-Za-z]+\s+)?$/i;
const OWN_FORCES = /\b(said|says|announced|reported|claimed)\b[^.]{0,40}\b(its|their|our)\s+(forces|troops|fighters|units|jets|drones|military|army)\b/i;
const OWN_ACT = /^[^.]{0,40}\b(said|says|announced|reported|confirmed|claimed)\b[^.]{0,30}\b(its|their)\s+([\w-]+\s+){0,2}$/i;
// "fired back", "returned fire": the side answering fire, the attacked one when those its fire hit are
// named as the attackers ("killing six of the attackers"); a side answering fire may also be one side of
// a fight coded as its own
// "killing six of the attackers", "wounding two gunmen": the ones the answering fire hit attacked
// "repelled the attack", "fought off the raiders", "thwarted an attempt": the attack is the object, so the
// subject was the side attacked
// ("beat back the assault", "pushed back the attackers", "fended off", "held off": the same, in other words)
const REPELLED = /\b(repulsed|repelled|repelling|repulsing|repels|repulses|fought off|fended off|fending off|warded off|held off|foiled|thwarted|(?:beat|beaten|beating|beats|pushed|pushing|drove|driven|forced)\s+back)\b/i;
const ATTACKERS_HIT = /^[\w-]+\s+((\w+\s+)?of\s+)?(the\s+)?([\w-]+\s+){0,2}?(attackers|assailants|gunmen|raiders|militants|terrorists|insurgents|bandits)\b/i;
const FIRED_BACK = /\b(fired back|fire back|firing back|fires back|returned (the )?fire|return(ing|s)? (the )?fire|shot back|fought back)\b/i;
// "troops killed seven militants who stormed the prison", "police shot dead the attackers", "the assailants
// were gunned down by security forces", "soldiers fought the raiders": those killed or fought are told as
// the ones who attacked, so the act is the attacked side's answer and the attack is the incident
const RESPONSE_VERB = String.raw`(?:killed|killing|kills|shot\s+dead|shooting\s+dead|gunned\s+down|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|fought|fighting|battled|battling|engaged|engaging|confronted|confronting|clashed\s+with|exchanged\s+fire\s+with)`;
const ATTACKERS = String.raw`(?:attackers|assailants|raiders|infiltrators|intruders)\b`;
// "who launched an assault", "who had tried to storm the base", "that attacked the convoy"
const WHO_ATTACKED = String.raw`\b(?:who|that)\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?(?:launched|attacked|stormed|raided|ambushed|assaulted|besieged|infiltrated|carried\s+out|opened\s+fire|(?:tried|attempted|sought)\s+to\s+(?:storm|attack|enter|infiltrate|breach|overrun|force|raid|ambush))\b`;
const ANSWERED = new RegExp(String.raw`^${RESPONSE_VERB}\s+(?:(?!(?:by|in|when|as|after|during|while|near|at|on)\b)[\w'’-]+\s+){0,5}?(?:${ATTACKERS}|[^,.;]{0,60}?${WHO_ATTACKED})`, 'i');
// the passive: "the attackers were shot dead by", "militants who stormed the prison were killed by"
// (the attackers are the subject: no "and" or comma between them and the verb, "attackers fled and two soldiers were killed")
const ANSWERED_PASSIVE = new RegExp(String.raw`(?:${ATTACKERS}|${WHO_ATTACKED}[^,.;]{0,50}?)(?:(?!\b(?:and|but|while|as|after|when|before)\b)[^.;,]){0,40}?\b(?:were|was|had\s+been|have\s+been|being)\s+(?:\w+\s+){0,2}$`, 'i');
// the harm's own stretch of words, then "when" or "as" and the subject of the next act: "were killed when the"
const WHEN_BEFORE = /^[\w-]+(?:\s+(?!(?:and|but|while|after|before|because|since|said|says)\b)[\w'’"”-]+){0,6}?[\s,"”]+(?:when|as)\s+(?:the\s+|an?\s+|some\s+)?(?:[\w-]+\s+)?$/i;
// an active verb right after that subject (an adverb or an auxiliary between): it acted, it was not acted on
const ACTIVE_AFTER = /^\s+(?:(?:had|have|has|then|later|also|again|\w+ly)\s+)?(?!(?:were|was|came|come|got|had|been|arrived|returned\s+home|fled)\b)(?:[a-z]+ed|fired|shot|struck|hit|fought|opened|launched|stormed|swept|overran|threw|set|tried|moved|went|began|attacked)\b/;
// "backed by Iran", "a ceasefire declared by the PKK": a patron, or the doer of an act that is no violence
const BY = /(?<!\b(backed|supported|sponsored|funded|armed|trained|aligned|inspired|directed|ordered|approved|declared|proclaimed|called|agreed|signed|brokered|proposed|imposed|issued|published|released|condemned|denied|rejected|demanded|organi[sz]ed)\s)\bby\s+(the\s+|an?\s+)?([\w-]+\s+){0,3}$/i;
// ("two men were killed by "direct fire" from the security forces", "wounded by shelling from X": the
// fire's source is the agent)
const HARM_BY = /\b(was|were|been|being)\s+(\w+ly\s+)?(killed|wounded|injured|shot|shot dead|gunned down|murdered|executed|abducted|kidnapped)\s+by\s+(["“]?([\w-]+\s+)?(fire|gunfire|shots|bullets|shelling|rounds)["”]?\s+(from|of)\s+)?(the\s+|an?\s+)?([\w-]+\s+){0,2}$/i;
// "took a direct hit from an Iranian missile", "fire from Israeli drones": the side whose weapon the blow came from sent it
const FROM_WEAPON = /\b(hit|hits|strike|strikes|fire|blast|impact)\s+from\s+(the\s+|an?\s+)?([\w-]+\s+){0,2}$/i;
const PROJECTILE = /\b(drones?|uavs?|missiles?|rockets?|projectiles?|shells?|munitions?)\b/i;
// "Russian drones were still being", "Houthi Shahed drones were": a side's name, then the weapon it sent, as the subject of a passive
const WEAPON_SUBJECT = /^[\w'’ -]*?\b(drones?|uavs?|missiles?|rockets?|projectiles?|munitions?)\s+((was|were|been|being|is|are|still|also|later|then|\w+ly)\s+){1,4}$/i;
const SENT_OR_SEEN = /^(launched|fired|sent|spotted|sighted|detected|seen|observed|flown)$/i;
const INTERCEPTED_BY = /\b(was|were|been|being)\s+(\w+ly\s+)?(intercepted|shot down|downed|neutrali[sz]ed|jammed)\s+by\s+(the\s+|an?\s+)?([\w-]+\s+){0,3}$/i;
// "Houthi drones", "Russian missiles": a side's name right before the weapon it fired
const INTERCEPTED_WEAPON = /^[\w'’ .-]*?\b(drones?|uavs?|missiles?|rockets?|projectiles?|munitions?)\b/i;
// "a headquarters was targeted by three drone strikes", "the convoy was hit in an airstrike": the act is
// told in a noun after a passive verb, whose subject was hit
const HIT_BY_ACT = /\b(was|were|been|being|is|are)\s+(\w+ly\s+)?(targeted|hit|struck|attacked|bombed|shelled|destroyed|damaged)\s+(by|in|with)\s+(an?\s+|the\s+)?([\w-]+\s+){0,3}$/i;
// "Members of the", "At dawn on Monday, fighters of": a clause that opens with the members of a side
const MEMBERS_OPEN = /^\s*(?:[^,;]{1,40},\s*)?(?:members?|fighters?)\s+of\s+(?:the\s+)?$/i;
const PASSIVE = /\b(was|were|been|being|is|are|came|come|comes|got)\s+(\w+\s+){0,2}$/i;
// the words between a verb and its object: determiners and modifiers, never a conjunction ("killed when X...");
// a killing told by its manner has its object too ("gunmen shot dead a police officer")
const OBJECT = /\b(on|against|at|toward|towards|targeting|targeted|target|hit|struck|into|upon|attacked|shelled|bombed|killing|killed|wounding|wounded|injuring|injured|stormed|raided|ambushed|overran|downed|abducted|kidnapped|destroyed|destroying|damaged|damaging|shot dead|shooting dead|gunned down|murdered|assassinated|executed|beheaded|stabbed)\s+(the\s+|a\s+|an\s+|two\s+|three\s+|several\s+|positions\s+of\s+|(?!(when|as|after|while|and|but|because|since|before|if|where|by|from)\b)[\w-]+\s+){0,3}$/i;
// "fire at the Ghoriwala and Bakakhel police stations": a list of names is one modifier of the object
const NAME_LIST = /\b[A-Z][\w-]*\s+and\s+(?=[A-Z])/g;
const objectBefore = (before: string): boolean => OBJECT.test(before) || OBJECT.test(before.replace(NAME_LIST, ''));
// "killed a senior commander and five soldiers", "attacked rangers and soldiers": an earlier object and
// "and" stand between the act and the second object (r-object-list); the second one is no new subject, so
// no verb follows it ("attacked a village and soldiers responded")
// (the first object is hit too, so the words before it are an object's; a day is no object: "on Tuesday and police fired")
const CONJUNCT_WORD = String.raw`(?!(?:and|or|but|when|as|after|while|who|which|that|where|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|afternoon|day|week|month|year)\b)[\w'’-]+\s+`;
const EARLIER_CONJUNCTS = [1, 2, 3, 4].map((n) => new RegExp(String.raw`(?:${CONJUNCT_WORD}){${n}}and\s+((?:[\w-]+\s+){0,2})$`, 'i'));
const NO_VERB_AFTER = /^\s*(?:$|[,.;:)]|(?:in|at|near|on|during|when|as|and|with|from|of|who|while|after|before|along|outside|inside)\b)/i;
const listObjectBefore = (before: string): boolean =>
  EARLIER_CONJUNCTS.some((re) => { const m = re.exec(before); return !!m && objectBefore(before.slice(0, m.index)) && objectBefore(before.slice(0, m.index) + m[1]); });
// "clashed with the", "fought with suspected": not "along with", "affiliated with"
const CLASH_WITH = /(?<!\b(along|together|alongside|coordination|cooperation|conjunction|affiliated|associated|linked|aligned|allied|tied|ties|links)\s)\bwith\s+(the\s+|an?\s+)?(suspected\s+|armed\s+|heavily armed\s+)?([A-Z][\w-]*\s+){0,2}$/;
// "clashed with X", "fought against X", "battled X": a fight with an object names a third side
const FOUGHT_SOMEONE = /^[\w-]+(\s+(fire|gunfire|shots|blows))?\s+(with|against|on|at)\b|^(fought|battled|engaged|confronted|attacked|ambushed)\s+(?!(each other|one another|on|in|for|near|at|until|through|over|overnight|again|late|early)\b)[\w-]+/i;
const POSSESSOR = /^['’]s\s+([\w-]+\s+)?(ally|allies|enemy|enemies|rival|rivals|leader|chief|head|founder|minister|spokes(man|woman|person)|backer|patron|son|brother)\b/i;
/** "Hezbollah's ally", whether the name was matched with its "'s" or not. */
const possessor = (clause: string, a: ActorMatch): boolean => POSSESSOR.test((/['’]s$/.test(a.text) ? "'s" : '') + clause.slice(a.end));
// "Al-Shabaab, an al-Qaeda affiliate, attacked", "JNIM, an al-Qaeda-linked group": the group a name is described by, not the doer,
// in an apposition to the name of the doer (not "An Islamic State affiliate was responsible", nor "troops
// backed by partners", who are backed)
const PATRON_OF = /^(-(linked|backed|aligned|affiliated|allied|inspired|supported|sponsored)|\s+(affiliate|affiliates|offshoot|branch|franchise|proxy|proxies))\b/i;
const patronOf = (clause: string, a: ActorMatch): boolean =>
  PATRON_OF.test(clause.slice(a.end)) && /,\s+(an?|the)\s+$/i.test(clause.slice(Math.max(0, a.index - 8), a.index));
const OBSERVED = /^(spotted|sighted|detected|tracked|observed|monitored)$/i;
const OCCURRED = /^(took place|happened|occurred)\b/i;
// "the Lebanese army had observed about 70 rockets being fired": who watched an act did not do it
const OBSERVER = /^\s+(had\s+|has\s+|have\s+)?(\w+ly\s+)?(spotted|sighted|detected|tracked|observed|monitored|recorded|counted|documented|witnessed)\b/i;
// "threw stones at the police", "fired rockets towards Israeli forces": a verb's object after its preposition
const EARLIER_OBJECT = /\b(threw|thrown|throwing|hurled|hurling|fired|firing|shot|aimed|launched|lobbed)\s+([\w-]+\s+){0,4}(at|on|towards?|against)\s+(the\s+|an?\s+)?([\w-]+\s+)?$/i;
// "militants surrounded the police station and then attacked it": the object of a verb that the act is joined
// to by "and" is not the act's subject; the subject of both stands before the first
const JOINED_VERB_OBJECT = /\b[a-z]+ed\s+((the|an?)\s+)?([\w-]+\s+)?$/;
const JOINED_ACT = /^(\s+[\w-]+){0,2}\s+and\s+(then\s+)?$/;
/** The actor is the object of an act told before this one ("threw stones at the police", "surrounded the police station and then"). */
const earlierObject = (clause: string, a: ActorMatch, triggerIndex: number): boolean =>
  EARLIER_OBJECT.test(clause.slice(Math.max(0, a.index - 60), a.index)) ||
  (JOINED_VERB_OBJECT.test(clause.slice(Math.max(0, a.index - 40), a.index)) && JOINED_ACT.test(clause.slice(a.end, triggerIndex)));
const OBJECT_ING = /\b(attacking|storming|raiding|ambushing|shelling|bombing|hitting|striking)\s+(the\s+|a\s+|an\s+)?((?!by\b)[\w-]+\s+){0,2}$/i;
const PARTICIPLE = /^[^,;]*,\s*(attacking|storming|raiding|ambushing|shelling|bombing|hitting|striking)\s+(the\s+|a\s+|an\s+)?([\w-]+\s+){0,2}$/i;
const SPEAKER_AFTER = /^(\s*\([^)]*\))?(\s+(official|officials|spokes\w+|sources?|commander|chief|statement|command|said))?\s*(,[^,]{0,80},\s*)?(has\s+|had\s+)?(said|says|told|announced|reported|stated|confirmed|added|noted|wrote|posted|declared|put out|gave|spokes)/i;
// "according to an initial report from the regional police": the source, however long its phrase
const ACCORDING = /\b(according to|citing)\s+([^,;]*\s+)?$/i;
const SAID_BEFORE = /\b(said|told|says)\s+(the\s+)?$/i;
const ASSOC_LINK = /^\s*(and|,|together with|along with|alongside|with)\s+(the\s+)?(its\s+)?$/i;
const VESSEL = /\b(M\/V|MV|M\.V\.|MT|M\/T)\s+([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|\d+\b)){0,3})/;
const US_NAVY_SHIP = /\bUSS\s+[A-Z][\w-]*/;
const CIVILIANS = /\b(civilians?|people|crew members|seafarers|mariners|persons?|residents|villagers|worshippers|child|children|woman|women|girls?|boys?|famil(y|ies)|passengers|farmers|miners|gold miners|shoppers|students|vendors?|traders?|shopkeepers?|tourists|pilgrims|journalists?|aid workers|workers|lawyers?|activists?|candidates?|politicians?|teachers?|doctors?|nurses?|priests?|imams?|associates|displaced people|refugees|villages?|communit(?:y|ies)|settlements?|hamlets?|(?:(?:displacement|IDP|IDPs'?|refugee)\s+)camps?|camps?\s+for\s+(?:the\s+)?(?:internally\s+)?(?:displaced|refugees)|a pharmacy|homes?|houses|(?:private|residential) house|residential buildings?|apartment (?:buildings?|blocks?)|hospital|kindergarten|school|market)\b/i;
// civilians as the ones hit: killed/wounded, or the object of the act ("avoid civilian casualties" is neither)
const CIVILIAN_VICTIMS = new RegExp(String.raw`\b(killed|killing|wounded|wounding|injured|injuring|damaged|damaging|destroyed|destroying|hit|struck|targeted|targeting|abducted|abducting|kidnapped|kidnapping|seized|shot|attacked|torched|burned|burnt|looted|ransacked|raided|on|against|at)\s+(\S+\s+){0,4}?` + CIVILIANS.source + '|' + CIVILIANS.source + String.raw`\s+(\S+\s+){0,3}?(were|was|had been|have been|has been)?\s*(\w+ly\s+)?(killed|wounded|injured|hurt|dead|died|hit|struck|shelled|bombed|abducted|kidnapped|shot|gunned down|murdered|executed|assassinated|stabbed)`, 'i');
// "attacks on Mangor, Daffo, Manguna (Tagai) and Tadai communities", "raided Hurti village": the villages
// named before the noun may be many words more than CIVILIAN_VICTIMS lets stand between the act and it
const SETTLEMENT = String.raw`(?:villages?|communit(?:y|ies)|settlements?|hamlets?)\b`;
const NAMED_SETTLEMENTS = new RegExp(String.raw`\b(?:[Aa]ttack(?:s|ed|ing)?|[Rr]aid(?:s|ed|ing)?|stormed|storming|invad(?:ed|ing)|overr(?:an|un)|torched|burned|burnt|looted|on|against)\s+(?:the\s+)?(?:${LIST}|${NAME})\s+${SETTLEMENT}`, 'u');
// "overran Zangola village", "overran the village of Kulo", "overran a camp for displaced people": what was overrun was no armed side's
const OVERRUN_SETTLEMENT = new RegExp(String.raw`^[\w-]+\s+(?:(?:the|a|an|two|three|several)\s+)?(?:${NAME}\s+|[\w-]+\s+)?(?:${SETTLEMENT}|(?:IDP|displacement|refugee)\s+camps?\b|camps?\s+for\b)`, 'u');
const civilianTarget = (clause: string): boolean => CIVILIAN_VICTIMS.test(clause) || NAMED_SETTLEMENTS.test(clause);
// "a missile from a Houthi-controlled part of Yemen struck": a country after a preposition is where, not who
// ("the mission in Somalia now launches more airstrikes": a country right after "in" is where, not who)
// ("stormed a hotel in central Somalia and killed": a compass word may stand between "in" and the country)
const PLACE_BEFORE = /\b(from|inside|(?:part|parts|area|areas|region|territory) of)\s+([\w-]+\s+){0,3}$|\b(in|at|near|across|throughout|over)\s+(the\s+)?((?:central|(?:north|south)?-?(?:east|west)?(?:ern)?)\s+)?$/i;
// "a missile fired from Houthi-controlled Yemen": who holds the ground a weapon came from fired it;
// "strikes on Houthi-held areas": who holds the ground struck was the target
const HELD_GROUND = /\b(from|in|on|against|into|across)\s+(?:an?\s+|the\s+)?(?:part\s+of\s+|parts\s+of\s+)?((?:U\.S\.|[A-Z][\w'’]+)(?:\s+[A-Z][\w'’]+)?)-(?:controlled|held|run)\b/;
const SITE = /\b(base|bases|camp|camps|barracks|garrison|posts?|outposts?|checkpoints?|headquarters)$/i;
const SITE_AFTER = /^\s+(base|bases|camp|camps|barracks|garrison|posts?|outposts?|checkpoints?|headquarters)\b/i;
// r-station-passed: "a drone seen over a police station was brought down": a station a weapon or side was
// told over or near is where it was, no doer
const STATION_AFTER = /^\s+stations?\b/i;
const OVER_OR_NEAR = /\b(over|near|above|outside|past|beside|around)\s+(?:(?:a|an|the|another|different|nearby|local)\s+){0,2}$/i;
const stationPassed = (clause: string, a: ActorMatch): boolean => STATION_AFTER.test(clause.slice(a.end)) && OVER_OR_NEAR.test(clause.slice(Math.max(0, a.index - 40), a.index));
const DEMONYM_RIGHT_BEFORE = /\b([A-Z][a-z]+|U\.S\.|US|UK)\s+$/;
// ("the US base attacked last night": a site is no doer; "Greek farmers clashed with riot police", "Kenyan
// protesters stormed": a country's people, a crowd or civilians, are no force of its: r-country-subject)
const PEOPLE_OF_COUNTRY = String.raw`(?:${CROWD_NOUNS}|${PEOPLE_NOUNS}|${CIVILIANS.source}|farmers|villagers|citizens|nationals|miners|migrants|teenagers|inhabitants|marchers)\s`;
const DEMONYM_BEFORE = new RegExp(String.raw`\b([A-Z][a-z]+|U\.S\.|US|UK)\s+((?!(base|bases|camp|camps|barracks|garrison|posts?|outposts?|checkpoints?|headquarters)\s)(?!${PEOPLE_OF_COUNTRY})(\w+-)?\w+\s+)?$`);
// "Pakistani shells also fell on", "Russian missiles reportedly hit": the country's weapon is the subject of the act
const DEMONYM_WEAPON = /\b([A-Z][a-z]+|U\.S\.|US|UK)\s+((\w+-)?\w+\s+)?(shells|missiles?|rockets?|drones?|artillery|mortars?|bombs?|jets|warplanes|aircraft)\s+((\w+ly|also|again|then|later|too)\s+){1,2}$/;

/** What every role rule reads: the clause, its act, its actors, and what is known of them before any rule runs. */
interface RoleFrame {
  clause: string;
  triggerIndex: number;
  actors: ActorMatch[];
  claimantActor: ActorMatch | null;
  country: string | null;
  passiveTrigger: boolean;
  kind: Trigger['kind'] | null;
  /** the roles set so far: a later rule reads who an earlier one chose */
  roles: Roles;
  isSpeaker: (a: ActorMatch) => boolean;
  /** actors told as the ones hit ("N soldiers were killed"): they hold the subject's place, but did not act */
  hit: Set<ActorMatch>;
  /** actors named as the group of someone killed ("killed X, an al-Shabaab commander") and not speaking */
  killedMembers: Set<ActorMatch>;
  /** the actor that reports its own side's act ("the ministry said its forces struck") */
  speaker: ActorMatch | undefined;
  /** the grammatical subject of the act, when it names one of the actors */
  subject: ActorMatch | undefined;
  /** the act is told in the passive: its subject was hit */
  passive: boolean;
  /** an interception told in the passive ("a Houthi drone was intercepted by the IAF") */
  interceptedPassive: boolean;
}

type Slot = 'actor1' | 'actor2';
type Set1 = (slot: Slot, actor: Actor | null | undefined) => void;

/**
 * One role rule, as chrono-node orders its parsers: an id that `explain` and `show` print, the reason it
 * exists, and what it reads. Rules run in the order of ROLE_RULES and the first to fill a slot keeps it.
 * A clause rule is tried once; an actor rule once for each of the actors it reads (`each`), and
 * consecutive actor rules that read the same actors run together, an actor at a time, so that an
 * actor's rules are judged before the next actor's.
 */
export type RoleRule = { id: string; reason: string } & (
  | { each?: undefined; apply: (f: RoleFrame, set: Set1) => void }
  | { each: (f: RoleFrame) => ActorMatch[]; apply: (f: RoleFrame, set: Set1, a: ActorMatch) => void }
);

const eachActor = (f: RoleFrame): ActorMatch[] => f.actors;
const before40 = (f: RoleFrame, a: ActorMatch): string => f.clause.slice(Math.max(0, a.index - 40), a.index);
const ownerBefore = (f: RoleFrame, a: ActorMatch): boolean => (OWNER.test(before40(f, a)) || OWNER_BY.test(before40(f, a))) && a.index > f.triggerIndex;
// the subject's place and after it: who an act was done to
const subjectAndAfter = (f: RoleFrame): ActorMatch[] => f.actors.filter((x) => x.index >= f.triggerIndex || x === f.subject);

export const ROLE_RULES: RoleRule[] = [
  { id: 'r-navy-ship', reason: 'a US Navy ship (USS ...) named in the clause was the target', apply: (f, set) => { if (US_NAVY_SHIP.test(f.clause)) set('actor2', stateForces('US')); } },
  {
    id: 'r-vessel', reason: 'a merchant vessel (MV ..., MT ...) named in the clause was the target',
    apply: (f, set) => {
      const vessel = VESSEL.exec(f.clause);
      if (vessel) set('actor2', { name: `${vessel[1]!.replace(/[/.]/g, '')} ${vessel[2]}`, type: 'civilians', country: null, affiliations: [] });
    },
  },
  {
    id: 'r-owner-country', reason: '"a base hosting US troops": the country whose forces the site held was hit',
    apply: (f, set) => {
      const owner = OWNER_COUNTRY.exec(f.clause);
      if (owner) set('actor2', (c => c && stateForces(c.cc))(countryByName(owner[1]!) ?? countryByDemonym(owner[1]!)));
    },
  },
  {
    // before the victims', objects' and subjects' rules: the subject who fired back is the side attacked, and the attackers it hit are the
    // other side (a fight told by "repelled" itself is the group's firing back, merge/within-article.ts)
    id: 'r-fired-back', reason: '"Security personnel escorting the convoy fired back, killing six of the attackers": who returned fire was the side attacked',
    apply: (f, set) => {
      if (!f.subject || f.passive) return;
      const between = f.clause.slice(f.subject.end, f.triggerIndex);
      if (!REPELLED.test(between) && !(FIRED_BACK.test(between) && ATTACKERS_HIT.test(f.clause.slice(f.triggerIndex)))) return;
      set('actor2', f.subject.actor);
      // "returned fire, killing four Taliban fighters": the ones its fire hit were the attackers
      set('actor1', f.actors.find((a) => a.index > f.triggerIndex && !f.isSpeaker(a))?.actor);
    },
  },
  {
    // before the victims' and members' rules: the attackers killed are the attacking side, not the side hit
    id: 'r-attackers-answered', reason: '"troops killed seven militants who stormed the prison", "the attackers were shot dead by police": who answered the attack was its target, and the attackers its doers',
    apply: (f, set) => {
      const act = f.clause.slice(f.triggerIndex);
      if (f.kind === 'protest' || f.kind === 'riot') return;
      if (!f.passive && f.subject) {
        const answered = ANSWERED.exec(act);
        if (!answered) return;
        set('actor2', f.subject.actor);
        set('actor1', f.actors.find((a) => a.index > f.triggerIndex && a.index < f.triggerIndex + answered[0].length && !f.isSpeaker(a))?.actor);
      } else if (f.passive && ANSWERED_PASSIVE.test(f.clause.slice(Math.max(0, f.triggerIndex - 120), f.triggerIndex))) {
        set('actor2', f.actors.find((a) => a.index > f.triggerIndex && /\bby\s+(the\s+)?([\w'’-]+\s+){0,2}$/i.test(before40(f, a)))?.actor);
        set('actor1', [...f.hit].find((a) => a.index < f.triggerIndex)?.actor ?? f.subject?.actor);
      }
    },
  },
  { id: 'r-owner', reason: '"depots used by X", "targets tied to X" after the act: X owned what was hit', each: eachActor, apply: (f, set, a) => { if (ownerBefore(f, a)) set('actor2', a.actor); } },
  {
    id: 'r-blamed', reason: '"blamed on X", "attributed the attack to X": the one blamed did it', each: eachActor,
    apply: (f, set, a) => { if (!ownerBefore(f, a) && !SITE.test(a.text) && !BLAMELESS_AFTER.test(f.clause.slice(a.end)) && (BLAME.test(before40(f, a)) || (HELD.test(before40(f, a)) && RESPONSIBLE_AFTER.test(f.clause.slice(a.end))) || BLAMED_FOR_ACT.test(f.clause.slice(Math.max(0, a.index - 90), a.index)))) set('actor1', a.actor); },
  },
  {
    id: 'r-victims-both-sides', reason: '"six NPA members and an Army soldier were killed in an encounter": a fight\'s dead on both sides are its two sides', each: eachActor,
    apply: (f, set, a) => { if (f.hit.has(a) && f.roles.actor2 && isFight(f.clause, f.triggerIndex, f.kind)) set('actor1', a.actor); },
  },
  {
    // a fight has dead on both sides: the side told as hit that is also the fight's active subject
    // ("13 soldiers were wounded when troops clashed with rebels") is the side that fought, left to r-subject
    id: 'r-victims', reason: '"N soldiers were killed", "casualties among X": the ones hit', each: eachActor,
    apply: (f, set, a) => { if (f.hit.has(a) && !foughtAsSubject(f, a)) set('actor2', a.actor); },
  },
  {
    id: 'r-member-victim', reason: '"killed X, an al-Shabaab commander": the group of a member killed was the target', each: eachActor,
    apply: (f, set, a) => { if (f.killedMembers.has(a)) set('actor2', a.actor); },
  },
  {
    id: 'r-used-by', reason: '"three facilities that Kataib Hezbollah and affiliated groups use": the users of what was hit', each: eachActor,
    apply: (f, set, a) => { if (a.index > f.triggerIndex && USED_BY_AFTER.test(f.clause.slice(a.end, a.end + 40))) set('actor2', a.actor); },
  },
  {
    id: 'r-based-there', reason: '"drones targeted the Gao camp, where UN troops are based": the forces based at the site hit', each: eachActor,
    apply: (f, set, a) => {
      if (a.index > f.triggerIndex && /\bwhere\s+$/i.test(f.clause.slice(Math.max(0, a.index - 10), a.index)) && BASED_AFTER.test(f.clause.slice(a.end, a.end + 40))) set('actor2', a.actor);
    },
  },
  {
    id: 'r-claimant', reason: 'who claims the act did it; who says it shot something down defended, and was the target',
    apply: (f, set) => { if (f.claimantActor) set(f.passiveTrigger ? 'actor2' : 'actor1', f.claimantActor.actor); },
  },
  {
    id: 'r-between', reason: '"fighting between M23 rebels and the Congolese army": the two sides of a clash',
    apply: (f, set) => {
      const pair = f.actors.findIndex((a) => BETWEEN.test(f.clause.slice(Math.max(0, a.index - 20), a.index)));
      if (pair < 0 || !f.actors[pair + 1]) return;
      set('actor1', f.actors[pair]!.actor);
      set('actor2', f.actors[pair + 1]!.actor);
    },
  },
  {
    // before the subject's rule, which would take the second name alone; not allies fighting a third side
    // ("troops and police clashed with militants"), nor a fight told in the passive
    id: 'r-coordinated-sides', reason: '"the Rada and the TRB clashed in Tripoli": two sides joined by "and" as the subject of a fight are its two sides',
    apply: (f, set) => {
      const second = f.subject;
      if (!second || f.passive || !isFight(f.clause, f.triggerIndex, f.kind) || !/^\s*(\([^)]*\)\s*)?((had|have|has|then|again|\w+ly)\s+)?$/i.test(f.clause.slice(second.end, f.triggerIndex))) return;
      if (FOUGHT_SOMEONE.test(f.clause.slice(f.triggerIndex))) return;
      const first = f.actors.filter((a) => a.end <= second.index && !f.hit.has(a) && !f.isSpeaker(a)).pop();
      if (!first || first.actor.name === second.actor.name || !/^\s*(\([^)]*\)\s*)?,?\s*and\s+(the\s+)?$/i.test(f.clause.slice(first.end, second.index))) return;
      set('actor1', first.actor);
      set('actor2', second.actor);
    },
  },
  {
    id: 'r-own-forces', reason: '"the ministry said its forces struck": a speaker reporting its own side\'s act',
    apply: (f, set) => { if (f.speaker && OWN_FORCES.test(f.clause.slice(f.speaker.end, f.triggerIndex + 20))) set(f.passiveTrigger ? 'actor2' : 'actor1', f.speaker.actor); },
  },
  {
    id: 'r-own-act', reason: '"AFRICOM announced its 100th airstrike of the year": the speaker\'s own act',
    apply: (f, set) => { if (f.speaker && OWN_ACT.test(f.clause.slice(f.speaker.end, f.triggerIndex))) set(f.passiveTrigger ? 'actor2' : 'actor1', f.speaker.actor); },
  },
  {
    // before r-passive-subject: a weapon is no target, and the side it is told with sent it (as an interception told in the
    // passive, r-intercepted-passive)
    id: 'r-weapon-passive', reason: '"Russian drones were spotted over Sumy", "Iranian missiles were fired at Haifa": the side whose weapon was sent or seen did it',
    apply: (f, set) => { if (f.subject && f.passive && SENT_OR_SEEN.test(triggerWord(f.clause, f.triggerIndex)) && WEAPON_SUBJECT.test(f.clause.slice(f.subject.index, f.triggerIndex))) set('actor1', f.subject.actor); },
  },
  { id: 'r-passive-subject', reason: '"a convoy was attacked": the subject of a passive act was hit', apply: (f, set) => { if (f.subject && f.passive) set('actor2', f.subject.actor); } },
  {
    id: 'r-object', reason: '"fired rockets at X", "stormed X\'s outpost", "struck Damascus, hitting X": the object of the act was hit', each: subjectAndAfter,
    apply: (f, set, a) => { if (a.index >= f.triggerIndex && objectBefore(f.clause.slice(Math.max(0, a.index - 50), a.index)) && !f.isSpeaker(a)) set('actor2', a.actor); },
  },
  {
    id: 'r-object-list', reason: '"killed a commander and five soldiers", "attacked rangers and soldiers": the object after an earlier one and "and" was hit too', each: subjectAndAfter,
    apply: (f, set, a) => {
      if (a.index > f.triggerIndex && listObjectBefore(f.clause.slice(Math.max(0, a.index - 80), a.index)) && NO_VERB_AFTER.test(f.clause.slice(a.end)) && !f.isSpeaker(a)) set('actor2', a.actor);
    },
  },
  {
    // in the fight's own stretch of words (not "tensions rose, with militias attacking"); when the clause
    // told its dead first ("a soldier was killed in a gunfight with militants"), the side they fought is
    // the other side, and so the attacker
    id: 'r-clash-with', reason: '"soldiers clashed with NPA guerrillas", "fighting with the RSF": the other side of a fight', each: subjectAndAfter,
    apply: (f, set, a) => {
      if (a.index >= f.triggerIndex && isFight(f.clause, f.triggerIndex, f.kind) && !/[,;]/.test(f.clause.slice(f.triggerIndex, a.index)) &&
        CLASH_WITH.test(f.clause.slice(Math.max(0, a.index - 40), a.index)) && !f.isSpeaker(a)) set(hitSideTold(f) ? 'actor1' : 'actor2', a.actor);
    },
  },
  {
    // in the trigger's stretch of words or right after its comma, not in another predicate ("tensions
    // rose, with militias attacking US forces")
    id: 'r-object-ing', reason: '"accused protesters of attacking police", "struck Damascus, hitting the defense ministry": the object of an act in -ing was hit', each: subjectAndAfter,
    apply: (f, set, a) => {
      const between = f.clause.slice(f.triggerIndex, a.index);
      if (a.index >= f.triggerIndex && OBJECT_ING.test(f.clause.slice(Math.max(0, a.index - 50), a.index)) && (!/[,;]/.test(between) || PARTICIPLE.test(between))) set('actor2', a.actor);
    },
  },
  {
    // a crowd's act is the crowd itself: "the demonstrators" is left to the crowd rules
    id: 'r-act-in-name', reason: '"Turkish air and artillery strikes hit", "RSF shelling killed": a force whose name holds the act did it',
    apply: (f, set) => {
      const named = f.kind !== 'protest' && f.kind !== 'riot' ? f.actors.find((a) => a.index < f.triggerIndex && a.end > f.triggerIndex) : undefined;
      if (named && !f.passive) set('actor1', named.actor);
    },
  },
  {
    // the group named in the subject's own phrase, before the act; not "attacked villagers loyal to X"
    id: 'r-affiliated-doer', reason: '"gunmen affiliated with X surrounded the mosque": the group the armed subject belongs to did it', each: eachActor,
    apply: (f, set, a) => { if (!f.passive && a.end <= f.triggerIndex && AFFILIATED_BEFORE.test(f.clause.slice(0, a.index)) && !/[,;]/.test(f.clause.slice(a.end, f.triggerIndex).replace(/\([^)]*\)/g, ''))) set('actor1', a.actor); },
  },
  {
    // ("armed men were seen in the area when the encounter took place": what took place was an act, and
    // the actor before it is no subject of it)
    id: 'r-subject', reason: 'the subject of an active act did it (not who saw it: "US forces spotted a missile")',
    apply: (f, set) => { if (f.subject && !f.passive && !OBSERVED.test(triggerWord(f.clause, f.triggerIndex)) && !OCCURRED.test(f.clause.slice(f.triggerIndex))) set('actor1', f.subject.actor); },
  },
  {
    // wherever the clause types the act
    id: 'r-harm-agent', reason: '"militants have been killed by Philippine troops": the agent of the harm did the act', each: eachActor,
    apply: (f, set, a) => { if (HARM_BY.test(f.clause.slice(Math.max(0, a.index - 70), a.index))) set('actor1', a.actor); },
  },
  {
    id: 'r-interceptor', reason: '"a UAV launched from Yemen was intercepted by the IAF": the agent of a later interception defended', each: eachActor,
    apply: (f, set, a) => { if (interceptorAgent(f, a)) set('actor2', a.actor); },
  },
  {
    id: 'r-by-agent', reason: '"an attack on the base by X", "was claimed by X", "a direct hit from an Iranian missile": the agent did it, when no subject did', each: eachActor,
    apply: (f, set, a) => {
      const before = before40(f, a);
      if (!interceptorAgent(f, a) && (BY.test(before) || (FROM_WEAPON.test(before) && PROJECTILE.test(a.text))) && a.index > f.triggerIndex - 40 && !OWNER_BY.test(before) && !/\band by\s+([\w-]+\s+){0,2}$/i.test(before)) set(f.interceptedPassive ? 'actor2' : 'actor1', a.actor);
    },
  },
  {
    // after the agents a passive names itself ("killed by X when..."): the "when" or "as" clause tells the
    // act that did the harm, and its subject did it; not one that came under it ("when troops came under fire")
    id: 'r-when-agent', reason: '"three rebels were killed when security forces launched a counteroffensive": the subject of the act the harm came with did it', each: eachActor,
    apply: (f, set, a) => {
      if (f.passive && a.index > f.triggerIndex && !f.hit.has(a) && !f.isSpeaker(a) && WHEN_BEFORE.test(f.clause.slice(f.triggerIndex, a.index)) && ACTIVE_AFTER.test(f.clause.slice(a.end, a.end + 40))) set('actor1', a.actor);
    },
  },
  {
    id: 'r-relative-agent', reason: '"an attack that Kataib Hezbollah, an Iran proxy group, launched": the agent of the relative clause', each: eachActor,
    apply: (f, set, a) => { if (a.index > f.triggerIndex && /\b(that|which)\s+$/i.test(before40(f, a)) && RELATIVE_AGENT.test(f.clause.slice(a.end, a.end + 60))) set('actor1', a.actor); },
  },
  {
    // (the act's subject, the defender, is its target)
    id: 'r-intercepted-weapon', reason: '"a destroyer shot down three Houthi drones": the side whose weapon was stopped launched it',
    apply: (f, set) => {
      if (f.kind !== 'interception' || !f.passiveTrigger || f.interceptedPassive) return;
      const weapon = f.actors.find((a) => a.index > f.triggerIndex && INTERCEPTED_WEAPON.test(f.clause.slice(a.index, a.end + 20)) && !/\bby\b|[,;]/.test(f.clause.slice(f.triggerIndex, a.index)));
      if (weapon) set('actor1', weapon.actor);
    },
  },
  { id: 'r-country-subject', reason: '"Russia launched", "Russian shelling", "shelling from Pakistan": a country right at the act did it', apply: (f, set) => { if (!f.roles.actor1 && !f.passive && !CROWD_KINDS.has(f.kind ?? '')) set('actor1', countrySubject(f.clause, f.triggerIndex)); } },
  {
    id: 'r-held-ground', reason: '"a missile fired from Houthi-controlled Yemen", "strikes on Houthi-held areas": who holds the ground fired from it, or was hit on it',
    apply: (f, set) => {
      const ground = HELD_GROUND.exec(f.clause);
      const holder = ground && lookupActor(ground[2]!)?.actor;
      if (holder && ground[1] === 'from') set('actor1', holder);
      else if (holder && ground.index > f.triggerIndex) set('actor2', holder);
    },
  },
  {
    id: 'r-civilians', reason: 'civilians killed, wounded or hit were the target; ACLED codes those caught in a battle as its dead, not its side',
    apply: (f, set) => { if (civilianTarget(f.clause) && !isFight(f.clause, f.triggerIndex, f.kind)) set('actor2', civilians(f.country)); },
  },
  {
    id: 'r-country-object', reason: '"launched 23 drones against Ukraine": a country as the object of the act is the state attacked',
    apply: (f, set) => {
      const target = COUNTRY_TARGET.exec(f.clause.slice(f.triggerIndex));
      const targetCountry = target && countryByName(target[1]!);
      if (targetCountry && targetCountry.cc !== f.roles.actor1?.country) set('actor2', stateOf(targetCountry.cc, targetCountry.name));
    },
  },
  {
    id: 'r-fight-with-country', reason: '"a civilian was killed in border clashes with Thailand": the country a fight was with is the other side',
    apply: (f, set) => {
      const opponent = FIGHT_WITH_COUNTRY.exec(f.clause);
      const opposing = opponent && countryByName(opponent[1]!);
      const forces = opposing && stateForces(opposing.cc);
      if (forces && f.roles.actor1?.country !== opposing.cc) set(f.roles.actor1 ? 'actor2' : 'actor1', forces);
    },
  },
];

/** The reason of a role rule, by id (the ids of the rules outside this file are their own reasons). */
export const roleReason = (id: string): string | undefined => ROLE_RULES.find((r) => r.id === id)?.reason;

/** The side told as hit is the fight's active subject too ("13 soldiers were wounded when troops clashed with X"). */
const foughtAsSubject = (f: RoleFrame, a: ActorMatch): boolean =>
  !!f.subject && !f.passive && oneSide(f.subject.actor, a.actor) && isFight(f.clause, f.triggerIndex, f.kind);
// (bare "soldiers" are a state's forces whose state is not yet known: the named force's side)
const oneSide = (x: Actor, y: Actor): boolean =>
  x.name === y.name || (x.type === 'state_military' && y.type === 'state_military' && (!x.country || !y.country));

/** The target is told as the ones hit ("two soldiers were killed") and no attacker is named yet. */
const hitSideTold = (f: RoleFrame): boolean => !f.roles.actor1 && !!f.roles.actor2 && [...f.hit].some((h) => h.actor.name === f.roles.actor2!.name);

const interceptorAgent = (f: RoleFrame, a: ActorMatch): boolean =>
  a.index > f.triggerIndex && INTERCEPTED_BY.test(before40(f, a)) && PROJECTILE.test(f.clause.slice(0, a.index));

export function assignRoles(
  clause: string, triggerIndex: number, actors: ActorMatch[], claimantActor: ActorMatch | null, country: string | null, passiveTrigger: boolean,
  kind: Trigger['kind'] | null = null,
): Roles {
  const frame = roleFrame(clause, triggerIndex, actors, claimantActor, country, passiveTrigger, kind);
  const { roles } = frame;
  const sets = ROLE_RULES.map((r) => setter(roles, r.id));
  for (let i = 0; i < ROLE_RULES.length;) {
    const rule = ROLE_RULES[i]!;
    if (!rule.each) {
      rule.apply(frame, sets[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < ROLE_RULES.length && ROLE_RULES[j]!.each === rule.each) j++;
    const group = ROLE_RULES.slice(i, j) as Array<Extract<RoleRule, { each: unknown }>>;
    for (const a of rule.each(frame)) group.forEach((r, k) => r.apply(frame, sets[i + k]!, a));
    i = j;
  }
  addAssociates(roles, clause, actors);
  return roles;
}

/** The first rule to name an actor for a slot keeps it; one actor never holds both slots. */
const setter = (roles: Roles, rule: string): Set1 => (slot, actor) => {
  if (!actor || roles[slot] || (slot === 'actor2' && roles.actor1?.name === actor.name) || (slot === 'actor1' && roles.actor2?.name === actor.name)) return;
  roles[slot] = actor;
  roles.rules.push(rule);
};

function roleFrame(
  clause: string, triggerIndex: number, actors: ActorMatch[], claimantActor: ActorMatch | null, country: string | null, passiveTrigger: boolean,
  kind: Trigger['kind'] | null,
): RoleFrame {
  const isSpeaker = (a: ActorMatch): boolean => {
    const before = clause.slice(Math.max(0, a.index - 20), a.index);
    // "..., said CENTCOM." but not "the army said JNIM fighters attacked"
    return SPEAKER_AFTER.test(clause.slice(a.end, a.end + 100)) || ACCORDING.test(clause.slice(Math.max(0, a.index - 60), a.index)) ||
      (SAID_BEFORE.test(before) && /^\s*(\([^)]*\))?\s*([,.;]|$)/.test(clause.slice(a.end, a.end + 20)));
  };
  const hit = new Set(actors.filter((a) => VICTIMS.test(clause.slice(a.end, a.end + 120)) || VICTIMS_BEFORE.test(clause.slice(Math.max(0, a.index - 40), a.index)) || leftDead(clause, a) || headlineVictims(clause, a)));
  // "Israeli forces killed X, a Hamas commander, in a drone strike": the group of the one killed is no subject
  // ("ten soldiers were killed when suspected members of Boko Haram attacked": members told right before
  // an active act did it, whoever was killed)
  const killedMembers = new Set(actors.filter((a) => memberKilled(clause, a) && !isSpeaker(a) && !doesTheAct(clause, triggerIndex, a)));
  // an actor with a reporting verb between it and the act is the one who said it ("CENTCOM said Houthis fired")
  // an agent of another verb ("attacks carried out by X, among them an attack by Y") is not the subject
  // "Hezbollah's ally, Ismail Haniyeh, was killed": the ally, not the possessor, is the subject
  const beforeTrigger = actors.filter((a) => a.end <= triggerIndex && !killedMembers.has(a) && !isSpeaker(a) && !REPORTING.test(clause.slice(a.end, triggerIndex)) &&
    !INVESTIGATING.test(clause.slice(a.end, triggerIndex)) && !possessor(clause, a) && !patronOf(clause, a) && !OBSERVER.test(clause.slice(a.end, a.end + 30)) &&
    !OWNER.test(clause.slice(Math.max(0, a.index - 40), a.index)) && !/\bby\s+(the\s+)?([\w-]+\s+){0,2}$/i.test(clause.slice(Math.max(0, a.index - 40), a.index)) &&
    // "fighters, most of whom belonged to X": membership, not the subject
    // "militants aligned with al-Qaeda", "an offshoot of JNIM": a patron or a parent is not the subject either
    // (r-members-subject: "Members of X came under fire", "At dawn, fighters of X stormed": members that open
    // the clause are its subject, and they are X's)
    (!/\b(belong(ed|s|ing)? to|members? of|fighters? of|affiliated with|linked to|linked with|part of|aligned with|allied (with|to)|loyal to|close to|tied to|associated with|offshoot of|splinter (group |faction )?of|breakaway (group |faction )?of)\s+(the\s+)?$/i.test(clause.slice(Math.max(0, a.index - 40), a.index)) ||
      MEMBERS_OPEN.test(clause.slice(0, a.index))));
  // "The military base attacked last night is in El Juncal": a site does no act
  // "men threw fireworks at gardaí, vandalised a tram stop": the object of an earlier act is not the next act's subject
  const last = beforeTrigger.filter((a) => !SITE.test(a.text) && !SITE_AFTER.test(clause.slice(a.end)) && !stationPassed(clause, a) && !earlierObject(clause, a, triggerIndex)).pop();
  // "the RSF was firing" is progressive, not passive
  const grammaticalPassive = (PASSIVE.test(clause.slice(Math.max(0, triggerIndex - 25), triggerIndex)) || HIT_BY_ACT.test(clause.slice(Math.max(0, triggerIndex - 60), triggerIndex))) &&
    !/ing$/i.test(triggerWord(clause, triggerIndex));
  // an interception told in the passive names the weapon's side as its subject and the defender as its
  // agent, as an attack told in the active does (a projectile's: "a police helicopter was shot down",
  // "militants were neutralised" name the side hit)
  const interceptedPassive = kind === 'interception' && grammaticalPassive && PROJECTILE.test(clause.slice(0, triggerIndex));
  return {
    clause, triggerIndex, actors, claimantActor, country, passiveTrigger, kind,
    roles: { actor1: null, actor2: null, assoc1: [], assoc2: [], rules: [] },
    isSpeaker,
    hit,
    killedMembers,
    speaker: actors.find((a) => a.index < triggerIndex && isSpeaker(a)),
    // the ones hit hold the subject's place: "Three soldiers and two police officers were killed in an attack"
    subject: last && !hit.has(last) ? last : undefined,
    passive: !interceptedPassive && (passiveTrigger || grammaticalPassive),
    interceptedPassive,
  };
}

/** "X and Y attacked": an actor joined to a side's by "and", "with", "alongside" is its associate. */
function addAssociates(roles: Roles, clause: string, actors: ActorMatch[]): void {
  for (const slot of ['1', '2'] as const) {
    const main = roles[`actor${slot}`];
    if (!main) continue;
    const anchor = actors.find((a) => a.actor.name === main.name);
    if (!anchor) continue;
    for (const a of actors) {
      const other = roles[slot === '1' ? 'actor2' : 'actor1'];
      // "between M23 rebels and the Congolese army": the actor after "and" is the other side, not an associate
      if (a.index > anchor.end && ASSOC_LINK.test(clause.slice(anchor.end, a.index)) && a.actor.name !== main.name && a.actor.name !== other?.name && !possessor(clause, a)) {
        roles[`assoc${slot}`].push(a.actor);
        roles.rules.push(`r-assoc${slot}`);
      }
    }
  }
}

// "ISWAP attacked", "Boko Haram (JAS) had stormed": the actor stands right before the act, told in the active
// voice by a verb that is no harm done to it ("members of X killed in a strike" were hit)
const HARM_WORD = /^(killed|wounded|injured|hurt|shot|slain|died|dead|martyred|neutrali[sz]ed|eliminated|captured|arrested)$/i;
const doesTheAct = (clause: string, triggerIndex: number, a: ActorMatch): boolean =>
  a.end <= triggerIndex && /^\s*(\([^)]*\)\s*)?((had|have|has|then|later|also|\w+ly)\s+)?$/i.test(clause.slice(a.end, triggerIndex)) &&
  /[a-z]ed$/i.test(triggerWord(clause, triggerIndex)) && !HARM_WORD.test(triggerWord(clause, triggerIndex));

const triggerWord = (clause: string, at: number): string => /^[\w-]+/.exec(clause.slice(at))?.[0] ?? '';

// a person named by a group's office or ranks: "an al-Shabaab commander", "the Taliban's refugee minister",
// "the commander in charge of Kataeb Hezbollah's operations", "12 people, all RSF fighters"
// (the words between are modifiers, never a verb: "police held militants responsible" names no member)
const MEMBER_AFTER = /^(?:['’]s)?\s+(?:(?!(?:\w+ed|held|had|has|have|is|are|was|were|said|says|told|took|led|fought|hit|shot|and|or|but|who|which|that)\b)[\w-]+\s+){0,2}?(commanders?|leaders?|chief|members?|fighters?|officials?|operatives?|militants?|ministers?)\b(?!\s+(?:said|says|told|announced|stated|confirmed|added))/i;
const MEMBER_BEFORE = /\b(commander|leader|chief|head|member|founder|official|operative)s?\s+(?:in charge\s+)?of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$|\b(all|mostly|including|among them|most of them)\s+$/i;
// the act was a killing: "killed", "assassinated", "among the dead"
/** "gunmen affiliated with", "fighters loyal to": an armed noun then the group it belongs to, at the clause's start. */
const AFFILIATED_BEFORE = /^(?:[\w-]+\s+){0,3}(?:fighters|militants|terrorists|gunmen|jihadists|insurgents|rebels|assailants|attackers|elements|men)\s+(?:affiliated|linked|allied|loyal|belonging)\s+(?:with|to)\s+(?:the\s+)?$/i;
const CLAIMED_BY = /\bclaimed\s+by\s+(?:[\w'’-]+\s+){0,6}$/i;
const CLAIMS_AFTER = /^(?:['’]s)?(?:\s+(?!(?:and|or|but|who|which|that|was|were|said|says)\b)[\w'’-]+){0,3}?\s+(?:has\s+|had\s+|later\s+|also\s+)?claimed\b(?!\s+(?:the\s+lives|lives))/i;
const MEMBER_AGENT = /\bby\s+(?:(?:the|some|several|suspected|alleged|armed|[A-Z][\w-]*['’]s)\s+)*(?:(?:members?|fighters?|militants?|elements?)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2})?$/i;
const KILLED = /\b(killed|killing|kills|assassinat\w+|eliminated|slain|died|dead)\b/i;

/** "A drone strike killed Ali Warsame, an al-Shabaab commander": the group a person killed belonged to was the target. */
function memberKilled(clause: string, a: ActorMatch): boolean {
  // "an attack by members of X", "killed by X fighters": the members named as the agent did the act
  if (MEMBER_AGENT.test(clause.slice(Math.max(0, a.index - 60), a.index))) return false;
  // "an attack claimed by the local chapter of the Islamic State militant group": the claimant, not a member killed
  if (CLAIMED_BY.test(clause.slice(Math.max(0, a.index - 60), a.index))) return false;
  // "an attack the local chapter of the Islamic State militant group claimed": the subject of "claimed" owns the act
  if (CLAIMS_AFTER.test(clause.slice(a.end, a.end + 60))) return false;
  const member = MEMBER_AFTER.test(clause.slice(a.end, a.end + 40)) || MEMBER_BEFORE.test(clause.slice(Math.max(0, a.index - 60), a.index)) ||
    /\b(fighters|members|militants|commanders)$/i.test(a.text) && /\b(all|mostly|including|among them|most of them)\s+$/i.test(clause.slice(Math.max(0, a.index - 20), a.index));
  // the killing is told before the person ("killed X, a Y commander") or after ("X's minister was killed")
  // ("an al-Shabaab commander was among those killed", "X, an NPA commander, had been killed by its troops")
  return member && (KILLED.test(clause.slice(Math.max(0, a.index - 160), a.index)) || /^[^.;]{0,80}?\b(was|were|(?:had|has|have)\s+been)\s+(\w+\s+)?(killed|assassinated|slain|among the dead|among (those|the people|the \d+) killed)\b/i.test(clause.slice(a.end)));
}

/**
 * A fight between armed sides ("clashes", "fighting"), not an ambush, which may fall on anyone, nor a
 * village overrun ("militants overran Kulo village, killing three"): overrunning is a fight only when
 * what was overrun was held by an armed side.
 */
const isFight = (clause: string, at: number, kind: Trigger['kind'] | null): boolean => kind === 'clash' && !/^ambush/i.test(triggerWord(clause, at)) &&
  !(OVERRAN.test(triggerWord(clause, at)) && OVERRUN_SETTLEMENT.test(clause.slice(at)));
export const OVERRAN = /^overr(?:an|un|unning)$/i;

/** "Russia launched...", "Russian shelling", "US airstrikes": a country or demonym right before the act. */
function countrySubject(clause: string, triggerIndex: number): Actor | undefined {
  const before = clause.slice(Math.max(0, triggerIndex - 60), triggerIndex);
  // "Heavy Pakistani shelling": the word right before the act first
  const demonym = DEMONYM_RIGHT_BEFORE.exec(before) ?? DEMONYM_BEFORE.exec(before) ?? DEMONYM_WEAPON.exec(before);
  if (demonym) {
    // "hundreds of Russian drones" names who; "a missile from ... Yemen" names where
    const c = countryByDemonym(demonym[1]!) ?? (PLACE_BEFORE.test(before.slice(0, demonym.index)) ? undefined : countryByName(demonym[1]!));
    if (c) return stateForces(c.cc);
  }
  // "the United States had struck back", "Russia launched", "the United States last carried out": a country right before the act
  const subject = /(?:^|[^\w.])(?:the\s+)?(U\.S\.|US|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:has\s+|had\s+|have\s+)?(?:(?:\w+ly|also|again|then|later|last|first|already|once)\s+){0,2}(?:(?:launched|fired|carried out|conducted|sent|used)\s+(?:\S+\s+){0,6})?$/.exec(clause.slice(0, triggerIndex));
  // "on 24 April Russia launched": a capitalised word before the country's name is no part of it
  const c = subject && (countryByName(subject[1]!) ?? (/\s/.test(subject[1]!) ? countryByName(subject[1]!.split(/\s+/).pop()!) : undefined));
  if (c && !PLACE_BEFORE.test(clause.slice(0, subject.index + subject[0].indexOf(subject[1]!)))) return stateForces(c.cc);
  return firedFrom(clause.slice(triggerIndex));
}

// "intense shelling from Pakistan", "mortar fire from across the border in Armenia": the guns a country's
// ground fires from are its army's (not rockets or drones, which groups fire from ground they hold)
const SHELLING_FROM = /^(?:shelling|shells|artillery(?:\s+fire)?|mortar(?:\s+fire)?|mortars)\s+(?:and\s+[\w-]+\s+(?:fire\s+)?)?from\s+(?:across\s+the\s+border\s+in\s+)?(?:the\s+)?(?:neighbou?ring\s+)?((?:U\.S\.|[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\b(?![-'’])/;

function firedFrom(act: string): Actor | undefined {
  const from = SHELLING_FROM.exec(act);
  const c = from && countryByName(from[1]!);
  return c ? stateForces(c.cc) : undefined;
}

const FIGHT_WITH_COUNTRY = /\b(?:clash(?:es|ed)?|fought|battled|fighting|conflict|war|battles?|skirmish(?:es)?|hostilities|firefights?)\s+with\s+(?:the\s+)?((?:U\.S\.|US|[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\b(?!['’-]|\s+(?:forces|troops|military|army|soldiers|police)\b)/;
const COUNTRY_TARGET = /\b(?:against|at|on|targeting|into)\s+(?:the\s+)?((?:U\.S\.|US|[A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\b(?!['’-]|\s+(?:forces|troops|military|army|base|bases|positions|personnel|soldiers))/;

/** A state as a party: named by the country. */
export function stateOf(cc: string, name: string): Actor {
  return { name, type: 'government', country: cc, affiliations: [] };
}

export function civilians(country: string | null): Actor {
  const name = country ? `Civilians (${country})` : 'Civilians';
  return { name, type: 'civilians', country: countryByName(country ?? '')?.cc ?? null, affiliations: [] };
}
