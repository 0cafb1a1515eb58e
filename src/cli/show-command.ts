import { eventDetail } from '../serve/evidence.js';
import { NotFound } from './errors.js';
import { databaseName } from '../store/open.js';
import { printJson, withStore } from './shared.js';
import { forTerminal } from './terminal.js';

export async function runShow(id: string, o: { db: string; json?: boolean }): Promise<void> {
  const notFound = () => new NotFound(`no event with id ${id} in ${databaseName(o.db)}`);
  if (o.json) {
    const detail = await withStore(o.db, (store) => eventDetail(store, id));
    if (!detail) throw notFound();
    return printJson(detail);
  }
  const [e, reports] = await withStore(o.db, (store) => Promise.all([store.event(id), store.reportsOf(id)]));
  if (!e) throw notFound();
  const out = [
    `${e.id}  ${e.event_type} / ${e.sub_event_type}${e.weapon ? ` (${e.weapon})` : ''}  [${e.status}]`,
    `when:   ${e.date} (between ${e.date_earliest} and ${e.date_latest}, time precision ${e.time_precision})`,
    `where:  ${e.location.name}, ${e.location.country ?? e.location.country_code} (${e.location.lat}, ${e.location.lon}), geo precision ${e.location.geo_precision}`,
    `who:    ${e.actor1?.name ?? 'unknown'}${e.assoc_actors1.length ? ` with ${e.assoc_actors1.map((a) => a.name).join(', ')}` : ''}`,
    `whom:   ${e.actor2?.name ?? 'unknown'}${e.assoc_actors2.length ? ` with ${e.assoc_actors2.map((a) => a.name).join(', ')}` : ''}`,
    `killed: ${e.fatalities.best ?? (e.fatalities.low != null ? `${e.fatalities.low}+` : 'not reported')}${e.fatalities.text ? `  ("${e.fatalities.text}")` : ''}`,
    `hurt:   ${e.injured.best ?? (e.injured.low != null ? `${e.injured.low}+` : 'not reported')}${e.injured.text ? `  ("${e.injured.text}")` : ''}`,
    `notes:  ${e.notes}`,
    `sources (${e.num_sources} article(s)):`,
    ...e.sources.map((s) => `  - ${s.outlet ?? s.article_id}, ${s.published}${s.attribution ? `, according to ${s.attribution}` : ''}\n    "${s.sentence}"`),
    ...(e.related.length ? ['related:', ...e.related.map((r) => `  - ${r.type.replace('_', ' ')} ${r.event_id}`)] : []),
    ...(reports.length > 1 ? ['why these reports are one event:', ...reports.flatMap((r) => r.links.map((l) =>
      `  - ${r.report.sources[0]!.article_id} joined ${l.article_id}: ${l.criteria.join('; ')}`))] : []),
  ];
  process.stdout.write(forTerminal(out.join('\n')) + '\n');
}
