import { toCsv, toGeoJson, toJsonDocument } from '../export/formats.js';
import { FilterQuery, toFilter } from '../serve/params.js';
import type { EventFilter, EventStore } from '../store/event-store.js';
import type { ExportEvent } from '../types.js';
import { UsageError } from './errors.js';
import { parseOptions, withStore } from './shared.js';
import { forTerminal } from './terminal.js';

export interface FilterOptions {
  db: string; since?: string; until?: string; country?: string; actor?: string; type?: string; status?: string; minSources?: string; bbox?: string; search?: string;
}

/** The filter options, checked by the API's own schema for its parameters of the same meaning. */
export function parseFilter(o: FilterOptions): EventFilter {
  return toFilter(parseOptions(FilterQuery, {
    since: { option: '--since', value: o.since }, until: { option: '--until', value: o.until }, country: { option: '--country', value: o.country },
    actor: { option: '--actor', value: o.actor }, type: { option: '--type', value: o.type }, status: { option: '--status', value: o.status },
    min_sources: { option: '--min-sources', value: o.minSources }, bbox: { option: '--bbox', value: o.bbox }, q: { option: '--search', value: o.search },
  }));
}

export async function runEvents(o: FilterOptions & { format: string }): Promise<void> {
  const filter = parseFilter(o);
  process.stdout.write(await withStore(o.db, (store) => render(store, filter, o.format)));
}

export async function render(store: EventStore, filter: EventFilter, format: string): Promise<string> {
  switch (format) {
    case 'json': return JSON.stringify(toJsonDocument(await store.events(filter), []), null, 2) + '\n';
    case 'csv': return toCsv(await store.storedEvents(filter));
    case 'geojson': return JSON.stringify(toGeoJson(await store.storedEvents(filter)), null, 2) + '\n';
    case 'table': return table(await store.events(filter));
    default: throw new UsageError(`--format must be table, json, csv or geojson, got "${format}"`);
  }
}

function table(events: ExportEvent[]): string {
  if (events.length === 0) return 'no events\n';
  const rows = events.map((e) => [
    e.date, e.sub_event_type, `${e.location.name} (${e.location.country_code ?? '?'}, p${e.location.geo_precision})`,
    `${e.actor1?.name ?? '?'} → ${e.actor2?.name ?? '?'}`, `${fig(e.fatalities)}/${fig(e.injured)}`, e.status, String(e.num_sources), e.id,
  ].map(forTerminal));
  const head = ['date', 'type', 'where', 'who → whom', 'killed/hurt', 'status', 'src', 'id'];
  const widths = head.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((c, i) => (c.length > widths[i]! ? c.slice(0, widths[i]! - 1) + '…' : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + `\n${events.length} event(s)\n`;
}

const fig = (r: ExportEvent['fatalities']): string => (r.best != null ? String(r.best) : r.low != null ? `${r.low}+` : '-');
