import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/test-article.js';
import type { Actor, Mention, Place } from '../types.js';
import { armedVictim, placelessProtests } from './reconcile.js';

const tolls = (text: string) => extractText(text).events.map((e) => [e.location.name, e.fatalities.best ?? e.fatalities.low]);

describe('a lone assault', () => {
  it('one person assaulting another with no weapon is an attack, not a clash of armed sides', () => {
    const types = (text: string) => extractText(text, '2025-03-05').events.map((e) => e.sub_event_type);
    expect(types('A 52-year-old man assaulted the mayor of Utrecht outside the town hall on Tuesday evening.')).toEqual(['Attack']);
    expect(types('The minister was attacked by a man at a market in Lyon on Tuesday.')).toEqual(['Attack']);
  });
});

describe('x-aside-fight', () => {
  it('a sideless fight told in a sentence of its own leaves the killing of villagers an attack; killed in fighting is a battle', () => {
    const types = (text: string) => extractText(text, '2024-06-12').events.map((e) => e.sub_event_type);
    expect(types('Militiamen killed nine villagers in Congo\'s South Kivu province on Tuesday, local officials said. There was a gunfight for two hours, the officials said.')).toEqual(['Attack']);
    expect(types('Nine villagers were killed in fighting in Congo\'s South Kivu province on Tuesday, local officials said.')).toEqual(['Armed clash']);
    expect(types('Nine villagers were killed in Congo\'s South Kivu province on Tuesday, local officials said. The fighting broke out on Monday.')).toEqual(['Armed clash']);
  });
});

describe('x-clash-on-civilians', () => {
  it('an incursion whose only target is civilians is an attack on them; clashes with civilians named stay a battle', () => {
    const types = (text: string) => extractText(text, '2024-06-12').events.map((e) => e.sub_event_type);
    expect(types('Seven civilians were killed on Tuesday in an attack on the village of Kisoro in Congo\'s North Kivu province, local officials said. An official said M23 rebels made an incursion into Kisoro and massacred the population.')).toEqual(['Attack']);
    expect(types('Rebels clashed with soldiers in the village of Kisoro in Congo\'s North Kivu province on Tuesday, and seven civilians were killed, local officials said.')).toEqual(['Armed clash']);
  });
});

describe('x-standing-war', () => {
  it('a side\'s war told in a present relative clause names no side of the incident', () => {
    const e = extractText('Gunmen killed five farmers in Kwale, Kenya on Monday. Police called it a terror attack and held militants who are fighting the Kenyan state responsible.', '2025-03-05').events;
    expect(e.map((x) => x.actor1?.name)).toEqual(['Unidentified armed group']);
  });
});

describe('eventToll: the event\'s own figure before a wider one', () => {
  it('a toll of plural acts over a country yields to the toll at the event\'s town', () => {
    expect(tolls('Russian strikes overnight killed at least 10 people in Ukraine, officials said on Monday. In the early hours of Monday, a missile struck an apartment building in Dnipro, killing six people.'))
      .toEqual([['Dnipro', 6]]);
  });
  it('a total yields to the part told for the event\'s place', () => {
    expect(tolls('Protests against the election result broke out in Caracas on Monday. A total of 11 people have died in connection with the demonstrations, a rights group said. Of these, five were killed in Caracas.'))
      .toEqual([['Caracas', 5]]);
  });
  it('a toll told over several places yields to the toll at the event\'s town', () => {
    expect(tolls('Four people were shot dead on Monday in the two largest cities of Guinea as protests turned violent. In Conakry, police fired on a crowd of protesters, and one man was killed, a hospital said.'))
      .toEqual([['Conakry', 1]]);
  });
  it('a toll of protests in the plural at the country yields to the death at the town\'s protest', () => {
    const first = (text: string) => tolls(text)[0];
    expect(first('Police said at least five people died in protests in Senegal on Friday, as small groups burned tyres on roads. In the town of Ziguinchor, protesters torched a police station after a student died during a protest there on Friday, police said.'))
      .toEqual(['Ziguinchor', 1]);
  });
  it('a toll of protests in the plural at no place is a wave\'s, wider than any one protest\'s', () => {
    const mention = (trigger: string, place: Place | null) => ({ kind: 'protest', trigger, place }) as Mention;
    expect(placelessProtests(mention('protests', null))).toBe(true);
    expect(placelessProtests(mention('protesters', null))).toBe(false);
    expect(placelessProtests(mention('protests', { name: 'Kisumu' } as Place))).toBe(false);
  });
  it('x-parts-also: a figure told as "also" that, with the one before it, makes up the toll told is no more dead', () => {
    const dead = (text: string) => extractText(text).events.map((e) => e.fatalities.best);
    expect(dead('Gunmen attacked a ranger post in Kandi on Monday, leaving 9 dead. Four rangers were killed in the raid. Five soldiers were also killed, the army said.')).toEqual([9]);
    expect(dead('Gunmen attacked a ranger post in Kandi on Monday, leaving 9 dead. Four rangers were killed in the raid. Seven soldiers were also killed, the army said.')).toEqual([16]);
  });
  it('a figure told as "also" in a later sentence adds to the toll before it', () => {
    const hurt = (text: string) => extractText(text).events.map((e) => e.injured.best);
    expect(hurt('Protesters clashed with riot police in Lima on Saturday. The interior minister said 40 officers had been injured. He added that 12 protesters had also been hurt.')).toEqual([52]);
    expect(hurt('Protesters clashed with riot police in Lima on Saturday. The interior minister said 40 officers had been injured. He said 12 of them were in hospital.')).toEqual([40]);
  });
  it('x-breakdown-also, x-nth-also: "also" after one named "among those killed", or "a second" of the dead, adds no one', () => {
    expect(tolls('Soldiers killed six people in a raid on Kano on Monday. A local imam was among those killed. A teacher and a trader were also killed.'))
      .toEqual([['Kano', 6]]);
    expect(tolls('A drone strike in Kano on Monday killed two men, a commander and his aide. The army added that a second fighter had also been killed in the strike.'))
      .toEqual([['Kano', 2]]);
    expect(tolls('A drone strike in Kano on Monday killed a commander. The army added that a second fighter had also been killed in the strike.'))
      .toEqual([['Kano', 2]]);
  });
  it('deaths among the hurt told later add to the toll before them; a part of the dead does not', () => {
    expect(tolls('Gunmen attacked a bus station in Kano on Monday, killing four people and wounding nine. Two of the wounded later died in hospital.'))
      .toEqual([['Kano', 6]]);
    expect(tolls('Gunmen attacked a bus station in Kano on Monday, killing four people and wounding nine. Two of the dead were children.'))
      .toEqual([['Kano', 4]]);
  });
  it('a wave of attacks sums many incidents: the toll told for the one incident beside it wins', () => {
    expect(tolls('A wave of drone attacks across Somalia\'s Bay region has killed at least 70 civilians. The deadliest attack was on Baidoa on Sunday, where drones hit a market, killing 41 people.'))
      .toEqual([['Baidoa', 41]]);
  });
  it('a toll told once for a plural act\'s list of places yields to the toll told for the first place (listToll)', () => {
    expect(tolls('Gunmen attacked police posts in Bannu and Kohat on Sunday, killing six officers. In Bannu, two officers were killed when gunmen opened fire on the post on Sunday.'))
      .toEqual([['Bannu', 2], ['Kohat', null]]);
    expect(tolls('Gunmen attacked police posts in Bannu and Kohat on Sunday, killing six officers.'))
      .toEqual([['Bannu', 6], ['Kohat', null]]);
  });
  it('x-plural-acts-toll: strikes in the plural at the event\'s own town yield to the toll of the one strike told there', () => {
    expect(tolls('Drone strikes on Kherson killed five people on Sunday, officials said. A drone dropped a grenade on a bus stop in Kherson on Sunday, killing two people.'))
      .toEqual([['Kherson', 2]]);
    expect(tolls('Clashes between soldiers and rebels in Goma killed five people on Sunday. Rebels fired on an army post in Goma on Sunday, killing two soldiers.'))
      .toEqual([['Goma', 5]]);
  });
  it('one act told first with a vaguer place keeps its toll', () => {
    expect(tolls('A drone strike on a town in Ethiopia\'s Amhara region has killed at least 26 civilians, health workers said. The strike hit Finote Selam on Sunday. A doctor said many people had died at the scene.'))
      .toEqual([['Finote Selam', 26]]);
  });
});

describe('x-both-sides-hurt', () => {
  const hurt = (text: string) => extractText(text, '2025-03-05').events.map((e) => [e.injured.best, e.injured.high]);
  it('the police hurt and the protesters hurt, told apart, are two groups of the hurt', () => {
    expect(hurt('Protesters clashed with police in Leipzig on Saturday. By the evening, 8 to 12 officers had been injured. The city clinic said it had treated about 20 demonstrators for minor injuries.'))
      .toEqual([[28, null]]);
  });
  it('a figure larger than either side already counts both', () => {
    expect(hurt('Protesters clashed with police in Leipzig on Saturday. By the evening, 8 officers had been injured. The city clinic said 20 demonstrators were injured. Police later said 40 people were hurt in the clashes.'))
      .toEqual([[40, 40]]);
  });
  it('one sentence that names both is left to the casualty rules', () => {
    expect(hurt('Protesters clashed with police in Leipzig on Saturday; 8 officers were injured and 20 demonstrators were hurt.')).not.toEqual([[28, 28]]);
  });
});

describe('x-civilians-taken', () => {
  it('violence against civilians that names no one taken took civilians, an abduction as an attack', () => {
    const sides = (text: string) => extractText(text, '2024-09-16').events.map((e) => [e.sub_event_type, e.actor2?.name ?? null]);
    expect(sides('Armed men abducted him and three colleagues near Dessie, Ethiopia, on Friday.')).toEqual([['Abduction/forced disappearance', 'Civilians (Ethiopia)']]);
    expect(sides('Gunmen kidnapped the engineer outside his house in Kaduna, Nigeria, on Friday.')).toEqual([['Abduction/forced disappearance', 'Civilians (Nigeria)']]);
  });
});

describe('x-at-shipping', () => {
  it('a missile into shipping lanes that names no target was at merchant ships, whose crews are of every country', () => {
    const sides = (text: string) => extractText(text, '2024-01-12').events.map((e) => [e.actor1?.name ?? null, e.actor2?.name ?? null]);
    expect(sides('The Houthis launched an anti-ship ballistic missile into the shipping lanes of the Gulf of Aden on Thursday, the navy said.'))
      .toEqual([['Houthis', 'Civilians (International)']]);
  });
});

describe('x-force-raided', () => {
  const sides = (text: string) => extractText(text, '2024-05-09').events.map((e) => [e.actor1?.name, e.actor2?.name]);
  it('a force that came under fire during its own raid is the first side of the fight', () => {
    expect(sides('Police came under attack by gunmen during a raid on a warehouse in Recife on Wednesday, officials said.'))
      .toEqual([['Police Forces of Brazil', 'Unidentified armed group']]);
  });
  it('without a raid of the force, the gunmen who attacked it stay the first side', () => {
    expect(sides('Police came under attack by gunmen outside a warehouse in Recife on Wednesday, officials said.'))
      .toEqual([['Unidentified armed group', 'Police Forces of Brazil']]);
  });
});

describe('d-counted-no-day', () => {
  it('a count of acts over a period that joins an incident gives it no day', () => {
    const days = (text: string) => extractText(text, '2025-03-20').events.map((e) => e.date.date);
    expect(days('Turkish artillery shelled homes in the town of Saraqib. Syria has reported 55 violations of the truce since the deal took effect last week, in the hope of ending months of fighting between the Turkish army and the SDF.'))
      .toEqual(['2025-03-20']);
  });
});

describe('x-battle-armed-target', () => {
  it('a battle that named only civilians as hit takes the armed side a mention, a toll too, names as hit', () => {
    const hit = (name: string, type: Actor['type']) => ({ actor2: { name, type, country: 'BJ' } }) as unknown as Mention;
    expect(armedVictim([hit('Civilians (Benin)', 'civilians'), hit('Military Forces of Benin', 'state_military')])?.name).toBe('Military Forces of Benin');
    expect(armedVictim([hit('Civilians (Benin)', 'civilians'), hit('Unidentified armed group', 'unknown')])).toBeNull();
  });
});
