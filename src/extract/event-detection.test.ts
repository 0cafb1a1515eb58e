// How many incidents an article reports: acts read whatever verb names them, one event per listed place
// or day, and words around an act that do not make it a summary.
import { describe, expect, it } from 'vitest';
import { extractText as run } from './test-article.js';
import { findTrigger } from './rules/triggers.js';

const places = (text: string) => run(text).events.map((e) => e.location.name).sort();

describe('acts however they are named', () => {
  const acts = [
    'In the district of Sirajganj, 13 policemen were beaten to death on Sunday, police said.',
    'Gunmen beheaded two farmers near Mocimboa da Praia on Monday.',
    'Two drones were engaged over Rzeszow on Monday night.',
    'Pakistan used heavy artillery against villages near Jammu, India, on Wednesday.',
    'Rebels torched homes in Kasese, Uganda, on Friday.',
    'Policemen engaged the terrorists in Peshawar on Sunday.',
    'Dozens of civilians were machine-gunned in Kaya, Burkina Faso, on Saturday.',
  ];
  for (const text of acts) it(`an act: "${text}"`, () => expect(run(text).events).toHaveLength(1));
  it('"were engaged" is an interception', () => expect(findTrigger(acts[2]!)?.kind).toBe('interception'));
  it('a weapon used against someone is an attack with it', () => expect(run(acts[3]!).events[0]?.sub_event_type).toBe('Shelling/artillery/missile attack'));
  it('"used force against" names no weapon: no act', () => expect(run('Police used excessive force against the crowd, the report said.').events).toHaveLength(0));
});

describe('sizes, units and asides are no summaries', () => {
  it('a toll ("more than 21 people were shot dead") is no count of attacks', () =>
    expect(run('More than 21 people were shot dead inside the church compound in Bunia, Congo, on Sunday.').events).toHaveLength(1));
  it('a crowd ("hundreds of demonstrators") is no count of attacks', () =>
    expect(run('Hundreds of demonstrators hurled rocks at police outside Congress in Buenos Aires on Wednesday.').events).toHaveLength(1));
  it('"dozens of attacks" still is', () => expect(run('Militias launched dozens of attacks on bases in Syria.').events).toHaveLength(0));
  it('a unit\'s number ("the 36th Front") counts nothing', () =>
    expect(run('A car bomb exploded in Jamundi on Tuesday. The 36th Front of the FARC dissidents was behind the attack.').events).toHaveLength(1));
  it('a habit told in a relative clause about the place is not the act\'s', () =>
    expect(run('Four Syrians were killed on Thursday in an Israeli strike on Shama, where Hezbollah and Israel have traded fire almost every day.').events).toHaveLength(1));
});

describe('lists: one event per place, one per day', () => {
  it('a list goes on past a repeated locative', () =>
    expect(places('Police said protesters attacked officers in Novi Sad and Belgrade, and in the towns of Pancevo and Sabac, on Thursday.')).toEqual(['Belgrade', 'Novi Sad', 'Pancevo', 'Sabac']));
  it('a list goes on past a name no place was found for', () =>
    expect(places('On Saturday riots in Britain hit Liverpool, Bristol, Qwertyville, Belfast and Stoke.')).toEqual(['Belfast', 'Bristol', 'Liverpool', 'Stoke']));
  it('"on July 26 and 27" is two incidents at one place', () => {
    const es = run('More rockets were fired at Mission Support Site Euphrates on July 26 and 27.', '2024-07-31').events;
    expect(es.map((e) => e.date.date)).toEqual(['2024-07-26', '2024-07-27']);
  });
});

describe('one incident per article unless the text separates them', () => {
  it('a dateline\'s day dates no act, and "before dawn" joins no second incident', () => {
    const es = run('MANILA, Dec 18 (PNA) – A soldier and six rebels were killed in a clash before dawn yesterday in Balayan, Philippines.', '2023-12-18').events;
    expect(es.map((e) => e.date.date)).toEqual(['2023-12-17']);
  });
  it('"a different group" starts another incident', () => {
    const es = run('A truck bomb killed six civilians in Cali, Colombia, on Thursday. That same day, in the northwest, a different guerrilla group downed a police helicopter with a drone, killing 13 officers.', '2025-08-24').events;
    expect(es).toHaveLength(2);
  });
});

describe('a list whose items say where they are', () => {
  it('"at X in Iraq and at Y in Syria" is two places, not four', () =>
    expect(places('On July 25, militias fired rockets at Ain al-Asad Air Base in Iraq and at Mission Support Site Euphrates in Syria.'))
      .toEqual(['Ain al-Asad Air Base', 'Mission Support Site Euphrates']));
});

describe('every act of a clause, not only its first', () => {
  it('a second verb with a place of its own is a second incident, with the same crowd and day', () => {
    const es = run('On Thursday protesters wrecked the party offices in Novi Sad and fought police in Belgrade, Serbia.', '2024-06-30').events;
    expect(es.map((e) => [e.location.name, e.event_type, e.date.date])).toEqual([['Novi Sad', 'Riots', '2024-06-27'], ['Belgrade', 'Riots', '2024-06-27']]);
  });
  it('a relative clause with its own act and day is an incident where the words before it say', () => {
    const es = run('In Nanterre, the town west of Paris where a teenager was shot dead on Tuesday, protesters set cars alight, France.', '2024-06-30').events;
    expect(es.map((e) => [e.location.name, e.date.date])).toContainEqual(['Nanterre', '2024-06-25']);
    expect(es).toHaveLength(2);
  });
  it('an apposition is no act of its own', () =>
    expect(run('A drone strike on Finote Selam, a town in the West Gojjam zone of Amhara, Ethiopia, killed at least 28 civilians on Sunday.').events).toHaveLength(1));
  it('a fronted phrase is no act of its own', () =>
    expect(run('In another brazen attack, ISWAP fighters struck an army base in Borno State, Nigeria, killing three soldiers on Sunday.').events).toHaveLength(1));
});

describe('further acts the words set apart', () => {
  it('", and another hit the orphanage" is a second strike', () =>
    expect(run('One Israeli strike on a school in Gaza City killed 17 people on Tuesday, and another hit an orphanage, killing five more.').events).toHaveLength(2));
  it('a toll "since October 7" that the ministry gave yesterday is a summary', () =>
    expect(run("Israel's offensive has killed at least 41,689 Palestinians since October 7, the health ministry said yesterday.").events).toHaveLength(0));
});

describe('what a colon introduces', () => {
  it('"...as another attack: in Amalfi, a police helicopter was shot down" is the other attack', () =>
    expect(run('The bombing in Cali happened on Thursday, the same day as another attack: during an operation in Amalfi, Antioquia, a police helicopter was shot down.', '2025-08-24').events.map((e) => e.location.name).sort()).toEqual(['Amalfi', 'Cali']));
});
