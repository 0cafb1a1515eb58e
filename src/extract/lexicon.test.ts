import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../util/data-files.js';
import { lexicon, reasonOf } from './lexicon.js';

const names = readdirSync(dataPath('lexicons')).filter((f) => f.endsWith('.tsv')).map((f) => f.replace(/\.tsv$/, ''));

describe('the lexicons in data/lexicons', () => {
  it('all load: every row has an id, a pattern and a reason', () => {
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(lexicon(name).length, name).toBeGreaterThan(0);
  });
  it('no rule id is used twice, in one lexicon or across them', () => {
    const ids = names.flatMap((name) => lexicon(name).map((r) => r.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('every rule says why it is there', () => {
    for (const name of names) for (const r of lexicon(name)) expect(reasonOf(name, r.id).length, `${name} ${r.id}`).toBeGreaterThan(3);
  });
});
