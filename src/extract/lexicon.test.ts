import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../util/data-files.js';
import { lexicon, matchAll, reasonOf } from './lexicon.js';

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

describe('matchAll', () => {
  // made-up sentences that touch many lexicons, some with matches of rules far apart in one lexicon
  const texts = [
    'Gunmen stormed the village of Tamba on Tuesday, killing four people, and drones struck a depot the next day, officials said.',
    'The rebels vowed to continue their attacks, while hundreds of protesters marched in the capital and police fired tear gas.',
    'Since the war began in 2020, the group has claimed responsibility for more than 40 bombings, according to a local monitor.',
    'Troops shelled the town for a third day; a separate air strike hit a market, and the army denied any role in the raid.',
    'No one was hurt.',
  ];
  // what matchAll promises: every match of every rule searched on its own from the start, in text order
  const oneByOne = (name: string, text: string) =>
    lexicon(name)
      .flatMap((rule) => [...text.matchAll(new RegExp(rule.re.source, 'gi'))].map((m) => ({ id: rule.id, index: m.index, text: m[0] })))
      .sort((a, b) => a.index - b.index || b.text.length - a.text.length);

  it('finds what each rule finds on its own, though it screens rules in groups and starts where a group first matched', () => {
    let found = 0;
    for (const name of names) {
      for (const text of texts) {
        const expected = oneByOne(name, text);
        found += expected.length;
        expect(matchAll(name, text).map((m) => ({ id: m.rule.id, index: m.index, text: m.text })), `${name}: ${text}`).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
