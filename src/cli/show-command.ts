import { eventDetail } from '../serve/evidence.js';
import type { EvidenceField, EvidenceSpan } from '../types.js';
import { NotFound } from './errors.js';
import type { EventStore } from '../store/event-store.js';
import { databaseName } from '../store/open.js';
import { printJson, withStore } from './shared.js';
import { forTerminal } from './terminal.js';

export async function runShow(id: string, o: { db: string; json?: boolean }): Promise<void> {
  const detail = await withStore(o.db, (store) => detailOrSurvivor(store, id));
  if (!detail) throw new NotFound(`no event with id ${id} in ${databaseName(o.db)}`);
  if (o.json) return printJson(detail);
  process.stdout.write(forTerminal(eventLines(detail).join('\n')) + '\n');
}

type Detail = Pick<NonNullable<Awaited<ReturnType<typeof eventDetail>>>, 'event' | 'links' | 'evidence' | 'rules'>;

/** An event as `show` prints it: its fields, each source sentence with the words and rules behind it, and why its reports are one event. */
export function eventLines({ event: e, links, evidence, rules }: Detail): string[] {
  return [
    `${e.id}  ${e.event_type} / ${e.sub_event_type}${e.weapon ? ` (${e.weapon})` : ''}  [${e.status}]`,
    `when:   ${e.date} (between ${e.date_earliest} and ${e.date_latest}, time precision ${e.time_precision})`,
    `where:  ${e.location.name}, ${e.location.country ?? e.location.country_code} (${e.location.lat}, ${e.location.lon}), geo precision ${e.location.geo_precision}`,
    `who:    ${e.actor1?.name ?? 'unknown'}${e.assoc_actors1.length ? ` with ${e.assoc_actors1.map((a) => a.name).join(', ')}` : ''}`,
    `whom:   ${e.actor2?.name ?? 'unknown'}${e.assoc_actors2.length ? ` with ${e.assoc_actors2.map((a) => a.name).join(', ')}` : ''}`,
    `killed: ${e.fatalities.best ?? (e.fatalities.low != null ? `${e.fatalities.low}+` : 'not reported')}${e.fatalities.text ? `  ("${e.fatalities.text}")` : ''}`,
    `hurt:   ${e.injured.best ?? (e.injured.low != null ? `${e.injured.low}+` : 'not reported')}${e.injured.text ? `  ("${e.injured.text}")` : ''}`,
    `notes:  ${e.notes}`,
    `sources (${e.num_sources} article(s)):`,
    ...e.sources.map((s, i) => `  - ${s.outlet ?? s.article_id}, ${s.published}${s.attribution ? `, according to ${s.attribution}` : ''}\n    "${s.sentence}"\n    ${read(s.sentence, evidence[i] ?? null, rules[i] ?? null)}`),
    ...(e.related.length ? ['related:', ...e.related.map((r) => `  - ${r.type.replace('_', ' ')} ${r.event_id}`)] : []),
    ...(links.length ? ['why these reports are one event:', ...links.map((l) => `  - ${l.article_id} joined ${l.joined}: ${l.criteria.join('; ')}`)] : []),
  ];
}

/** An event merged away since its id was given out is shown as the event it is part of now, as the API's 301 does. */
async function detailOrSurvivor(store: EventStore, id: string): ReturnType<typeof eventDetail> {
  const detail = await eventDetail(store, id);
  if (detail) return detail;
  const survivor = await store.mergedInto(id);
  if (!survivor) return undefined;
  process.stderr.write(`${id} was merged into ${survivor.id}${survivor.event_id_cnty ? ` (${survivor.event_id_cnty})` : ''}; showing that event\n`);
  return eventDetail(store, survivor.id);
}

const LABELS: Record<EvidenceField, string> = { event: 'act', actor1: 'who', actor2: 'whom', location: 'where', fatalities: 'killed', injured: 'hurt', attribution: 'according to' };

/** What the extractor read in a source sentence: the words behind each field, and its rules. */
function read(sentence: string, spans: EvidenceSpan[] | null, rules: string[] | null): string {
  if (!spans || !rules) return 'read: not recorded (the article was stored by an earlier sitrep)';
  const words = spans.map((x) => `${LABELS[x.field]} "${sentence.slice(x.start, x.end)}"`);
  return `read: ${words.length ? words.join(', ') : 'no words marked'}; rules ${rules.join(', ')}`;
}
