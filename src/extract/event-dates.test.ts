import { describe, expect, it } from 'vitest';
import { buildContext } from './context.js';
import { sentenceMentions } from './mentions.js';
import { extractText, testArticle } from './test-article.js';

describe('the day of an event, not the day it was told', () => {
  it('a day given the act beats the day officials spoke of it', () => {
    const { events } = extractText(
      'A drone attack on the hospital in El Fasher has killed about 70 people, the WHO chief said on Sunday. Local officials had reported the attack on the hospital in El Fasher on Saturday.',
      '2025-01-26');
    expect(events.map((e) => e.date.date)).toEqual(['2025-01-25']);
  });
  it('an act told with no day after the days of its protest wave took the wave\'s days, not the report\'s (d-wave-span)', () => {
    const wave = 'A rights group said on Monday that police had used excessive force against farmers. The protests, which ran from 3 to 9 March, were held over fuel prices. In Multan, four protesters were shot dead.';
    const [event] = extractText(wave, '2025-05-20').events.filter((e) => e.location.name === 'Multan');
    expect([event?.date.earliest, event?.date.latest]).toEqual(['2025-03-03', '2025-03-09']);
    // a span of months is a period, no wave's days
    const period = extractText(wave.replace('from 3 to 9 March', 'from March to May'), '2025-05-20').events.filter((e) => e.location.name === 'Multan');
    expect(period[0]?.date.earliest).not.toBe('2025-03-01');
  });
  it('t-anniversary: "on that day in 2019" is the day just told, in that year', () => {
    const { events } = extractText('Saturday, March 2, marks five years since the revolt in Nairobi. On that day in 2019, police shot dead four protesters in Nairobi.', '2024-03-04');
    expect(events.map((e) => e.date.date)).toContain('2019-03-02');
  });
  it('"the deadly weekend ambush" happened over the last weekend, on either of its days, not on a Saturday', () => {
    const { events } = extractText('The army said on Tuesday that the deadly weekend ambush of soldiers in Gao was the work of rebels.', '2024-03-19');
    expect(events.map((e) => [e.date.earliest, e.date.latest])).toEqual([['2024-03-16', '2024-03-17']]);
  });
  it('"earlier in the day" with no day named before it yields to the day the act is later given (d-loose-same-day)', () => {
    const { events } = extractText('Militants carried out a drone attack on a base in Erbil, Iraq, earlier in the day, wounding three soldiers. The drone attack on the base in Erbil happened on Monday, officials said.', '2024-03-20');
    expect(events.map((e) => e.date.date)).toEqual(['2024-03-18']);
  });
  it('a report dated only by a speech day keeps it', () => {
    const { events } = extractText('A drone attack on a hospital in El Fasher killed 30 people, a medical source said on Saturday.', '2025-01-26');
    expect(events.map((e) => e.date.date)).toEqual(['2025-01-25']);
  });
  it('a later toll told on another day is the same incident ("sources said on Monday that the death toll had risen")', () => {
    const { events } = extractText(
      'An Israeli airstrike hit the port of Hodeidah on Saturday, killing at least six people. Sources told Sky News Arabic on Monday that the death toll from the Israeli airstrikes in Hodeidah had risen to 14.',
      '2024-07-22');
    expect(events.map((e) => [e.date.date, e.fatalities.best])).toEqual([['2024-07-20', 14]]);
  });
  it('a toll since a day, given on a day, sums up a war: no event', () => {
    const { events } = extractText(
      'An Israeli strike on a school in Nuseirat killed three people on Tuesday. Israel\'s military offensive in the Gaza Strip has killed at least 41,689 Palestinians since October 7, the health ministry said on Tuesday.',
      '2024-10-02');
    expect(events.map((e) => e.fatalities.best)).toEqual([3]);
  });
});

describe('a toll of the time a clause hangs on', () => {
  it('"since March, when eleven people died" is a toll of March, not of the raid told before it', () => {
    const { events } = extractText('Bandits raided Kaura village on Tuesday, killing two farmers. Residents have fled the area since March, when eleven people died.', '2024-04-10');
    expect(events.map((e) => e.fatalities.best)).toEqual([2]);
  });
});

describe('"after Y": the day before its main clause\'s act, not before the day it was said', () => {
  it('"Police said on Saturday that ..., after security forces clashed" gives the clash no day (not Friday)', () => {
    const ctx = buildContext(testArticle('Police said on Saturday that 15 people had died in protests in Senegal, after security forces and demonstrators clashed in Dakar.', '2023-06-03'));
    const clash = sentenceMentions(ctx, ctx.sentences[0]!).find((m) => m.antecedent);
    expect(clash?.date).toBeNull();
  });
  it('"X struck on Monday after Y" still dates Y the day before at the earliest', () => {
    const ctx = buildContext(testArticle('Jets struck Gaza on Monday after militants fired rockets at Sderot.', '2024-05-14'));
    const rockets = sentenceMentions(ctx, ctx.sentences[0]!).find((m) => m.antecedent);
    expect([rockets?.date?.earliest, rockets?.date?.latest]).toEqual(['2024-05-12', '2024-05-13']);
  });
  it('d-lag-story-day: "days after Y, in retaliation for Z in late January" counts Y from the story\'s day, not from Z\'s', () => {
    const ctx = buildContext(testArticle('A US drone strike hit a car in Baghdad on Wednesday. The strike came days after the US carried out an air assault on sites in Syria, in retaliation for a drone strike that killed three US troops in Jordan in late January.', '2024-02-08'));
    const assault = sentenceMentions(ctx, ctx.sentences[1]!).find((m) => m.trigger === 'assault');
    expect([assault?.date?.earliest, assault?.date?.latest]).toEqual(['2024-02-01', '2024-02-05']);
  });
});

describe('an act after a lag borrows the day of the clause it hangs on, counted back (d-lag-back)', () => {
  const lagged = (text: string) => {
    const ctx = buildContext(testArticle(text, '2025-09-26'));
    const m = sentenceMentions(ctx, ctx.sentences[0]!).find((x) => x.antecedent);
    return [m?.date?.earliest, m?.date?.latest];
  };
  it('"a day after", "one day after", "the day after": the day before', () => {
    expect(lagged('A curfew stayed in force in Kargil on Thursday, a day after four protesters were killed in clashes with police.')).toEqual(['2025-09-24', '2025-09-24']);
    expect(lagged('The country slid into crisis on Saturday, one day after the suppression of demonstrations left two people dead in Dakar.')).toEqual(['2025-09-19', '2025-09-19']);
    expect(lagged('Shops stayed shut in Kano on Friday, the day after gunmen killed five traders.')).toEqual(['2025-09-25', '2025-09-25']);
  });
  it('"two days after", "a week after": that many days back', () => {
    expect(lagged('Schools reopened in Kano on Friday, two days after gunmen killed five traders.')).toEqual(['2025-09-24', '2025-09-24']);
    expect(lagged('Markets reopened in Kano on Friday, a week after gunmen killed five traders.')).toEqual(['2025-09-19', '2025-09-19']);
  });
  it('"hours after": the same day', () => {
    expect(lagged('Roads were closed in Kano on Friday, hours after gunmen killed five traders.')).toEqual(['2025-09-26', '2025-09-26']);
  });
  it('a bare "after" or "following" keeps the day of the clause it hangs on', () => {
    expect(lagged('A curfew was imposed in Kano on Friday after gunmen killed five traders.')).toEqual(['2025-09-26', '2025-09-26']);
    expect(lagged('A curfew was imposed in Kano on Friday following clashes in which five traders were killed.')).toEqual(['2025-09-26', '2025-09-26']);
  });
});

describe('a day with no year in a chronology of an earlier year', () => {
  const story = 'On March 4, 2022, three guards were killed in an ambush by rebels near Beni, Congo. On March 9, two more guards were shot dead by rebels in Butembo.';
  it('d-year-recall: "On March 4, 2022, ... On March 9, ..." goes on in 2022, not the last March before publication', () => {
    expect(extractText(story, '2024-06-10').events.map((e) => e.date.date)).toEqual(['2022-03-04', '2022-03-09']);
  });
  it('a day the story does not open with keeps the last one before publication', () => {
    const { events } = extractText(story.replace('On March 9, two more guards', 'Two more guards').replace('Butembo.', 'Butembo on March 9.'), '2024-06-10');
    expect(events.map((e) => e.date.date)).toEqual(['2022-03-04', '2024-03-09']);
  });
});

describe('a weekday after a sentence that went back to a stated day', () => {
  it('d-weekday-recall: "Earlier, on September 26, ... said ... on Thursday night" is the Thursday of that week', () => {
    const { events } = extractText(
      'Houthi forces sent a drone toward Eilat late on Sunday. Earlier, on September 26, the Houthis said they had fired a missile at Israel. Their spokesman said the group had launched a ballistic missile at Jaffa on Thursday night.',
      '2025-10-06');
    // Thursday 25 September, the missile the sentence before told of: one incident, not a second on 2 October
    expect(events.map((e) => e.date.date)).toEqual(['2025-10-05', '2025-09-26']);
  });
  it('d-weekday-told: a weekday the story already told keeps its day after a recalled one', () => {
    const { events } = extractText(
      'Gunmen opened fire on a police van in Kulgam on Saturday night, wounding two officers. On November 14 last year, gunmen ambushed a patrol in Kulgam and killed three officers. Police believe the same gang carried out Saturday\'s attack.',
      '2024-05-13');
    expect(events.map((e) => e.date.date)).toEqual(['2024-05-11', '2023-11-14']);
  });
  it('a weekday after a sentence that only names an old day in passing keeps its own week', () => {
    const { events } = extractText(
      'The Houthis have attacked ships since Hamas\' October 7 attack on Israel. On Thursday, Houthi militants hit a cargo ship in the Gulf of Aden with two missiles.',
      '2024-06-15');
    expect(events.map((e) => e.date.date)).toEqual(['2024-06-13']);
  });
});

describe('running tolls since a month long past', () => {
  it('"have left more than 200 people dead since May last year" and "Since May last year, over 200 dead" are no incident\'s toll', () => {
    const { events } = extractText('On Friday, suspected militants fired two rockets in Bishnupur; an elderly man was killed and five others were hurt. Since May last year, over 200 dead and thousands left without homes in Manipur. The clashes between the communities have left more than 200 people dead since May last year.', '2024-09-06');
    expect(events.map((e) => e.fatalities.best)).toEqual([1]);
  });
});

describe('a day counted from another in the same sentence', () => {
  it('t-that-week: "Earlier that week" after a month told is a recalled act of that month, apart from the lead', () => {
    const { events } = extractText(
      'Two soldiers were killed on Tuesday when a roadside bomb went off in Kandahar. In August, three policemen were killed when a landmine went off in Herat. Earlier that week, a captain was killed when a roadside bomb hit his vehicle in Kunduz.',
      '2021-09-07');
    const kunduz = events.find((e) => e.location.name === 'Kunduz');
    expect(kunduz?.date.earliest.slice(0, 7)).toBe('2021-08');
    expect(events.find((e) => e.location.name === 'Kandahar')?.date.date).toBe('2021-09-07');
  });
  it('"the previous evening, the army said on Tuesday" is Monday', () => {
    const { events } = extractText('Gunmen killed three soldiers in Mopti the previous evening, the army said on Tuesday.', '2024-05-15');
    expect(events.map((e) => e.date.date)).toEqual(['2024-05-13']);
  });
  it('"two days earlier" counts from the day the sentence states', () => {
    const { events } = extractText('On Sunday, officials said militants had attacked a base near Gao two days earlier.', '2024-05-15');
    expect(events.map((e) => e.date.date)).toEqual(['2024-05-10']);
  });
});

describe('the day of something else dates no act', () => {
  it('a protest told again with the day of its cause ("a law passed on September 5") is the protest told', () => {
    const { events } = extractText(
      'Young demonstrators and police fought in Lima on Saturday. At least 19 people were hurt. The immediate spark for the protests was a law passed on September 5 that obliges young people to pay into private pension funds.',
      '2025-09-29');
    expect(events.map((e) => e.date.date)).toEqual(['2025-09-27']);
  });
  it('a perfect-tense toll dated only by an election is a summary ("ahead of the June 2 elections")', () => {
    const { events } = extractText(
      'Gunmen shot dead a mayoral candidate in Celaya on Monday. She was campaigning. Police found the car. So far, at least 14 candidates have been killed ahead of Mexico\'s June 2 elections.',
      '2024-04-03');
    expect(events.map((e) => [e.date.date, e.fatalities.best])).toEqual([['2024-04-01', 1]]);
  });
});

describe('an act the text gives no day: the day the report tells of (d-report-day)', () => {
  it('a lead that names the day before publication dates the undated acts that day', () => {
    const { events } = extractText(
      'A police van was torched outside the town hall in Grenoble. Riot police fought protesters in Lyon on Sunday, officials said.',
      '2024-05-13');
    expect(events.find((e) => e.location?.name === 'Grenoble')?.date.date).toBe('2024-05-12');
  });
  it('a speech day of the day before in the lead sets it too ("the ministry said on Sunday")', () => {
    const { events } = extractText(
      'The interior ministry said on Sunday that gunmen had stormed a police post in Kano, killing two officers.',
      '2024-05-13');
    expect(events.map((e) => e.date.date)).toEqual(['2024-05-12']);
  });
  it('"yesterday" in the title makes it a report of the day before', () => {
    const { events } = extractText(
      'Clashes in Lagos yesterday\n\nProtesters threw stones at soldiers in Lagos and burned tyres on the main road.',
      '2024-05-13');
    expect([...new Set(events.map((e) => e.date.date))]).toEqual(['2024-05-12']);
  });
  it('d-report-after: a day in a clause opened by "following" is an earlier act\'s, not the report\'s day', () => {
    const { events } = extractText(
      'Following the incidents in Lyon on Saturday, police deployed in force across France. A police van was torched outside the town hall in Grenoble.',
      '2024-05-13');
    expect(events.map((e) => e.date.date)).toEqual(['2024-05-13']);
  });
  it('the lead runs to the fifth line: a day named there after three lines of reaction is the report\'s', () => {
    const { events } = extractText(
      'Gunmen attacked the village of Daffo in Plateau State, killing nine residents. Survivors fled to the nearby town of Bokkos. The state governor condemned the killings in a statement. Soldiers have been deployed to the area, a spokesman said. Local leaders said the gunmen arrived on motorcycles late on Tuesday. Aid groups have asked for help.',
      '2025-03-20');
    expect(events.map((e) => e.date.date)).toEqual(['2025-03-18']);
  });
  it('a lead that names an act two days before publication dates the undated acts that day', () => {
    const { events } = extractText(
      'A police van was torched outside the town hall in Grenoble. Riot police fought protesters in Lyon on Saturday.',
      '2024-05-13');
    expect(events.find((e) => e.location?.name === 'Grenoble')?.date.date).toBe('2024-05-11');
  });
  it('a lead that names an act three days before publication (a weekend between) dates the undated acts that day, inside their span', () => {
    const { events } = extractText(
      'A police van was torched outside the town hall in Grenoble. Riot police fought protesters in Lyon on Friday.',
      '2024-05-13');
    const grenoble = events.find((e) => e.location?.name === 'Grenoble')!.date;
    expect(grenoble.date).toBe('2024-05-10');
    expect(grenoble.earliest <= grenoble.date && grenoble.date <= grenoble.latest).toBe(true);
  });
  it('an act day in the lead beats a speech day of the day before ("clashes on Saturday ..., the ministry said on Sunday")', () => {
    const { events } = extractText(
      'Gunmen stormed a police post in Kano. Soldiers fought the gunmen in Zaria on Saturday, the ministry said on Sunday.',
      '2024-05-13');
    expect(events.find((e) => e.location?.name === 'Kano')?.date.date).toBe('2024-05-11');
  });
  it('an act a week back in the lead is a recalled one, no day of the report', () => {
    const { events } = extractText(
      'Gunmen stormed a police post in Kano, killing two officers. A similar raid on May 6 killed four in Zaria.',
      '2024-05-13');
    expect(events.find((e) => e.location?.name === 'Kano')?.date.date).toBe('2024-05-13');
  });
  it('a report naming no earlier day tells of its own day', () => {
    const { events } = extractText('Gunmen stormed a police post in Kano, killing two officers, the police said.', '2024-05-13');
    expect(events.map((e) => e.date.date)).toEqual(['2024-05-13']);
  });
  it('a day before publication named only far down, for a side matter, leaves the report on its own day', () => {
    const { events } = extractText(
      'Gunmen stormed a police post in Kano, killing two officers. The governor visited the wounded. Schools stayed open. Markets were busy. Traders said prices had risen. The state had announced new patrols on Sunday.',
      '2024-05-13');
    expect(events.map((e) => e.date.date)).toEqual(['2024-05-13']);
  });
});

describe('d-retold-day: the day a sentence of no act gives the incident it names', () => {
  const dates = (text: string) => extractText(text, '2024-05-14').events.map((e) => e.date.date);
  it('beats the day it was said on', () =>
    expect(dates('Gunmen attacked a police post in Kano, killing two officers, the police said on Wednesday. The incident on Monday evening shocked the city.'))
      .toEqual(['2024-05-13']));
  it('not when the article so names two days', () =>
    expect(dates('Gunmen attacked a police post in Kano, killing two officers, the police said on Wednesday. The incident on Monday evening shocked the city. ' +
      'In Zaria the violence began on Sunday.')).toEqual(['2024-05-08']));
});
