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
