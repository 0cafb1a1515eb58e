// Compiles the TSV lexicons in data/lexicons/ into regular expressions, once. Every row needs an id and
// a reason, the way compromise's rules do: a rule nobody can explain is a rule nobody can maintain.
import { readTsv } from '../util/data-files.js';

export interface LexRule {
  id: string;
  re: RegExp;
  fields: string[];
}

const cache = new Map<string, LexRule[]>();

/** Consecutive rules of a lexicon, with one expression that matches where any of them does. */
interface RuleGroup {
  screen: RegExp;
  rules: LexRule[];
}
// Most texts match no rule of a lexicon and are turned away by one search per group instead of one per
// rule; a text that does match runs only the rules of the groups that matched, each from where its group
// first did (no rule of the group matches earlier). Groups, not one expression for the whole lexicon:
// V8 compiles an alternation in time that grows faster than its length (80 rules in one took a second,
// in groups of ten a fifth of that, paid again in every process), and one expression let every rule of
// a lexicon run on any text that matched one of them.
const GROUP_SIZE = 10;
const groups = new Map<string, RuleGroup[]>();

/** Rows of data/lexicons/<name>.tsv: id, pattern, ...fields; the last field is the reason. */
export function lexicon(name: string): LexRule[] {
  let rules = cache.get(name);
  if (rules) return rules;
  rules = readTsv(`lexicons/${name}.tsv`).map((row) => {
    const [id, pattern, ...fields] = row;
    if (!id || !pattern || fields.length === 0 || !fields[fields.length - 1]) {
      throw new Error(`data/lexicons/${name}.tsv: row ${id ?? '?'} needs an id, a pattern and a reason`);
    }
    return { id, re: new RegExp(`\\b(?:${pattern})\\b`, 'gi'), fields };
  });
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new Error(`data/lexicons/${name}.tsv: duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  cache.set(name, rules);
  const grouped: RuleGroup[] = [];
  for (let i = 0; i < rules.length; i += GROUP_SIZE) {
    const some = rules.slice(i, i + GROUP_SIZE);
    grouped.push({ screen: new RegExp(some.map((r) => r.re.source).join('|'), 'gi'), rules: some });
  }
  groups.set(name, grouped);
  return rules;
}

export interface LexMatch {
  rule: LexRule;
  index: number;
  text: string;
}

/** Every match of every rule of a lexicon in `text`, in text order. */
export function matchAll(name: string, text: string): LexMatch[] {
  lexicon(name);
  const out: LexMatch[] = [];
  for (const group of groups.get(name)!) {
    group.screen.lastIndex = 0;
    const first = group.screen.exec(text);
    if (!first) continue;
    for (const rule of group.rules) {
      // a match of a rule does not depend on where the search starts: \b and look-behinds see the whole text
      rule.re.lastIndex = first.index;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        out.push({ rule, index: m.index, text: m[0] });
        if (m[0].length === 0) rule.re.lastIndex++;
      }
    }
  }
  // stable: rules that match the same text at one place keep their order in the lexicon
  return out.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}

/** The reason column of a lexicon's rule, by id. */
export const reasonOf = (name: string, id: string): string => {
  const rule = lexicon(name).find((r) => r.id === id);
  return rule ? rule.fields[rule.fields.length - 1]! : id;
};

export const anyMatch = (name: string, text: string): LexMatch | undefined => matchAll(name, text)[0];

/** The words that name a crowd: where a clash is sorted into the protest told with it, and who faces security forces. */
export const CROWD_NOUNS = String.raw`(protesters|demonstrators|rioters|mobs?|crowds?)`;

/**
 * People who are no armed side by name: a party's or a leader's supporters, students, residents. Fighting,
 * they are a crowd fighting ("supporters clashed with police", "clashes between students and residents").
 */
export const PEOPLE_NOUNS = String.raw`(supporters|backers|followers|loyalists|partisans|party (members|workers|activists|cadres)|activists|cadres|youths|young (men|people)|students|residents|locals|fans|workers|traders|vendors|shopkeepers|merchants|strikers|worshippers|mourners)`;
