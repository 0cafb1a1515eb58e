import { describe, expect, it } from 'vitest';
import { countedParty } from './tally-comparison.js';

describe('countedParty', () => {
  it('"attacks on/against X" counts X as the target', () => {
    expect(countedParty('attacks on U.S. forces')).toEqual({ name: 'Military Forces of the United States', role: 'actor2' });
    expect(countedParty('strikes against Kataib Hezbollah')).toEqual({ name: 'Kataib Hezbollah', role: 'actor2' });
  });
  it('"attacks by X", "the attack the Houthis carried out" count X as the attacker', () => {
    expect(countedParty('attacks by al-Shabaab')?.role).toBe('actor1');
    expect(countedParty('the 27th attack the Houthis had carried out')).toEqual({ name: 'Houthis', role: 'actor1' });
  });
  it('no party when the phrase names none, or names one without a role', () => {
    expect(countedParty('attacks against its troops')).toBeNull();
    expect(countedParty('Houthi attacks')).toBeNull();
  });
});
