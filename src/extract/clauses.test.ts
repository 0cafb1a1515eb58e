import { describe, expect, it } from 'vitest';
import { coordinateParts, splitClauses } from './clauses.js';

describe('splitClauses', () => {
  it('splits at "hours after" and marks the earlier incident', () => {
    const c = splitClauses('The strikes came hours after a drone attack injured three soldiers.');
    expect(c.map((x) => [x.text.trim(), x.antecedent])).toEqual([['The strikes came', false], ['a drone attack injured three soldiers.', true]]);
  });
  it('"since April, when ..." is a clause of its own, hung on the time a period starts at', () => {
    const sentence = 'It was the first strike in Iraq since April, when a coalition jet hit a rocket launcher in Syria.';
    const c = splitClauses(sentence);
    expect(c.map((x) => x.text)).toEqual(['It was the first strike in Iraq since April', 'a coalition jet hit a rocket launcher in Syria.']);
    expect(c[1]?.dayAt).toBe(sentence.indexOf('April'));
  });
  it('"clashes on Thursday, when demonstrators squared off" tells one incident: no cut', () =>
    expect(splitClauses('The capital saw clashes on Thursday, when demonstrators squared off against police.')).toHaveLength(1));
  it('"after Friday prayers" tells the hour, as "after dusk" does: no earlier incident, no cut', () => {
    expect(splitClauses('Police fired on worshippers leaving the mosque after Friday prayers on 4 May.')).toHaveLength(1);
    expect(splitClauses('Crowds gathered after the evening prayers in the square.')).toHaveLength(1);
    expect(splitClauses('Police fired on worshippers after a bomb went off.')).toHaveLength(2);
  });
  it('marks retaliation', () => {
    const c = splitClauses('Jets struck launch sites in retaliation for a rocket attack on Sunday.');
    expect(c[1]?.retaliation).toBe(true);
  });
  it('"the strikes were India\'s answer to" an attack: the attack is answered', () => {
    const c = splitClauses("The strikes were India's answer to the April 22 terror attack in Pahalgam that killed 25 tourists.");
    expect(c.map((x) => [x.antecedent, x.retaliation])).toEqual([[false, false], [true, true]]);
  });
  it('"X followed Y": Y is the earlier incident, and runs past a comma', () => {
    const c = splitClauses('The air strike followed claims by the group, a network of militias, that it had attacked US troops in Syria.');
    expect(c.map((x) => x.antecedent)).toEqual([false, true]);
  });
  it('"I have followed how the war unfolded" is no connective', () => expect(splitClauses('As a scholar, I have followed how this war has unfolded.')).toHaveLength(1));
  it('a fronted "after ..." clause ends at its comma', () => {
    const c = splitClauses('Not long after the drone attack, the group claimed a second strike.');
    expect(c.map((x) => x.antecedent)).toEqual([true, false]);
  });
  it('k-past-relative: an "after ..." clause runs on past a relative clause\'s commas', () => {
    const c = splitClauses('The raid comes a week after the gang, which controls the port, stormed a prison in the north, freeing 40 inmates, officials said.');
    expect(c.filter((x) => x.antecedent).map((x) => x.text)).toEqual([' the gang, which controls the port, stormed a prison in the north, freeing 40 inmates']);
  });
  it('k-relative-after: an "after" inside a person\'s relative clause ends at its comma, where the main clause goes on', () => {
    const c = splitClauses('The former mayor, who fled abroad after resigning on 2 March, wrote that a massacre had taken place in the town.');
    expect(c.map((x) => [x.text.trim(), x.antecedent])).toEqual([['The former mayor, who fled abroad', false], ['resigning on 2 March', true], ['wrote that a massacre had taken place in the town.', false]]);
    // an aside inside the "after" clause is no end of the relative
    expect(splitClauses('The war, which began after gunmen killed 40 people, most of them farmers, in May, goes on.').filter((x) => x.antecedent)).toHaveLength(1);
  });
});

describe('how long before', () => {
  const lag = (s: string) => splitClauses(s).find((c) => c.antecedent)?.lag;
  it('"two days after" is two days back', () => expect(lag('The raid came two days after a drone attack in Jordan.')).toEqual({ days: 2, width: 0 }));
  it('"only weeks after" is two to six weeks back', () => expect(lag('The attack comes only weeks after the group stormed a base.')).toEqual({ days: 42, width: 28 }));
  it('"a day after", "the day after", "a week after" are one of them', () => {
    expect(lag('Shops stayed shut on Friday, a day after gunmen killed five traders.')).toEqual({ days: 1, width: 0 });
    expect(lag('Shops stayed shut on Friday, the day after gunmen killed five traders.')).toEqual({ days: 1, width: 0 });
    expect(lag('Shops reopened on Friday, a week after gunmen killed five traders.')).toEqual({ days: 7, width: 0 });
  });
  it('"hours after" is the same day', () => expect(lag('Jets struck hours after the rocket attack.')).toEqual({ days: 0, width: 0 }));
  it('"last week after" dates the main clause, no lag', () => expect(lag('Thousands fled the district last week after militiamen burned the market.')).toBeNull());
});

describe('a verb\'s own "after" joins no second incident', () => {
  it('"going after an upscale community" and "named after" do not split the clause', () => {
    expect(splitClauses('Gangs launched a new attack early Tuesday, going after an upscale community where gunmen fought residents.')).toHaveLength(1);
    expect(splitClauses('The operation, named after a village, began at dawn.')).toHaveLength(1);
  });
  it('"came after" still does', () => expect(splitClauses('The raid came after a drone attack killed three.')).toHaveLength(2));
});

describe('coordinateParts: where a clause may join acts of its own', () => {
  const parts = (s: string) => coordinateParts({ text: s, start: 0, antecedent: false, retaliation: false, lag: null }).map((c) => [c.text.trim(), !!c.relative, !!c.elided]);
  it('a new subject after a comma', () => expect(parts('Jets shot down four drones over Kursk, one drone attacked Belgorod')).toEqual([['Jets shot down four drones over Kursk', false, false], ['one drone attacked Belgorod', false, false]]));
  it('a second verb of the same subject', () => expect(parts('Protesters wrecked offices in Novi Sad and fought police in Belgrade')[1]).toEqual(['fought police in Belgrade', false, true]));
  it('a relative clause ends at its comma, and the clause it interrupted goes on', () =>
    expect(parts('In Nanterre, where a teenager was shot dead on Tuesday, protesters set cars alight').map(([t, r]) => [t, r])).toEqual([['In Nanterre', false], ['a teenager was shot dead on Tuesday', true], ['protesters set cars alight', false]]));
  it('"killed eight and wounded 20" is one act\'s toll', () => expect(parts('troops killed eight people in Ramallah and wounded nearly 20 others in Jenin')).toHaveLength(1));
  it('a second act named by its noun', () => expect(parts('it carried out a drone attack on US troops in northern Iraq and a rocket attack in Syria').map(([t]) => t)).toEqual(['it carried out a drone attack on US troops in northern Iraq', 'a rocket attack in Syria']));
  it('a colon introduces a part, unless a quotation', () => {
    expect(parts('the same day as another attack: in Amalfi, a helicopter was shot down').map(([t]) => t)).toContain('in Amalfi');
    expect(parts('He said: "they attacked us in Kursk"')).toHaveLength(1);
  });
  it('"killed when rebels attacked" is one act, not a relative part', () => expect(parts('Nine were killed when rebels attacked Beni')).toHaveLength(1));
});
