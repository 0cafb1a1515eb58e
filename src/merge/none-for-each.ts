// "Neither attack was reported to have caused injuries", "four attacks hit U.S. forces, but no casualties
// resulted": a toll of none told of several acts is each act's, not only the one incident its mention
// joined. Figures of harm never spread this way: "two attacks left 19 dead" is no one incident's toll.
import { untold } from '../extract/rules/numbers.js';
import type { ArticleEvent, Mention, Range } from '../types.js';
import type { MentionGroup } from './within-article.js';

// acts told as several: "neither attack", "both assaults", "the rocket attacks", "four attacks"
const ACT = String.raw`(?:attack|assault|strike|airstrike|bombing|blast|explosion|raid|incident|ambush)`;
const SEVERAL_ACTS = new RegExp(String.raw`\b(?:neither|both|either|none\s+of\s+the|each\s+of\s+the)\s+(?:[\w-]+\s+)?${ACT}(?:s|es)?\b|\b(?:the|two|three|four|five|six|seven|eight|nine|ten|several|multiple|all)\s+(?:[\w-]+\s+){0,2}?${ACT}(?:s|es)\b`, 'i');

// x-none-too: "Here too, no injuries were reported", "no one was hurt there either": a toll of none that says the
// acts before it had none as well covers each of them, wherever in the story they were told
const TOO = /\b(?:here|there)\s+(?:too|again|as\s+well)\b|\b(?:hurt|injured|killed|wounded|harmed|casualties)\s+(?:there\s+|this\s+time\s+)?either\b/i;

const none = (r: Range | null): boolean => !!r && r.best === 0 && (r.high ?? 0) === 0;

/**
 * A mention that says no one was hurt (or killed) of several acts: its sentence names them as several
 * ("neither attack"), or it is a bare toll right after a sentence that told several incidents ("Explosions
 * hit X, Y and Z. No injuries were reported.").
 */
function ofSeveral(m: Mention, groups: MentionGroup[]): boolean {
  if (!none(m.fatalities) && !none(m.injured)) return false;
  if (SEVERAL_ACTS.test(m.sentence.text) || TOO.test(m.sentence.text)) return true;
  const before = m.sentence.index - 1;
  return !!m.casualtyOnly && groups.filter((g) => g.mentions.some((x) => !x.casualtyOnly && x.sentence.index === before && x.sentence.paragraph === m.sentence.paragraph)).length >= 2;
}

/**
 * The incidents a toll of none told of several acts covers: those told in its paragraph up to its
 * sentence ("On July 25 rockets hit A and B. More hit B on July 26. Neither attack caused injuries"), or in the
 * story before it when it says they had none "too" (x-none-too), and,
 * when it gives its own day ("Late on November 23, four attacks hit..."), those of that day told anywhere.
 */
const covers = (m: Mention, g: MentionGroup, e: ArticleEvent): boolean =>
  g.mentions.some((x) => (x.sentence.paragraph === m.sentence.paragraph || TOO.test(m.sentence.text)) && x.sentence.index <= m.sentence.index) ||
  (!!m.date && m.date.precision === 1 && e.date.precision === 1 && e.date.date === m.date.date);

/** Each incident a toll of none of several acts covers, with no figure of its own, takes that none. */
export function noneForEach(groups: MentionGroup[], events: Array<ArticleEvent | null>): Array<ArticleEvent | null> {
  const said = groups.flatMap((g) => g.mentions).filter((m) => ofSeveral(m, groups));
  if (!said.length) return events;
  return events.map((e, i) => {
    if (!e) return e;
    const by = said.filter((m) => covers(m, groups[i]!, e));
    const fatal = by.find((m) => none(m.fatalities));
    const hurt = by.find((m) => none(m.injured));
    const fatalities = fatal && untold(e.fatalities) ? { ...fatal.fatalities! } : e.fatalities;
    const injured = hurt && untold(e.injured) ? { ...hurt.injured! } : e.injured;
    return fatalities === e.fatalities && injured === e.injured ? e : { ...e, fatalities, injured };
  });
}
