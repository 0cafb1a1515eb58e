// The extractor, as an ordered list of stages (chrono-node style: parsers, then refiners):
//   read      article → sentences, focus countries, date expressions      (context.ts)
//   extract   sentence → clause → mentions by named rules                  (mentions.ts, rules/)
//   merge     mentions of one incident → one group                         (merge/within-article.ts)
//   resolve   group → event fields by explicit reconciliation rules        (merge/reconcile.ts)
//   refine    sides left unsaid, from the article's other incidents; an unnamed perpetrator (merge/article-sides.ts);
//             the lead incident's counts left untold, from the headline (merge/title-toll.ts)
//   tallies   reported counts of incidents over a period                   (tallies.ts, rules/tallies.ts)
import { groupMentions, type MentionGroup } from '../merge/within-article.js';
import { reconcile, remoteActType, type ArticleDefaults, type WeaponType } from '../merge/reconcile.js';
import { reportsUnrest, turnedViolent, waveMates } from '../merge/crowd-events.js';
import { noneForEach } from '../merge/none-for-each.js';
import { titleToll } from '../merge/title-toll.js';
import { fillSidesFromArticle, nameCountryGroups, nameGenericGroups, nameOperatingForces, nameUnknownPerpetrators, namePoliceFacingCrowds, nameUnnamedMilitants, nameUnsaidTargets } from '../merge/article-sides.js';
import { CROWD_KINDS, type Actor, type Article, type ArticleEvent, type Extraction, type Mention, type Rejection } from '../types.js';
import { articleActors, buildContext, narrativeDay, reportDay, retoldDay, sentenceActors, siteNear, waveDays } from '../extract/context.js';
import { sentenceMentions, someHarm, UNREST_LIST } from '../extract/mentions.js';
import { extractTallies } from '../extract/tallies.js';
import { countriesNamed } from '../resolve/place/find-places.js';

export function extractArticle(article: Article): Extraction {
  const ctx = buildContext(article);
  const read = ctx.sentences.flatMap((s) => sentenceMentions(ctx, s));
  // one test of a report of unrest for every stage that asks (x-reports-unrest), made without the unrest a
  // list of towns was told of, which only such a report keeps (u-unrest-list)
  const unlisted = read.filter((m) => !m.rules.includes(UNREST_LIST));
  const unrest = reportsUnrest(unlisted);
  const mentions = unrest ? read : unlisted;
  // acts that a count of incidents sums up, and headlines, make no event of their own
  const summedUp = summaryAt(mentions, ctx.rejected);
  const groups = onlyPointsBack(retold(groupMentions(mentions, new Set(ctx.sites.map((x) => x.sentence))).filter((g) => reportsIncident(g) && !pointsToSummary(g, summedUp)), ctx.rejected), ctx.rejected);
  // the places one sentence's protest wave was split into read the wave's acts (x-wave-acts)
  const mates = waveMates(groups);
  const defaults: ArticleDefaults = {
    published: article.published,
    focus: eventCountries(mentions, ctx.focus, () => countriesNamedIn(ctx)),
    weaponOf: (attacker, ownOnly, remoteActs) => attackerWeapon(mentions, attacker, ownOnly, remoteActs),
    dayAt: (i) => narrativeDay(ctx, i)?.span ?? null,
    waveAt: (i) => waveDays(ctx, i),
    reportDay: reportDay(ctx),
    retoldDay: retoldDay(ctx, new Set(mentions.map((m) => m.sentence.index))),
    siteNear: (sentences, area) => siteNear(ctx, sentences, area),
    unrest,
    actorsIn: (s) => sentenceActors(ctx, s),
    waveOf: (g) => mates.get(g) ?? [],
  };
  const read1 = turnedViolent(groups, groups.map((g) => reconcile(g, defaults) ?? unplaced(g, ctx.rejected)), (g) => reconcile(g, defaults));
  const built = noneForEach(read1.groups, read1.events);
  const linked = linkRelated(read1.groups, built).filter((e): e is ArticleEvent => e !== null);
  const named = [...ctx.actors.values()].flat().map((a) => a.actor);
  const sided = nameUnsaidTargets(nameCountryGroups(nameUnknownPerpetrators(nameOperatingForces(fillSidesFromArticle(nameGenericGroups(linked, named), unrest), (s) => sentenceActors(ctx, s), () => articleActors(ctx)), unrest, named), named), named);
  const events = titleToll(article, ctx.sentences, nameUnnamedMilitants(namePoliceFacingCrowds(sided, () => articleActors(ctx))));
  return { article, events, tallies: extractTallies(ctx), actors: ctx.actors, rejected: ctx.rejected };
}

/** An incident neither its sentences nor the article place in any country makes no event: said, for `sitrep explain`. */
function unplaced(g: MentionGroup, rejected: Rejection[]): null {
  const first = g.mentions.find((m) => !m.casualtyOnly) ?? g.mentions[0]!;
  rejected.push({ sentence: first.sentence, act: first.trigger, rule: 'n-no-place', reason: 'neither its sentence nor the article names a place or country the gazetteer knows, and every event needs one' });
  return null;
}

/**
 * A group reports an incident when one of its acts is told as one: not counted, not a headline, not a
 * bare figure; and not only "one of those strikes", pointing back with no day or place of its own to acts
 * a count summed up.
 */
function reportsIncident(g: MentionGroup): boolean {
  const summed = g.mentions[0]!.counted;
  return g.mentions.some((m) => !m.counted && !m.casualtyOnly && !m.headline && !(summed && m.anaphoric && !m.date && !m.place));
}

/**
 * "Gunmen attacked police in Novi Sad on Monday. ... The minister accused protesters of attacking police in
 * Novi Sad and Belgrade": a group told only as the object of a reaction, beside an incident the article tells
 * itself (before or after it: a lead may open with the reaction), is that reaction's view of what was told,
 * not another incident; told alone it is the report.
 */
function retold(groups: MentionGroup[], rejected: Rejection[]): MentionGroup[] {
  const onlyReaction = (g: MentionGroup) => g.mentions.every((m) => m.reaction || m.casualtyOnly);
  const told = groups.filter((g) => !onlyReaction(g));
  // ("condemned the attacks on Daffo, Manguna and Hurti on April 2", "condemned an attack which killed four
  // police": a reaction that names new places, its own day or a toll tells what the article told nowhere else;
  // the day it was said on, "the president voiced regret on Wednesday", is the reaction's, not the act's)
  const ownSetting = (g: MentionGroup) => g.mentions.some((m) => (m.date?.text && !m.dateSaid) || someHarm(m.fatalities) || someHarm(m.injured) || (m.place && m.place.geo_precision < 3 && !told.some((t) => t.mentions.some((x) => x.place?.name === m.place!.name))));
  return groups.filter((g) => {
    if (!onlyReaction(g) || ownSetting(g) || told.length === 0) return true;
    const m = g.mentions.find((x) => !x.casualtyOnly)!;
    rejected.push({ sentence: m.sentence, act: m.trigger, rule: 'n-reaction', reason: 'the object of a reaction ("accused protesters of attacking police", "condemned the attacks") after an incident the article told is a retelling, not another incident' });
    return false;
  });
}

/**
 * "Soldiers came under attack while heading up a hill" (a dek) ... "Three soldiers were killed when the group ambushed
 * them in Al-Barka on Thursday" ... "the motive for the surprise attack": violence told only in a line no full stop
 * closes and in words that point back ("the surprise attack"), with no day or place of their own, beside an incident
 * told in full of the same kind of act or against the same side, is the headline of that incident told again
 * (n-points-back). A crowd's headline is left to `pointsAhead`, which places it at the protest told next.
 */
function onlyPointsBack(groups: MentionGroup[], rejected: Rejection[]): MentionGroup[] {
  const bare = (g: MentionGroup) => g.mentions.some((m) => m.headline) && g.mentions.every((m) => m.headline || m.casualtyOnly || (m.anaphoric && !m.date && !m.place));
  const told = groups.filter((g) => !bare(g));
  return groups.filter((g) => {
    const acts = g.mentions.filter((m) => !m.casualtyOnly);
    if (!bare(g) || acts.some((m) => CROWD_KINDS.has(m.kind))) return true;
    if (!told.some((o) => o.mentions.some((x) => !x.casualtyOnly && acts.some((m) => m.kind === x.kind || sharesSide(m, x))))) return true;
    const m = acts.find((x) => !x.headline) ?? acts[0]!;
    rejected.push({ sentence: m.sentence, act: m.trigger, rule: 'n-points-back', reason: 'violence told only in a headline and in words that point back ("the attack"), with no day or place of its own, beside an incident of its kind or against its side told in full, is that incident told again' });
    return false;
  });
}
/** Either side of one act is a side of the other, or both fall on civilians. */
const sharesSide = (a: Mention, b: Mention): boolean => {
  const sides = (m: Mention) => [m.actor1, m.actor2].filter((x): x is NonNullable<Mention['actor1']> => !!x);
  return sides(a).some((x) => sides(b).some((y) => x.name === y.name || (x.type === 'civilians' && y.type === 'civilians')));
};

// the judgements that a candidate sums up many acts rather than reporting one
// (and the figures of statistics: a share of a tally, a count of operations, what a place recorded)
const SUMMARY_RULES = new Set(['j-summary', 'n-generic-count', 'n-times', 'n-since', 'n-toll-summary', 'n-repeated', 'n-habitual', 'n-durative',
  'n-share-toll', 'n-percent-change', 'n-total-covers', 'n-operations-count', 'n-share-of-dead', 'n-recorded-count', 'n-act-count']);

/** The first sentence that sums up many acts (a count, a span, a campaign), or Infinity. */
function summaryAt(mentions: Mention[], rejected: Extraction['rejected']): number {
  const at = [...rejected.filter((r) => SUMMARY_RULES.has(r.rule)).map((r) => r.sentence.index), ...mentions.filter((m) => m.counted).map((m) => m.sentence.index)];
  return Math.min(Infinity, ...at);
}

/**
 * "The regime launched 409 attacks... One civilian was killed in the junta attacks", "drone strikes killed
 * 1,243 people between March and January... 738 were wounded in the strikes": acts that only point back,
 * with no day or place of their own, after a summary and to no incident told, are the summary's.
 */
function pointsToSummary(g: MentionGroup, summedUp: number): boolean {
  // ("after the drone attack": one act pointed back to is an incident the article told, if only in its title)
  const first = g.mentions[0]!;
  return first.sentence.index >= summedUp && /s$/i.test(first.trigger) && g.mentions.every((m) => m.casualtyOnly || (m.anaphoric && !m.date && !m.place));
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

/**
 * Where the article's incidents happen, most often first; the countries it names at all come after; in an
 * article that names no place at all, the country whose forces police its crowds (x-police-home).
 */
function eventCountries(mentions: Mention[], focus: string[], namedAnywhere: () => string[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.place?.country_code) counts.set(m.place.country_code, (counts.get(m.place.country_code) ?? 0) + 1);
  // a tie goes to the country the article names more as a place
  const rank = (cc: string) => (focus.includes(cc) ? focus.indexOf(cc) : focus.length);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0])).map(([cc]) => cc);
  const countries = [...ranked, ...focus.filter((cc) => !ranked.includes(cc))];
  if (countries.length) return countries;
  const home = policeHome(mentions);
  return home.length ? home : namedAnywhere();
}

/**
 * x-named-country: "France: violent clashes at the reservoir protest", "Peshawar [Pakistan], September 4: ... a
 * deadly attack on the Constabulary headquarters": a story whose places the gazetteer does not know, that names a
 * country as a country, and only one (in its title or its text, if only as a possessive or a dateline), is set in that country;
 * a people's word ("Chilean troops") is not enough: it names a party, which may act abroad.
 */
function countriesNamedIn(ctx: ReturnType<typeof buildContext>): string[] {
  // ("in countries such as Nepal and Madagascar": a story naming two says not which one it is in)
  const named = new Set([ctx.article.title ?? '', ...ctx.sentences.map((s) => s.text)].flatMap((t) => countriesNamed(t)));
  return named.size === 1 ? [...named] : [];
}

/**
 * "Argentine security forces fired teargas at demonstrators outside Congress": a story that names no place
 * is set where its state forces meet a crowd, or where its police act; a country's police work at home, and
 * so do forces that face its protesters (an army's other acts may be abroad).
 */
function policeHome(mentions: Mention[]): string[] {
  const home = mentions.flatMap((m) => [m.actor1, m.actor2, ...m.assoc1, ...m.assoc2]
    .filter((a): a is Actor => !!a?.country && (a.name.startsWith('Police Forces of') || (CROWD_KINDS.has(m.kind) && a.name.startsWith('Military Forces of'))))
    .map((a) => a.country!));
  return [...new Set(home)].slice(0, 1);
}

/**
 * What a bare act of this attacker most likely used: the weapon the article names most with its acts
 * ("US strikes" in a report of Houthi missiles and US jets came from the air), else the one it names most
 * (unless only its own will do: reconcile.ts x-strike-own-weapon).
 */
function attackerWeapon(mentions: Mention[], attacker: Actor | null, ownOnly = false, remoteActs = false): WeaponType | null {
  const named = !!attacker && attacker.type !== 'unknown';
  const own = named ? dominantWeapon(mentions.filter((m) => m.actor1?.name === attacker.name), remoteActs) : null;
  // another side's weaponless strikes say nothing of how a named attacker fought (x-remote-acts-weapon)
  return own ?? (ownOnly && named ? null : dominantWeapon(mentions, remoteActs && !named));
}

function dominantWeapon(mentions: Mention[], remoteActs: boolean): WeaponType | null {
  const named = mostTold(mentions.map((m) => (m.weapon ? { weapon: m.weapon, sub_event_type: m.sub_event_type, event_type: m.event_type } : null)));
  const best = named ?? (remoteActs ? mostTold(mentions.map(remoteActType)) : undefined);
  // an article that tells fighting more often than any weapon: a bare killing in it is the fighting's
  const fighting = mentions.filter((m) => m.kind === 'clash' && !m.weapon).length;
  return best && best.n >= fighting ? { weapon: best.weapon, sub_event_type: best.sub_event_type, event_type: best.event_type } : null;
}

function mostTold(types: Array<WeaponType | null>): (WeaponType & { n: number }) | undefined {
  const counts = new Map<string, WeaponType & { n: number }>();
  for (const t of types) {
    if (!t) continue;
    const key = t.weapon ?? t.sub_event_type;
    const c = counts.get(key) ?? { ...t, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0];
}
