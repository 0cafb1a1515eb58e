// Reported tallies: "A tally ... has counted 103 attacks ... since October 17", "the 27th attack since
// Nov 19", "more than a dozen attacks over the last week". A count of incidents over a period, kept as
// data beside sitrep's own count.
import { NUMBER_SOURCE as N, QUANTIFIER_SOURCE as Q, numberValue } from './numbers.js';

export interface TallyMatch {
  count: number;
  what: string;
  index: number;
  /** "over the last week": the period is given in days before publication */
  daysBack: number | null;
  rule: string;
}

const NOUN = String.raw`(?:(?:drone|rocket|missile|separate|such|hostile|militant|terrorist|insurgent|armed|deadly)\s+(?:and\s+\w+\s+)?)?(?:attacks|strikes|assaults|incidents|times)`;
const SCOPE = /\b(since|between|so far|to date|as of|(over|in) the (last|past) (week|month|\w+ (days|weeks))|in recent (weeks|months)|in (19|20)\d\d|tally|recorded|counted)\b/i;
// "the 12th attack", "the group's 27th attack", "the fifth ASBM fired by the Houthis"
const ORDINAL = /\b(?:the|its|their|[A-Za-z]+['’]s)\s+(\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b(?:\s+(?:such\s+)?(?:attack|strike|assault|incident|missile|drone|rocket|ASBM|ballistic|that|of|on|by|against))/gi;
const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
// "attacked at least 88 commercial vessels since November": ships counted as attacks on them
const VESSELS = new RegExp(String.raw`\b(?:attacked|targeted|struck|hit)\s+(?:(${Q})\s+)?(${N})\s+(?:[\w-]+\s+){0,2}?(vessels|ships|merchant ships|tankers)\b`, 'gi');
// "two of those attacks since Wednesday": a part of a count, itself a count over its own period
const PART = new RegExp(String.raw`\b(${N})\s+of\s+(?:those|these|the|them)\s+(attacks|strikes)\b`, 'gi');
const COUNT = new RegExp(String.raw`\b(?:(${Q})\s+)?(${N})\s+(${NOUN})\b`, 'gi');

export function findTallies(sentence: string): TallyMatch[] {
  if (sentence === sentence.toUpperCase() || !SCOPE.test(sentence) && !ORDINAL.test(sentence)) return [];
  const out: TallyMatch[] = [];
  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(sentence); m; m = ORDINAL.exec(sentence)) {
    // "its second attack of this kind" counts nothing; "the fifth missile in the last two days" does
    if (m[1]!.toLowerCase() in ORDINAL_WORDS && !SCOPE.test(sentence)) continue;
    out.push({ count: ORDINAL_WORDS[m[1]!.toLowerCase()] ?? parseInt(m[1]!, 10), what: whatPhrase(sentence, m.index), index: m.index, daysBack: daysBack(sentence), rule: 't-ordinal' });
  }
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(sentence); m; m = COUNT.exec(sentence)) {
    const count = numberValue(m[2]!);
    if (count === null || count < 2) continue;
    if (/\bof them\b|\(\s*$/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 10)) || /\(\s*$/.test(sentence.slice(0, m.index))) continue;
    if (!SCOPE.test(sentence.slice(Math.max(0, m.index - 200), m.index + m[0].length + 120))) continue;
    out.push({ count, what: whatPhrase(sentence, m.index + (m[1] ? m[1].length + 1 : 0) + m[2]!.length + 1), index: m.index, daysBack: daysBack(sentence), rule: 't-count' });
  }
  for (const [re, rule] of [[VESSELS, 't-vessels'], [PART, 't-part']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const count = numberValue(re === PART ? m[1]! : m[2]!);
      if (count === null || count < 2 || out.some((t) => t.index === m.index)) continue;
      out.push({ count, what: re === PART ? m[2]! : m[3]!, index: m.index, daysBack: daysBack(sentence), rule });
    }
  }
  return out;
}

function whatPhrase(sentence: string, from: number): string {
  const rest = sentence.slice(from).replace(/^\s+/, '');
  // a full stop ends the phrase, but not the one of an initial ("attacks on U.S. forces")
  return rest.split(/\s+(?=since|between|in recent|over the|so far|to date|,)|[,;(]|(?<!\b[A-Z])\./)[0]!.split(/\s+/).slice(0, 8).join(' ');
}

function daysBack(sentence: string): number | null {
  const m = /\b(?:over|in) the (?:last|past) (week|month|(\w+) (days|weeks))\b/i.exec(sentence);
  if (!m) return null;
  if (m[1] === 'week') return 7;
  if (m[1] === 'month') return 30;
  const n = numberValue(m[2]!) ?? 0;
  return m[3] === 'weeks' ? n * 7 : n;
}
