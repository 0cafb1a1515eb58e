// The real command line, run as a user would, against a real SQLite file.
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACLED_COLUMNS } from '../src/export/formats.js';
import { ExportDocument } from '../src/types.js';
import { BIN, ROOT, REAL, score, sitrep, tmp } from './helpers.js';

const fixtures = join(ROOT, 'test', 'fixtures');

describe('sitrep CLI', () => {
  const dir = tmp();
  const db = join(dir, 'sitrep.db');

  it('ingests the bundled samples and the seed article scores 1.00 for events and tallies', () => {
    const run = sitrep(['ingest', 'samples', '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/ingested 4 article\(s\)/);
    const out = join(dir, 'export.json');
    expect(sitrep(['export', '--db', db, '--format', 'json', '-o', out]).status).toBe(0);
    const doc = ExportDocument.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(doc.events.length).toBeGreaterThan(3);
    const seedOnly = join(dir, 'seed.json');
    writeFileSync(seedOnly, JSON.stringify({ ...doc, events: doc.events.filter((e) => e.sources.some((s) => s.article_id.startsWith('seed'))) }));
    const s = score(join(REAL, 'gold'), seedOnly);
    // the scorer reads every gold file: only the seed's events are in, so check the seed's own figures
    expect(s.events.tp).toBe(4);
    expect(s.events.fp).toBe(0);
    expect(doc.tallies.filter((t) => t.source.article_id.startsWith('seed')).map((t) => [t.count, t.since])).toEqual([[103, '2023-10-17']]);
  });

  it('re-ingesting the same articles changes nothing', () => {
    const before = sitrep(['events', '--db', db, '--format', 'json']).stdout;
    const run = sitrep(['ingest', 'samples', '--db', db]);
    expect(run.stderr).toMatch(/4 already stored/);
    expect(JSON.parse(sitrep(['events', '--db', db, '--format', 'json']).stdout).events).toEqual(JSON.parse(before).events);
  });

  it('writes ACLED CSV columns in ACLED order and a GeoJSON FeatureCollection', () => {
    const csv = sitrep(['export', '--db', db, '--format', 'csv']).stdout;
    expect(csv.split('\n')[0]).toBe(ACLED_COLUMNS.join(','));
    const geo = JSON.parse(sitrep(['export', '--db', db, '--format', 'geojson']).stdout);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0].geometry.type).toBe('Point');
  });

  it('filters events by country, type and date, and validates filter values', () => {
    const iq = JSON.parse(sitrep(['events', '--db', db, '--country', 'IQ', '--format', 'json']).stdout).events;
    expect(iq.length).toBeGreaterThan(0);
    expect(iq.every((e: { location: { country_code: string } }) => e.location.country_code === 'IQ')).toBe(true);
    const bad = sitrep(['events', '--db', db, '--since', 'yesterday']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints the reported tally beside its own count, and shows one event with its sources', () => {
    expect(sitrep(['tally', '--db', db]).stdout).toMatch(/103 attacks[^\n]*\n\s+sitrep: \d+ event\(s\) from \d+ article\(s\)/);
    const id = JSON.parse(sitrep(['events', '--db', db, '--format', 'json']).stdout).events[0].id;
    const show = sitrep(['show', id, '--db', db]);
    expect(show.status).toBe(0);
    expect(show.stdout).toMatch(/sources \(1 article\(s\)\):\n\s+- /);
  });

  it('show prints what the extractor read in each source sentence, and says none was kept in a database stored before', () => {
    const erbil = JSON.parse(sitrep(['events', '--db', db, '--format', 'json']).stdout).events.find((e: { location: { name: string } }) => e.location.name === 'Erbil').id;
    expect(sitrep(['show', erbil, '--db', db]).stdout).toContain(
      '\n    read: who "Kataib Hezbollah", act "attacked", whom "coalition forces", where "Erbil", hurt "several injuries", according to "CENTCOM"; rules a-attack, ');
    // reports stored before sitrep kept the evidence: nothing is marked, and the extractor is not run to guess
    const old = join(tmp(), 'old.db');
    expect(sitrep(['ingest', 'samples', '--db', old]).status).toBe(0);
    const sqlite = new Database(old);
    sqlite.prepare("UPDATE reports SET data = json_remove(data, '$.evidence')").run();
    sqlite.close();
    const shown = JSON.parse(sitrep(['show', erbil, '--db', old, '--json']).stdout);
    const nothing = shown.event.sources.map(() => null);
    expect(nothing.length).toBeGreaterThan(1);
    expect([shown.evidence, shown.rules]).toEqual([nothing, nothing]);
    const text = sitrep(['show', erbil, '--db', old]).stdout;
    expect(text.match(/\n    read: not recorded \(the article was stored by an earlier sitrep\)\n/g)).toHaveLength(nothing.length);
  });

  it('reads plain text with headers, HTML pages, and stdin with --published', () => {
    const db2 = join(tmp(), 'two.db');
    expect(sitrep(['ingest', join(fixtures, 'good', 'gao-ambush.txt'), join(fixtures, 'good', 'kabul.html'), '--db', db2]).status).toBe(0);
    const events = JSON.parse(sitrep(['events', '--db', db2, '--format', 'json']).stdout).events;
    expect(events.map((e: { location: { name: string } }) => e.location.name).sort()).toEqual(['Gao', 'Kabul']);
    const noDate = sitrep(['ingest', join(fixtures, 'good', 'no-date.txt'), '--db', db2]);
    expect(noDate.status).toBe(1);
    expect(noDate.stderr).toMatch(/no-date\.txt: no publication date/);
    const stdin = sitrep(['ingest', '-', '--db', db2, '--published', '2024-05-20'], readFileSync(join(fixtures, 'good', 'no-date.txt')));
    expect(stdin.status, stdin.stderr).toBe(0);
  });

  it('reads an RSS feed with broken entities: one article per item, outlet from the channel, dates as the feed wrote them', () => {
    const db2 = join(tmp(), 'feed.db');
    const run = sitrep(['ingest', join(fixtures, 'good', 'wire.rss'), '--db', db2]);
    expect(run.status, run.stderr).toBe(0);
    const events = ExportDocument.parse(JSON.parse(sitrep(['export', '--db', db2, '--format', 'json']).stdout)).events;
    expect(events.map((e) => [e.location.name, e.date, e.sources[0]!.outlet, e.sources[0]!.url, e.sources[0]!.published])).toEqual([
      ['Menaka', '2024-05-14', 'Sahel Wire & Partners', 'https://example.test/menaka?id=7&ref=rss', '2024-05-15'],
      ['Tillaberi', '2024-05-15', 'Sahel Wire & Partners', 'https://example.test/tillaberi', '2024-05-16'],
    ]);
  });

  it('bad inputs get one line each naming the file, the good ones in the same run are stored', () => {
    const db3 = join(tmp(), 'bad.db');
    const run = sitrep(['ingest', join(fixtures, 'bad'), join(fixtures, 'good', 'gao-ambush.txt'), join(fixtures, 'missing.json'), '--db', db3]);
    expect(run.status).toBe(3); // some inputs failed, something was stored
    const lines = run.stderr.trim().split('\n');
    const expectations: Array<[string, RegExp]> = [
      ['binary.json', /is binary/], ['broken.json', /broken JSON/], ['empty.txt', /is empty/], ['french.txt', /not English/],
      ['no-article.html', /no article text/], ['wrong-shape.json', /not an article/], ['missing.json', /no such file/], ['truncated.rss', /feed is cut off/],
    ];
    for (const [file, reason] of expectations) expect(lines.some((l) => l.includes(file) && reason.test(l)), `${file}: ${run.stderr}`).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(JSON.parse(sitrep(['events', '--db', db3, '--format', 'json']).stdout).events).toHaveLength(1);
    const onlyBad = sitrep(['ingest', join(fixtures, 'bad', 'empty.txt'), '--db', db3]);
    expect(onlyBad.status).toBe(1);
  });

  it('a corrected story under a stored id, in the middle of an array or a JSON Lines file, is named in one line; its neighbours are stored', () => {
    const work = tmp();
    const db4 = join(work, 'corrected.db');
    const story = (id: string, place: string) => ({ id, published: '2024-05-14', text: `Gunmen killed three villagers near ${place} on Monday, police said.` });
    writeFileSync(join(work, 'first.json'), JSON.stringify(story('wire-2', 'Gao')));
    expect(sitrep(['ingest', join(work, 'first.json'), '--db', db4]).status).toBe(0);
    const corrected = { ...story('wire-2', 'Gao'), text: 'Gunmen killed four villagers near Gao on Monday, police said.' };
    writeFileSync(join(work, 'batch.json'), JSON.stringify([story('wire-1', 'Mopti'), corrected, story('wire-3', 'Menaka')]));
    writeFileSync(join(work, 'batch.jsonl'), [story('wire-4', 'Kidal'), corrected, story('wire-5', 'Timbuktu')].map((a) => JSON.stringify(a)).join('\n'));
    const inputs = [join(work, 'batch.json'), join(work, 'batch.jsonl')];
    for (const workers of ['1', '2']) {
      const db5 = join(work, `copy-${workers}.db`);
      cpSync(db4, db5);
      const run = sitrep(['ingest', ...inputs, '--db', db5, '--workers', workers]);
      expect(run.status, run.stderr).toBe(3);
      expect(run.stderr.trim().split('\n')).toEqual([
        `sitrep: ${inputs[0]} (article 2): article id "wire-2" is already stored with a different text: give the corrected story a new id`,
        `sitrep: ${inputs[1]} (article 2): article id "wire-2" is already stored with a different text: give the corrected story a new id`,
        expect.stringMatching(/^ingested 4 article\(s\) from 2 file\(s\).*, 2 input\(s\) failed$/),
      ]);
      const places = JSON.parse(sitrep(['events', '--db', db5, '--format', 'json']).stdout).events.map((e: { location: { name: string } }) => e.location.name);
      expect(places.sort()).toEqual(['Gao', 'Kidal', 'Menaka', 'Mopti', 'Timbuktu']);
    }
  });

  it('eval scores articles against gold and lists the misses', () => {
    const run = sitrep(['eval', '--gold', join(ROOT, 'test', 'corpus', 'gold'), join(ROOT, 'test', 'corpus', 'articles')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/event_f1=\d\.\d\d field_acc=\d\.\d\d tally_f1=\d\.\d\d/);
    expect(run.stderr).toMatch(/extracted 14 article\(s\)/);
    expect(sitrep(['eval', '--gold', join(ROOT, 'nowhere'), 'samples']).status).toBe(2);
  });

  it('eval --together scores merging as an ingest of all the articles into one database would', () => {
    const corpus = join(ROOT, 'test', 'merge-corpus');
    const run = sitrep(['eval', '--quiet', '--together', '--gold', join(corpus, 'gold'), join(corpus, 'articles')]);
    expect(run.status, run.stderr).toBe(0);
    const together = /dedupe_f1=(\d\.\d\d)\n$/.exec(run.stdout);
    expect(together, run.stdout).not.toBeNull();
    const all = join(tmp(), 'all.db');
    const out = join(tmp(), 'all.json');
    expect(sitrep(['ingest', join(corpus, 'articles'), '--db', all, '-q']).status).toBe(0);
    expect(sitrep(['export', '--db', all, '--format', 'json', '-o', out]).status).toBe(0);
    const s = score(join(corpus, 'gold'), out);
    expect(s.dedupe.tp).toBeGreaterThan(0);
    expect(together![1]).toBe(s.dedupe.f1.toFixed(2));
    expect(run.stdout).toContain(`pairs tp=${s.dedupe.tp} fp=${s.dedupe.fp} fn=${s.dedupe.fn}`);
    // without --quiet it lists the incidents kept apart and the events joining incidents before its figures
    const listed = sitrep(['eval', '--together', '--gold', join(corpus, 'gold'), join(corpus, 'articles')]);
    expect(listed.stdout).toMatch(/incidents kept apart \(\d+\):\n[^]*events joining incidents \(\d+\):\n[^]*together \(all articles in one database\)/);
    expect(run.stdout).not.toContain('incidents kept apart');
  });

  it('stops quietly when its reader goes away (sitrep events | head -1)', () => {
    const big = join(tmp(), 'big.db');
    expect(sitrep(['ingest', join(REAL, 'articles'), '--db', big, '-q']).status).toBe(0);
    // the JSON export is several pipe buffers long, so the writer outlives its reader
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" events --format json --db "${big}" | head -c 100; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/^\{/);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('explains itself', () => {
    expect(sitrep(['--help']).stdout).toMatch(/ingest[\s\S]*events[\s\S]*export[\s\S]*tally/);
    expect(sitrep(['export', '--help']).stdout).toMatch(/--format <format>/);
  });
});

// Articles as a hostile or broken feed could send them; every output must stay safe to open.
describe('output hygiene', () => {
  const db = join(tmp(), 'hostile.db');
  const articles = [
    { id: 'formula', title: 'Ambush near Gao', outlet: '=HYPERLINK("http://evil.test","Wire")', url: 'https://example.test/gao', published: '2024-05-14',
      text: 'Gunmen ambushed a Malian army patrol near Gao on Monday, killing three soldiers, a military source said.' },
    { id: 'script', title: 'Kaduna\uD800 abduction', outlet: 'Sahel\uDC00 Wire\u0007', url: 'javascript:alert(document.cookie)', published: '2024-06-10',
      text: 'Gunmen\u001b[2J abducted 12 passengers near Kaduna on Sunday,\u0007 police said.\uD83D' },
  ];

  beforeAll(() => {
    const file = join(tmp(), 'hostile.json');
    writeFileSync(file, JSON.stringify(articles));
    const run = sitrep(['ingest', file, '--db', db]);
    expect(run.status, run.stderr).toBe(0);
  });

  it('CSV: a cell a spreadsheet would run as a formula starts with a single quote, a negative longitude stays a number', () => {
    const [head, ...rows] = sitrep(['export', '--db', db, '--format', 'csv']).stdout.split('\n');
    expect(head).toBe(ACLED_COLUMNS.join(','));
    const gao = rows.find((r) => r.includes(',Gao,'));
    expect(gao).toContain(`,"'=HYPERLINK(""http://evil.test"",""Wire"")",`);
    expect(gao).toMatch(/,Gao,16\.\d+,-0\.\d+,2,/);
  });

  it('keeps an http(s) article URL and stores any other scheme as no URL', () => {
    const { events } = ExportDocument.parse(JSON.parse(sitrep(['export', '--db', db, '--format', 'json']).stdout));
    expect(events.flatMap((e) => e.sources.map((s) => [s.article_id, s.url])).sort()).toEqual([['formula', 'https://example.test/gao'], ['script', null]]);
  });

  it('lone surrogates and control characters are replaced at ingest, so the JSON export is valid UTF-8 and agrees with the CSV', () => {
    const json = sitrep(['export', '--db', db, '--format', 'json']).stdout;
    expect(json).not.toMatch(/\\u(d[89a-f]|00[01])/i); // jq refuses a lone surrogate's escape
    const kaduna = ExportDocument.parse(JSON.parse(json)).events.find((e) => e.location.name === 'Kaduna')!;
    expect(kaduna.sources[0]).toMatchObject({ outlet: 'Sahel\uFFFD Wire ', sentence: 'Gunmen [2J abducted 12 passengers near Kaduna on Sunday,  police said.\uFFFD' });
    const csv = sitrep(['export', '--db', db, '--format', 'csv']).stdout.split('\n');
    expect(csv.find((r) => r.includes(',Kaduna,'))).toContain(',Sahel\uFFFD Wire ,');
  });

  it('show and the events table print no control characters, even from a database written before ingest replaced them', () => {
    const { events } = JSON.parse(sitrep(['events', '--db', db, '--format', 'json']).stdout);
    const id = events.find((e: { location: { name: string } }) => e.location.name === 'Kaduna').id;
    const sqlite = new Database(db);
    sqlite.prepare("UPDATE events SET data = json_set(data, '$.sources[0].sentence', ?, '$.actor1.name', ?) WHERE id = ?")
      .run('Gunmen\u001b]0;owned\u0007 abducted\r 12 \u009b2Jpassengers\u007f near Kaduna.', '\u001b[31mGunmen', id);
    sqlite.close();
    const show = sitrep(['show', id, '--db', db]);
    expect(show.status, show.stderr).toBe(0);
    expect(show.stdout).toContain('"Gunmen]0;owned abducted 12 2Jpassengers near Kaduna."');
    expect(show.stdout).toContain('who:    [31mGunmen\n');
    const table = sitrep(['events', '--db', db]).stdout;
    expect(table).toMatch(/\n2024-06-09 +Abduction\/forced disappearance +Kaduna \(NG, p2\) +\[31mGunmen → Civilians \(Nigeria\) /);
    for (const out of [show.stdout, table]) expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
