// How many incidents an article reports: acts read whatever verb names them, every act of a clause with
// a setting of its own, one event per listed place or day, and words around an act that do not make it
// a summary.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract-article.js';
import { toExportEvents } from '../model/to-export.js';
import { extractText as run, testArticle } from './test-article.js';
import { findTrigger } from './rules/triggers.js';

const places = (text: string) => run(text).events.map((e) => e.location.name).sort();

// [what the case shows, text, incidents reported]
const counts: Array<[string, string, number]> = [
  ['beaten to death', 'In the district of Sirajganj, 13 policemen were beaten to death on Sunday, police said.', 1],
  ['beheaded', 'Gunmen beheaded two farmers near Mocimboa da Praia on Monday.', 1],
  ['were engaged', 'Two drones were engaged over Rzeszow on Monday night.', 1],
  ['a weapon used against', 'Pakistan used heavy artillery against villages near Jammu, India, on Wednesday.', 1],
  ['"used force against" names no weapon: no act', 'Police used excessive force against the crowd, the report said.', 0],
  ['torched', 'Rebels torched homes in Kasese, Uganda, on Friday.', 1],
  ['traded gunfire', 'Border guards and smugglers traded gunfire near Chaman, Pakistan, on Monday.', 1],
  ['confrontations', 'Tarsus, Turkey, saw violent confrontations between students and police on Friday night.', 1],
  ['engaged the terrorists', 'Policemen engaged the terrorists in Peshawar on Sunday.', 1],
  ['thwarted by the army', 'An attempt by militants to sneak in through the Uri sector of Baramulla district, Jammu and Kashmir, was thwarted by the Indian Army on Wednesday.', 1],
  ['a plot foiled is no act', 'Police said they had foiled a plot to bomb a market in Kano, Nigeria.', 0],
  ['hurled a grenade', 'Two men on a motorcycle hurled a hand grenade at a police post in Mardan, Pakistan, on Thursday.', 1],
  ['laid siege to', 'Rebels laid siege to Kalat town in Balochistan, Pakistan, for almost ten hours on Monday.', 1],
  ['machine-gunned', 'Dozens of civilians were machine-gunned in Kaya, Burkina Faso, on Saturday.', 1],
  ['a toll ("more than 21 people were shot dead") is no count of attacks', 'More than 21 people were shot dead inside the church compound in Bunia, Congo, on Sunday.', 1],
  ['a crowd ("hundreds of demonstrators") is no count of attacks', 'Hundreds of demonstrators hurled rocks at police outside Congress in Buenos Aires on Wednesday.', 1],
  ['a crowd of three words of kind ("hundreds of pro- and anti-mask demonstrators") is no count either', 'Hundreds of pro- and anti-mask demonstrators rallied outside the town hall in Leeds, England, on Saturday.', 1],
  ['"dozens of attacks" still is', 'Militias launched dozens of attacks on bases in Syria.', 0],
  ['a unit\'s number ("the 36th Front") counts nothing', 'A car bomb exploded in Jamundi on Tuesday. The 36th Front of the FARC dissidents was behind the attack.', 1],
  ['a habit told in a relative clause about the place is not the act\'s', 'Four Syrians were killed on Thursday in an Israeli strike on Shama, where Hezbollah and Israel have traded fire almost every day.', 1],
  ['an apposition is no act of its own', 'A drone strike on Finote Selam, a town in the West Gojjam zone of Amhara, Ethiopia, killed at least 28 civilians on Sunday.', 1],
  ['a fronted phrase is no act of its own', 'In another brazen attack, ISWAP fighters struck an army base in Borno State, Nigeria, killing three soldiers on Sunday.', 1],
  ['"At least" opens a figure, no fronted phrase: the acts a colon lists after a joint toll are each their own', 'At least 12 people died in two raids: two weeks ago bandits attacked a village in Zamfara, and three weeks ago they struck another in Katsina.', 2],
  ['", and another hit the orphanage" is a second strike', 'One Israeli strike on a school in Gaza City killed 17 people on Tuesday, and another hit an orphanage, killing five more.', 2],
  ['a toll "since October 7" the ministry gave yesterday is a summary', "Israel's offensive has killed at least 41,689 Palestinians since October 7, the health ministry said yesterday.", 0],
  ['the day a toll was told bounds the act\'s day, it keeps no retelling apart', 'Israeli jets struck the port of Hodeidah, Yemen, on Saturday, killing six. Sources told Sky News on Monday that the death toll from the Israeli airstrikes in Hodeidah had risen to 14.', 1],
  ['"gunshot wounds" say how the crowd\'s dead died: their toll is the protest\'s', 'Protesters stormed the parliament in Nairobi, Kenya, on Tuesday. At least five people were reported dead from gunshot wounds and more than 30 others were injured.', 1],
  ['"a different group" starts another incident', 'A truck bomb killed six civilians in Cali, Colombia, on Thursday. That same day, in the northwest, a different guerrilla group downed a police helicopter with a drone, killing 13 officers.', 2],
];

describe('how many incidents', () => {
  for (const [shows, text, n] of counts) it(`${shows}: ${n}`, () => expect(run(text, '2024-07-31').events).toHaveLength(n));
  it('"were engaged" is an interception', () => expect(findTrigger('Two drones were engaged over Rzeszow.')?.kind).toBe('interception'));
  it('a weapon used against someone is an attack with it', () =>
    expect(run('Pakistan used heavy artillery against villages near Jammu, India, on Wednesday.').events[0]?.sub_event_type).toBe('Shelling/artillery/missile attack'));
});

describe('lists: one event per place, one per day', () => {
  it('a list goes on past a repeated locative', () =>
    expect(places('Police said protesters attacked officers in Novi Sad and Belgrade, and in the towns of Pancevo and Sabac, on Thursday.')).toEqual(['Belgrade', 'Novi Sad', 'Pancevo', 'Sabac']));
  it('a list goes on past a container and a repeated "on"', () =>
    expect(places('Pakistani shells fell on Rajouri district in the Jammu region, and on the Uri and Tangdhar sectors of India on Wednesday.')).toEqual(['Rajauri', 'Tangdhar', 'Uri']));
  it('unrest told of a list of towns with no act is a riot in each, in a report of unrest (u-unrest-list)', () => {
    const es = run('Protesters clashed with police in Paris on Tuesday. Disturbances were also reported in Lyon, Toulouse and Lille.', '2024-03-27').events;
    expect(es.map((e) => e.location.name).sort()).toEqual(['Lille', 'Lyon', 'Paris', 'Toulouse']);
    expect(es.filter((e) => e.location.name !== 'Paris').map((e) => e.sub_event_type)).toEqual(['Violent demonstration', 'Violent demonstration', 'Violent demonstration']);
    expect(places('Protesters marched in Paris on Tuesday. There was also tension in Lyon and Lille.')).toEqual(['Lille', 'Lyon', 'Paris']);
  });
  it('k-relative-ends: the towns after a relative clause\'s closing comma are the main clause\'s, not the relative\'s', () => {
    const es = run('Pension protests went on across France on Thursday. In the west, where rioters had torched cars on Monday, damage was again reported in Rennes and Nantes, though the marches were calmer.', '2025-03-28').events;
    expect(es.filter((e) => e.date.date === '2025-03-27').map((e) => e.location.name).sort()).toEqual(['Nantes', 'Rennes']);
  });
  it('u-counted-by-town: arrests counted town by town in a report of unrest are the unrest of each town', () => {
    expect(places('Rioters burned bins and threw stones at police in Paris on Tuesday. Police made 40 arrests in all: 20 in Paris, 11 in Lyon, 6 in Lille and 3 in Toulouse.'))
      .toEqual(['Lille', 'Lyon', 'Paris', 'Toulouse']);
  });
  it('c-by-town: a toll broken down town by town gives each town its own part', () => {
    const es = run('Rioters burned bins and threw stones at police in Paris and in Lyon on Tuesday night. Nine officers were hurt, six in Paris and three in Lyon.', '2024-03-27').events;
    expect(es.map((e) => [e.location.name, e.injured?.best]).sort()).toEqual([['Lyon', 3], ['Paris', 6]]);
  });
  it('c-part-of-them: one town\'s part of a toll, said of the whole ("three of them in X"), is that town\'s toll', () => {
    const es = run('Gunmen killed three guards in the town of Kisumu on Monday. Officials said the violence left five guards dead, three of them in the town of Kisumu.', '2024-03-27').events;
    expect(es.map((e) => [e.location.name, e.fatalities?.best])).toEqual([['Kisumu', 3]]);
  });
  it('not unrest denied, one town alone, nor "incidents" in a report of war', () => {
    expect(places('Protesters clashed with police in Paris on Tuesday. No disturbances were reported in Lyon or Lille.')).toEqual(['Paris']);
    expect(places('Protesters clashed with police in Paris on Tuesday. Disturbances were also reported in Lyon.')).toEqual(['Paris']);
    expect(places('Russian missiles struck Kharkiv on Tuesday, the army said. Incidents were also reported in Lviv and Odesa.')).toEqual(['Kharkiv']);
  });
  it('a list goes on past a name no place was found for', () =>
    expect(places('On Saturday riots in Britain hit Liverpool, Bristol, Qwertyville, Belfast and Stoke.')).toEqual(['Belfast', 'Bristol', 'Liverpool', 'Stoke-on-Trent']));
  it('"at X in Iraq and at Y in Syria" is two places, not four', () =>
    expect(places('On July 25, militias fired rockets at Ain al-Asad Air Base in Iraq and at Mission Support Site Euphrates in Syria.'))
      .toEqual(['Ain al-Asad Air Base', 'Mission Support Site Euphrates']));
  it('a figure standing for a verb left out ("and two in Y") is a further place, with its own toll', () => {
    const es = run('Police killed four of the bandits in Gusau and two in Katsina, Nigeria, on Thursday.', '2024-08-02').events;
    expect(es.map((e) => [e.location.name, e.fatalities.best])).toEqual([['Gusau', 4], ['Katsina', 2]]);
    const another = run('One protester was shot dead in Abuja and another in Kano, Nigeria, on Thursday.', '2024-08-02').events;
    expect(another.map((e) => [e.location.name, e.fatalities.best])).toEqual([['Abuja', 1], ['Kano', 1]]);
  });
  it('a gapped figure of no toll counts something else: one region, as before', () =>
    expect(places('US jets hit seven sites on Friday, four in Syria and three in Iraq.')).toHaveLength(1));
  it('"on July 26 and 27" is two incidents at one place', () => {
    const es = run('More rockets were fired at Mission Support Site Euphrates on July 26 and 27.', '2024-07-31').events;
    expect(es.map((e) => e.date.date)).toEqual(['2024-07-26', '2024-07-27']);
  });
  it('stated days joined by "and" are a list too, however each is written', () => {
    const days = (text: string) => run(text, '2021-08-01').events.map((e) => e.date.date).sort();
    expect(days('Thirty villagers were killed in two separate attacks near Tera, Niger, last Sunday and Wednesday.')).toEqual(['2021-07-25', '2021-07-28']);
    expect(days('Gunmen attacked the market in Tera, Niger, on Monday and again on Thursday.')).toEqual(['2021-07-26', '2021-07-29']);
    expect(days('Militants attacked the army post in Ouallam, Niger, on July 12 and on July 20.')).toEqual(['2021-07-12', '2021-07-20']);
    expect(days('Militants attacked the army post in Ouallam, Niger, on June 30 and July 3.')).toEqual(['2021-06-30', '2021-07-03']);
  });
  it('two days in a row of one crowd ("held on Saturday and Sunday") stay one protest', () =>
    expect(run('Protests held in Garoua, Cameroon, on Saturday and Sunday turned violent.', '2021-08-01').events).toHaveLength(1));
  it('day-span: "a 48-hour killing spree on October 26 and 27" is one incident over both days', () => {
    const es = run('Militiamen carried out a 48-hour killing spree in El Fasher on October 26 and 27.', '2025-10-30').events;
    expect(es.map((e) => [e.date.date, e.date.latest])).toEqual([['2025-10-26', '2025-10-27']]);
  });
  it('the events of one act on listed days have ids of their own', () => {
    const article = testArticle('More rockets were fired at Mission Support Site Euphrates on July 26 and 27.', '2024-07-31');
    const ids = toExportEvents(article, extractArticle(article).events).map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
  });
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
  it('a relative clause happened at the place it hangs on, the last of those before it', () => {
    const es = run('In a coordinated attack, gunmen targeted the state capital of Kano, where a church and a police post were attacked, and the nearby city of Zaria, where another church was set on fire, Nigeria.', '2024-06-30').events;
    // the words after the first relative clause's comma go on with the clause it interrupted, not with it
    expect(es.map((e) => [e.location.name, e.location.geo_precision])).toEqual([['Kano', 1], ['Zaria', 1]]);
  });
  it('"...as another attack: in Amalfi, a police helicopter was shot down" is the other attack', () =>
    expect(places('The bombing in Cali happened on Thursday, the same day as another attack: during an operation in Amalfi, Antioquia, a police helicopter was shot down.')).toEqual(['Amalfi', 'Cali']));
});

describe('an incident recalled in a "when" clause', () => {
  it('"since April, when a jet hit a launcher" is an incident in April', () => {
    const es = run('US jets struck a depot near Qaim, Iraq, on Thursday. It was the first strike in Iraq since April, when a coalition jet hit a rocket launcher in Syria.', '2024-08-02').events;
    expect(es.map((e) => [e.location.name, e.date.date.slice(0, 7)])).toEqual([['Al Qa’im', '2024-08'], ['Syria', '2024-04']]);
  });
});

describe('one incident per article unless the text separates them', () => {
  it('a dateline\'s day dates no act, and "before dawn" joins no second incident', () => {
    const es = run('MANILA, Dec 18 (PNA) – A soldier and six rebels were killed in a clash before dawn yesterday in Balayan, Philippines.', '2023-12-18').events;
    expect(es.map((e) => e.date.date)).toEqual(['2023-12-17']);
  });
});

describe('an incident no place is known for', () => {
  it('makes no event, and says so with its rule', () => {
    const x = run('Militants ambushed a convoy of troops in Tarrokhel on Tuesday, killing three.');
    expect(x.events).toEqual([]);
    expect(x.rejected.map((r) => [r.act, r.rule])).toEqual([['ambushed', 'n-no-place']]);
  });
});
