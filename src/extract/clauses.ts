// Splits a sentence into clauses at the connectives that join two incidents in one sentence
// ("The strikes come hours after a drone attack targeted a base"), so each clause reports at most one.
import { numberValue } from './rules/numbers.js';
import type { Shift } from '../resolve/time/relative-spans.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../resolve/time/days.js';

export interface Clause {
  text: string;
  /** offset inside the sentence */
  start: number;
  /** the clause was introduced by "after", "in response to"...: it names an earlier incident */
  antecedent: boolean;
  /** introduced by "in response to", "in retaliation for": the other clause answers this one */
  retaliation: boolean;
  /** a part of a clause that joins several acts ("..., and 16 drones attacked X"): the clause it was cut from */
  whole?: { start: number; end: number };
  /** "..., where a teenager was shot dead on Tuesday": a part told about a place or a person, with no day of the rest */
  relative?: boolean;
  /** "...and fought police in Belgrade": the part's act shares the subject of the part before it */
  elided?: boolean;
  /** the words after a relative clause, where the clause it interrupted goes on */
  resumes?: boolean;
  /** "since April, when a coalition jet hit a launcher": where, in the sentence, the day the clause hangs on is said */
  dayAt?: number;
  /** "two days after": how many days before the main clause's incident this one happened */
  /** "X came two days after Y": how far before X's day Y was (days back, and how many of them it may span) */
  lag: Shift | null;
}

// ("going after an upscale community", "named after": a verb's own "after", no second incident; "fled last
// week after the town fell": the week is the main clause's day, no lag; "after Friday prayers", "after
// iftar" tell the hour, as "after dusk" does, not an earlier incident)
const CONNECTIVE =
  /(?:,\s*)?\b(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?<!\b(?:last|this|next|that|same|previous)\s)(?:hours?|days?|weeks?|minutes)\s+|(?:shortly|soon|not long|moments|just)\s+)?(?<!\b(?:go|goes|going|went|gone|named|looks?|looked|looking|chase[sd]?|chasing|ran|runs?|running)\s)(?:after|before)\b(?!\s+(?:which|that|dawn|daybreak|sunrise|dusk|sunset|nightfall|dark|midnight|noon|midday|iftar|(?:the\s+)?(?:[\w'’-]+\s+)?prayers)\b)|(?:,\s*)?\b(?:in (?:response|retaliation|answer|reply) (?:to|for)|responding to|responded to|answered(?!\s+with)|(?:was|were|came|as|be|is|are) (?:as )?(?:a |an |its |their |[\w-]+['’]s )?(?:direct )?(?:response|answer|retaliation|reply) (?:to|for)|as retaliation for|retaliating for|following|(?<!\b(?:have|has|had|closely|who|I|we)\s+)followed(?!\s+(?:by|how|the news|events|developments)\b)|(?:a|an|the|its|their)\s+(?:(?!(?:came|comes|come|was|were|is|are|be|been|in|as|and|or|that|which)\b)[\w'’-]+\s+){0,4}?(?:response|retaliation|reprisal|reply)\s+(?:by\s+[^,;]{1,60}?\s+)?(?:to|for))\b|;|(?:,\s*|^)\b(?:while|whereas)\b/gi;

export function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let antecedent = false;
  let retaliation = false;
  let lag: Shift | null = null;
  CONNECTIVE.lastIndex = 0;
  for (let m = CONNECTIVE.exec(sentence); m; m = CONNECTIVE.exec(sentence)) {
    if (m.index > start) clauses.push({ text: sentence.slice(start, m.index), start, antecedent, retaliation, lag });
    const word = m[0].toLowerCase();
    antecedent = /after|respon|retaliat|answer|reply|following|followed/.test(word);
    retaliation = /respon|retaliat|answer|reply/.test(word);
    lag = antecedent ? lagOf(word) : null;
    start = m.index + m[0].length;
    // a fronted subordinate clause ("Not long after the drone attack, X claimed...") ends at its comma;
    // "X followed Y" has its subject before it, and Y runs on
    const comma = pastRelative(sentence, sentence.indexOf(',', start));
    const closes = relativeCloses(sentence, m.index, start);
    if ((m.index < 25 && comma > start && !/followed/.test(word)) || closes > start) {
      const end = closes > start ? closes : comma;
      clauses.push({ text: sentence.slice(start, end), start, antecedent, retaliation, lag });
      start = end + 1;
      antecedent = false;
      retaliation = false;
      lag = null;
      CONNECTIVE.lastIndex = start;
    }
  }
  if (start < sentence.length) clauses.push({ text: sentence.slice(start), start, antecedent, retaliation, lag });
  return clauses.flatMap(atWhen).filter((c) => /\w/.test(c.text));
}

/**
 * k-relative-after: "The former mayor, who fled abroad after resigning on 2 March, said a massacre had taken
 * place": an "after" inside a relative clause set off by commas tells of the person or thing it describes;
 * it ends at the relative's closing comma, where the main clause goes on (not an earlier incident, and not
 * dated or placed by the relative's words), when a verb of speech goes on with the main clause after its closing
 * comma. That comma's offset, else -1.
 */
function relativeCloses(sentence: string, at: number, from: number): number {
  if (!/,\s*who\b[^,;]*$/i.test(sentence.slice(0, at))) return -1;
  const close = sentence.indexOf(',', from);
  return close > from && RESUMES.test(sentence.slice(close + 1)) ? close : -1;
}
// the main clause going on after the person's relative: its verb ("wrote", "has said"), not an aside ("most of them civilians")
const RESUMES = /^\s*(?:\w+ly\s+)?(?:(?:has|have|had|was|is|will|would)\s+)?(?:said|says|told|tells|wrote|writes|added|claimed|called|described|denied|accused|insisted|posted|tweeted)\b/i;

/**
 * "two weeks after Al-Shabaab, which has waged a long insurgency, laid siege to a hotel": a comma that opens a
 * relative clause is not the one a subordinate clause ends at, nor the one closing it: the next is, unless a participle
 * goes on with the act (rule `k-past-relative`).
 */
function pastRelative(sentence: string, comma: number): number {
  if (comma < 0 || !/^\s*(?:which|who|whose)\b/.test(sentence.slice(comma + 1))) return comma;
  let next = sentence.indexOf(',', comma + 1);
  // (", killing 21 people": a participle goes on with the act the clause tells)
  do next = next < 0 ? -1 : sentence.indexOf(',', next + 1);
  while (next > 0 && /^\s*\w+ing\b/.test(sentence.slice(next + 1)));
  return next;
}

// "the first strike since April, when a coalition aircraft hit a launcher": the time a period starts at,
// then a "when" clause that tells what happened at it, another incident than the clause's ("clashes on
// Thursday, when 1,000 demonstrators squared off against police" is the one told twice)
const TIME_WHEN = new RegExp(String.raw`\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:${MONTH_NAMES})(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+(?:${MONTH_NAMES})(?:\s+\d{4})?|(?:${WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?|\d{4}|(?:last|that|the previous|the same)\s+(?:week|month|year|night|day))\s*,\s*when\s+`, 'g');

/** A clause cut before each "<time>, when ...": the "when" part is a clause of its own, dated by that time. */
function atWhen(clause: Clause): Clause[] {
  const parts: Clause[] = [];
  let from = 0;
  let dayAt: number | undefined = clause.dayAt;
  TIME_WHEN.lastIndex = 0;
  for (let m = TIME_WHEN.exec(clause.text); m; m = TIME_WHEN.exec(clause.text)) {
    const comma = clause.text.indexOf(',', m.index);
    parts.push({ ...clause, text: clause.text.slice(from, comma), start: clause.start + from, ...(dayAt === undefined ? {} : { dayAt }) });
    from = m.index + m[0].length;
    dayAt = clause.start + m.index + 'since '.length;
  }
  if (!parts.length) return [clause];
  parts.push({ ...clause, text: clause.text.slice(from), start: clause.start + from, antecedent: false, retaliation: false, lag: null, dayAt });
  return parts;
}

/** "two days after" → 2, "a week after" → 7, "hours after" → 0; a bare "after" says nothing (null). */
function lagOf(connective: string): Shift | null {
  const m = /(?:(\w+)\s+)?(hours?|minutes|days?|weeks?)\s+after/.exec(connective);
  if (!m) return null;
  if (/hour|minute/.test(m[2]!)) return { days: 0, width: 0 };
  const unit = /week/.test(m[2]!) ? 7 : 1;
  const n = m[1] ? numberValue(m[1]) : null;
  if (n !== null) return { days: n * unit, width: 0 };
  // "the day after", "a week after": one of them
  if (!/s$/.test(m[2]!)) return { days: unit, width: 0 };
  // "only weeks after", "days after": some of them, two to six
  return m[1] && !/^(only|just|mere|some|several|few|a few)$/i.test(m[1]) ? null : { days: 6 * unit, width: 4 * unit };
}

// Where a clause may join acts of its own: ", one drone attacked X, and 16 drones attacked Y" (a new
// subject), "wrecked offices in X and fought police in Y" (a second verb of the same subject), ", where a
// teenager was shot dead on Tuesday" (a relative clause with an act of its own), ": in Amalfi, a helicopter
// was shot down" (what a colon introduces, unless a quotation)
const NEW_SUBJECT = /,\s+(?:and\s+)?(?=(?:the|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s|[A-Z])/g;
// ("killed eight and wounded 20" is one act's toll, not a second act)
const SECOND_VERB = /,?\s+and\s+(?!(?:killed|wounded|injured|hurt|maimed|left)\b)(?=(?:[a-z]+ed|fought|hit|struck|shot|threw|set|took|stormed|burnt|overran|seized)\b)/g;
const RELATIVE = /,?\s+where\s+/g;
// "a drone attack on US troops in northern Iraq and a rocket attack in Syria": a second act named by its noun
const SECOND_ACT = /,?\s+and\s+(?=(?:a|an|another|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}(?:attacks?|strikes?|airstrikes?|raids?|bombings?|ambush(?:es)?|explosions?|blasts?)\b)/g;
// "...on the same day as another attack: in Amalfi, a police helicopter was shot down": what a colon introduces
const ELABORATION = /:\s+(?=[^"“]*$)/g;

/** The parts of a clause at each place it may join acts of its own, in text order; the caller keeps those that do. */
export function coordinateParts(clause: Clause): Clause[] {
  const cuts: Array<{ at: number; from: number; relative: boolean; elided: boolean; resumes?: boolean }> = [];
  for (const [re, relative, elided] of [[NEW_SUBJECT, false, false], [SECOND_VERB, false, true], [SECOND_ACT, false, false], [RELATIVE, true, false], [ELABORATION, false, false]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(clause.text); m; m = re.exec(clause.text)) {
      if (m.index === 0) continue;
      cuts.push({ at: m.index, from: m.index + m[0].length, relative, elided });
      // "In Nanterre, where a teenager was shot dead on Tuesday, protesters set cars alight": the relative clause ends at its comma
      const end = relative ? clause.text.indexOf(',', m.index + m[0].length) : -1;
      if (end > 0) cuts.push({ at: end, from: end + 1, relative: false, elided: false, resumes: true });
    }
  }
  if (!cuts.length) return [clause];
  cuts.sort((a, b) => a.at - b.at);
  const whole = { start: clause.start, end: clause.start + clause.text.length };
  const parts: Clause[] = [];
  let from = 0;
  let flags = { relative: false, elided: false, resumes: false };
  let lastAt = -1;
  for (const cut of cuts) {
    // ", and the city of Derbent" after a relative clause: a new subject's comma may be the one that ends it
    if (cut.at === lastAt && cut.resumes) flags.resumes = true;
    if (cut.at <= from) continue;
    lastAt = cut.at;
    parts.push({ ...clause, text: clause.text.slice(from, cut.at), start: clause.start + from, whole, ...flags });
    from = cut.from;
    flags = { relative: cut.relative, elided: cut.elided, resumes: !!cut.resumes };
  }
  parts.push({ ...clause, text: clause.text.slice(from), start: clause.start + from, whole, ...flags });
  return parts;
}

/** Two parts read again as one. */
export const joinParts = (sentence: string, a: Clause, b: Clause): Clause =>
  ({ ...a, text: sentence.slice(a.start, b.start + b.text.length) });
