// Casualty phrases → ranges: "killed 3", "at least 12 dead", "several injuries", "no casualties",
// "three U.S. service members were hurt". Each pattern is one named rule; when a text gives several
// figures for the same count, the larger lower bound wins (later tolls usually grow).
import type { Range } from '../../types.js';
import { NUMBER_SOURCE as N, QUANTIFIER_SOURCE as Q, numberValue, toRange } from './numbers.js';

export interface Casualties {
  fatalities: Range | null;
  injured: Range | null;
  rules: string[];
}

const KILL = String.raw`(?:killed|killing|kills|kill|left dead|leaving dead|claimed the lives of|martyred|eliminated)`;
const HURT = String.raw`(?:wounded|wounding|wounds|injured|injuring|injures|hurt|hospitali[sz]ed|taken to hospital)`;
const NOUNS = String.raw`(?:[\w.'’-]+\s+){0,4}?`;
// one person named by a noun: "killing a Hezbollah fighter", "a civilian mariner was severely injured"
const PERSON = String.raw`(?:a|an)\s+(?!number\b|few\b|dozen\b|hundred\b|total\b)(?:[\w'’-]+\s+){0,3}?(?:civilian|soldier|man|woman|child|boy|girl|person|fighter|member|commander|leader|officer|policeman|policewoman|guard|journalist|worker|farmer|student|resident|teenager|militant|official|driver|mariner|sailor|seafarer|protester|demonstrator|pilot|doctor|medic|paramedic|villager)`;
// "no damage to the vessel or injuries to personnel", "neither attack caused injuries": a negation before the count, in its clause
const NONE_BEFORE = String.raw`\b(?:no|neither|nor|without)\s+(?:[^.;,]{0,40}?\s)?`;

interface CasualtyRule {
  id: string;
  re: RegExp;
  kind: 'fatalities' | 'injured' | 'both';
  /** capture groups: quantifier, number; or a fixed range */
  fixed?: Range;
}

export const casualtyRules: CasualtyRule[] = [
  { id: 'c-none-casualties', kind: 'both', re: /\b(no|neither|without|not cause any|did not cause any) (damage or )?(casualties|casualties or damage|injuries or casualties|casualties nor|loss of life)\b|\bno one was (hurt|killed|injured)\b/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  { id: 'c-none-injured', kind: 'injured', re: /\b(no|neither|nor|without) (reported )?(damage or |damage and )?(injuries|injured|wounded)\b|\b(nobody|no one|none) (was|were) (hurt|injured|wounded)\b|\bnobody was hurt\b|\bno (one|personnel|people) (was |were )?(injured|hurt)\b|\bleft no one injured\b|\bnobody was injured\b|\bno reports of (damage or )?injur(y|ies)\b|\bwas injured\b(?=[^.]*\bnobody\b)/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  { id: 'c-none-killed', kind: 'fatalities', re: /\b(no (deaths|fatalities)|no one was killed|nobody was killed)\b/gi, fixed: { best: 0, low: 0, high: 0, text: null } },
  { id: 'c-none-before-casualties', kind: 'both', re: new RegExp(String.raw`${NONE_BEFORE}casualties\b`, 'gi'), fixed: { best: 0, low: 0, high: 0, text: null } },
  { id: 'c-none-before-injured', kind: 'injured', re: new RegExp(String.raw`${NONE_BEFORE}(?:injuries|injured|wounded|hurt)\b`, 'gi'), fixed: { best: 0, low: 0, high: 0, text: null } },
  { id: 'c-kill-person', kind: 'fatalities', re: new RegExp(String.raw`\b${KILL}\s+${PERSON}s?\b(?!\s+(?:of|and)\b)`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "kills Hamas chief Ismail Haniyeh", "killed Yevgeny Perder": one person named
  { id: 'c-kill-named', kind: 'fatalities', re: new RegExp(String.raw`\b${KILL}\s+(?:(?:the\s+)?(?:[\p{Lu}][\w'’-]*\s+){0,2}(?:top\s+|senior\s+|deputy\s+|local\s+)?(?:chief|commander|leader|head|official|spokesman|journalist|activist|lawyer|candidate|mayor|governor|general|colonel|commissioner)\s+)?\p{Lu}\p{Ll}+(?:\s+(?:al-|bin\s+|ibn\s+)?\p{Lu}\p{Ll}+){1,2}\b(?!\s+(?:militants|fighters|soldiers|members|troops|forces|rebels|insurgents|supporters|officials|civilians|people|residents|gunmen|policemen|officers))`, 'gu'), fixed: { best: 1, low: 1, high: 1, text: null } },
  // "the bodies of five men were found": a count of the dead
  { id: 'c-bodies', kind: 'fatalities', re: new RegExp(String.raw`\b(?:bodies|corpses|remains)\s+of\s+(?:(${Q})\s+)?(${N})\b`, 'gi') },
  // "Meir Tamari, 32, was killed": one named person, with an age
  { id: 'c-named-age-killed', kind: 'fatalities', re: /\p{Lu}\p{Ll}+,\s+\d{1,3},\s+(?:was|has been|had been)\s+(?:shot dead|killed|stabbed to death)\b/gu, fixed: { best: 1, low: 1, high: 1, text: null } },
  { id: 'c-person-killed', kind: 'fatalities', re: new RegExp(String.raw`(?<![\w,]\s)\b${PERSON}\s+(?:was|has been|had been)\s+(?:shot dead|killed)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  { id: 'c-person-hurt', kind: 'injured', re: new RegExp(String.raw`(?<![\w,]\s)\b${PERSON}\s+(?:was\s+)?(?:(?:seriously|critically|severely|slightly|lightly)\s+)?(?:wounded|injured|hurt)\b`, 'gi'), fixed: { best: 1, low: 1, high: 1, text: null } },
  { id: 'c-some-injuries', kind: 'injured', re: /(?<!\b(?:no|neither|nor|not|never|without)\b[^.;,]{0,40})\b(caused|causing|resulting in|resulted in|left|leaving|with) (some |minor |several |multiple )?(injuries|casualties)\b|\bminor injuries\b/gi, fixed: { best: null, low: 1, high: null, text: null } },
  // "killed 47 soldiers and 84 fighters": the second figure (group 3) adds to the first
  { id: 'c-kill-n', kind: 'fatalities', re: new RegExp(String.raw`\b${KILL}\s+["“]?(?:(${Q})\s+)?(${N})\b(?!\s*(?:%|percent|km|kilomet|miles|years|days|hours|attacks|strikes|drones|missiles|rockets))(?:\s+(?:[\w.'’-]+\s+){1,3}?and\s+(?:at least\s+)?(\d+(?:,\d{3})*)\s+[A-Za-z])?`, 'gi') },
  // "at least 47 soldiers and 84 Wagner mercenaries dead", "six NPA members and a soldier were killed":
  // two figures for one toll (group 3 adds)
  { id: 'c-n-and-m-killed', kind: 'fatalities', re: new RegExp(String.raw`(?<!\bno\s)\b(?:(${Q})\s+)?(${N}|an?)(?!\s+(?:days?|weeks?|hours?|months?|years?|times)\b)\s+(?:[\w.'’()-]+\s+){1,7}?and\s+(?:at least\s+)?(${N}|an?)\s+(?:[\w.'’-]+\s+){1,3}?(?:were\s+|had been\s+|have been\s+)?(?:killed|dead)\b`, 'gi') },
  { id: 'c-n-killed', kind: 'fatalities', re: new RegExp(String.raw`(?<!\bno\s)\b(?:(${Q})\s+)?(${N})\s+${NOUNS}(?:[\w.'’-]+,[^,]{0,60},\s*)?(?:were|was|have been|had been|are|being|been)?\s*(?:killed|dead|died|deaths|fatalities|lives|martyred|eliminated)\b`, 'gi') },
  // "put the number killed in the strike at 85"
  { id: 'c-put-toll', kind: 'fatalities', re: new RegExp(String.raw`\b(?:put|puts|putting|placed|places|estimated|estimates)\s+the\s+(?:death\s+toll|toll|number\s+(?:of\s+)?(?:people\s+)?(?:killed|dead|deaths|victims))(?:\s+[\w'’-]+){0,6}?\s+at\s+(?:(${Q})\s+)?(${N})\b`, 'gi') },
  { id: 'c-death-toll', kind: 'fatalities', re: new RegExp(String.raw`\b(?:death toll|toll)\s+(?:\w+\s+){0,3}?(?:at|of|to|rose to|reached)\s+(?:(${Q})\s+)?(${N})\b`, 'gi') },
  { id: 'c-hurt-n', kind: 'injured', re: new RegExp(String.raw`\b${HURT}\s+(?:(${Q})\s+)?(${N})\b(?!\s*(?:%|percent|km|years|days|hours|attacks))`, 'gi') },
  { id: 'c-n-hurt', kind: 'injured', re: new RegExp(String.raw`(?<!\bno\s)\b(?:(${Q})\s+)?(${N})\s+${NOUNS}(?:were|was|have been|had been|are|being|been)?\s*(?:(?:seriously|critically|slightly|lightly)\s+)?(?:wounded|injured|hurt|injuries|hospitali[sz]ed|taken to hospital|diagnosed with)\b`, 'gi') },
];

const CRITICAL_ONLY = /^(one|1)\s+(critically|seriously)/i;

export function findCasualties(text: string): Casualties {
  const out: Casualties = { fatalities: null, injured: null, rules: [] };
  for (const rule of casualtyRules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (CRITICAL_ONLY.test(m[0]) && out.injured) continue; // "three hurt, one critically" counts three
      const range = rule.fixed ? { ...rule.fixed, text: m[0] } : withSecondFigure(toRange(m[1], oneFor(m[2]!), m[0]), m[3]);
      if (rule.kind !== 'injured') out.fatalities = larger(out.fatalities, range);
      if (rule.kind !== 'fatalities') out.injured = larger(out.injured, range);
      out.rules.push(rule.id);
    }
  }
  return out;
}

// "a soldier": one
const oneFor = (word: string): string => (/^an?$/i.test(word) ? 'one' : word);

function withSecondFigure(r: Range, second: string | undefined): Range {
  const n = second ? numberValue(oneFor(second)) : null;
  if (n === null || r.best === null) return r;
  return { ...r, best: r.best + n, low: r.low === null ? null : r.low + n, high: r.high === null ? null : r.high + n };
}

/** The more informative of two figures for one count: a real figure beats "none", a larger bound beats a smaller. */
export function larger(a: Range | null, b: Range | null): Range | null {
  if (!a) return b;
  if (!b) return a;
  const key = (r: Range) => r.best ?? r.low ?? -1;
  return key(b) > key(a) ? b : a;
}
