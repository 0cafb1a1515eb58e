// One event in full, for the page's event panel and `sitrep show --json`, and where, in each source
// sentence, the words behind its fields are: actors as the dictionary finds them (so "CENTCOM" is
// marked for the US military), the act, the casualty phrases, the place and the speaker. The
// extractor's own finders are run again on the sentence, so what the page marks is what the rules
// match, not a guess from the field's canonical value.
import { findTrigger } from '../extract/rules/triggers.js';
import { findActors } from '../resolve/actor/find-actors.js';
import { toSummary } from '../model/to-summary.js';
import type { StoreQueries } from '../store/event-store.js';
import type { Actor, ExportEvent } from '../types.js';

export type EvidenceField = 'actor1' | 'actor2' | 'event' | 'location' | 'fatalities' | 'injured' | 'attribution';

export interface EvidenceSpan {
  start: number;
  end: number;
  field: EvidenceField;
}

/** An event with its related events, why its reports were merged and its evidence: `GET /api/events/:id` and `sitrep show --json`. */
export async function eventDetail(store: StoreQueries, id: string) {
  const event = await store.event(id);
  if (!event) return undefined;
  const related_events = (await Promise.all(event.related.map(async (r) => {
    const other = await store.event(r.event_id);
    return other ? [{ relation: r.type, ...toSummary(other) }] : [];
  }))).flat();
  const links = (await store.reportsOf(event.id)).flatMap((r) => r.links.map((l) => ({ article_id: r.report.sources[0]!.article_id, joined: l.article_id, criteria: l.criteria })));
  return { event, related_events, links, evidence: evidence(event) };
}

/** One list of spans per source, in the order of `event.sources`. */
export function evidence(e: ExportEvent): EvidenceSpan[][] {
  return e.sources.map((s) => spansIn(s.sentence, e, s.attribution));
}

function spansIn(sentence: string, e: ExportEvent, attribution: string | null): EvidenceSpan[] {
  const side1 = names([e.actor1, ...e.assoc_actors1]);
  const side2 = names([e.actor2, ...e.assoc_actors2]);
  const spans: EvidenceSpan[] = [];
  for (const m of findActors(sentence)) {
    const field = side1.has(m.actor.name) ? 'actor1' : side2.has(m.actor.name) ? 'actor2' : null;
    if (field) spans.push({ start: m.index, end: m.end, field });
  }
  const act = findTrigger(sentence);
  if (act) spans.push({ start: act.index, end: act.index + act.text.length, field: 'event' });
  const phrases: Array<[EvidenceField, string | null]> = [['location', e.location.name], ['fatalities', e.fatalities.text], ['injured', e.injured.text], ['attribution', attribution]];
  for (const [field, phrase] of phrases) {
    const at = phrase && phrase.length > 1 ? sentence.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
    if (at >= 0) spans.push({ start: at, end: at + phrase!.length, field });
  }
  return withoutOverlaps(spans);
}

const names = (actors: Array<Actor | null>): Set<string> => new Set(actors.flatMap((a) => (a ? [a.name] : [])));

/** Earlier spans first, the longer of two that start together; a span that overlaps a kept one is dropped. */
function withoutOverlaps(spans: EvidenceSpan[]): EvidenceSpan[] {
  const kept: EvidenceSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept;
}
