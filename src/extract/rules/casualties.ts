// Casualty phrases → ranges: "killed 3", "at least 12 dead", "several injuries", "no casualties",
// "three U.S. service members were hurt". Each pattern is one named rule; when a text gives several
// figures for the same count, the larger lower bound wins (later tolls usually grow).
import type { Range } from '../../types.js';
import { lexicon } from '../lexicon.js';
import { NUMBER_SOURCE as N, QUANTIFIER_SOURCE as Q, numberValue, toRange } from './numbers.js';

export interface Casualties {
  fatalities: Range | null;
  injured: Range | null;
  rules: string[];
}

// ("shot dead a 16-year-old", "gunned down three farmers": the verb that says how is still the one that kills)
// ("massacred 30 villagers", "neutralised two gunmen", "kill and behead a teacher": verbs that kill as surely, and a
// killing told with what was done to the body; "beheaded a ..." alone is left out: it also tells of the dead already counted)
const KILL = String.raw`(?:(?:kill|killed|killing|kills)\s+and\s+(?:behead|beheaded|beheading|burn|burned|burnt|burning|mutilate|mutilated|mutilating|dismember|dismembered)|killed|killing|kills|kill|massacred|massacring|slaughtered|slaughtering|neutrali[sz]ed|neutrali[sz]ing|left dead|leaving dead|claimed the lives of|martyred|eliminated|eliminates|eliminate|(?:shot|shoots|shooting) dead|gunned down|shot and killed)`;
// "beaten to death", "hacked to death", "shot and killed": deaths told by how they were dealt
const TO_DEATH = String.raw`(?:(?:beaten|hacked|burned|burnt|stabbed|stoned|lynched|crushed|trampled)\s+to\s+death|shot\s+and\s+killed|lynched)`;
const HURT = String.raw`(?:wounded|wounding|wounds|wound|injured|injuring|injures|injure|hurt|hospitali[sz]ed|taken to hospital)`;
// "two journalists and a security guard were hit by bullets": struck by a projectile that wounds, not a building hit
const HIT_BY = String.raw`(?:hit|struck)\s+by\s+(?:a\s+|stray\s+|live\s+|rubber\s+|plastic\s+)*(?:bullets?|gunfire|rounds|pellets|shrapnel|baton\s+rounds)`;
// "two people succumbed to their injuries": dead of the wounds, not hurt
const SUCCUMBED = String.raw`succumbed(?:\s+to\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:injuries|wounds))?`;
// what "N ... were killed" may say of the dead: "shot dead", "fatally wounded" are deaths, not wounds
const DEAD = String.raw`(?:${TO_DEATH}|killed|dead|died|murdered|executed|slain|deaths|fatalities|lives|lost (?:their|his|her) li(?:ves|fe)|martyred|eliminated|shot dead|gunned down|fatally (?:shot|wounded|injured|stabbed)|perished|massacred|slaughtered|beheaded|decapitated|burn(?:ed|t) alive|assassinated|${SUCCUMBED})`;
// the words between a figure and its verb: never a conjunction, an auxiliary or another toll's verb,
// so "killed about 70 people and wounded 19" gives no "70 ... wounded" and "80 dead and 150 wounded" no "80 ... wounded"
// ("left an officer martyred and two others injured": "martyred" is a toll's verb too, so the officer is no one hurt)
// ("a rights group said two journalists and a guard were hit": nor a speech verb, which opens the toll it reports)
// ("five Unión por la Patria lawmakers": letters with accents are letters of a word)
// ("two Daesh/ISIS militants": a slash joins two names of one group in one word)
const WORD = String.raw`(?!(?:and|or|but|while|was|were|is|are|has|have|had|killed|dead|died|succumbed|lost|lives|martyred|slain|wounded|injured|hurt|fatally|said|says|told)\b)[\w.'’\u00C0-\u024F-]+(?:\/[\w.'’\u00C0-\u024F-]+)?\s+`;
// ("dozens of participants and police officers were injured": "and" joins nouns of one toll, not a second figure)
// ("killed three soldiers and left dozens injured": nor a verb that opens the next toll)
const NOUNS = String.raw`(?:${WORD}|and\s+(?=${WORD})(?=[a-z])(?!(?:${N}|an?|more|other|others|several|some|left|leaving|wounded|wounding|injured|injuring)\b)){0,7}?`;
// a verb that tells a toll of its own: an aside that holds one is another toll, not words about the figure
// ("ambushed a convoy of three vehicles, killing scores of soldiers, wounded two others": the vehicles are no one hurt)
const TOLL_VERB = String.raw`\b(?:killing|killed|wounding|wounded|injuring|injured)\b`;
// "at least 11 people, among them two students, were killed", "Twenty more people, also civilians, were wounded"
// ("four of his men, among them A/C Effa, MDL Mahamadou and G/M Enow, were killed": a list that names them, commas and all)
// ("eight police officers (seven women and one man) were injured": an aside in brackets, its figures a breakdown)
// "three soldiers, Sergeant A, Corporal B and Private C, were killed": an aside that lists them, commas and all,
// its last item joined by "and" (a list, not two clauses), no toll of its own in any item (shared with the roles' victims)
const ASIDE_ITEM = String.raw`(?:(?!${TOLL_VERB})[^,;.]){1,60}`;
export const LISTED_ASIDE = String.raw`,(?:${ASIDE_ITEM},){1,5}(?=[^,;.]*\band\s)${ASIDE_ITEM},`;
const APPOSITIVE = String.raw`(?:[\w.'’-]+,\s+(?:among them|among whom|including|of whom|most of them|all of them)\b[^;.]{0,160}?,\s*|[\w.'’-]+,(?:(?!${TOLL_VERB})[^,]){0,90},\s*|[\w.'’-]+${LISTED_ASIDE}\s*|[\w.'’-]+\s+\([^()]{1,80}\)\s+)?`;
// "two teachers who were on duty at the school were also killed": a relative clause between the figure and its
// verb (never a speaker's, "three people who saw it said two died", nor one with a figure of its own)
const RELATIVE = String.raw`(?:(?:who|that)\s+(?:(?!(?:said|says|told|and|but|while)\b)(?![\d])[\w'’-]+\s+){1,8}?)?`;
// "were also wounded", "were reportedly killed": adverbs between the auxiliary and the verb
// ("three militants were then killed": an adverb of sequence too)
// ("146 (seriously) wounded": the adverb set apart in brackets)
const ADVERBS = String.raw`(?:\(?(?:also|all|reportedly|allegedly|later|then|subsequently|eventually|seriously|critically|severely|slightly|lightly|badly|gravely|moderately)\)?\s+){0,2}`;
// "were confirmed dead", "are feared killed", "had now died", "were left dead" (the harm an act left)
const AUX = String.raw`(?:were|was|(?:have|had|has)\s+(?:also\s+|now\s+|reportedly\s+)?been|are|being|been|had|have|has)?\s*(?:(?:confirmed|reported|believed|feared|found|presumed|now|left)\s+)?${ADVERBS}`;
// "four soldiers were ambushed and killed", "two men were abducted and later murdered", "were attacked and
// injured": what was done to them first, then the harm that counts
const HOW_HARMED = String.raw`(?:(?:ambushed|attacked|abducted|kidnapped|captured|seized|tortured|raped|shot|stabbed|beaten|assaulted|robbed|struck|hit)\s+and\s+(?:then\s+|later\s+)?)?`;
// one person named by a noun: "killing a Hezbollah fighter", "a civilian mariner was severely injured"
const PERSON = String.raw`(?:a|an)\s+(?!number\b|few\b|dozen\b|hundred\b|total\b|unknown\b)(?:[\w'’-]+\s+){0,3}?(?:${victimNouns()})`;
// "a member of the country's internal security force was killed": whose member the person was
// ("a station house officer (SHO) was martyred": or the short form of the rank told in brackets)
// ("a jawan of the Chhattisgarh Armed Force (CAF) was killed": both, the short form after the whose)
const OF_WHOM = String.raw`(?:\s+of\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?(?:\s+\([A-Z][\w.&/-]{0,11}\))?`;
// what befell one person who died: "was killed", "was martyred", "was hacked to death", "was beheaded"
const ONE_DIED = String.raw`(?:shot dead|killed|fatally shot|fatally wounded|martyred|beheaded|decapitated|murdered|slain|assassinated|burn(?:ed|t) alive|${TO_DEATH})`;
// "another officer", "another": one more person, not "another 12 civilians" (a figure of its own) nor "another attack"
// ("another gendarme, Paul Mbarga, was killed": the one person named between commas)
// "left another soldier wounded", "leaving another dead": the one more person an act left hurt or dead
const ANOTHER_LEFT = String.raw`\b(?:left|leaving|leaves)\s+another\s+(?!(?:${N})\b)(?:(?:[\w'’-]+\s+){0,3}?(?:${victimNouns()})\s+)?`;
const ANOTHER = String.raw`\banother\s+(?!(?:${N})\b)(?:(?:[\w'’-]+\s+){0,3}?(?:${victimNouns()})(?:\s+|,\s+(?:[A-Z][\w'’.\u00C0-\u024F-]*\s+){1,3}[A-Z][\w'’.\u00C0-\u024F-]*,\s+))?`;
// a person's name: two to four capitalised words ("Elvino Dias", "Riad al-Hussein", "Abu Bakr al-Saadi")
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+(?:al-|el-|bin\s+|ibn\s+|de\s+|da\s+|van\s+)?\p{Lu}[\p{Ll}'’-]+){1,3}`;
// "Gisela Gaytan, who was running for mayor of Celaya, was shot dead": an aside between the name and its verb
const ASIDE = String.raw`(?:,[^;]{1,140}?,)?`;
// "was shot and seriously wounded", "was stabbed and injured": how one was hurt, told before the wound
const HOW_HURT = String.raw`(?:(?:shot|stabbed|attacked|beaten|assaulted|struck|hit)\s+and\s+)?`;
// the verbs that open a second act after "wounding a guard and ...": "killed a soldier", "abducted two"
const ACT_AFTER = String.raw`(?:killed|killing|kills|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping|stole|stealing|set|setting|burned|burning|looted|looting|fled|fleeing)`;
const NAMED_DEATH = String.raw`(?:${TO_DEATH}|shot dead|killed|murdered|assassinated|gunned down|fatally shot)`;
// "no damage to the vessel or injuries to personnel", "neither attack caused injuries": a negation before the count, in its clause
// ("no U.S. personnel were injured": the dot of an abbreviation ends no clause)
const INSIDE = String.raw`(?:[^.;,]|\.(?=\w|\s+[a-z]))`;
// (c-none-before-*: "gave no update on its casualties", "without giving an exact number of injured", "no further details
// on casualties": what was not told is no toll, not a toll of none)
const UNTOLD = String.raw`(?:update|updated|word|information|details?|figures?|numbers?|comment|confirmation|estimate|breakdown|count)\b`;
const NONE_BEFORE = String.raw`\b(?:no|neither|nor|without)\s+(?:(?:(?!\b${UNTOLD})${INSIDE}){1,40}?\s)?(?!${UNTOLD})`;
// "... and 30 others were wounded", "and 28 others, including five children, were injured", "and two others are
// nursing wounds": the figure after "and" is another toll, an aside between it and its verb or not
const OTHER_TOLL_AFTER = String.raw`(?!(?:,[^,.;]{1,60},)?[^,.;]{0,30}\b(?:wounded|injured|hurt|injuries|nursing)\b)`;
// "four of his men", "two of their colleagues": those who were with the one just named
const OF_HIS = String.raw`of\s+(?:his|her|their)\s+(?:[\w'’-]+\s+)?(?:men|colleagues|comrades|bodyguards|guards|escorts|companions|family|relatives|children|sons|daughters|brothers|officers|soldiers|aides)`;
// kin after a person: "his wife", "her two children" (data/lexicons/victim-nouns.tsv, row vn-kin, and its plurals)
const KIN_ONE = lexicon('victim-nouns').find((r) => r.id === 'vn-kin')!.re.source;
const ONE_KIN = new RegExp(`^${KIN_ONE}$`, 'i');
const KIN = String.raw`(?:${KIN_ONE}|${KIN_ONE.replace(/\\b$/, '')}s\b|wives|children|grandchildren|relatives|parents)`;
// "a state representative and her husband", "Ana Ruiz and her two sons": one person, then kin of theirs (figure, kin noun)
const WITH_KIN = String.raw`(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?[\p{Ll}'’-]+|${NAME})\s+and\s+(?:his|her|their)\s+(?:(${N})\s+)?(?:[\w'’-]+\s+){0,2}?(${KIN})`;
// "killing eight policemen and their driver": one more, a single noun of one person after "their" ("and their
// children" has no figure)
const THEIR_ONE = String.raw`their(?=\s+(?:[\w'’-]+\s+){0,2}?(?:${victimNouns()})\b(?![\w'’-]))`;
// what a verb that kills may also count, or the figure after an "and" name, that is no one: "neutralised three explosive devices"
const THINGS = String.raw`(?:[\w'’-]+\s+)?(?:vehicles|trucks|cars|buses|motorcycles|houses|homes|buildings|shops|excavators|tanks|boats|ships|devices|bombs|IEDs|mines|UAVs|aircraft|targets|positions|weapons|rifles)\b`;
// "killed Islamic State fighters": capitalised words before these name a group's members, not a person
const NOT_A_PERSON = String.raw`(?!\s+(?:militants|fighters|soldiers|members|troops|forces|rebels|insurgents|supporters|officials|civilians|people|residents|gunmen|policemen|officers))`;
// "98 people were treated, mostly for light injuries", "27 people were treated in hospital": the hurt counted by their care
const TREATED = String.raw`(?:treated|admitted)(?:\s+(?:in|at|to)\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+)?hospitals?\b|,?\s+(?:mostly\s+|mainly\s+|largely\s+)?for\s+["“]?(?:[\w'’-]+\s+){0,4}?(?:injuries|wounds)\b)`;
// "leaving three dead and five others in hospital", "two people remain in hospital": the hurt told by where they lie
// (not "were in hospital": a count of who lies there by some later day, whose day would date the act)
const IN_HOSPITAL = String.raw`(?<=\b(?:remain|remained|remains|others|people)\s+(?:still\s+)?)in\s+(?:a\s+|the\s+)?hospitals?\b`;
// "two others are nursing gunshot wounds": the hurt told by the wounds they tend
const NURSING = String.raw`nursing\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries)`;
// "two survivors were still in a critical condition": the hurt told by how they lie (c-n-critical)
const IN_CONDITION = String.raw`(?<=\b(?:remain|remained|remains|were|are)\s+)(?:still\s+)?in\s+(?:a\s+)?(?:critical|serious)\s+condition\b`;
const HURT_WORDS = new RegExp(String.raw`(?:wounded|injured|hurt|injuries|hospitali[sz]ed|taken to hospital|diagnosed with|${NURSING}|${HIT_BY}|${TREATED}|${IN_HOSPITAL}|${IN_CONDITION})`, 'i');
// "four US soldiers and as many Nigerien troops": the second figure is the first again (not "as many as 15")
const AS_MANY = String.raw`as\s+many(?!\s+as\b)`;
// "police say \"dozens\" of protesters were killed": a figure a source's words are quoted for is still the figure
// ("released four hours later with visible injuries", "two weeks after he was killed": a figure that counts time counts
// no one; "three day labourers" do count)
const QUOTED_FIGURE = String.raw`(?:["“](?=(?:${N})["”]))?\b(${N})(?:["”](?=\s))?(?!\s+(?:minutes|hours|days|weeks|months|years)\b|\s+(?:minute|hour|day|week|month|year)\s+(?:later|after|before|earlier|ago)\b)`;
const SEVERITY = String.raw`(?:serious|severe|critical|minor|light|slight|moderate)`;
const FIGURE = String.raw`(?:(${Q})\s+)?(${N}|an?)`;
// the verbs a rule's match always holds, as the rules' \`needs\`: a clause without them skips the rule's costlier search
const KILL_WORDS = new RegExp(KILL, 'i');
const HURT_VERBS = new RegExp(HURT, 'i');
const ONE_DIED_WORDS = new RegExp(ONE_DIED, 'i');
const DIED_WORDS = /died|perished|succumbed|lost\s+(?:his|her)\s+life/i;

// "40 civilians were killed, along with eight employees of a contractor": people of another kind, dead with them
const ALONG_WITH_WHOM = String.raw`(?:[\w'’-]+\s+){0,2}?(?:${victimNounsPlural()}|people|persons|men|women|children|personnel|troops)`;
// the figure of people "along with" the first, its own group (group 3): "were killed along with five other officers",
// "were wounded, 17 of them by gunfire, along with eight civilians" (an aside about the first figure between them)
const ALONG_WITH = String.raw`(?:,[^,.;]{1,60}(?=,))?,?\s+(?:along|together) with\s+(?:(?:${Q})\s+)?(${N})\s+(?:other|more|${ALONG_WITH_WHOM})\b`;

// the names of the dead or hurt told as a list (c-named-list-*)
const NAMED_AS = /\b(?:identified|named)\s+as\b/i;

interface CasualtyRule {
  id: string;
  re: RegExp;
  kind: 'fatalities' | 'injured' | 'both';
  /** capture groups: quantifier, number, and a second figure that adds; or a fixed range; or a range read from the match */
  fixed?: Range;
  range?: (m: RegExpExecArray) => Range | null;
  /** words every match holds: a text without them skips the rule's costlier search */
  needs?: RegExp;
  /** a match this tells apart is no toll of this rule's reading (another rule may still read its words) */
  unless?: (m: RegExpExecArray) => boolean;
}

// "killing five soldiers and 30 others were wounded": a figure told by a verb before it is its own toll;
// "police detained 71 people and three officers were injured": so is a figure another verb counts
const OTHER_COUNT = String.raw`(?:arrested|arresting|detained|detaining|rounded up|rescued|evacuated|displaced|captured|freed|released|deployed|mobili[sz]ed|questioned|fined|charged)`;
const TOLD_BEFORE = String.raw`\b(?:${KILL}|${HURT}|${OTHER_COUNT})\s+(?:[\w'’-]+\s+){0,2}`;
// "four people attacked them and 14 people were killed": a first figure with a verb of its own did something else
const FIRST_ACTED = String.raw`(?!(?:attacked|attacking|opened|fired|stormed|raided|ambushed|arrived|entered|launched|abducted|kidnapped|fled|escaped|surrendered)\b)`;
/**
 * "six NPA members and a soldier were killed", "27 police officers and around 80 civilians were injured",
 * "one soldier and 13 civilians, children among them, had been killed", "14 soldiers and 32 other
 * civilians had been wounded", "two soldiers and three others were killed": two figures for one toll.
 */
const twoFigures = (verb: string): RegExp =>
  new RegExp(String.raw`(?<!\bno\s|${TOLD_BEFORE})\b${FIGURE}(?!\s+(?:days?|weeks?|hours?|months?|years?|times)\b)\s+(?:${FIRST_ACTED}${WORD.replace('[\\w.', '[\\w.()')}){1,9}?and\s+(?:(?:${Q})\s+)?(${AS_MANY}|${N}|an?)\s+(?!more\b)(?:(?:${WORD}){1,5}?|(?:${WORD}){0,2}[\w'’-]+,[^,.;]{1,60},\s+)${AUX}${verb}\b`, 'giud');

/**
 * c-a-thing: a first figure "a" whose words before the "and" name no person is a thing, not one of the toll
 * ("opened fire on a police post on Sunday and two officers were killed": the post is no one dead).
 */
function aThingFirst(m: RegExpExecArray): boolean {
  const first = m[0].slice(m.indices![2]![0] - m.index, m[0].search(/\sand\s+(?![\s\S]*\sand\s)/));
  return /^an?\s/i.test(first) && !A_PERSON.test(first);
}
const A_PERSON = new RegExp(String.raw`\b(?:${victimNouns()})\b`, 'i');

/** "fired at four police officers, slightly injuring them", "opened fire on two men, killing both of them". */
function themRule(verb: string): RegExp {
  return new RegExp(String.raw`\b(?:at|on)\s+(?:(${Q})\s+)?(${N})\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+${ADVERBS}${verb}\s+(?:(?:all|both)\s+(?:of\s+)?)?them\b`, 'gid');
}

function numberRose(what: string): RegExp {
  return new RegExp(String.raw`\bnumber\s+of\s+(?:[\w'’-]+\s+){0,2}?${what}\b(?:,?\s+(?!since\b)[\w'’-]+){0,20}?,?\s+(?:(?:has|had|have)\s+)?(?:risen|rose|climbed|reached|increased|jumped)\s+(?:to\s+)?(?:(${Q})\s+)?(${N})\b`, 'gid');
}

export const casualtyRules: CasualtyRule[] = [
  { id: 'c-none-casualties', kind: 'both', re: /\b(no|neither|without|not cause any|did not cause any) (damage or )?(casualties|casualties or damage|injuries or casualties|casualties nor|loss of life)\b|\bno one was (hurt|killed|injured)\b/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  // no one hurt is no one dead either ("reported no injuries or damage"): a figure for the dead told anywhere beats it
  { id: 'c-none-injured', kind: 'both', re: /\b(no|neither|nor|without) (reported )?(damage or |damage and )?(injuries|injured|wounded)\b|\b(nobody|no one|none) (was|were) (hurt|injured|wounded)\b|\bnobody was hurt\b|\bno (one|personnel|people) (was |were )?(injured|hurt)\b|\bleft no one injured\b|\bnobody was injured\b|\bno reports of (damage or )?injur(y|ies)\b|\bwas injured\b(?=[^.]*\bnobody\b)/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  // "the blast injured nobody", "the bomb went off and hurt no one": the act told with no one as its object; no one
  // hurt is no one dead either, as above
  { id: 'c-hurt-no-one', kind: 'both', re: /\b(?:hurt|hurting|injured|injuring|wounded|wounding|harmed|harming)\s+(?:no\s+one|no-one|nobody)\b/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  // "all the officers on duty were unharmed", "he got away unhurt", "the guards came to no harm": those the act was
  // aimed at came through it, no one hurt and, as above, no one dead ("were rescued unharmed" tells of hostages freed,
  // not of the act's harm)
  { id: 'c-unharmed', kind: 'both', needs: /\bun(?:harmed|hurt|scathed|injured)\b|\bno harm\b/i, re: /\b(?:was|were|remained|escaped|got away|came out|emerged)\s+(?:all\s+)?un(?:harmed|hurt|scathed|injured)\b|\b(?:came|come|comes|coming)\s+to\s+no\s+harm\b/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  { id: 'c-killed-no-one', kind: 'fatalities', re: /\b(?:killed|killing)\s+(?:no\s+one|no-one|nobody)\b/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  { id: 'c-none-killed', kind: 'fatalities', re: /\b(no (deaths|fatalities)|no one was killed|nobody was killed)\b/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  // "with no human losses recorded", "no human or property losses were reported", "also without reported losses": losses
  // are the dead and hurt, none of either ("no material losses" and "without suffering losses" of one side are not this)
  { id: 'c-none-losses', kind: 'both', needs: /losses/i, re: /\b(?:no|without)\s+(?:reported\s+|any\s+)?(?:human\s+(?:or\s+(?:property|material)\s+)?)?losses\b/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  { id: 'c-none-before-casualties', kind: 'both', re: new RegExp(String.raw`${NONE_BEFORE}casualties\b`, 'gi'), fixed: { best: 0, low: 0, high: 0, text: null } },
  { id: 'c-none-before-injured', kind: 'both', re: new RegExp(String.raw`${NONE_BEFORE}(?:injuries|injured|wounded|hurt)\b`, 'gi'), fixed: { best: 0, low: 0, high: 0, text: null } },
  // "killing a civilian", "killing a child and a government soldier": one person, or two; "killed a municipal security
  // secretary and 12 police officers": one person and a figure of more (the nouns' plurals)
  { id: 'c-kill-person', kind: 'fatalities', needs: KILL_WORDS, re: new RegExp(String.raw`\b${KILL}\s+${PERSON}s?\b(?!\s+of\b)(?:\s+and\s+(?:(?:${Q})\s+)?(${N}|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:${victimNounsPlural()}))?`, 'gi'), range: (m) => withSecondFigure(exact(1, m[0]), m[1]) },
  // "gunmen killed the vice principal", "shot dead the driver": one person, named by the role the story gave
  // (not "tried to kill the governor": an aim, no death)
  { id: 'c-kill-the-person', kind: 'fatalities', needs: KILL_WORDS, re: new RegExp(String.raw`(?<!\bto\s)\b${KILL}\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:${victimNouns()})\b(?!['’]s)(?!\s+(?:and|or)\s+(?:${N}|an?|the)\b)`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "kills Hamas chief Ismail Haniyeh", "killed Yevgeny Perder", "eliminated senior al-Shabaab commander Hassan Siidow Hussein": one person named
  { id: 'c-kill-named', kind: 'fatalities', needs: KILL_WORDS, re: new RegExp(String.raw`\b${KILL}\s+(?:(?:the\s+)?(?:(?:top|senior|deputy|local|veteran)\s+)?(?:(?:\p{Lu}|al-|el-)[\w'’-]*\s+){0,2}(?:top\s+|senior\s+|deputy\s+|local\s+)?(?:chief|commander|leader|head|official|spokesman|journalist|activist|lawyer|candidate|mayor|governor|general|colonel|commissioner)\s+)?\p{Lu}\p{Ll}+(?:\s+(?:al-|bin\s+|ibn\s+)?\p{Lu}\p{Ll}+){1,2}\b${NOT_A_PERSON}`, 'gu'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "killed a local blacksmith, Muhammadu Kasu": one person, named after the noun that says who
  { id: 'c-kill-one-named', kind: 'fatalities', needs: KILL_WORDS, re: new RegExp(String.raw`\b${KILL}\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?[\p{Ll}'’-]+,\s+${NAME}\b${NOT_A_PERSON}`, 'gu'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "Candidate Bertha Gaytán was shot dead", "the lawyer Elvino Dias and Paulo Guambe, who..., were shot dead": the dead named
  { id: 'c-named-killed', kind: 'fatalities', needs: /\b(?:was|were|been)\s/i, re: new RegExp(String.raw`\b${NAME}(?:\s+and\s+(?:[\p{Ll}]+\s+){0,2}(${NAME}))?${ASIDE}\s+(?:was|were|has been|have been|had been)\s+${NAMED_DEATH}\b`, 'gu'), range: namedToll },
  // "Efrain Fuerez, had been shot three times and had died in hospital": one person named, dead of the wounds
  { id: 'c-named-died', kind: 'fatalities', needs: /died/i, re: new RegExp(String.raw`\b${NAME}${ASIDE},?\s+(?:(?:had|has)\s+been\s+(?:shot|stabbed|wounded|injured|hit)\b[^,.;]{0,30}?\s+and\s+)?(?:had\s+|has\s+|later\s+|subsequently\s+)?died\b`, 'gu'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "Samson and Endab died in the ambush": two people told by their surnames, dead (not "Russians and Ukrainians died",
  // peoples in the plural)
  { id: 'c-two-surnames-died', kind: 'fatalities', needs: /died|killed/i, re: /\b\p{Lu}\p{Ll}+(?<!s)\s+and\s+\p{Lu}\p{Ll}+(?<!s)\s+(?:both\s+|later\s+|also\s+)?(?:died|were\s+killed)\b/gu, fixed: { best: 2, low: 2, high: 2, text: null } },
  // "its cameraman Riad al-Hussein was wounded": one person named
  // ("X, an opposition senator, was shot and badly wounded": the act that hurt, then the wound)
  // ("photographers Ana Ruiz and Ben Okoro, who were covering the march, were also injured": two named, as the dead are)
  { id: 'c-named-hurt', kind: 'injured', needs: /wounded|injured|hurt/i, re: new RegExp(String.raw`\b${NAME}(?:\s+and\s+(?:[\p{Ll}]+\s+){0,2}(${NAME}))?${ASIDE}\s+(?:was|were|has been|have been|had been)\s+${HOW_HURT}${ADVERBS}(?:wounded|injured|hurt)\b`, 'gu'), range: namedToll },
  // "Prime Minister X suffered a slight whiplash injury", "the mayor sustained head wounds": one person named, hurt
  { id: 'c-named-suffered', kind: 'injured', needs: /injur|wound|burns/i, re: new RegExp(String.raw`\b${NAME}${ASIDE}\s+(?:has\s+|had\s+)?(?:suffered|sustained|received)\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:injury|injuries|wounds?|burns)\b`, 'gu'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "He was hit in the abdomen and apparently also injured in the arm": one person, named before, hurt
  { id: 'c-pronoun-hurt', kind: 'injured', re: new RegExp(String.raw`(?:^|[.;]\s+|,\s+and\s+|\band\s+)(?:he|she)\s+(?:was|has been|had been)\s+(?:(?:hit|shot|stabbed)\b[^,.;]{0,40}?\s+and\s+)?(?:\w+ly\s+)?${ADVERBS}(?:wounded|injured|hurt|hospitali[sz]ed)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "He died of the wounds the assailants inflicted", "she later died in hospital": one person, named before, dead
  // ("He was shot in the thigh and bled to death": the wound, then the death)
  { id: 'c-pronoun-died', kind: 'fatalities', needs: /died|succumbed|bled to death/i, re: /(?:^|[.;]\s+|,\s+and\s+|\band\s+)(?:he|she)\s+(?:was\s+(?:shot|stabbed|hit|wounded)\b[^,.;]{0,40}?\s+and\s+)?(?:later\s+|subsequently\s+|eventually\s+|also\s+)?(?:died|succumbed|bled\s+to\s+death)\b/gi, fixed: { best: 1, low: 1, high: 1, text: null } },
  // "had killed one person and wounded another": one more, its noun left out
  { id: 'c-kill-another', kind: 'fatalities', re: new RegExp(String.raw`\b${KILL}\s+another\b(?!\s+(?:${N})\b)`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  { id: 'c-hurt-another', kind: 'injured', needs: /another/i, re: new RegExp(String.raw`\b${HURT}\s+another\b(?!\s+(?:${N})\b)`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "the bodies of five men were found": a count of the dead
  { id: 'c-bodies', kind: 'fatalities', needs: /bodies|corpses|remains/i, re: new RegExp(String.raw`\b(?:bodies|corpses|remains)\s+of\s+(?:(${Q})\s+)?(${N})\b`, 'gid') },
  // "two bodies were found in a lake", "three more bodies have been recovered": a count of the dead
  { id: 'c-n-bodies-found', kind: 'fatalities', needs: /bodies|corpses/i, re: new RegExp(String.raw`(?<!\bno\s)\b(?:(${Q})\s+)?(${N})\s+(?:more\s+|other\s+)?(?:[\w'’-]+\s+)?(?:bodies|corpses)(?:,[^,.;]{1,90},)?\s+(?:were|have been|had been|was)?\s*(?:later\s+)?(?:found|recovered|discovered|retrieved|pulled|dumped)\b`, 'gid') },
  // "the death of Affan Kurniawan", "the killing, in the wee hours of Saturday, of Elvino Dias and of Paulo Guambe": the dead named by a noun of their death
  { id: 'c-death-of-named', kind: 'fatalities', re: new RegExp(String.raw`\b(?:death|killing|murder|assassination|lynching)\s*(?:,[^,;.]{1,60},\s*)?\s+of\s+${NAME}\b${NOT_A_PERSON}(?:,[^,;]{1,80},)?(?:\s+and\s+(?:of\s+)?(${NAME})\b${NOT_A_PERSON})?`, 'gu'), range: (m) => exact(m[1] ? 2 : 1, m[0]) },
  // "the killing of more than 460 patients", "the massacre of 25 villagers": one act's toll told as a noun (not "the deaths
  // of 28 people in the protests", "killings of", which sum many acts)
  { id: 'c-killing-of-n', kind: 'fatalities', re: new RegExp(String.raw`\b(?:killing|massacre|execution|murder|slaying|beheading)\s+of\s+(?:(${Q})\s+)?(${N})\b(?!\s+(?:days?|weeks?|months?|years?|times|percent)\b)`, 'gid') },
  // "One family lost four members", "the unit lost two of its soldiers": the dead counted by those who lost them
  { id: 'c-lost-n', kind: 'fatalities', needs: /lost|loses|losing/i, re: new RegExp(String.raw`\b(?:lost|loses|losing)\s+(?:(${Q})\s+)?(${N})\s+(?:of\s+(?:its|their|his|her)\s+)?(?:[\w'’-]+\s+)?(?:${victimNounsPlural()}|men|relatives|personnel|troops)\b`, 'gid') },
  // "a police officer who died after his vehicle was set alight": one person, dead
  { id: 'c-person-who-died', kind: 'fatalities', needs: DIED_WORDS, re: new RegExp(String.raw`\b${PERSON}\s+(?:who|that)\s+(?:later\s+|subsequently\s+|had\s+)?died\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "a policeman died after protesters set his car alight", "a soldier later succumbed to his wounds", "a head
  // constable also lost his life": one person, dead
  { id: 'c-person-died', kind: 'fatalities', needs: DIED_WORDS, re: new RegExp(String.raw`(?<!\b(?:of|for|with|by|from)\s)\b${PERSON}${OF_WHOM}\s+(?:(?:later|subsequently|also|reportedly)\s+)?(?:died|perished|succumbed|lost\s+(?:his|her)\s+life)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "killing a farmer and his wife", "the teacher and her two children were shot dead": one person and their kin, each counted
  { id: 'c-and-kin', kind: 'fatalities', needs: /\b(?:his|her|their)\b/i, re: new RegExp(String.raw`\b${KILL}\s+${WITH_KIN}|\b${WITH_KIN}\s+${AUX}${DEAD}\b`, 'giu'), range: (m) => withKin(m[1] ?? m[3], m[2] ?? m[4], m[0]) },
  // "two of the wounded later died", "one of them succumbed to his injuries": deaths among those told hurt (reconcile adds them)
  { id: 'c-of-hurt-died', kind: 'fatalities', needs: /\bof\s+(?:the|those|them)\b/i, re: new RegExp(String.raw`(?<!\bno\s)\b(?:(${Q})\s+)?(${N})\s+of\s+(?:the|those|them)\b(?:\s+(?!(?:and|but|while|were|was|said)\b)[\w'’-]+){0,3}?\s+(?:(?:later|subsequently|since|also|reportedly)\s+|(?:has|have|had)\s+since\s+)?(?:died|succumbed|passed away)\b`, 'gid') },
  // "the attack caused the deaths of six people", "leading to the death of two soldiers": the act's toll as its result
  { id: 'c-caused-deaths-of', kind: 'fatalities', needs: /\bdeaths?\s+of\b/i, re: new RegExp(String.raw`\b(?:caused|causing|resulted\s+in|resulting\s+in|led\s+to|leading\s+to|left|leaving)\s+the\s+deaths?\s+of\s+(?:(${Q})\s+)?(${N})\b(?!\s+(?:days?|weeks?|months?|years?|percent)\b)`, 'gid') },
  // "officials confirmed the deaths of the two soldiers": the dead of one act, counted again by a noun of their death
  // (the article before the figure points back to people already told of, unlike "the deaths of 28 people in the protests")
  { id: 'c-deaths-of-the-n', kind: 'fatalities', needs: /\b(?:deaths|killings|murders)\s+of\b/i, re: new RegExp(String.raw`\b(?:deaths|killings|murders)\s+of\s+(?:the|these|those|all)\s+(?:(${Q})\s+)?(${N})\s+(?:[\w'’-]+\s+){0,2}?(?:${victimNounsPlural()}|people|persons|men|women|children)\b`, 'gid') },
  // "hacked three villagers to death", "beat two men to death": the figure between the verb and how they died
  { id: 'c-n-to-death', kind: 'fatalities', needs: /to death/i, re: new RegExp(String.raw`\b(?:hacked|hacking|beat|beating|beaten|stabbed|stabbing|burned|burnt|burning|stoned|stoning|clubbed|clubbing|lynched|tortured|torturing)\s+(?:(${Q})\s+)?(${N})\s+(?:[\w'’-]+\s+){0,3}?to\s+death\b`, 'gid') },
  // "with a nurse killed and three other health workers wounded": one person, dead
  { id: 'c-with-person-killed', kind: 'fatalities', re: new RegExp(String.raw`\bwith\s+${PERSON}\s+(?:killed|dead|shot dead)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "the attack left a policeman martyred", "leaving a guard dead": one person, dead of the act that left them so
  { id: 'c-left-person-dead', kind: 'fatalities', needs: /\b(?:left|leaving|leaves)\b/i, re: new RegExp(String.raw`\b(?:left|leaving|leaves)\s+${PERSON}${OF_WHOM}\s+(?:dead|killed|martyred)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "Meir Tamari, 32, was killed": one named person, with an age
  { id: 'c-named-age-killed', kind: 'fatalities', re: /\p{Lu}\p{Ll}+,\s+\d{1,3},\s+(?:was|has been|had been)\s+(?:shot dead|killed|stabbed to death)\b/gu, fixed: { best: 1, low: 1, high: 1, text: null } },
  // "told AFP that a student had been killed"; not "the father of a soldier was killed"
  { id: 'c-person-killed', kind: 'fatalities', needs: ONE_DIED_WORDS, re: new RegExp(String.raw`(?<!\b(?:of|for|with|by|from|killing|killed|wounding|wounded|injuring|injured)\s)\b${PERSON}${OF_WHOM}\s+(?:was|(?:has|had)\s+(?:also\s+)?been)\s+${ADVERBS}${ONE_DIED}\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "another officer was martyred", "one constable was killed and another was injured", "one policeman was killed and
  // another wounded", "a man was killed and another person injured": one more of the dead or hurt, the figure "another" stands for
  // ("the assault, which also left another official wounded": the act left the one more hurt, `ANOTHER_LEFT`)
  { id: 'c-another-killed', kind: 'fatalities', needs: /\banother\b/i, re: new RegExp(String.raw`${ANOTHER}(?:(?:was|(?:has|had)\s+(?:also\s+)?been)\s+${ADVERBS}${ONE_DIED}|(?:later\s+|subsequently\s+|also\s+)?died)\b|${ANOTHER_LEFT}dead\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  { id: 'c-another-hurt', kind: 'injured', needs: /\banother\b/i, re: new RegExp(String.raw`${ANOTHER}(?:(?:was|(?:has|had)\s+(?:also\s+)?been)\s+${ADVERBS}(?:wounded|injured|hurt|hospitali[sz]ed)\b|(?<=\band\s+another\s+(?:(?:[\w'’-]+\s+){0,3}?(?:${victimNouns()})\s+)?)(?:wounded|injured|hurt)(?=\s+(?:in|at|by|when|during|as|while|after)\b|\s*[,.;]|\s*$))|${ANOTHER_LEFT}(?:wounded|injured|hurt)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  { id: 'c-person-hurt', kind: 'injured', needs: /wounded|injured|hurt|hospitali[sz]ed|left in (?:critical|serious) condition/i, re: new RegExp(String.raw`(?<!\b(?:of|for|with|by|from|killing|killed|wounding|wounded|injuring|injured)\s)\b${PERSON}${OF_WHOM}\s+(?:(?:was|(?:has|had)\s+(?:also\s+)?been)\s+${HOW_HURT})?${ADVERBS}(?:wounded|injured|hurt|hospitali[sz]ed|left in (?:critical|serious) condition)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "12 soldiers had been killed and the commander of the base wounded": one person, the verb's auxiliary left out after "and"
  { id: 'c-and-the-person-hurt', kind: 'injured', needs: HURT_VERBS, re: new RegExp(String.raw`(?<=\b(?:killed|dead|died)\s+)and\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:${victimNouns()})${OF_WHOM}\s+(?:was\s+)?${ADVERBS}(?:wounded|injured|hurt)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "a young man in Oujda, in the east of the country, was seriously hurt": one person, an aside before the verb
  // (the auxiliary is needed: "a gunman, police said, wounded three" tells who hurt, not who was hurt)
  { id: 'c-person-aside-hurt', kind: 'injured', re: new RegExp(String.raw`(?<!\b(?:of|for|with|by|from|killing|killed|wounding|wounded|injuring|injured)\s)\b${PERSON}${OF_WHOM}(?:\s+(?:in|from|at)\s+[\w'’-]+)?,[^;,]{1,100},\s+(?:was|has been|had been)\s+${HOW_HURT}${ADVERBS}(?:wounded|injured|hurt)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "wounding a flight attendant", "had wounded a peacekeeper and killed a soldier" (an "and" that opens the next
  // act, not one that adds people: "wounding a soldier and two civilians" is left to the rules that add)
  { id: 'c-hurt-person', kind: 'injured', needs: HURT_VERBS, re: new RegExp(String.raw`\b${HURT}\s+${PERSON}s?\b(?!\s+of\b)(?!\s+and\s+(?!${ACT_AFTER}\b))`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "killing two of them and wounding a third": an ordinal after the dead names one more person, hurt
  // (not a share, "injuring a third of the crew", nor "wounded a second time")
  { id: 'c-hurt-ordinal', kind: 'injured', re: /\b(?:wounding|injuring|hurting|wounded|injured)\s+a\s+(?:second|third|fourth|fifth|sixth)\b(?!\s+(?:of|time|round|wave|attack|strike)\b)/gi, fixed: { best: 1, low: 1, high: 1, text: null } },
  { id: 'c-some-injuries', kind: 'injured', needs: /injuries|casualties/i, re: /(?<!\b(?:no|neither|nor|not|never|without)\b[^.;,]{0,40})\b(caused|causing|resulting in|resulted in|left|leaving|with) (some |minor |several |multiple |a number of )?(injuries|casualties)\b|\bminor injuries\b|\b(deaths|fatalities) and injuries\b/gi, fixed: { best: null, low: 1, high: null, text: null } },
  // "killing six people and injuring others", "one was killed and others were wounded": more than one hurt, no figure
  { id: 'c-others-hurt', kind: 'injured', needs: /\bothers\b/i, re: new RegExp(String.raw`\b(?:wounding|injuring)\s+others\b|(?<!\b(?:${N}|many|several|some|dozens|hundreds|scores)\s+)\bothers\s+(?:were|had been|have been|are)\s+${ADVERBS}(?:wounded|injured|hurt)\b`, 'gi'), fixed: { best: null, low: 2, high: null, text: null } },
  // "caused deaths and injuries", "caused loss of life": some dead, no figure
  { id: 'c-some-deaths', kind: 'fatalities', needs: /deaths|fatalities|loss of life/i, re: /(?<!\b(?:no|neither|nor|not|never|without)\b[^.;,]{0,40})\b(caused|causing|resulting in|resulted in|left|leaving|with)\s+["“]?(some |several |multiple )?(deaths|fatalities|loss of life)\b/gi, fixed: { best: null, low: 1, high: null, text: null } },
  // "killed 47 soldiers and 84 fighters", "killing four police officers and two civilians": the second figure (group 3) adds to the first
  // ("killing seven workers and setting fire to three excavators": the "and" that adds is the first, never one after another verb,
  // and what it adds are people, not vehicles or buildings; "neutralised two drones" counts no one)
  { id: 'c-kill-n', kind: 'fatalities', needs: KILL_WORDS, re: new RegExp(String.raw`\b${KILL}\s+["“]?(?:between\s+)?(?:(${Q})\s+)?(${N})\b(?!\s*(?:%|percent|km|kilomet|miles|years|days|hours|attacks|strikes|drones|missiles|rockets|${THINGS}))(?:\s+(?:(?!and\b|\w+ing\b)[\w.'’-]+\s+){1,8}?and\s+(?:(?:${Q})\s+)?(${AS_MANY}|\d+(?:,\d{3})*|${N}|an?|his|her|${THEIR_ONE})\s+(?!unknown\b|number\b|others?\b|more\b|(?:[\w'’-]+\s+)?(?:${THINGS}))[A-Za-z]${OTHER_TOLL_AFTER})?`, 'gid') },
  // "at least 47 soldiers and 84 Wagner mercenaries dead", "six NPA members and a soldier were killed": two figures for one toll (group 3 adds)
  // ("a soldier and a militiaman died": the two told by the verb of dying too)
  { id: 'c-n-and-m-killed', kind: 'fatalities', needs: /killed|dead|died/i, re: twoFigures(String.raw`(?:killed|dead|died)`), unless: aThingFirst },
  { id: 'c-n-and-m-hurt', kind: 'injured', needs: new RegExp(String.raw`wounded|injured|hurt|${HIT_BY}`, 'i'), re: twoFigures(String.raw`(?:wounded|injured|hurt|${HIT_BY})`), unless: aThingFirst },
  // "the refugee minister and two other people were killed", "killing the driver and two others": the others and the one named
  // ("the commander and four of his men, among them ..., were killed": his men are others than he)
  { id: 'c-and-n-others', kind: 'fatalities', re: new RegExp(String.raw`\band\s+(?:(${Q})\s+)?(${N})\s+(?:other|others|more|${OF_HIS})\b(?:\s+(?:people|persons|civilians|soldiers|men|women))?(?:(?:,[^;.]{1,160}?,)?\s+(?:were|had been|have been)\s+${ADVERBS}(?:killed|dead|died|martyred|slain|murdered|shot dead)|(?<=\b${KILL}\s+(?!and\b)[^,.;]{1,60}?\band\s+(?:(?:${Q})\s+)?(?:${N})\s+(?:other|others|${OF_HIS})))${OTHER_TOLL_AFTER}`, 'gi'), range: (m) => withSecondFigure(toRange(m[1], m[2]!, m[0]), 'one') },
  // "Those killed were nineteen men, five women and a child": a list of the dead, summed
  { id: 'c-victims-list', kind: 'fatalities', re: new RegExp(String.raw`\b(?:those killed|the dead|the victims|those who died)\s+(?:were|included|include)\s+((?:(?:${N}|an?)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:\s+aged\s+\w+)?(?:,\s*|\s+and\s+)){1,6}(?:${N}|an?)\s+[\w'’-]+)`, 'gi'), range: (m) => listSum(m[1]!, m[0]) },
  // "The dead were identified as A, 18, of X; B of Y; and C", "the injured were named as A, B, C and D": the dead or hurt
  // counted by the list of their names (c-named-list)
  { id: 'c-named-list-dead', kind: 'fatalities', needs: NAMED_AS, re: namedList(String.raw`(?:dead|deceased|victims|slain)`), range: (m) => nameCount(m[1]!, m[0]) },
  { id: 'c-named-list-hurt', kind: 'injured', needs: NAMED_AS, re: namedList(String.raw`(?:injured|wounded)`), range: (m) => nameCount(m[1]!, m[0]) },
  // "two Iranian generals were killed along with five other officers": the second figure (group 3) adds
  { id: 'c-n-killed', kind: 'fatalities', needs: new RegExp(DEAD, 'i'), re: new RegExp(String.raw`(?<!\bno\s)(?:\b(${Q})\s+)?${QUOTED_FIGURE}\s+${NOUNS}${APPOSITIVE}${RELATIVE}${AUX}${HOW_HARMED}["“']?${DEAD}\b(?:${ALONG_WITH})?`, 'gid') },
  // "three suspected rebels were \"neutralized\"", "two gunmen were eliminated": the dead told in a force's words,
  // only of people ("two drones were neutralised" counts none) and only by a figure ("several militants were
  // neutralised" is a force's boast of a sweep, no toll)
  { id: 'c-n-neutralised', kind: 'fatalities', needs: /neutrali[sz]ed|eliminated/i, re: new RegExp(String.raw`(?<!\bno\s)\b(?:(${Q})\s+)?(${N})\s+(?:[\w'’-]+\s+){0,3}?(?:${victimNounsPlural()}|terrorists|insurgents|gunmen|bandits|jihadists|attackers|assailants)\s+(?:were|have\s+been|had\s+been)\s+(?:reportedly\s+)?["“'‘]?(?:neutrali[sz]ed|eliminated)\b`, 'gid'), range: (m) => (numberValue(m[2]!) === null ? null : toRange(m[1], m[2]!, m[0])) },
  // "put the number killed in the strike at 85", "puts the number of people shot dead by militants in their August attack at up to 600"
  { id: 'c-put-toll', kind: 'fatalities', re: new RegExp(String.raw`\b(?:put|puts|putting|placed|places|estimated|estimates)\s+the\s+(?:death\s+toll|toll|number\s+(?:of\s+)?(?:people\s+)?(?:killed|dead|deaths|victims|shot dead))(?:\s+[\w'’-]+){0,10}?\s+at\s+(?:(${Q})\s+)?(${N})\b`, 'gid') },
  // "the death toll rose to 34", "the death toll from the Israeli airstrikes in Hodeidah had risen to 14"; not an overall toll over a period
  { id: 'c-death-toll', kind: 'fatalities', re: new RegExp(String.raw`\b(?<!\b(?:overall|total|cumulative)\s+(?:death\s+)?)(?:death toll|toll)\s+(?:(?:\w+\s+){0,3}?(?:at|of|to|rose to|reached)|(?:(?!since\b|toll\b)[\w'’-]+\s+){0,8}?(?:(?:had|has|have)\s+)?(?:risen to|rose to|climbed to|jumped to|reached|stood at|stands at))\s+(?:(${Q})\s+)?(${N})\b`, 'gid') },
  // "the number of dead rose to six", "the number of people wounded has risen to 40"
  // "police have lowered the death toll from a massacre in the highlands to 26": a toll revised, however far its figure
  { id: 'c-toll-revised', kind: 'fatalities', re: new RegExp(String.raw`\b(?:lowered|lowers|lowering|raised|raises|raising|revised|revises|revising|updated|updates|adjusted|adjusts|corrected|corrects)\s+(?:the|its|their)\s+(?:death\s+)?toll\s+(?:(?!since\b)[\w'’-]+\s+){0,10}?(?:down\s+|up\s+)?to\s+(?:(${Q})\s+)?(${N})\b`, 'gid') },
  { id: 'c-number-rose', kind: 'fatalities', re: numberRose(String.raw`(?:dead|killed|deaths|fatalities|victims)`) },
  { id: 'c-number-rose-hurt', kind: 'injured', re: numberRose(String.raw`(?:injured|wounded|injuries|hurt)`) },
  // "...has risen to seven and the number of wounded to 30": the second count, its verb left out
  { id: 'c-and-number-to', kind: 'injured', re: new RegExp(String.raw`\band\s+(?:the\s+)?number\s+of\s+(?:people\s+)?(?:injured|wounded|hurt)\s+to\s+(?:(${Q})\s+)?(${N})\b`, 'gid') },
  // "killing five soldiers, including an officer, and injuring as many": the hurt counted as many as the dead
  { id: 'c-hurt-as-many', kind: 'injured', needs: /\bas\s+many\b/i, re: new RegExp(String.raw`\b${KILL}\s+(?:(${Q})\s+)?(${N})\b[^.;]{0,120}?\band\s+(?:wounding|injuring|wounded|injured)\s+as\s+many\b(?!\s+as\b)`, 'gid') },
  // "wounded two guards and left one more in critical condition": the one more hurt adds to those the verb counted (group 3)
  { id: 'c-hurt-n-left-more', kind: 'injured', needs: /\bmore\b/i, re: new RegExp(String.raw`\b${HURT}\s+(?:(${Q})\s+)?(${N})\s+(?:[\w'’-]+\s+){0,3}?and\s+(?:left|leaving)\s+(${N})\s+more\s+(?:[\w'’-]+\s+){0,2}?(?:in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition|wounded|injured|hurt)\b`, 'gid') },
  // "three people with serious injuries and 10 with minor ones": the hurt told by how badly, the second figure (group 3) adds
  { id: 'c-hurt-by-severity', kind: 'injured', needs: new RegExp(String.raw`\bwith\s+${SEVERITY}\b`, 'i'), re: new RegExp(String.raw`\b(?:(${Q})\s+)?(${N})\s+(?:[\w'’-]+\s+)?with\s+${SEVERITY}\s+(?:injuries|wounds)\s+and\s+(${N})\s+(?:others\s+|more\s+)?with\s+${SEVERITY}\s+(?:ones|injuries|wounds)\b`, 'gid') },
  { id: 'c-hurt-n', kind: 'injured', needs: HURT_VERBS, re: new RegExp(String.raw`\b${HURT}\s+(?:(${Q})\s+)?(${N})\b(?!\s*(?:%|percent|km|years|days|hours|attacks))`, 'gid') },
  // ("48 officers were wounded, 17 of them by gunfire, along with eight civilians": the second group (group 3) adds)
  { id: 'c-n-hurt', kind: 'injured', needs: HURT_WORDS, re: new RegExp(String.raw`(?<!\bno\s)(?:\b(${Q})\s+)?${QUOTED_FIGURE}\s+${NOUNS}${APPOSITIVE}${RELATIVE}${AUX}${HOW_HARMED}${HURT_WORDS.source}\b(?:${ALONG_WITH})?`, 'gid') },
  // "the blast damaged nearby homes, inflicting injuries on three civilians", "caused injuries to 12 people": the hurt
  // counted as those the injuries were dealt to
  { id: 'c-injuries-on-n', kind: 'injured', needs: /injuries/i, re: new RegExp(String.raw`\b(?:inflicting|inflicted|inflicts|causing|caused|causes)\s+(?:[\w-]+\s+){0,2}?injuries\s+(?:on|to)\s+(?:(${Q})\s+)?(${N})\b(?!\s*(?:%|percent)\b)`, 'gid') },
  // "several protesters were injured, as were seventeen police officers": the figure after "as were" shares the verb before it
  { id: 'c-as-were-hurt', kind: 'injured', needs: /\bas\s+(?:were|was)\b/i, re: new RegExp(String.raw`\b(?:wounded|injured|hurt)\b[^.;]{0,60}?,?\s+as\s+(?:were|was)\s+(?:(${Q})\s+)?(${N}|an?)\b`, 'gid') },
  { id: 'c-as-were-killed', kind: 'fatalities', needs: /\bas\s+(?:were|was)\b/i, re: new RegExp(String.raw`\b(?:killed|dead|died)\b[^.;]{0,60}?,?\s+as\s+(?:were|was)\s+(?:(${Q})\s+)?(${N}|an?)\b`, 'gid') },
  // "fired at four police officers, slightly injuring them": the figure of those the act was aimed at
  { id: 'c-n-hurt-them', kind: 'injured', re: themRule(String.raw`(?:wounding|injuring|hurting)`) },
  { id: 'c-n-killed-them', kind: 'fatalities', re: themRule(String.raw`(?:killing)`) },
  // "One CRPF constable suffered a bullet wound", "two farmers suffered bullet injuries"
  { id: 'c-n-suffered', kind: 'injured', needs: /suffered|sustained|received/i, re: new RegExp(String.raw`(?<!\bno\s)\b(?:(${Q})\s+)?(${N}|an?|another)\s+${NOUNS}(?:suffered|sustained|received)\s+(?:[\w'’-]+\s+){0,3}?(?:wounds?|injuries|burns)\b`, 'gid') },
];

const CRITICAL_ONLY = /^(one|1)\s+(critically|seriously)/i;
// "three police dogs were also hurt": animals are no toll (a figure of people beside them is lost with them)
const ANIMALS_HIT = /\b(?:dogs|horses|animals|cattle|cows|goats|sheep|camels|donkeys|livestock)\s+(?:(?:were|was|had|have|has|also|been|all)\s+){0,3}(?:killed|dead|died|wounded|injured|hurt|slaughtered|massacred|perished)\b/i;
// "violence leaves an average of ten people dead every day", "60 killed per month": a rate, the toll of no one act
// ("killed a day after the vote", "a week ago" is a day, not a rate)
const RATE_AFTER = /^(?:\s+(?!(?:in|within|over|for|after|since)\b)[\w'’-]+){0,3}?\s*(?:(?:every|each|per)\s+(?:day|week|month|year)\b|a\s+(?:day|week|month|year)\b(?!\s+(?:after|before|earlier|later|ago|of|when|since|into|that|in)\b))/i;
const RATE_BEFORE = /\b(?:an\s+average\s+of|on\s+average)\s+$/i;
// c-among-the-harmed: "three children were among those killed and nine among the injured": a figure told as among
// the dead or hurt is a part of a toll already told, not a toll ("two women were among the 12 wounded" still
// counts its 12)
const AMONG_THE_HARMED = /\bamong\s+(?:the|those)\s+(?:[\w'’-]+\s+)?(?:injured|wounded|hurt|dead|killed)\b/i;
// c-killed-or-hurt: "nine killed or injured", "killed or wounded dozens of students": the dead and the hurt counted
// together are neither a toll of the dead nor one of the hurt ("no one was killed or injured" still tells none)
const OR_HARM_AFTER = /^\s+or\s+(?:were\s+|was\s+)?(?:wounded|injured|hurt|killed|dead|wounding|injuring|killing)\b/i;
const OR_HARM_BEFORE = /\b(?:killed|dead|wounded|injured|hurt|killing|wounding|injuring)\s+or\s+$/i;
const eitherHarm = (text: string, start: number, end: number): boolean =>
  OR_HARM_AFTER.test(text.slice(end, end + 24)) || OR_HARM_BEFORE.test(text.slice(Math.max(0, start - 24), start));

// every rule needs one of these stems: most clauses have none and are turned away by one search
const SCREEN = /condition|number|kill|behead|massacr|slaughter|perish|neutrali|decapitat|dead|die|death|fatal|live|life|lost|loses|losing|losses|toll|victim|burn|diagnos|martyr|eliminat|bodies|corpse|remains|wound|injur|hurt|hospital|casualt|suffer|sustain|identified|named|murder|execut|slain|assassin|gunned|stabbed|(?:hit|struck) by|harm|unscathed/i;

export function findCasualties(said: string): Casualties {
  const out: Casualties = { fatalities: null, injured: null, rules: [] };
  const told: Told[] = [];
  if (!SCREEN.test(said)) return out;
  const text = withoutRepeatedDigits(said);
  for (const rule of casualtyRules) {
    if (rule.needs && !rule.needs.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (CRITICAL_ONLY.test(m[0]) && out.injured) continue; // "three hurt, one critically" counts three
      if (ANIMALS_HIT.test(m[0]) || AMONG_THE_HARMED.test(m[0]) || rule.unless?.(m)) continue;
      if (!(rule.fixed?.best === 0) && eitherHarm(text, m.index, m.index + m[0].length)) continue;
      if (RATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48)) || RATE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      // "the attack on 14 May killed three": a day or a year is no toll; look again just after it
      const at = m.indices?.[2];
      if (at && isDatePart(text, at[0], at[1])) { rule.re.lastIndex = at[1]; continue; }
      // "a war between 1998 and 2003 left thousands dead": nor is a second figure that adds
      const second = m.indices?.[3];
      if (second && isDatePart(text, second[0], second[1])) continue;
      const read = rule.range ? rule.range(m) : rule.fixed ? { ...rule.fixed, text: m[0] } : withSecondFigure(spanned(text, at, toRange(m[1], oneFor(m[2]!), m[0])), asMany(m[3], m[2]));
      if (!read) continue;
      // the words as the text has them, brackets and all (the evidence finds them in the sentence)
      const range = read.text === m[0] ? { ...read, text: said.slice(m.index, m.index + m[0].length) } : read;
      const toll: Told = { kind: rule.kind, start: m.index, end: m.index + m[0].length, range, also: ALSO.test(m[0]) };
      if (!toll.also) count(out, toll, []);
      told.push(toll);
      out.rules.push(rule.id);
    }
  }
  for (const t of told) if (t.also) count(out, t, told);
  return out;
}

// n-bracketed-digits: "twelve (12) people", "seven (07) soldiers": some outlets write each figure in words and again in
// digits in brackets; the brackets repeat the figure, so they are read as blanks of the same length (offsets hold)
const REPEATED_DIGITS = /\b([A-Za-z]+)\s\((\d{1,4})\)(?=\s)/g;
const withoutRepeatedDigits = (text: string): string =>
  text.replace(REPEATED_DIGITS, (all, word: string, digits: string) => (numberValue(word) === Number(digits) ? word + ' '.repeat(all.length - word.length) : all));

interface Told { kind: CasualtyRule['kind']; start: number; end: number; range: Range; also: boolean }
// "a police officer was killed in the clash and three protesters were also killed": "also" tells more people
// hit than the toll before it, not the same ones again
const ALSO = /\balso\b/i;
const KINDS = ['fatalities', 'injured'] as const;

/**
 * A toll counts as the larger figure of its kind, but one told with "also" after another toll of its kind,
 * apart from it in the text, adds to it (the sum keeps the first toll's words, so that a later sentence's
 * "also" adds to it in its turn, merge/reconcile.ts).
 */
function count(out: Casualties, t: Told, told: Told[]): void {
  for (const kind of KINDS) {
    if (t.kind !== 'both' && t.kind !== kind) continue;
    const same = told.filter((o) => o !== t && (o.kind === kind || o.kind === 'both'));
    const adds = same.some((o) => !o.also && o.end <= t.start) && !same.some((o) => o.start < t.end && t.start < o.end);
    out[kind] = adds ? withFigure(out[kind]!, t.range) : larger(out[kind], t.range);
  }
}

/** "and as many": the second figure is the first one told again. */
const asMany = (second: string | undefined, first: string | undefined): string | undefined => (second && /^as\s+many$/i.test(second) ? first : second);

const exact = (n: number, text: string): Range => ({ best: n, low: n, high: n, text });

/** One named person ("X was killed") or two ("X and Y were killed"); "were" after one name is a list this did not read whole. */
function namedToll(m: RegExpExecArray): Range | null {
  const verb = m[0].slice(-30);
  if (m[1] && !/\bwas\b/.test(verb)) return exact(2, m[0]);
  return /\bwere\b/.test(verb) ? null : exact(1, m[0]);
}

// "15-20 Afghan Taliban have been killed", "killed 25 to 30 fighters", "between 2 and 4 died": the figure read is one end of a span
const SPAN_BEFORE = /(?:(?<![\d,.])(\d+)\s*(?:-|–|to)|\bbetween\s+(\d+)\s+and)\s*$/i;
const SPAN_AFTER = /^\s*(?:-|–|to)\s*(\d+)(?![\d,.])/;
// "killed between 10 and 15 people": the figure read is the low end, told after "between"
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const AND_AFTER = /^\s+and\s+(\d+)(?![\d,.])/;

/** A figure that is one end of a span ("15-20", "25 to 30") gives the span; its best figure is the lower end (ACLED). */
function spanned(text: string, at: [number, number] | undefined, r: Range): Range {
  if (!at) return r;
  const before = SPAN_BEFORE.exec(text.slice(Math.max(0, at[0] - 20), at[0]));
  // "from 100 to several hundred": the figure is the low end, the vague upper end no bound
  if (r.best === null) return before ? { ...r, best: Number(before[1] ?? before[2]), low: Number(before[1] ?? before[2]), high: null } : r;
  const after = SPAN_AFTER.exec(text.slice(at[1], at[1] + 12)) ?? (BETWEEN_BEFORE.test(text.slice(Math.max(0, at[0] - 12), at[0])) ? AND_AFTER.exec(text.slice(at[1], at[1] + 14)) : null);
  const low = before ? Number(before[1] ?? before[2]) : r.best;
  const high = after ? Number(after[1]) : r.best;
  if ((!before && !after) || low >= high) return r;
  return { ...r, best: low, low, high };
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
// "May 14 killed" but not "5 June 23 people": a month with its day already told takes no other figure
const MONTH_BEFORE = new RegExp(String.raw`(?<!\d\s*)\b${MONTH}\s+$`, 'i');
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?!\w)|^(?:st|nd|rd|th)\b|^\/\d`, 'i');
// ("a war between 2013 and 2018 left ... dead": the years of a span, the second one too)
const YEAR_CONTEXT = /\b(?:in|since|of|the|from|until|by|during|between)\s+$|\b(?:between|from)\s+(?:19|20)\d{2}\s+(?:and|to)\s+$/i;
const YEAR_NOUN = /^\s+(?:attacks?|war|elections?|bombings?|massacre|uprising|coup|offensive|invasion|protests?|riots?|crisis|conflict)\b/i;

/** "14 May", "May 14", "the 7th", "9/11", "the 2019 attack": a figure that is part of a date. */
function isDatePart(text: string, start: number, end: number): boolean {
  const figure = text.slice(start, end);
  if (!/^\d/.test(figure)) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 14);
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || /\d\/$/.test(before)) return true;
  return /^(?:19|20)\d{2}$/.test(figure) && (YEAR_CONTEXT.test(text.slice(Math.max(0, start - 24), start)) || YEAR_NOUN.test(after) || /\d,?\s+$/.test(before));
}

/** "the dead were identified as ...": the list of names (group 1) up to the sentence's end. */
function namedList(who: string): RegExp {
  return new RegExp(String.raw`\b(?:the|those)\s+${who}\s+(?:were|have\s+been|had\s+been)\s+(?:identified|named)\s+as\s+([^.]+)`, 'gid');
}

/**
 * How many people a list of names holds: its items between semicolons when it has them (each item may hold an age
 * and a home town between commas), else between commas and "and", an age ("Ruplal Das, 40") no item; every item a
 * name, two at least.
 */
function nameCount(list: string, text: string): Range | null {
  const items = (list.includes(';') ? list.split(/;\s*(?:and\s+)?/) : list.split(/,\s*(?:and\s+)?|\s+and\s+/)).map((x) => x.trim()).filter((x) => x && !/^\d+$/.test(x));
  return items.length >= 2 && items.every((x) => /^\p{Lu}/u.test(x)) ? exact(items.length, text) : null;
}

/** "nineteen men, five women and a child": the figures of a list, added. */
function listSum(list: string, text: string): Range | null {
  const figures = [...list.matchAll(new RegExp(String.raw`(?:^|,\s*|\s+and\s+)(${N}|an?)\s`, 'gi'))].map((x) => numberValue(oneFor(x[1]!)));
  if (figures.length < 2 || figures.some((n) => n === null)) return null;
  return exact(figures.reduce<number>((a, b) => a + b!, 0), text);
}

/** The nouns of data/lexicons/victim-nouns.tsv as one alternation. */
function victimNouns(): string {
  return lexicon('victim-nouns').map((r) => r.re.source).join('|');
}

/** The same nouns in the plural too ("members", "soldiers"): each row's closing word boundary moved after the ending. */
function victimNounsPlural(): string {
  return lexicon('victim-nouns').map((r) => `${r.re.source.replace(/\\b$/, '')}(?:s|es)?\\b`).join('|');
}

// "a soldier", "his niece", "their driver": one
const oneFor = (word: string): string => (/^(?:an?|his|her|their)$/i.test(word) ? 'one' : word);

function withSecondFigure(r: Range, second: string | undefined): Range {
  const n = second ? numberValue(oneFor(second)) : null;
  if (n === null || r.best === null) return r;
  return { ...r, best: r.best + n, low: r.low === null ? null : r.low + n, high: r.high === null ? null : r.high + n };
}

/** One person and their kin: "his wife" one more, "her two children" two more; kin in the plural with no figure, no count. */
function withKin(figure: string | undefined, kin: string | undefined, text: string): Range | null {
  const n = figure ? numberValue(figure) : kin && ONE_KIN.test(kin) ? 1 : null;
  return n === null ? null : exact(1 + n, text);
}

/** A toll with more people hit added, in the words of the first: "a police officer" and "three protesters". */
function withFigure(r: Range, extra: Range): Range {
  if (r.best === null || extra.best === null) return larger(r, extra)!;
  return { ...r, best: r.best + extra.best, low: r.low === null ? null : r.low + (extra.low ?? extra.best), high: r.high === null || extra.high === null ? null : r.high + extra.high };
}

/** The more informative of two figures for one count: a real figure beats "none", a larger bound beats a smaller. */
export function larger(a: Range | null, b: Range | null): Range | null {
  if (!a) return b;
  if (!b) return a;
  const key = (r: Range) => r.best ?? r.low ?? -1;
  return key(b) > key(a) ? b : a;
}
