import { describe, expect, it } from 'vitest';
import { findCasualties } from './casualties.js';
import { extractText } from '../test-article.js';

const f = (text: string) => findCasualties(text).fatalities;
const i = (text: string) => findCasualties(text).injured;
const r = (x: { best: number | null; low: number | null; high: number | null } | null) => (x ? [x.best, x.low, x.high] : null);

describe('casualty rules', () => {
  it('c-kill-n: "killed N"', () => expect(r(f('The blast killed seven people near the market.'))).toEqual([7, 7, 7]));
  it('c-kill-n: "killing at least N" is a lower bound', () => expect(r(f('Shells hit the camp, killing at least 12 civilians.'))).toEqual([12, 12, null]));
  it('c-n-killed: "N soldiers were killed"', () => expect(r(f('Three Malian soldiers were killed in the ambush.'))).toEqual([3, 3, 3]));
  it('c-n-killed: "twenty-one dead"', () => expect(r(f('Officials counted twenty-one dead after the raid.'))).toEqual([21, 21, 21]));
  it('c-death-toll', () => expect(r(f('The death toll rose to 34 on Sunday.'))).toEqual([34, 34, 34]));
  it('vague amounts give a lower bound and no single figure', () => expect(r(f('The strikes likely killed a number of fighters.'))).toEqual([null, 1, null]));
  it('c-hurt-n and c-kill-n in one sentence', () => {
    const c = findCasualties('The shell killed one woman and wounded four others.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[1, 1, 1], [4, 4, 4]]);
  });
  it('c-n-hurt: "N service members were hurt"', () => expect(r(i('Two U.S. service members were hurt in the attack.'))).toEqual([2, 2, 2]));
  it('"one critically" does not replace the total', () => expect(r(i('The drone wounded three soldiers, one critically.'))).toEqual([3, 3, 3]));
  it('c-some-injuries: "caused injuries"', () => expect(r(i('The rocket caused injuries, the governor said.'))).toEqual([null, 1, null]));
  it('c-none-casualties: "no casualties" is zero of both', () => {
    const c = findCasualties('The mortar round caused no casualties.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[0, 0, 0], [0, 0, 0]]);
  });
  it('c-none-injured: "nobody was hurt"', () => expect(r(i('The missile fell in a field and nobody was hurt.'))).toEqual([0, 0, 0]));
  it('"killed N soldiers and M fighters" adds the figures', () => expect(r(f('Rebels said they killed 12 soldiers and 30 militiamen.'))).toEqual([42, 42, 42]));
  it('an appositive between figure and verb', () => expect(r(f('Seven fighters, most of them foreigners, were killed in the raid.'))).toEqual([7, 7, 7]));
  it('"left no one injured" is zero', () => expect(r(i('The blast damaged a school but left no one injured.'))).toEqual([0, 0, 0]));
  it('a quoted figure: killed "multiple militiamen"', () => expect(r(f('The strike killed "multiple Iranian-backed militiamen."'))).toEqual([null, 2, null]));
  it('c-n-and-m-killed: two figures before one death word', () => expect(r(f('The attacks left at least 47 soldiers and 84 fighters dead.'))).toEqual([131, 131, null]));
  it('hospitalised people are injured', () => expect(r(i('Five residents were taken to hospital.'))).toEqual([5, 5, 5]));
  // negative cases: numbers that are not casualties
  it('does not read distances or counts of weapons as casualties', () => {
    expect(f('Militants fired 12 rockets from 30 km away.')).toBeNull();
    expect(i('The attack was the 12th in a week.')).toBeNull();
  });
});

describe('vague and compound numbers (ACLED conventions)', () => {
  it('"two dozen" is 24', () => expect(r(f('Gunmen killed two dozen villagers.'))).toEqual([24, 24, 24]));
  it('"dozens" is at least 12', () => expect(f('Dozens of people were killed in the raid.')?.low).toBe(12));
  it('"hundreds" is at least 100', () => expect(f('Hundreds of people were killed in the raid.')?.low).toBe(100));
});

describe('one person, and a negation before the count', () => {
  it('c-kill-person: "killing a civilian" is one', () => expect(r(f('The drone hit an apartment building, killing a civilian.'))).toEqual([1, 1, 1]));
  it('c-person-hurt: "a civilian mariner was severely injured" is one', () => expect(r(i('A civilian mariner was severely injured.'))).toEqual([1, 1, 1]));
  it('"killed a number of fighters" stays vague', () => expect(f('The strike killed a number of fighters.')?.best).toBeNull());
  it('c-none-before-injured: "neither attack caused injuries" is zero, not "some injuries"', () =>
    expect(r(i('Neither attack was reported to have caused injuries or significant damage.'))).toEqual([0, 0, 0]));
  it('c-none-before-casualties: "no damage to the vessel or casualties"', () => expect(r(f('There was no damage to the vessel or casualties.'))).toEqual([0, 0, 0]));
  it('a figure in the same sentence beats the negation', () => expect(r(i('No group claimed the attack, which wounded five.'))).toEqual([5, 5, 5]));
});

describe('the dead named or found', () => {
  it('c-kill-named: "kills Hamas chief Ismail Haniyeh" is one', () => expect(r(f('An Israeli strike in Tehran kills Hamas chief Ismail Haniyeh.'))).toEqual([1, 1, 1]));
  it('a group named after "killed" is no person: "killed Islamic State militants" gives no figure', () => expect(f('The strike killed Islamic State militants.')).toBeNull());
  it('c-bodies: "the bodies of five men" are five dead', () => expect(r(f('The bodies of five men who had been shot were found on Sunday.'))).toEqual([5, 5, 5]));
});

describe('words for the dead in official statements', () => {
  it('"four policemen were martyred" and "two terrorists had been eliminated" count the dead', () => {
    expect(r(f('Four policemen were martyred when terrorists attacked the police station.'))).toEqual([4, 4, 4]);
    expect(r(f('Two terrorists had been eliminated, the army said.'))).toEqual([2, 2, 2]);
  });
});

describe('running tolls', () => {
  it('"at least 40 have died since the coup" is no figure of the clash just told', () => {
    const { events } = extractText('A clash between protesters and police near Juliaca on Monday left twelve people dead. At least 40 people have died in the streets since the president was removed.', '2023-01-09');
    expect(events.map((e) => e.fatalities.best)).toEqual([12]);
  });
});

describe('ages and compound tolls', () => {
  const dead = (t: string) => findCasualties(t).fatalities?.best ?? null;
  it('"Meir Tamari, 32, was killed": the number is an age', () => expect(dead('Israeli civilian Meir Tamari, 32, was killed at the settlement.')).toBe(1));
  it('"a soldier and six suspected rebels were killed" is seven', () => expect(dead('A soldier and six suspected rebels were killed in a clash.')).toBe(7));
  it('a span of days before the figures is no figure', () => expect(dead('Two days after a soldier and three civilians were killed, the army struck.')).toBe(4));
  it('thousands keep their separator', () => expect(dead('The clashes killed 1,200 people.')).toBe(1200));
});

describe('a toll put at a figure', () => {
  it('"put the number killed in the army drone strike at 85"', () =>
    expect(findCasualties('Dahiru put the number killed in the army drone strike at 85, women and children among them.').fatalities?.best).toBe(85));
});
