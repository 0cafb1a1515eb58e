import { describe, expect, it } from 'vitest';
import { ACT_KINDS } from '../../types.js';
import { kindType, parseKindTypes } from './kind-types.js';
import { findTrigger } from './triggers.js';

const HEADER = 'kind\tsub_event_type\tevent_type\tweapon\treason\n';
const ROWS = ACT_KINDS.map((k) => `${k}\tArmed clash\tBattles\tany\ta reason`).join('\n');

describe('kind → ACLED type (data/acled/kind-types.tsv)', () => {
  it('types every kind of act the action lexicon uses', () => {
    for (const kind of ACT_KINDS) expect(kindType(kind).reason).not.toBe('');
    expect(kindType('abduction')).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' });
  });
  it('reads columns by name, in any order', () => {
    const swapped = 'event_type\tkind\tsub_event_type\treason\tweapon\n' + ACT_KINDS.map((k) => `Protests\t${k}\tPeaceful protest\tr\tnone`).join('\n');
    expect(parseKindTypes(swapped, 'x.tsv').get('riot')).toMatchObject({ event_type: 'Protests', sub_event_type: 'Peaceful protest', weapon: 'none' });
  });
  it('refuses a sub-event type of another event type, naming the file and line', () =>
    expect(() => parseKindTypes(HEADER + ROWS.replace('attack\tArmed clash', 'attack\tAir/drone strike'), 'x.tsv')).toThrow(/^data\/x\.tsv: line 2: .*sub_event_type/));
  it('refuses an unknown kind and a missing one', () => {
    expect(() => parseKindTypes(HEADER + ROWS.replace(/^attack/, 'ambush'), 'x.tsv')).toThrow(/line 2: kind/);
    expect(() => parseKindTypes(HEADER + ROWS.split('\n').slice(1).join('\n'), 'x.tsv')).toThrow(/no row for kind attack/);
  });
  it('a weapon "heavy" kind keeps small arms a fight and lets artillery type it', () => {
    expect(findTrigger('Clashes with rifles broke out in the town.')).toMatchObject({ sub_event_type: 'Armed clash', weapon: 'small arms' });
    expect(findTrigger('Clashes with artillery broke out in the town.')?.sub_event_type).toBe('Shelling/artillery/missile attack');
  });
  it('w-small-arms: a "gun attack" names its weapon, so none is borrowed from another act of the article', () =>
    expect(findTrigger('The raid followed a separate gun attack on a police station late on Friday.')).toMatchObject({ weapon: 'small arms' }));
  it('a weapon "none" kind ignores the weapon named', () => expect(findTrigger('Protesters marched as police fired rubber bullets.')).toMatchObject({ event_type: 'Protests', weapon: null }));
});
