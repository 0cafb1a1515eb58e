// The query of GET /api/acled/read, ACLED's read API, validated at the edge: ACLED's parameter names,
// values joined by `|` or given in repeated parameters (an event matching any of them is kept), a
// `<name>_where` comparison per column, `fields`, `limit` and `page`. A bad value or an unknown name is
// a 400 naming the parameter. Filters become conditions on the store's columns: country names, ISO
// numbers and regions turn into country codes, disorder types into event types; interaction, which the
// store does not keep (its codes come from data an analyst may correct), is checked event by event.
import { z } from 'zod';
import { actorCodesOf, countryCodeOf as countryCode, regionCountries } from '../export/acled.js';
import { countryOfIso } from '../util/country-codes.js';
import { ACLED_COLUMNS, DISORDER_TYPE, type AcledColumn } from '../export/formats.js';
import type { AcledRead } from '../export/stream.js';
import { COMPARISONS, type ColumnFilter, type Comparison, type EventFilter, type FilterColumn, type StoredEvent } from '../store/event-store.js';
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../types.js';
import { BadParameter, isDay } from './params.js';

export const ACLED_DEFAULT_LIMIT = 5000;
export const ACLED_MAX_LIMIT = 50_000;
const MAX_PAGE = 1_000_000;

/** A parameter's values, split at `|` and gathered from repeated parameters, each read by `read` (undefined: not one of `what`). */
function values<T>(what: string, read: (value: string) => T | undefined, description: string) {
  return z.union([z.string(), z.array(z.string())]).transform((given, ctx) => {
    const out: T[] = [];
    for (const value of [given].flat().flatMap((v) => v.split('|'))) {
      const parsed = value === '' ? undefined : read(value);
      if (parsed === undefined) {
        ctx.addIssue({ code: 'custom', message: value === '' ? 'has an empty value' : `has "${value.slice(0, 100)}", which is not ${what}` });
        return z.NEVER;
      }
      out.push(parsed);
    }
    return out;
  }).meta({ description: `${description}; several joined by \`|\` or repeated: any of them` });
}

const unixDay = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 1000;

const days = (description: string) => values('a date YYYY-MM-DD', (v) => (isDay(v) ? v : undefined), description);
const seconds = (description: string) => values('Unix seconds or a date YYYY-MM-DD', (v) => (/^\d{1,12}$/.test(v) ? Number(v) : isDay(v) ? unixDay(v) : undefined), description);
const counts = (description: string) => values('a whole number ≥ 0', (v) => (/^\d{1,9}$/.test(v) ? Number(v) : undefined), description);
const texts = (description: string) => values('text of at most 200 characters', (v) => (v.length <= 200 ? v : undefined), description);

const regionNamed = (v: string): string | undefined => [...regionCountries().keys()].find((r) => r.toLowerCase() === v.toLowerCase());

const comparison = (description: string) => z.string({ message: 'must be given once' })
  .transform((v) => v.toUpperCase())
  .pipe(z.enum(COMPARISONS, { message: `must be one of ${COMPARISONS.join(', ')}` }))
  .meta({ description });

const wholeNumber = (max: number, beyond: string) => {
  const range = `must be a whole number from 1 to ${max}`;
  return z.coerce.number({ message: range }).int(range).min(1, range).max(max, `must be at most ${max}: ${beyond}`);
};

// what each kind of column may be compared by; the first is the default, as ACLED's API has it
const ORDERED: readonly Comparison[] = ['=', '>', '<', '>=', '<=', 'BETWEEN'];
const SINCE: readonly Comparison[] = ['>=', '>', '<', '<=', '=', 'BETWEEN'];
const TEXT: readonly Comparison[] = ['LIKE', '='];

const textWhere = (name: string) => comparison(`how ${name} is compared: LIKE (the default; % any text, _ one character, any case) or = (the whole value, any case)`);
const orderedWhere = (name: string, fallback: string) => comparison(`how ${name} is compared: ${fallback} (the default), >, <, >=, <= or BETWEEN (two values, FROM|TO, both included)`);

export const AcledQuery = z.strictObject({
  event_date: days('the event\'s day').optional(),
  event_date_where: orderedWhere('event_date', '=').optional(),
  timestamp: seconds('the Unix second the event last changed (a day: its first second, UTC); for incremental sync').optional(),
  timestamp_where: orderedWhere('timestamp', '>=').optional(),
  iso: values('an ISO 3166-1 numeric code of a country', (v) => (/^\d{1,3}$/.test(v) ? countryOfIso(Number(v)) : undefined), 'ISO 3166-1 numeric country code, e.g. 368').optional(),
  country: values('a country name or ISO alpha-2 code', countryCode, 'country name as ACLED gives it (Iraq), or its ISO 3166-1 alpha-2 code (IQ), any case').optional(),
  region: values(`one of ACLED's regions (${[...regionCountries().keys()].sort().join(', ')})`, regionNamed, "ACLED's region, e.g. Middle East, any case").optional(),
  disorder_type: texts('Political violence, Demonstrations or Strategic developments').optional(),
  disorder_type_where: textWhere('disorder_type').optional(),
  event_type: texts('ACLED event type, e.g. Battles').optional(),
  event_type_where: textWhere('event_type').optional(),
  sub_event_type: texts('ACLED sub-event type, e.g. Air/drone strike').optional(),
  sub_event_type_where: textWhere('sub_event_type').optional(),
  actor1: texts('actor1\'s name').optional(),
  actor1_where: textWhere('actor1').optional(),
  actor2: texts('actor2\'s name').optional(),
  actor2_where: textWhere('actor2').optional(),
  admin1: texts('first-level region of the place').optional(),
  admin1_where: textWhere('admin1').optional(),
  interaction: counts('ACLED interaction code, e.g. 17').optional(),
  interaction_where: orderedWhere('interaction', '=').optional(),
  fatalities: counts('fatalities as the CSV gives them').optional(),
  fatalities_where: orderedWhere('fatalities', '=').optional(),
  fields: values('an ACLED column name', (v) => ACLED_COLUMNS.find((c) => c === v), 'the ACLED columns each row holds, in this order (all 31 by default)').optional(),
  limit: wholeNumber(ACLED_MAX_LIMIT, 'page through more with page=2, 3, …').default(ACLED_DEFAULT_LIMIT).meta({ description: `rows per page, at most ${ACLED_MAX_LIMIT}` }),
  page: wholeNumber(MAX_PAGE, 'no more pages are served').default(1).meta({ description: 'which page of `limit` rows, the first being 1' }),
  format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).optional().meta({ description: 'json (the default: the ACLED wrapper with flat rows) or csv' }),
  _format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).optional().meta({ description: 'the same as `format`, as acleddata.com/api/acled/read names it' }),
});
export type AcledQuery = z.output<typeof AcledQuery>;

type ComparedParameter = 'event_date' | 'timestamp' | 'disorder_type' | 'event_type' | 'sub_event_type' | 'actor1' | 'actor2' | 'admin1' | 'interaction' | 'fatalities';

/** The comparison a parameter asks for (its `_where`, else its default), once it is one the parameter takes. */
function comparisonOf(q: AcledQuery, name: ComparedParameter, allowed: readonly Comparison[]): Comparison {
  const op = q[`${name}_where`] ?? allowed[0]!;
  if (!allowed.includes(op)) throw new BadParameter(`${name}_where`, `must be one of ${allowed.join(', ')} for ${name}`, op);
  return op;
}

/** A parameter's values under its comparison: BETWEEN takes exactly two, the lower first. */
function compared<T extends string | number>(q: AcledQuery, name: ComparedParameter, allowed: readonly Comparison[]): { op: Comparison; values: T[] } | undefined {
  const given = q[name] as T[] | undefined;
  if (given === undefined) {
    if (q[`${name}_where`] !== undefined) throw new BadParameter(`${name}_where`, `is given without ${name}`);
    return undefined;
  }
  const op = comparisonOf(q, name, allowed);
  // SQL refuses a pattern that ends in its escape character
  if (op === 'LIKE' && given.some((v) => /(^|[^\\])(\\\\)*\\$/.test(String(v)))) throw new BadParameter(name, 'ends in a lone \\: write \\\\ for a backslash', given.join('|'));
  if (op === 'BETWEEN' && (given.length !== 2 || given[0]! > given[1]!)) throw new BadParameter(name, 'with BETWEEN must be two values, the lower first: FROM|TO', given.join('|'));
  return { op, values: given };
}

const isPattern = (v: string): boolean => /[%_]/.test(v);

/** A LIKE pattern as a regular expression over a whole value, in any case: % any text, _ one character, \ the next character itself. */
function likeRegExp(pattern: string): RegExp {
  const source = pattern.replace(/\\(.)|([%_])|([^\\%_]+)/gs, (_m, escaped: string | undefined, wild: string | undefined, plain: string | undefined) =>
    wild === '%' ? '.*' : wild === '_' ? '.' : (escaped ?? plain ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${source}$`, 'is');
}

/**
 * The names of a closed list a text parameter keeps. A value without wildcards must be one of the
 * names (any case), or the parameter is refused, as a misspelt type would otherwise keep nothing; a
 * pattern may match none.
 */
function namesKept(name: ComparedParameter, names: readonly string[], what: string, q: AcledQuery): string[] | undefined {
  const c = compared<string>(q, name, TEXT);
  if (!c) return undefined;
  const matches = (v: string) => names.filter((n) => (c.op === 'LIKE' && isPattern(v) ? likeRegExp(v).test(n) : n.toLowerCase() === v.toLowerCase()));
  for (const v of c.values) {
    if ((c.op === '=' || !isPattern(v)) && matches(v).length === 0) throw new BadParameter(name, `has "${v}", which is not ${what}`, c.values.join('|'));
  }
  return [...new Set(c.values.flatMap(matches))];
}

const SUB_TYPES = Object.values(SUB_EVENT_TYPES).flat();

/** An event's interaction compared as the query asks: any of the values. */
function interactionTest(op: Comparison, values: number[]): (s: StoredEvent) => boolean {
  const test = (x: number): boolean => {
    switch (op) {
      case 'BETWEEN': return x >= values[0]! && x <= values[1]!;
      case '>': return values.some((v) => x > v);
      case '<': return values.some((v) => x < v);
      case '>=': return values.some((v) => x >= v);
      case '<=': return values.some((v) => x <= v);
      default: return values.includes(x);
    }
  };
  return (s) => {
    const code = actorCodesOf(s.event).interaction;
    return code !== null && test(code);
  };
}

const DIRECT: Array<[ComparedParameter, FilterColumn, readonly Comparison[]]> = [
  ['event_date', 'date', ORDERED], ['timestamp', 'updated_at', SINCE], ['fatalities', 'fatalities', ORDERED],
  ['actor1', 'actor1', TEXT], ['actor2', 'actor2', TEXT], ['admin1', 'admin1', TEXT],
];

/** What the store is asked for: the filters as conditions on its columns, and interaction as a test of each event. */
function filterOf(q: AcledQuery): { filter: EventFilter; keep?: (s: StoredEvent) => boolean } {
  const columns: ColumnFilter[] = [];
  for (const [name, column, allowed] of DIRECT) {
    const c = compared<string | number>(q, name, allowed);
    if (c) columns.push({ column, ...c });
  }
  const eventTypes = namesKept('event_type', EVENT_TYPES, 'an ACLED event type', q);
  if (eventTypes) columns.push({ column: 'event_type', op: '=', values: eventTypes });
  const subTypes = namesKept('sub_event_type', SUB_TYPES, 'an ACLED sub-event type', q);
  if (subTypes) columns.push({ column: 'sub_event_type', op: '=', values: subTypes });
  const disorders = namesKept('disorder_type', [...new Set(Object.values(DISORDER_TYPE))], 'an ACLED disorder type', q);
  if (disorders) columns.push({ column: 'event_type', op: '=', values: EVENT_TYPES.filter((t) => disorders.includes(DISORDER_TYPE[t])) });
  const regions = regionCountries();
  for (const countries of [q.iso, q.country, q.region?.flatMap((r) => regions.get(r)!)]) {
    if (countries) columns.push({ column: 'country_code', op: '=', values: [...new Set(countries)] });
  }
  const interaction = compared<number>(q, 'interaction', ORDERED);
  return { filter: { columns }, keep: interaction && interactionTest(interaction.op, interaction.values) };
}

/** The read a query asks for: what to keep, which page of it, which columns, in which format. */
export function toAcledRead(q: AcledQuery): AcledRead & { format: 'json' | 'csv' } {
  if (q.format && q._format && q.format !== q._format) throw new BadParameter('_format', `contradicts format=${q.format}`, q._format);
  return {
    ...filterOf(q),
    offset: (q.page - 1) * q.limit,
    limit: q.limit,
    fields: q.fields ? [...new Set(q.fields)] : [...ACLED_COLUMNS] as AcledColumn[],
    format: q.format ?? q._format ?? 'json',
  };
}
