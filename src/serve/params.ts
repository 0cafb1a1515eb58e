// The API's query parameters, validated at the edge: a bad value or an unknown name is a 400 that names
// the parameter, so a typo ("min-sources") never silently returns everything. The CLI validates its
// options with the same schemas, so both refuse the same values for the same reason.
import { z } from 'zod';
import type { ChangePage, EventChange, EventFilter, Page } from '../store/event-store.js';
import { EVENT_TYPES, STATUSES, SUB_EVENT_TYPES } from '../types.js';

export const MAX_LIMIT = 10_000;
export const DEFAULT_LIMIT = 100;
/**
 * How far a search (`q`) is counted, in /api/events and /api/stats: a common word's matches are too many
 * to read each (seconds at 300,000 events), and the newest thousand cover a word's last days to months,
 * what the page's map and timeline start from, at ~0.1 s (docs/performance.md, "Search counts capped").
 */
export const SEARCH_CAP = 1000;

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

export const isDay = (v: string): boolean => {
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

/** A cursor this server returned: base64url of a JSON array, which `read` turns into a page's start (undefined: not one). */
const cursorOf = <T>(read: (parts: unknown[]) => T | undefined) => z.string().transform((v, ctx) => {
  try {
    const parts: unknown = JSON.parse(Buffer.from(v, 'base64url').toString('utf8'));
    const after = Array.isArray(parts) ? read(parts) : undefined;
    if (after !== undefined) return after;
  } catch {
    // falls through to the issue below
  }
  ctx.addIssue({ code: 'custom', message: 'is not a cursor this server returned' });
  return z.NEVER;
});
const encodeParts = (parts: unknown[]): string => Buffer.from(JSON.stringify(parts)).toString('base64url');

const cursor = cursorOf(([date, id]) => (typeof date === 'string' && typeof id === 'string' ? { date, id } : undefined));
const changeCursor = cursorOf(([timestamp, removed, id]) =>
  (Number.isInteger(timestamp) && typeof removed === 'boolean' && typeof id === 'string' ? { timestamp: timestamp as number, removed, id } : undefined));

const MOMENT = 'Unix seconds, or an ISO 8601 date (its first second, UTC) or time with its zone: 1714521600, 2024-05-01, 2024-05-01T12:00:00Z';
const isoTime = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** A moment as Unix seconds. */
const moment = z.string({ error: (issue) => (issue.input === undefined ? `is required: ${MOMENT}` : 'must be given once') }).transform((v, ctx) => {
  if (/^\d{1,12}$/.test(v)) return Number(v);
  const time = isoTime.exec(v);
  const ms = isDay(v) ? Date.parse(`${v}T00:00:00Z`) : time && isDay(time[1]!) ? Date.parse(v) : NaN;
  if (!Number.isNaN(ms)) return Math.floor(ms / 1000);
  ctx.addIssue({ code: 'custom', message: `must be ${MOMENT}` });
  return z.NEVER;
}).meta({ description: `changes at or after this moment: ${MOMENT}` });

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

export const DEFAULT_CHANGES = 1000;

export const ChangesQuery = z.strictObject({
  since: moment,
  limit: EventsQuery.shape.limit.unwrap().default(DEFAULT_CHANGES).meta({ description: `changes per page, at most ${MAX_LIMIT}` }),
  cursor: changeCursor.optional().meta({ description: 'next_cursor of the previous page' }),
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

export const encodeCursor = (date: string, id: string): string => encodeParts([date, id]);

export const encodeChangeCursor = (c: EventChange): string => encodeParts([c.timestamp, c.change === 'removed', c.id]);

export function toChangePage(q: z.output<typeof ChangesQuery>): ChangePage {
  return { limit: q.limit, after: q.cursor };
}
