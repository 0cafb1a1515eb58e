// x-title-toll: a headline's toll ("Ambush leaves 13 police officers dead and 2 injured", "Lakurawa kills 6,
// injures 1 in Tangaza") is the toll of the incident the story opens with. The headline is never read as a
// sentence (context.ts drops it and the body's copy of it), and a lead often tells the act but leaves its count
// to the headline, or gives it in words read as a summary; so the lead's incident takes the headline's figure
// for a count it has none of. A figure the body gives that incident, "no casualties" too, always wins, and an
// incident first told further down the story is another one than the headline's.
import { findCasualties } from '../extract/rules/casualties.js';
import { untold } from '../extract/rules/numbers.js';
import type { Article, ArticleEvent, Range, Sentence } from '../types.js';

// what a headline tells of several acts or a stretch of time is no one incident's toll ("Two separate attacks
// leave 19 dead", "Violence since May has killed 200", "fighting has killed thousands")
const NOT_ONE_INCIDENT = /\b(?:separate|since|so far|this year|in (?:two|three|four|five|six|several|multiple) (?:attacks|strikes|incidents))\b|\b(?:thousands|hundreds)\b/i;
// the story's lead: its first two sentences (a dek or a dateline line may come first)
const LEAD_SENTENCES = 2;

/**
 * The incident the lead tells: the event with an act (not only a toll) in the lead's sentences, the first told
 * there, one placed at a site before one told only of a region or the country ("A deadly attack in Benin." is
 * a dek, the incident the one placed at the park).
 */
function leadEvent(events: ArticleEvent[], lead: Set<number>): ArticleEvent | undefined {
  const first = (e: ArticleEvent) => Math.min(...e.mentions.filter((m) => !m.casualtyOnly).map((m) => m.sentence.index));
  const vague = (e: ArticleEvent) => (e.location.geo_precision >= 3 ? 1 : 0);
  return events.filter((e) => e.mentions.some((m) => !m.casualtyOnly && lead.has(m.sentence.index))).sort((a, b) => vague(a) - vague(b) || first(a) - first(b))[0];
}

/** The lead incident with the counts it lacks filled from the headline. */
export function titleToll(article: Article, sentences: Sentence[], events: ArticleEvent[]): ArticleEvent[] {
  const title = article.title ?? '';
  if (!title || NOT_ONE_INCIDENT.test(title)) return events;
  const said = findCasualties(title);
  if (!said.fatalities && !said.injured) return events;
  const lead = leadEvent(events, new Set(sentences.slice(0, LEAD_SENTENCES).map((s) => s.index)));
  const fill = (own: Range, headline: Range | null): Range => (!untold(own) || !headline ? own : headline);
  return events.map((e) => (e === lead ? { ...e, fatalities: fill(e.fatalities, said.fatalities), injured: fill(e.injured, said.injured) } : e));
}
