// A scraper's worst output in one folder: each bad input gets one line naming it, the good file beside
// them is stored, what was stored before is kept, and the exit code says that some inputs failed.
import { chmodSync, closeSync, copyFileSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../src/ingest/load.js';
import { ROOT, sitrep, tmp } from './helpers.js';

const fixtures = join(ROOT, 'test', 'fixtures');
const BIG_BYTES = 200 * 1024 * 1024;
const NOBODY = 65534;

/** Writes a text file of `bytes` a megabyte at a time, so the test itself never holds it in memory. */
function writeBigText(path: string, bytes: number): void {
  const line = 'A drone struck a convoy near Erbil on Monday, killing two fighters, officials said.\n';
  const chunk = Buffer.from(line.repeat(Math.ceil((1024 * 1024) / line.length))).subarray(0, 1024 * 1024);
  const fd = openSync(path, 'w');
  try {
    for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
  } finally {
    closeSync(fd);
  }
}

const eventIds = (db: string, as: object): string[] => JSON.parse(sitrep(['events', '--db', db, '--format', 'json'], undefined, as).stdout).events.map((e: { id: string }) => e.id);

describe('bad inputs', () => {
  const work = tmp('sitrep-bad-');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('one line each, naming the input, no stack; the good file is stored and nothing stored before is lost', () => {
    // root reads any file whatever its mode: run the CLI as nobody so that mode 000 means unreadable
    const as = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
    chmodSync(work, 0o777);
    const inputs = join(work, 'inputs');
    mkdirSync(inputs);
    writeBigText(join(inputs, 'huge.txt'), BIG_BYTES);
    copyFileSync(join(fixtures, 'good', 'wire.rss'), join(inputs, 'broken-entities.rss'));
    copyFileSync(join(fixtures, 'bad', 'truncated.rss'), join(inputs, 'truncated.rss'));
    copyFileSync(join(fixtures, 'good', 'gao-ambush.txt'), join(inputs, 'good.txt'));
    writeFileSync(join(inputs, 'no-body.html'), '<!doctype html><html><head><title>Only a head</title></head></html>');
    writeFileSync(join(inputs, 'truncated.json'), '[{"id":"t1","published":"2024-05-14","text":"Gunmen ambushed a patrol near Gao on Monday."},{"id":"t2","te');
    writeFileSync(join(inputs, 'secret.txt'), 'Published: 2024-05-14\n\nA drone hit Erbil on Monday.');
    chmodSync(join(inputs, 'secret.txt'), 0o000);
    mkdirSync(join(inputs, 'locked'));
    chmodSync(join(inputs, 'locked'), 0o000);
    symlinkSync(join(work, 'gone.json'), join(inputs, 'dangling.json'));
    execFileSync('mkfifo', [join(inputs, 'pipe.txt')]);
    // records the child's peak memory: reading the 200 MB file would take more than its size
    const peak = join(work, 'peak-rss');
    writeFileSync(join(work, 'peak.cjs'), `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(peak)}, String(process.resourceUsage().maxRSS * 1024)));\n`);
    const db = join(work, 'bad.db');

    const before = sitrep(['ingest', join(fixtures, 'good', 'kabul.html'), '--db', db], undefined, as);
    expect(before.status, before.stderr).toBe(0);
    const stored = eventIds(db, as);
    const run = sitrep(['ingest', inputs, '--db', db], undefined, { ...as, env: { ...process.env, NODE_OPTIONS: `--require ${join(work, 'peak.cjs')}` } });

    expect(run.status, run.stderr).toBe(3);
    const lines = run.stderr.trim().split('\n');
    const expected: Array<[string, RegExp]> = [
      ['huge.txt', /: is larger than 64 MB: split it into smaller files$/],
      ['truncated.rss', /: feed is cut off: the XML ends before its closing <\/rss>, <\/feed> or <\/rdf:RDF> tag$/],
      ['no-body.html', /: HTML page holds no article text$/],
      ['truncated.json', /: broken JSON: /],
      ['secret.txt', /: permission denied$/],
      ['locked', /: permission denied$/],
      ['dangling.json', /: is a symbolic link to a file that does not exist$/],
      ['pipe.txt', /: is not a regular file \(a pipe, socket or device\): not read$/],
    ];
    for (const [input, reason] of expected) {
      expect(lines.filter((l) => l.startsWith(`sitrep: ${join(inputs, input)}: `) && reason.test(l)), `${input}: ${run.stderr}`).toHaveLength(1);
    }
    expect(lines).toHaveLength(expected.length + 1); // and the summary line
    expect(lines.at(-1)).toMatch(/^ingested 3 article\(s\) from \d+ file\(s\).*, 8 input\(s\) failed$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(Number(readFileSync(peak, 'utf8'))).toBeLessThan(BIG_BYTES);

    const after = eventIds(db, as);
    expect(after).toEqual(expect.arrayContaining(stored));
    expect(after.length).toBe(stored.length + 3); // Gao, and the broken-entities feed's Menaka and Tillaberi
  });

  it('stdin past the size limit is refused while it is read, not after', () => {
    const run = sitrep(['ingest', '-', '--db', join(tmp(), 'stdin.db'), '--published', '2024-05-14'], Buffer.alloc(MAX_FILE_BYTES + 1, 'a'));
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')[0]).toBe('sitrep: stdin: is larger than 64 MB: split it into smaller files');
  });
});
