import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.js';

describe('splitClauses', () => {
  it('splits at "hours after" and marks the earlier incident', () => {
    const c = splitClauses('The strikes came hours after a drone attack injured three soldiers.');
    expect(c.map((x) => [x.text.trim(), x.antecedent])).toEqual([['The strikes came', false], ['a drone attack injured three soldiers.', true]]);
  });
  it('marks retaliation', () => {
    const c = splitClauses('Jets struck launch sites in retaliation for a rocket attack on Sunday.');
    expect(c[1]?.retaliation).toBe(true);
  });
  it('a fronted "after ..." clause ends at its comma', () => {
    const c = splitClauses('Not long after the drone attack, the group claimed a second strike.');
    expect(c.map((x) => x.antecedent)).toEqual([true, false]);
  });
});

describe('how long before', () => {
  const lag = (s: string) => splitClauses(s).find((c) => c.antecedent)?.lag;
  it('"two days after" is two days back', () => expect(lag('The raid came two days after a drone attack in Jordan.')).toEqual({ days: 2, width: 0 }));
  it('"only weeks after" is two to six weeks back', () => expect(lag('The attack comes only weeks after the group stormed a base.')).toEqual({ days: 42, width: 28 }));
  it('"hours after" is the same day', () => expect(lag('Jets struck hours after the rocket attack.')).toEqual({ days: 0, width: 0 }));
});

describe('a verb\'s own "after" joins no second incident', () => {
  it('"going after an upscale community" and "named after" do not split the clause', () => {
    expect(splitClauses('Gangs launched a new attack early Tuesday, going after an upscale community where gunmen fought residents.')).toHaveLength(1);
    expect(splitClauses('The operation, named after a village, began at dawn.')).toHaveLength(1);
  });
  it('"came after" still does', () => expect(splitClauses('The raid came after a drone attack killed three.')).toHaveLength(2));
});
