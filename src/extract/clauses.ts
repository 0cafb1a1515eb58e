// Splits a sentence into clauses at the connectives that join two incidents in one sentence
// ("The strikes come hours after a drone attack targeted a base"), so each clause reports at most one.
export interface Clause {
  text: string;
  /** offset inside the sentence */
  start: number;
  /** the clause was introduced by "after", "in response to"...: it names an earlier incident */
  antecedent: boolean;
  /** introduced by "in response to", "in retaliation for": the other clause answers this one */
  retaliation: boolean;
}

const CONNECTIVE =
  /(?:,\s*)?\b(?:(?:hours|days|weeks|minutes|shortly|soon|not long|a day|a week|moments|just)\s+)?(?:after|before)\b(?!\s+(?:which|that)\b)|(?:,\s*)?\b(?:in (?:response|retaliation|answer|reply) (?:to|for)|responding to|responded to|answered|(?:was|were|came|as|be|is|are) (?:as )?(?:a |an |its |their )?(?:direct )?(?:response|answer|retaliation|reply) (?:to|for)|as retaliation for|retaliating for|following|(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:response|retaliation|reprisal|reply)\s+(?:by\s+[^,;]{1,60}?\s+)?(?:to|for))\b|;|(?:,\s*|^)\b(?:while|whereas)\b/gi;

export function splitClauses(sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let antecedent = false;
  let retaliation = false;
  CONNECTIVE.lastIndex = 0;
  for (let m = CONNECTIVE.exec(sentence); m; m = CONNECTIVE.exec(sentence)) {
    if (m.index > start) clauses.push({ text: sentence.slice(start, m.index), start, antecedent, retaliation });
    const word = m[0].toLowerCase();
    antecedent = /after|respon|retaliat|answer|reply|following/.test(word);
    retaliation = /respon|retaliat|answer|reply/.test(word);
    start = m.index + m[0].length;
    // a fronted subordinate clause ("Not long after the drone attack, X claimed...") ends at its comma
    const comma = sentence.indexOf(',', start);
    if (m.index < 25 && comma > start) {
      clauses.push({ text: sentence.slice(start, comma), start, antecedent, retaliation });
      start = comma + 1;
      antecedent = false;
      retaliation = false;
      CONNECTIVE.lastIndex = start;
    }
  }
  if (start < sentence.length) clauses.push({ text: sentence.slice(start), start, antecedent, retaliation });
  return clauses.filter((c) => /\w/.test(c.text));
}
