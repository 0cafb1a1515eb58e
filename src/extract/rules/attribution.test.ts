import { describe, expect, it } from 'vitest';
import { findActors } from '../../resolve/actor/find-actors.js';
import { extractText } from '../test-article.js';
import { claimant, findAttribution, findSpeaker } from './attribution.js';

describe('attribution', () => {
  it('finds the speaker of "according to X"', () => expect(findSpeaker('Five people died, according to the regional governor.')).toBe('the regional governor'));
  it('leaves an adverb out of the speaker and names no one for a pronoun', () => {
    expect(findSpeaker('The Observatory further reported that an armed group had executed four civilians.')).toBe('The Observatory');
    expect(findSpeaker('It also said an armed group had opened fire on three siblings.')).toBeNull();
  });
  it('finds the speaker of ", X said"', () => expect(findSpeaker('"We were hit twice," the army spokesman said.')).toMatch(/army spokesman/));
  it('finds the speaker of "X said"', () => expect(findSpeaker('Local officials said the drone struck a market.')).toBe('Local officials'));
  it('names no one where the verb describes a noun ("the fifth reported strike", "an alleged attack")', () => {
    expect(findSpeaker('It was the fifth reported strike on the plant this fall.')).toBeNull();
    expect(findSpeaker('Police are investigating an alleged attack on a journalist.')).toBeNull();
    expect(findSpeaker('The army reported two strikes on the plant.')).toBe('The army');
  });
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

describe('who claims', () => {
  const claimer = (text: string) => claimant(text, findActors(text))?.actor.name ?? null;
  it('c-said-it: "X announced that it had launched"', () => expect(findAttribution('Hezbollah announced that it had launched drones at the base.').claim).toBe(true));
  it('the claimant is the subject of the claim, not the actor its act was aimed at', () =>
    expect(claimer('Hezbollah fired drones at Israeli military positions, and said it had attacked a post in Metula.')).toBe('Hezbollah'));
  it('c-said-it: a state that says it did the act claims it, and the one its act was aimed at does not', () => {
    expect(claimer('Two days earlier the United States said it had killed the head of al-Shabaab\'s intelligence wing in a drone strike.')).toBe('Military Forces of the United States');
    expect(claimer('The ministry said it had struck the depot of the Houthis overnight.')).toBeNull();
  });
  it('c-said-it: a day after "on" is no target ("On Tuesday the army said it had...")', () =>
    expect(claimer('On Tuesday the Malian army said it had carried out an air attack in coordination with the military of Burkina Faso.')).toBe('Military Forces of Mali'));
  it('c-signed: banners signed by a group and left at the scene name it', () => {
    const text = 'Narco-banners signed by the Sinaloa Cartel were left beside the bodies.';
    expect(findAttribution(text).claim).toBe(true);
    expect(claimer(text)).toBe('Sinaloa Cartel');
  });
  it('a group described anew ("the powerful Lebanese group said it...") is the group the text named last', () =>
    expect(extractText('Hezbollah fired drones at Israeli positions on Friday, a day after the powerful Lebanese group said it had attacked an army post in Metula.', '2024-06-07')
      .events.flatMap((e) => e.mentions.map((m) => m.actor1?.name))).toEqual(['Hezbollah', 'Hezbollah']));
});

describe('a claim with no act of its own', () => {
  const sides = (text: string) => extractText(text, '2023-12-31').events.map((e) => [e.actor1?.name ?? null, e.actor2?.name ?? null]);
  it('r-claim-only: "the group said it was responsible" names the perpetrator of the incident just told', () =>
    expect(sides('On Saturday, al-Harir airbase, which hosts U.S. forces near Erbil, was targeted by an armed drone. The Islamic Resistance in Iraq said in a statement that it was responsible.'))
      .toEqual([['Islamic Resistance in Iraq', 'Military Forces of the United States']]));
  it('r-claims-many: a claim of many counted attacks claims none of the incidents told', () => {
    const text = 'A bomb exploded at a police post in Pattani, Thailand, on Sunday night, wounding two officers. In a communique at the start of August, in which it claimed responsibility for 12 attacks, eight of them this year, the BRN urged talks with Bangkok.';
    const rules = extractText(text, '2024-10-08').events.flatMap((e) => e.mentions.flatMap((m) => m.rules));
    expect(rules).toContain('a-explosion');
    expect(rules).not.toContain('r-claim-only');
  });
  it('r-claim-only: a group that signed the messages left at the scene outranks the unknown gunmen the acts name', () =>
    expect(sides('Gunmen ambushed a police patrol near Zamora on Tuesday, killing five officers. Messages that appeared to be signed by the Gulf Cartel were found nearby.')[0]![0])
      .toBe('Gulf Cartel'));
  it('a statement on a channel is no claim of responsibility', () =>
    expect(sides('On Saturday, al-Harir airbase was targeted by an armed drone. Hezbollah said in a statement posted on Telegram that the region was tense.')[0]![0]).not.toBe('Hezbollah'));
});
