import { describe, expect, it } from 'vitest';
import { findAttribution, findSpeaker } from './attribution.js';

describe('attribution', () => {
  it('finds the speaker of "according to X"', () => expect(findSpeaker('Five people died, according to the regional governor.')).toBe('the regional governor'));
  it('finds the speaker of ", X said"', () => expect(findSpeaker('"We were hit twice," the army spokesman said.')).toMatch(/army spokesman/));
  it('finds the speaker of "X said"', () => expect(findSpeaker('Local officials said the drone struck a market.')).toBe('Local officials'));
  it('an anonymous official', () => expect(findSpeaker('A US defense official, speaking on condition of anonymity, said the base was hit.')).toMatch(/official/));
});

describe('claims and doubts (status)', () => {
  it('c-claimed: "claimed responsibility"', () => expect(findAttribution('Al-Shabaab claimed responsibility for the blast.').claim).toBe(true));
  it('c-said-it: "said it had targeted"', () => expect(findAttribution('The group said it had targeted the airport with two drones.').claim).toBe(true));
  it('c-responsible: passive claim', () => expect(findAttribution('Responsibility for the attack was claimed by a little-known group.').claim).toBe(true));
  it('d-no-proof', () => expect(findAttribution('The rebels said they downed a jet but provided no evidence.').doubt).toBe(true));
  it('d-unverified', () => expect(findAttribution('The claim could not be independently verified.').doubt).toBe(true));
  it('d-denied', () => expect(findAttribution('The army denied that any soldier was killed.').doubt).toBe(true));
  it('a plain report is neither a claim nor doubted', () => {
    const a = findAttribution('A roadside bomb killed two soldiers on Monday, police said.');
    expect([a.claim, a.doubt]).toEqual([false, false]);
  });
  it('keeps initials and titles in a speaker\'s name', () => {
    expect(findAttribution('According to Secretary of Defense Lloyd J. Austin, three U.S. service members were hurt.').speaker).toBe('Secretary of Defense Lloyd J. Austin');
    expect(findAttribution('"We hit them," said Gen. Ahmed Ali.').speaker).toBe('Gen. Ahmed Ali');
    expect(findAttribution('Three soldiers died, according to the U.S. military.').speaker).toBe('the U.S. military');
  });
});
