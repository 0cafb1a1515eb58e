// `sitrep ingest --workers N` leaves the same database as a serial run, and reports bad inputs the same way.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../src/bench/generate.js';
import { ROOT, sitrep, tmp } from './helpers.js';

/** The export of a database, without the line that says when it was written. */
function exported(db: string): string {
  const run = sitrep(['export', '--db', db, '--format', 'json']);
  expect(run.status).toBe(0);
  return run.stdout.split('\n').filter((l) => !l.includes('"generated"')).join('\n');
}

describe('ingest --workers', () => {
  it('gives the same export as a serial run, merges across articles included', () => {
    const dir = tmp();
    writeCorpus(join(dir, 'generated'), 60, 11);
    const inputs = [join(ROOT, 'test', 'corpus', 'articles'), join(ROOT, 'test', 'merge-corpus', 'articles'), join(dir, 'generated')];
    const [serial, parallel] = [join(dir, 'serial.db'), join(dir, 'parallel.db')];
    const one = sitrep(['ingest', ...inputs, '--db', serial]);
    const two = sitrep(['ingest', ...inputs, '--db', parallel, '--workers', '2']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stderr).toBe(one.stderr.replace(serial, parallel));
    expect(exported(parallel)).toBe(exported(serial));
    // a second run with workers stores nothing new
    expect(sitrep(['ingest', ...inputs, '--db', parallel, '--workers', '2']).stderr).toMatch(/ingested 0 article\(s\).*already stored/);
  });

  it('names a bad input, or a bad item of a file, in one line and stores the good ones, as a serial run does', () => {
    const dir = tmp();
    const inputs = [join(ROOT, 'test', 'fixtures', 'bad', 'empty.txt'), join(ROOT, 'test', 'fixtures', 'mixed', 'mixed-items.json'), join(ROOT, 'test', 'fixtures', 'good', 'gao-ambush.txt')];
    const run = sitrep(['ingest', ...inputs, '--db', join(dir, 'bad.db'), '--workers', '2']);
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^sitrep: .*empty\.txt: is empty$/m);
    expect(run.stderr).toMatch(/^sitrep: .*mixed-items\.json \(article 2\): text is not English.*$/m);
    expect(run.stderr).toMatch(/ingested 3 article\(s\)/);
    const serial = sitrep(['ingest', ...inputs, '--db', join(dir, 'serial.db')]);
    expect(run.stderr.replace('bad.db', 'serial.db')).toBe(serial.stderr);
  });

  it('refuses a worker count that is not a whole number ≥ 1', () => {
    const run = sitrep(['ingest', 'samples', '--db', join(tmp(), 'x.db'), '--workers', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--workers must be a whole number/);
  });
});
