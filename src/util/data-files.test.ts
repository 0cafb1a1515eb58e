import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataPath, readTable } from './data-files.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// readTable reads under data/; a table elsewhere is reached by a relative path from there
const table = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return relative(dataPath(''), join(dir, name));
};
const Row = z.object({ country: z.string().regex(/^[A-Z]{2}$/), kind: z.enum(['name', 'demonym']), name: z.string().min(1) });

describe('readTable: rows by column name, checked at load', () => {
  it('reads each row by the header\'s names, whatever their order', () =>
    expect(readTable(table('ok.tsv', '# comment\nname\tkind\tcountry\nBritain\tname\tGB\n'), Row)).toEqual([{ country: 'GB', kind: 'name', name: 'Britain' }]));
  it('a wrong value stops the load with the file, line and column', () =>
    expect(() => readTable(table('bad.tsv', '# comment\ncountry\tkind\tname\nGB\tname\tBritain\nGB\tnickname\tBlighty\n'), Row)).toThrow(/bad\.tsv: line 4: kind/));
  it('a missing column is a missing value', () =>
    expect(() => readTable(table('short.tsv', 'country\tkind\nGB\tname\n'), Row)).toThrow(/short\.tsv: line 2: name/));
  it('a table with no header says so', () => expect(() => readTable(table('empty.tsv', '# only a comment\n'), Row)).toThrow(/no header/));
});
