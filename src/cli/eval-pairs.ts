// What `sitrep eval --together` lists beside dedupe_f1: the incidents gold tells of in several articles
// that the database kept as several events, and the events that joined mentions of different incidents,
// each mention shown by its article's report (day, place, sides, type, weapon, toll) so that what kept
// them apart or joined them can be read off. Gold mentions are matched to events as the scorer
// (shared/eval/score.mjs) matches them, so the pairs listed are the ones its dedupe figures count.
import { km } from '../merge/compatibility.js';
import type { ExportEvent, Place, Range } from '../types.js';

/** A gold event as GOLD.md writes it: the fields the scorer's matching reads. */
export interface GoldEvent {
  label?: string;
  incident?: string;
  optional?: boolean;
  event_type?: string | string[] | null;
  sub_event_type?: string | string[] | null;
  date_earliest: string;
  date_latest?: string | null;
  actor1?: string | string[] | null;
  actor2?: string | string[] | null;
  location?: { lat?: number; lon?: number; country_code?: string; geo_precision?: number; max_km?: number } | null;
  fatalities?: { low?: number | null; high?: number | null } | null;
  injured?: { low?: number | null; high?: number | null } | null;
  status?: string | string[] | null;
}

export interface GoldArticle {
  article_id: string;
  events: GoldEvent[];
}

/** A gold mention of an incident and the event it was matched to. */
export interface Mention {
  article_id: string;
  label: string;
  incident: string;
  event: ExportEvent;
}

// --- the scorer's matching, field for field ---
const norm = (s: string | null | undefined): string =>
  (s ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`.]/g, '').replace(/[^a-z0-9]+/g, ' ').replace(/\b(the|al|el)\b/g, ' ').replace(/\s+/g, ' ').trim();
const asList = <T>(v: T | T[] | null | undefined): T[] | null => (v == null ? null : Array.isArray(v) ? v : [v]);
const day = (s: string | null | undefined): number => (s ? Date.parse(s.slice(0, 10) + 'T00:00:00Z') / 86400000 : NaN);
type Point = { lat?: number | null; lon?: number | null };
const hasCoords = <T extends Point>(p: T | null | undefined): p is T & { lat: number; lon: number } => !!p && Number.isFinite(p.lat) && Number.isFinite(p.lon);
const listOk = (g: string | string[] | null | undefined, v: string | null): boolean => !!asList(g)?.some((x) => norm(x) === norm(v));
function actorOk(g: string | string[] | null | undefined, p: ExportEvent, which: 'actor1' | 'actor2'): boolean {
  const names = asList(g);
  if (!names) return false;
  const cands = [p[which], ...((which === 'actor1' ? p.assoc_actors1 : p.assoc_actors2) ?? [])].filter((a) => !!a?.name);
  return cands.some((a) => names.some((n) => norm(n) === norm(a!.name)));
}
function placeOk(g: GoldEvent['location'], p: Place | null): boolean {
  if (!g || !p) return false;
  const prec = g.geo_precision ?? 1;
  if (prec >= 3 || !hasCoords(g)) return !!p.country_code && norm(p.country_code) === norm(g.country_code);
  return hasCoords(p) && km(g, p) <= (g.max_km ?? (prec === 1 ? 25 : 60));
}
function rangeOk(g: GoldEvent['fatalities'], r: Range | null): boolean {
  if (!g) return false;
  const best = r?.best ?? null;
  if (g.low == null && g.high == null) return best == null;
  if (best == null) return r?.low != null && r.low >= (g.low ?? 0) && (g.high == null || r.low <= g.high);
  return best >= (g.low ?? 0) && (g.high == null || best <= g.high);
}
const dateOk = (g: GoldEvent, p: ExportEvent): boolean => day(p.date) >= day(g.date_earliest) && day(p.date) <= day(g.date_latest ?? g.date_earliest);

/** How many of the scored fields the event gets right for the gold event: the scorer ranks pairs by it. */
const agreement = (g: GoldEvent, p: ExportEvent): number =>
  [
    listOk(g.sub_event_type, p.sub_event_type), listOk(g.event_type, p.event_type), dateOk(g, p),
    actorOk(g.actor1, p, 'actor1'), actorOk(g.actor2, p, 'actor2'), placeOk(g.location, p.location),
    rangeOk(g.fatalities, p.fatalities), rangeOk(g.injured, p.injured), listOk(g.status, p.status),
  ].filter(Boolean).length;

/** An event can stand for a gold event when its day is within three days of the gold's and its place near or in the same country. */
export function compatible(g: GoldEvent, p: ExportEvent): boolean {
  const d = day(p.date);
  if (!(d >= day(g.date_earliest) - 3 && d <= day(g.date_latest ?? g.date_earliest) + 3)) return false;
  if (!g.location || !p.location) return true;
  if (hasCoords(g.location) && hasCoords(p.location) && km(g.location, p.location) <= 150) return true;
  return norm(g.location.country_code) === norm(p.location.country_code);
}

/** One article's gold events matched one to one to its events, best agreement first: gold index → event index. */
export function matchArticle(gold: GoldArticle, preds: ExportEvent[]): Map<number, number> {
  const pairs: Array<[number, number, number]> = [];
  gold.events.forEach((g, gi) => preds.forEach((p, pi) => compatible(g, p) && pairs.push([agreement(g, p), gi, pi])));
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.set(gi, pi);
    pUsed.add(pi);
  }
  return gUsed;
}

/** Each article's gold events with an incident, matched one to one to the events holding a report of it, best agreement first. */
export function matchMentions(golds: GoldArticle[], events: ExportEvent[]): Mention[] {
  const mentions: Mention[] = [];
  for (const gold of golds) {
    const preds = events.filter((e) => e.sources.some((s) => String(s.article_id) === String(gold.article_id)));
    const gUsed = matchArticle(gold, preds);
    gold.events.forEach((g, gi) => {
      const pi = gUsed.get(gi);
      if (g.incident && pi !== undefined) mentions.push({ article_id: gold.article_id, label: g.label ?? `${String(g.sub_event_type)} ${g.date_earliest}`, incident: g.incident, event: preds[pi]! });
    });
  }
  return mentions;
}

/** Mentions grouped by a key, in first-seen order. */
function groupBy<K>(mentions: Mention[], key: (m: Mention) => K): Map<K, Mention[]> {
  const groups = new Map<K, Mention[]>();
  for (const m of mentions) groups.set(key(m), [...(groups.get(key(m)) ?? []), m]);
  return groups;
}

/**
 * The scorer's pair misses, grouped: `split` the incidents whose mentions are in more than one event
 * (each pair across two of its events a missed pair), `joined` the events holding mentions of more
 * than one incident (each pair across two of its incidents a false pair).
 */
export function pairMisses(mentions: Mention[]): { split: Array<Map<string, Mention[]>>; joined: Array<Map<string, Mention[]>> } {
  const split = [...groupBy(mentions, (m) => m.incident).values()].map((ms) => groupBy(ms, (m) => m.event.id)).filter((byEvent) => byEvent.size > 1);
  const joined = [...groupBy(mentions, (m) => m.event.id).values()].map((ms) => groupBy(ms, (m) => m.incident)).filter((byIncident) => byIncident.size > 1);
  return { split, joined };
}

/** A report on one line: its days, type, place, sides, weapon and toll, what linking reads. */
export function describeReport(r: ExportEvent): string {
  const days = r.date_earliest === r.date_latest ? r.date : `${r.date_earliest}..${r.date_latest}`;
  const place = r.location ? `${r.location.name} (${r.location.country_code ?? '?'}, p${r.location.geo_precision})` : 'no place';
  const toll = r.fatalities?.best != null ? `, ${r.fatalities.best} killed` : '';
  return `${days} ${r.sub_event_type}, ${place}, ${r.actor1?.name ?? '-'} -> ${r.actor2?.name ?? '-'}, ${r.weapon ?? 'no weapon'}${toll}`;
}
