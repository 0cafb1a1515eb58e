// The analyst-kept names of countries (data/places/country-names.tsv): other names, demonyms, and
// which English names take "the".
import { z } from 'zod';
import { readTable } from '../../util/data-files.js';

const Row = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO alpha-2 code'),
  kind: z.enum(['name', 'demonym', 'takes-the']),
  name: z.string().min(1),
});
type Kind = z.infer<typeof Row>['kind'];

let byKind: Map<Kind, Map<string, string[]>> | null = null;

/** The names of one kind, by country code. */
export function countryNames(kind: Kind): Map<string, string[]> {
  if (!byKind) {
    byKind = new Map();
    for (const row of readTable('places/country-names.tsv', Row)) {
      const forKind = byKind.get(row.kind) ?? byKind.set(row.kind, new Map()).get(row.kind)!;
      forKind.set(row.country, [...(forKind.get(row.country) ?? []), row.name]);
    }
  }
  return byKind.get(kind) ?? new Map<string, string[]>();
}
