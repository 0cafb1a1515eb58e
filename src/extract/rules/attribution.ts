// Who said it, whether it is the perpetrator's own claim, and whether a source doubts it.
import { findActors, type ActorMatch } from '../../resolve/actor/find-actors.js';
import { anyMatch, matchAll } from '../lexicon.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../resolve/time/days.js';

const SAID = String.raw`(?:said|says|told|announced|reported|stated|confirmed|claimed|added|noted|wrote|posted|declared|insisted|alleged|accused)`;
// a speaker's name runs to the next punctuation, but the full stop of an initial or a title ("Lloyd J.
// Austin", "U.S.", "Gen. Ahmed Ali") is part of it
const ABBREVIATED = String.raw`\b(?:[A-Z]|Gen|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Cmdr|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Pres|St)`;
const NAME_CHAR = String.raw`(?:[^,.;:"“”]|(?<=${ABBREVIATED})\.)`;
const NAME_END = String.raw`(?:[,;:]|(?<!${ABBREVIATED})\.|$)`;
const ACCORDING = new RegExp(String.raw`\b(?:according to|citing|cited by|as cited by)\s+((?:the\s+)?${NAME_CHAR}{2,70}?)(?=${NAME_END}|\s+(?:on|in|that|who)\b)`, 'i');
const SAID_AFTER = new RegExp(String.raw`["”,]\s*${SAID}\s+((?:the\s+|an?\s+)?${NAME_CHAR}{2,70}?)(?=${NAME_END})`, 'i');
const SAID_BEFORE = new RegExp(String.raw`((?:(?:an?|the|two|three|several|some|local|US|U\.S\.|Iraqi|American)\s+)?(?:[A-Z][\w.'’-]*|officials?|sources?|spokes(?:man|woman|person)|governor|mayor|army|military|ministry|police|witnesses|residents|group|command)(?:\s+[\w.'’-]+){0,6}?)\s+(?:has\s+|had\s+)?${SAID}\b`);
const SPEAKER_WORDS = /\b(official|officials|source|sources|spokes(man|woman|person)|governor|mayor|minister|ministry|command|army|military|police|agency|statement|council|administration|authorities|president|secretary|general|witnesses|residents|group|groups|force|forces|air force|officer|commander|chief|head|pentagon|centcom|reuters|afp|ap|news|television|channel|media|monitor|observatory|government|department)\b/i;

export interface Attribution {
  speaker: string | null;
  /** the speaker's actor, when the dictionary knows it */
  speakerActor: ActorMatch | null;
  claim: boolean;
  claimRule: string | null;
  doubt: boolean;
  doubtRule: string | null;
}

export function findAttribution(sentence: string): Attribution {
  const speaker = findSpeaker(sentence);
  const actors = speaker ? findActors(speaker) : [];
  const claim = anyMatch('claims', sentence);
  const doubt = anyMatch('doubts', sentence);
  return {
    speaker,
    speakerActor: actors[0] ?? null,
    claim: !!claim,
    claimRule: claim?.rule.id ?? null,
    doubt: !!doubt,
    doubtRule: doubt?.rule.id ?? null,
  };
}

// "The Observatory further reported", "the army later said": the adverb is not part of the name
const TRAILING_ADVERBS = /(\s+(also|further|later|separately|earlier|again|previously|then|meanwhile|too|subsequently|initially|first))+$/i;
// "It also said": who "it" is was told before; a pronoun names no one
const PRONOUN = /^(it|they|he|she|we|i|you|this|that)$/i;
// "the fifth reported strike", "an alleged attack": after an article or a rank the verb describes a noun, no one spoke
const DESCRIBING = /\b(?:the|a|an|its|their|his|her|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|last|another|most|widely)$/i;

// every way of naming a speaker needs one of these words: most sentences have none, and skip the search
const SPEECH_WORD = new RegExp(String.raw`\b(?:${SAID}|according to|citing|cited by)\b`, 'i');

export function findSpeaker(text: string): string | null {
  if (!SPEECH_WORD.test(text)) return null;
  // "A US official, speaking on condition of anonymity, said": the aside is not part of the speaker
  const sentence = text.replace(/,\s*(speaking|who spoke|who asked|who declined|who was not)[^,]*,/gi, '');
  const candidates = [ACCORDING.exec(sentence)?.[1], SAID_AFTER.exec(sentence)?.[1], SAID_BEFORE.exec(sentence)?.[1]];
  for (const c of candidates) {
    const cleaned = c?.replace(/^(that|and|but|as|while|which)\s+/i, '').replace(TRAILING_ADVERBS, '').trim();
    if (cleaned && !PRONOUN.test(cleaned) && !DESCRIBING.test(cleaned) && (SPEAKER_WORDS.test(cleaned) || /^[A-Z]/.test(cleaned)) && cleaned.split(/\s+/).length <= 10) return cleaned;
  }
  return null;
}

// the cues that own an act ("claimed responsibility", "said it was behind"), not a channel ("in a statement on Telegram")
const RESPONSIBILITY = new Set(['c-claimed', 'c-said-it', 'c-responsible', 'c-behind', 'c-signed']);
// the cues whose claimant is their agent, after them: "claimed by X", "banners signed by X"
const AGENT_CUE = /\b(?:claimed|signed)\s+by$/i;
// the cues whose claimant is the subject of a verb of saying, before them: what comes after is the act's
// object ("the United States said it had killed an al-Shabaab chief")
const SUBJECT_CUES = new Set(['c-said-it', 'c-responsible']);

/** Who claims responsibility in a text with no act of its own, when a cue says so and an actor makes it. */
export function responsibilityClaimant(text: string, actors: ActorMatch[]): ActorMatch | null {
  return matchAll('claims', text).some((c) => RESPONSIBILITY.has(c.rule.id)) ? claimant(text, actors) : null;
}

/** The actor who claims the act: the subject of the claim phrase, or the agent of "claimed by". */
export function claimant(sentence: string, actors: ActorMatch[]): ActorMatch | null {
  const cue = matchAll('claims', sentence)[0];
  if (!cue) return null;
  if (AGENT_CUE.test(cue.text)) return actors.find((a) => a.index >= cue.index) ?? null;
  // "Hezbollah said it fired at Israeli positions, a day after the group said it had attacked": the
  // subject of the claim, not an actor its act was aimed at, nor one before a group described anew
  if (DESCRIBED_GROUP.test(sentence.slice(0, cue.index))) return null;
  const before = actors.filter((a) => a.end <= cue.index && !AIMED_AT.test(sentence.slice(Math.max(0, a.index - 40), a.index)));
  return before[before.length - 1] ?? (SUBJECT_CUES.has(cue.rule.id) ? null : actors.find((a) => a.index >= cue.index + cue.text.length)) ?? null;
}

// ("On Tuesday the Malian army said it had...": a day after "on" is when, and the name after it the subject)
const AIMED_AT = new RegExp(String.raw`\b(at|on(?!\s+(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|\d)\b)|against|toward|towards|targeting|into)\s+(the\s+|an?\s+)?([\w-]+\s+){0,2}$`, 'i');
const DESCRIBED_GROUP = /\b(the|this)\s+([a-z][\w-]*\s+){0,2}(group|militia|movement|organi[sz]ation|faction|rebels|militants|insurgents)\s+$/i;
