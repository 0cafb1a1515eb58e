import { writeFileSync } from 'node:fs';
import { toJsonDocument } from '../export/formats.js';
import { parseFilter, render, type FilterOptions } from './events-command.js';
import { UsageError } from './errors.js';
import { withStore } from './shared.js';

export function runExport(o: FilterOptions & { format: string; output?: string }): void {
  if (!['json', 'csv', 'geojson'].includes(o.format)) throw new UsageError(`--format must be json, csv or geojson, got "${o.format}"`);
  const filter = parseFilter(o);
  const text = withStore(o.db, (store) =>
    o.format === 'json' ? JSON.stringify(toJsonDocument(store.events(filter), store.tallies()), null, 2) + '\n' : render(store, filter, o.format));
  if (o.output) {
    try {
      writeFileSync(o.output, text);
    } catch (err) {
      throw new UsageError(`cannot write ${o.output}: ${(err as Error).message}`);
    }
  } else process.stdout.write(text);
}
