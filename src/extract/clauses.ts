// Splits a sentence into clauses at the connectives that join two incidents in one sentence
// ("The strikes come hours after a drone attack targeted a base"), so each clause reports at most one.
import { numberValue } from './rules/numbers.js';
import type { Shift } from '../resolve/time/relative-spans.js';

export interface Clause {
  text: string;
  /** offset inside the sentence */
  start: number;
  /** the clause was introduced by "after", "in response to"...: it names an earlier incident */
  antecedent: boolean;
  /** introduced by "in response to", "in retaliation for": the other clause answers this one */
  retaliation: boolean;
  /** "two days after": how many days before the main clause's incident this one happened */
  /** "X came two days after Y": how far before X's day Y was (days back, and how many of them it may span) */
  lag: Shift | null;
}

const CONNECTIVE =
  /(?:,\s*)?\b(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:hours?|days?|weeks?|minutes)\s+|(?:shortly|soon|not long|moments|just)\s+)?(?:after|before)\b(?!\s+(?:which|that|dawn|daybreak|sunrise|dusk|sunset|nightfall|dark|midnight|noon|midday)\b)|(?:,\s*)?\b(?:in (?:response|retaliation|answer|reply) (?:to|for)|responding to|responded to|answered(?!\s+with)|(?:was|were|came|as|be|is|are) (?:as )?(?:a |an |its |their )?(?:direct )?(?:response|answer|retaliation|reply) (?:to|for)|as retaliation for|retaliating for|following|(?:a|an|the|its|their)\s+(?:(?!(?:came|comes|come|was|were|is|are|be|been|in|as|and|or|that|which)\b)[\w'’-]+\s+){0,4}?(?:response|retaliation|reprisal|reply)\s+(?:by\s+[^,;]{1,60}?\s+)?(?:to|for))\b|;|(?:,\s*|^)\b(?:while|whereas)\b/gi;

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
    antecedent = /after|respon|retaliat|answer|reply|following/.test(word);
    retaliation = /respon|retaliat|answer|reply/.test(word);
    lag = antecedent ? lagOf(word) : null;
    start = m.index + m[0].length;
    // a fronted subordinate clause ("Not long after the drone attack, X claimed...") ends at its comma
    const comma = sentence.indexOf(',', start);
    if (m.index < 25 && comma > start) {
      clauses.push({ text: sentence.slice(start, comma), start, antecedent, retaliation, lag });
      start = comma + 1;
      antecedent = false;
      retaliation = false;
      lag = null;
      CONNECTIVE.lastIndex = start;
    }
  }
  if (start < sentence.length) clauses.push({ text: sentence.slice(start), start, antecedent, retaliation, lag });
  return clauses.filter((c) => /\w/.test(c.text));
}

/** "two days after" → 2, "a week after" → 7, "hours after" → 0; a bare "after" says nothing (null). */
function lagOf(connective: string): Shift | null {
  const m = /(?:(\w+)\s+)?(hours?|minutes|days?|weeks?)\s+after/.exec(connective);
  if (!m) return null;
  if (/hour|minute/.test(m[2]!)) return { days: 0, width: 0 };
  const unit = /week/.test(m[2]!) ? 7 : 1;
  const n = m[1] ? numberValue(m[1]) : null;
  if (n !== null) return { days: n * unit, width: 0 };
  // "only weeks after", "days after": some of them, two to six
  return m[1] && !/^(only|just|mere|some|several|few|a few)$/i.test(m[1]) ? null : { days: 6 * unit, width: 4 * unit };
}
