// The extractor, as an ordered list of stages (chrono-node style: parsers, then refiners):
//   read      article → sentences, focus countries, date expressions      (context.ts)
//   extract   sentence → clause → mentions by named rules                  (mentions.ts, rules/)
//   merge     mentions of one incident → one group                         (merge/within-article.ts)
//   resolve   group → event fields by explicit reconciliation rules        (merge/reconcile.ts)
//   refine    sides left unsaid, from the article's other incidents          (merge/article-sides.ts)
//   tallies   reported counts of incidents over a period                   (rules/tallies.ts)
import { findAttribution } from './rules/attribution.js';
import { findPlaces } from '../resolve/place/find-places.js';
import { addDays } from '../resolve/time/days.js';
import { groupMentions, type MentionGroup } from '../merge/within-article.js';
import { reconcile, type ArticleDefaults } from '../merge/reconcile.js';
import { fillSidesFromArticle } from '../merge/article-sides.js';
import type { Article, ArticleEvent, ArticleTally, EventType, Extraction, Mention } from '../types.js';
import { buildContext, narrativeDay, siteNear, type ArticleContext } from './context.js';
import { sentenceMentions } from './mentions.js';
import { findTallies } from './rules/tallies.js';

export function extractArticle(article: Article): Extraction {
  const ctx = buildContext(article);
  const mentions = ctx.sentences.flatMap((s) => sentenceMentions(ctx, s));
  const defaults: ArticleDefaults = {
    published: article.published,
    focus: eventCountries(mentions, ctx.focus),
    weapon: dominantWeapon(mentions),
    dayAt: (i) => narrativeDay(ctx, i)?.span ?? null,
    siteNear: (i, area) => siteNear(ctx, i, area),
  };
  const groups = groupMentions(mentions);
  const built = groups.map((g) => reconcile(g, defaults));
  const events = fillSidesFromArticle(linkRelated(groups, built).filter((e): e is ArticleEvent => e !== null));
  return { article, events, tallies: extractTallies(ctx), rejected: ctx.rejected };
}

/**
 * "The strikes were in response to the drone attack", "hours after a drone attack...": the event of
 * the main clause answers (retaliation_for) or follows the event of the clause introduced by the connective.
 */
function linkRelated(groups: MentionGroup[], events: Array<ArticleEvent | null>): Array<ArticleEvent | null> {
  const kept = events.filter((e): e is ArticleEvent => e !== null);
  const groupOf = (m: Mention) => groups.findIndex((g) => g.mentions.includes(m));
  const all = groups.flatMap((g) => g.mentions);
  for (const earlier of all.filter((m) => m.antecedent)) {
    for (const main of all.filter((m) => m.sentence === earlier.sentence && !m.antecedent && !m.casualtyOnly)) {
      const [from, to] = [events[groupOf(main)], events[groupOf(earlier)]];
      if (!from || !to || from === to) continue;
      const link = { type: earlier.retaliation ? ('retaliation_for' as const) : ('follows' as const), index: kept.indexOf(to) };
      if (!from.related.some((r) => r.index === link.index)) from.related.push(link);
    }
  }
  return events;
}

/** Where the article's incidents happen, most often first; the countries it names at all come after. */
function eventCountries(mentions: Mention[], focus: string[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.place?.country_code) counts.set(m.place.country_code, (counts.get(m.place.country_code) ?? 0) + 1);
  // a tie goes to the country the article names more as a place
  const rank = (cc: string) => (focus.includes(cc) ? focus.indexOf(cc) : focus.length);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0])).map(([cc]) => cc);
  return [...ranked, ...focus.filter((cc) => !ranked.includes(cc))];
}

function dominantWeapon(mentions: Mention[]): ArticleDefaults['weapon'] {
  const counts = new Map<string, { n: number; weapon: string; sub_event_type: string; event_type: EventType }>();
  for (const m of mentions) {
    if (!m.weapon) continue;
    const c = counts.get(m.weapon) ?? { n: 0, weapon: m.weapon, sub_event_type: m.sub_event_type, event_type: m.event_type };
    c.n++;
    counts.set(m.weapon, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best ? { weapon: best.weapon, sub_event_type: best.sub_event_type, event_type: best.event_type } : null;
}

function extractTallies(ctx: ArticleContext): ArticleTally[] {
  const out: ArticleTally[] = [];
  for (const s of ctx.sentences) {
    for (const t of findTallies(s.text)) {
      const dates = ctx.dates.get(s.index) ?? [];
      const start = dates.find((d) => d.periodStart && d.index > t.index - 20);
      const sinceThen = /\bsince (then|that (time|day|date))\b/i.test(s.text) ? narrativeDay(ctx, s.index) : null;
      // "in 2022, more than a hundred attacks": a year's count runs from its first day
      const year = /\bin ((?:19|20)\d\d)\b/.exec(s.text)?.[1];
      const since = t.daysBack !== null ? addDays(ctx.article.published, -t.daysBack) : start?.span.earliest ?? sinceThen?.span.earliest ?? (year ? `${year}-01-01` : null);
      const countries = [...new Set(findPlaces(s.text, { focus: ctx.focus, taken: [] }).map((p) => p.place.country_code).filter((c): c is string => !!c))];
      out.push({ count: t.count, what: t.what, scope_countries: countries, since, until: ctx.article.published, attribution: findAttribution(s.text).speaker, sentence: s });
    }
  }
  return out;
}
