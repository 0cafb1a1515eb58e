// The CLI and the API as one tool: every filter refuses the same values for the same reason (the CLI
// with exit code 2, naming its option; the API with a 400, naming its parameter) and keeps the same
// events; --json gives what the matching endpoint gives; exit codes are the README's.
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilterQuery } from '../src/serve/params.js';
import { buildServer } from '../src/serve/server.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { ExportEvent, Tally } from '../src/types.js';
import { REAL, ROOT, sitrep, tmp } from './helpers.js';

const fixtures = join(ROOT, 'test', 'fixtures');
const db = join(tmp(), 'parity.db');
let store: SqliteStore;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  const run = sitrep(['ingest', join(REAL, 'articles'), '--db', db, '-q']);
  expect(run.status, run.stderr).toBe(0);
  store = await SqliteStore.open(db, { readonly: true });
  app = await buildServer({ store });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
}, 180_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
});

async function api(path: string, params: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}?${new URLSearchParams(params)}`);
  return { status: res.status, body: await res.json() };
}

/** One line on stderr and nothing else, and the exit code. */
function oneLine(run: { status: number | null; stderr: string }, status: number): string {
  expect(run.status, run.stderr).toBe(status);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  return lines[0]!;
}

// every filter the API takes, the CLI option that stands for it, values both must refuse and one both keep
const FILTERS: Array<{ param: string; option: string; bad: string[]; good: string }> = [
  { param: 'since', option: '--since', bad: ['2023-02-30', 'yesterday', '2024-1-5'], good: '2023-12-01' },
  { param: 'until', option: '--until', bad: ['2023-13-01', 'tomorrow'], good: '2024-01-31' },
  { param: 'country', option: '--country', bad: ['Iraq', 'IRQ', 'I1'], good: 'iq' },
  { param: 'actor', option: '--actor', bad: ['', 'x'.repeat(201)], good: 'hezbollah' },
  { param: 'type', option: '--type', bad: ['bogus', 'Battle'], good: 'battles' },
  { param: 'status', option: '--status', bad: ['maybe', 'CONFIRMED'], good: 'claimed' },
  { param: 'min_sources', option: '--min-sources', bad: ['0', 'two', '1.5', '-1'], good: '2' },
  { param: 'bbox', option: '--bbox', bad: ['1,2,3', '10,50,0,60', 'a,b,c,d', '-200,0,0,10'], good: '38,29,49,38' },
  { param: 'q', option: '--search', bad: ['', 'x'.repeat(201)], good: 'DRONE' },
];

describe('CLI and API parity', () => {
  it('covers every filter the API takes', () => {
    expect(FILTERS.map((f) => f.param).sort()).toEqual(Object.keys(FilterQuery.shape).sort());
  });

  it.each(FILTERS)('$option refuses what $param refuses, for the same reason', async ({ param, option, bad }) => {
    for (const value of bad) {
      const answer = await api('/api/events', { [param]: value });
      expect(answer.status, `${param}=${value}`).toBe(400);
      expect(answer.body.parameter).toBe(param);
      const line = oneLine(sitrep(['events', '--db', db, option, value]), 2);
      expect(line).toBe(`sitrep: ${option}${answer.body.message.slice(param.length)}`);
    }
  });

  it.each(FILTERS)('$option keeps the events $param keeps', async ({ param, option, good }) => {
    const fromApi = (await api('/api/events', { [param]: good, limit: '10000' })).body.events.map((e: ExportEvent) => e.id);
    const run = sitrep(['events', '--db', db, option, good, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const fromCli = JSON.parse(run.stdout).events.map((e: ExportEvent) => e.id);
    expect(fromCli).toEqual(fromApi);
    expect(fromCli.length, `${param}=${good}`).toBeGreaterThan(0);
    expect(fromCli.length).toBeLessThan(await store.countEvents());
  });

  it('export and ingest check their values with the same schemas', () => {
    expect(oneLine(sitrep(['export', '--db', db, '--format', 'csv', '--country', 'Iraq']), 2)).toBe('sitrep: --country must be a two-letter ISO country code, got "Iraq"');
    expect(oneLine(sitrep(['ingest', 'samples', '--db', join(tmp(), 'x.db'), '--published', '2023-02-30']), 2)).toBe('sitrep: --published must be a date YYYY-MM-DD, got "2023-02-30"');
  });
});

describe('--json', () => {
  it('tally --json gives each tally with sitrep\'s own count, as GET /api/tallies does', async () => {
    const run = sitrep(['tally', '--db', db, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const tallies = JSON.parse(run.stdout);
    for (const t of tallies) Tally.parse(t);
    expect(tallies.some((t: { count: number; sitrep: { events: number } }) => t.count === 103 && t.sitrep.events > 0)).toBe(true);
    const byText = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
    expect(byText(tallies)).toEqual(byText((await api('/api/tallies', { limit: '10000' })).body));
  });

  it('show --json gives the event with its related events, merge reasons and evidence, as GET /api/events/:id does', async () => {
    const merged = (await store.events()).find((e) => e.num_sources > 1)!;
    const run = sitrep(['show', merged.id, '--db', db, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const shown = JSON.parse(run.stdout);
    expect(shown).toEqual((await api(`/api/events/${merged.id}`)).body);
    expect(ExportEvent.parse(shown.event).sources.length).toBeGreaterThan(1);
    expect(shown.links.length).toBeGreaterThan(0);
  });

  it('ingest --json prints the summary under the names POST /api/articles answers with', () => {
    const fresh = join(tmp(), 'json.db');
    const run = sitrep(['ingest', 'samples', '--db', fresh, '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ db: fresh, files: 4, articles: 4, duplicates: 0, created: expect.any(Number), merged: expect.any(Number), tallies: 1, errors: [] });
    const again = sitrep(['ingest', 'samples', join(fixtures, 'bad', 'empty.txt'), '--db', fresh, '--json']);
    expect(again.status).toBe(3);
    const summary = JSON.parse(again.stdout);
    expect(summary).toMatchObject({ files: 5, articles: 0, duplicates: 4, errors: [expect.stringMatching(/empty\.txt: .*is empty/)] });
    expect(again.stderr.trim().split('\n')).toEqual([`sitrep: ${summary.errors[0]}`]);
  });
});

describe('exit codes and help', () => {
  it('a wrong command, option or argument is one line and exit code 2, commander\'s own errors included', () => {
    expect(oneLine(sitrep(['events', '--db', db, '--fromat', 'csv']), 2)).toMatch(/^sitrep: error: unknown option '--fromat' \(Did you mean --format\?\)/);
    expect(oneLine(sitrep(['show', '--db', db]), 2)).toMatch(/^sitrep: error: missing required argument 'event-id'/);
    expect(oneLine(sitrep(['export', '--db', db]), 2)).toMatch(/^sitrep: error: required option '--format <format>' not specified/);
    expect(oneLine(sitrep(['evnts']), 2)).toMatch(/^sitrep: error: unknown command 'evnts'/);
    expect(oneLine(sitrep(['events', '--db', db, '--format', 'xml']), 2)).toBe('sitrep: --format must be table, json, csv or geojson, got "xml"');
  });

  it('show of an id the database does not hold is "not found", exit code 4, with or without --json', () => {
    for (const json of [[], ['--json']]) {
      const run = sitrep(['show', 'nope', '--db', db, ...json]);
      expect(oneLine(run, 4)).toBe(`sitrep: no event with id nope in ${db}`);
      expect(run.stdout).toBe('');
    }
  });

  it('show of an event merged away says where it went and shows that event, as the API answers 301', async () => {
    const { body } = await api('/api/changes', { since: '0', limit: '1000' });
    const removed = (body as { changes: Array<{ id: string; change: string; merged_into: { id: string } | null }> }).changes.find((c) => c.change === 'removed');
    expect(removed, 'the real corpus merges some events after they were stored').toBeDefined();
    const run = sitrep(['show', removed!.id, '--db', db, '--json']);
    expect(oneLine(run, 0)).toMatch(new RegExp(`^${removed!.id} was merged into ${removed!.merged_into!.id}`));
    expect(JSON.parse(run.stdout).event.id).toBe(removed!.merged_into!.id);
  });

  it('--help shows examples, exits 0, and ingest --help names the feed formats', () => {
    const help = sitrep(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n\s+sitrep ingest/);
    expect(help.stdout).toMatch(/Exit codes: 0 .* 4 no such event/s);
    for (const cmd of ['ingest', 'events', 'export', 'tally', 'show', 'serve', 'eval']) {
      const run = sitrep([cmd, '--help']);
      expect(run.status, cmd).toBe(0);
      expect(run.stdout, cmd).toMatch(new RegExp(`Examples:\\n\\s+sitrep ${cmd}`));
    }
    const ingest = sitrep(['ingest', '--help']).stdout;
    expect(ingest).toMatch(/RSS and Atom/);
    expect(ingest).toMatch(/\.rss, \.atom, \.xml/);
  });
});
