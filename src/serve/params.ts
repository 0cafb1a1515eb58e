// The API's query parameters, validated at the edge: a bad value or an unknown name is a 400 that names
// the parameter, so a typo ("min-sources") never silently returns everything. The CLI validates its
// options with the same schemas, so both refuse the same values for the same reason.
import { z } from 'zod';
import type { EventFilter, Page } from '../store/event-store.js';
import { EVENT_TYPES, STATUSES, SUB_EVENT_TYPES } from '../types.js';

export const MAX_LIMIT = 10_000;
export const DEFAULT_LIMIT = 100;

export class BadParameter extends Error {
  /** `reason` says what the value must be ("must be a date YYYY-MM-DD"); `value` is what was given, if any. */
  constructor(readonly parameter: string, readonly reason: string, readonly value?: string) {
    super(describe(parameter, reason, value));
  }

  /** The same message for the same value given under another name (the CLI's --min-sources). */
  named(name: string): string {
    return describe(name, this.reason, this.value);
  }
}

const describe = (name: string, reason: string, value: string | undefined): string => `${name} ${reason}${value === undefined ? '' : `, got "${value}"`}`;

const KNOWN_TYPES = new Set([...EVENT_TYPES, ...Object.values(SUB_EVENT_TYPES).flat()].map((t) => t.toLowerCase()));

const isDay = (v: string): boolean => {
  const ms = Date.parse(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(v); // rejects 2023-02-30
};
export const day = z.string().refine(isDay, 'must be a date YYYY-MM-DD').meta({ format: 'date' });

const bbox = z.string().transform((v, ctx): [number, number, number, number] => {
  const n = v.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
  const [w, s, e, north] = n as [number, number, number, number];
  const ok = n.length === 4 && n.every(Number.isFinite) && w >= -180 && e <= 180 && s >= -90 && north <= 90 && w <= e && s <= north;
  if (!ok) ctx.addIssue({ code: 'custom', message: 'must be west,south,east,north in degrees (west ≤ east, south ≤ north)' });
  return [w, s, e, north];
});

const cursor = z.string().transform((v, ctx) => {
  try {
    const [date, id] = JSON.parse(Buffer.from(v, 'base64url').toString('utf8')) as unknown[];
    if (typeof date === 'string' && typeof id === 'string') return { date, id };
  } catch {
    // falls through to the issue below
  }
  ctx.addIssue({ code: 'custom', message: 'is not a cursor this server returned' });
  return z.NEVER;
});

export const FilterQuery = z.strictObject({
  since: day.optional(),
  until: day.optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO country code').optional(),
  actor: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
  type: z.string().refine((t) => KNOWN_TYPES.has(t.toLowerCase()), 'must be an ACLED event type or sub-event type').optional(),
  status: z.enum(STATUSES, { message: `must be one of ${STATUSES.join(', ')}` }).optional(),
  min_sources: z.coerce.number({ message: 'must be a whole number ≥ 1' }).int('must be a whole number ≥ 1').min(1, 'must be a whole number ≥ 1').optional(),
  bbox: bbox.optional(),
  q: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
});

export const EventsQuery = FilterQuery.extend({
  limit: z.coerce.number({ message: `must be a whole number from 1 to ${MAX_LIMIT}` }).int().min(1).max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`).default(DEFAULT_LIMIT),
  cursor: cursor.optional(),
  /** `map`: the few fields a marker and a list row need, for loading thousands at once */
  view: z.enum(['full', 'map'], { message: 'must be full or map' }).default('full'),
});

export const IngestQuery = z.strictObject({
  published: day.optional(),
});

export const TalliesQuery = z.strictObject({
  since: day.optional(),
  until: day.optional(),
  country: FilterQuery.shape.country,
  limit: EventsQuery.shape.limit,
});

/** Parses a query with a schema, or throws a BadParameter naming the first offending parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const result = schema.safeParse(query ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0]!;
    throw new BadParameter(name, 'is not a parameter this endpoint takes');
  }
  const name = String(issue.path[0] ?? 'query');
  const value = (query as Record<string, string | string[] | undefined> | undefined)?.[name];
  throw new BadParameter(name, issue.message, value === undefined ? undefined : String(value));
}

export function toFilter(q: z.output<typeof FilterQuery>): EventFilter {
  return { since: q.since, until: q.until, country: q.country, actor: q.actor, type: q.type, status: q.status, minSources: q.min_sources, bbox: q.bbox, q: q.q };
}

export function toPage(q: z.output<typeof EventsQuery>): Page {
  return { limit: q.limit, after: q.cursor };
}

export const encodeCursor = (date: string, id: string): string => Buffer.from(JSON.stringify([date, id])).toString('base64url');
