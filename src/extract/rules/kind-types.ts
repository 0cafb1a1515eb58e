// The ACLED type of each kind of act (data/acled/kind-types.tsv), read by column name and checked at load.
import { z } from 'zod';
import { ACT_KINDS, EVENT_TYPES, SUB_EVENT_TYPES, type ActKind } from '../../types.js';
import { parseTable, readTable } from '../../util/data-files.js';

const KindTypeRow = z.object({
  kind: z.enum(ACT_KINDS),
  sub_event_type: z.string(),
  event_type: z.enum(EVENT_TYPES),
  weapon: z.enum(['none', 'heavy', 'any']),
  reason: z.string().min(1, 'needs a reason'),
}).refine((r) => SUB_EVENT_TYPES[r.event_type].includes(r.sub_event_type), { message: 'sub_event_type is not one of its event_type\'s (src/types.ts)' });
export type KindType = z.infer<typeof KindTypeRow>;

let table: Map<ActKind, KindType> | undefined;

/** Checks a kind → type table's rows; every kind must have exactly one. */
export function kindTypes(rows: KindType[], relative: string): Map<ActKind, KindType> {
  const byKind = new Map<ActKind, KindType>();
  for (const row of rows) {
    if (byKind.has(row.kind)) throw new Error(`data/${relative}: kind ${row.kind} has two rows`);
    byKind.set(row.kind, row);
  }
  const missing = ACT_KINDS.filter((k) => !byKind.has(k));
  if (missing.length) throw new Error(`data/${relative}: no row for kind ${missing.join(', ')}`);
  return byKind;
}

/** A kind → type table from a file's text (tests) or data/acled/kind-types.tsv. */
export const parseKindTypes = (text: string, relative: string): Map<ActKind, KindType> => kindTypes(parseTable(text, relative, KindTypeRow), relative);
const loadKindTypes = (): Map<ActKind, KindType> => kindTypes(readTable('acled/kind-types.tsv', KindTypeRow), 'acled/kind-types.tsv');

/** The type an act of this kind takes before its weapon is read. */
export const kindType = (kind: ActKind): KindType => (table ??= loadKindTypes()).get(kind)!;
