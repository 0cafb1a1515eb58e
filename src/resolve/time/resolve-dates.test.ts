import { describe, expect, it } from 'vitest';
import { resolveDates } from './resolve-dates.js';

// Each case: text, publication day, expected [date, earliest, latest, precision] of the first expression.
const cases: Array<[string, string, [string, string, string, number]]> = [
  ['Militants attacked the convoy on Friday.', '2024-03-05', ['2024-03-01', '2024-03-01', '2024-03-01', 1]], // past, not the coming Friday
  ['The base was hit on Tuesday.', '2024-03-05', ['2024-03-05', '2024-03-05', '2024-03-05', 1]], // the publication weekday itself
  ['Rockets fell on the town on Saturday night.', '2024-03-05', ['2024-03-02', '2024-03-02', '2024-03-03', 1]], // nights run into the next day
  ['The ministry said the strike happened last week.', '2024-03-06', ['2024-02-29', '2024-02-26', '2024-03-03', 2]],
  ['Only a few days ago a bomb went off at the gate.', '2024-03-09', ['2024-03-05', '2024-03-02', '2024-03-08', 2]], // t-some-ago: a span, not three days back
  ['Several weeks ago a bomb went off at the gate.', '2024-03-09', ['2024-02-13', '2024-01-27', '2024-03-02', 3]],
  ['Drones were downed overnight, officials said.', '2024-03-05', ['2024-03-04', '2024-03-04', '2024-03-05', 1]],
  ['Two shells landed earlier today.', '2024-03-05', ['2024-03-05', '2024-03-05', '2024-03-05', 1]],
  ['The ambush took place on December 30.', '2024-01-02', ['2023-12-30', '2023-12-30', '2023-12-30', 1]], // month-day moved to last year
  ['Fighting flared in late June.', '2024-08-10', ['2024-06-25', '2024-06-21', '2024-06-30', 3]],
  ['Fighting flared in June.', '2024-08-10', ['2024-06-15', '2024-06-01', '2024-06-30', 3]],
  ['Two soldiers were hurt on Christmas Day.', '2024-12-27', ['2024-12-25', '2024-12-25', '2024-12-25', 1]],
  ['The 2021 Christmas Eve raid killed nine.', '2024-04-05', ['2021-12-24', '2021-12-24', '2021-12-24', 1]], // t-holiday of a year given
  ['Shells fell on Christmas Day 2022 in the town.', '2024-04-05', ['2022-12-25', '2022-12-25', '2022-12-25', 1]],
  ['Shelling over the past 24 hours killed two.', '2024-03-05', ['2024-03-04', '2024-03-04', '2024-03-05', 1]],
  ['The US struck on the night of March 2, 2024, officials said.', '2024-03-04', ['2024-03-02', '2024-03-02', '2024-03-03', 1]],
  ['The raid in March last year killed four.', '2024-09-06', ['2023-03-16', '2023-03-01', '2023-03-31', 3]], // t-month-of-year
  ['The army said gunmen had struck the previous evening.', '2024-05-15', ['2024-05-14', '2024-05-14', '2024-05-14', 1]], // t-shifted: parts of a day
  ['Earlier in July, the group killed dozens in Ituri.', '2025-07-27', ['2025-07-14', '2025-07-01', '2025-07-27', 3]], // the current month: its middle so far, not publication
  ['Gunmen killed two in the early hours of Saturday.', '2024-10-21', ['2024-10-19', '2024-10-19', '2024-10-19', 1]], // the day is named: no "last night"
  ['Strikes continued overnight Friday to Saturday.', '2024-10-21', ['2024-10-18', '2024-10-18', '2024-10-19', 1]],
  ['That same day, a second group downed a helicopter.', '2025-08-24', ['2025-08-24', '2025-08-24', '2025-08-24', 1]], // t-same-day: the day the story stands at
  ['At the end of May, nine died in overnight shelling of the port.', '2024-07-02', ['2024-05-26', '2024-05-21', '2024-05-31', 3]], // a night in a stated month is no "last night"
  ['On 3 April, drones attacked the depot overnight.', '2024-04-20', ['2024-04-03', '2024-04-03', '2024-04-03', 1]],
  ['A senator was shot over the weekend at a rally.', '2025-06-08', ['2025-06-07', '2025-06-07', '2025-06-08', 2]], // t-weekend-in-progress: told on a Sunday, this weekend
  ['A senator was shot last weekend at a rally.', '2025-06-08', ['2025-05-31', '2025-05-31', '2025-06-01', 2]], // "last weekend" on a Sunday is the one before
  ['A few days before, gunmen had raided the market.', '2024-04-20', ['2024-04-14', '2024-04-14', '2024-04-18', 2]], // t-some-shifted: two to six days back
];

describe('resolveDates', () => {
  for (const [text, published, [date, earliest, latest, precision]] of cases) {
    it(`"${text}" published ${published}`, () => {
      const found = resolveDates(text, published)[0];
      expect(found, 'no date found').toBeDefined();
      expect([found!.span.date, found!.span.earliest, found!.span.latest, found!.span.precision]).toEqual([date, earliest, latest, precision]);
    });
  }

  it('t-some-shifted: "a few days before the vote" is a lag, no day', () =>
    expect(resolveDates('A few days before the vote, gunmen raided the market.', '2024-04-20').map((d) => d.rule)).not.toContain('t-some-shifted'));
  it('marks the start of a period, which is not the day of an incident', () => {
    const [since] = resolveDates('Militias have carried out 40 attacks since March 3.', '2024-04-01');
    expect(since!.periodStart).toBe(true);
  });

  it('resolves "earlier in the day" against the narrative, not publication', () => {
    const [d] = resolveDates('Earlier in the day, gunmen attacked a checkpoint.', '2024-04-01');
    expect(d!.narrative).toBe(true);
  });

  it('ignores a time of day alone, as in a ship\'s name', () => {
    expect(resolveDates('Missiles were aimed at the MV Morning Tide.', '2024-04-01')).toEqual([]);
  });

  it('ignores a clock time with no day', () => {
    expect(resolveDates('The drone was downed at 4:45 pm local time.', '2024-04-01')).toEqual([]);
  });

  it('finds no day in impossible dates', () => {
    expect(resolveDates('It happened on February 30 and on 31/31/2024.', '2024-03-01')).toEqual([]);
  });
});

describe('resolveDates, years', () => {
  it('a number after a day is not a future year', () => {
    const [d] = resolveDates('There have been 70 attacks since October 17th, 32 of them in Iraq.', '2023-11-23');
    expect(d!.span.date).toBe('2023-10-17');
  });
});

describe('days counted from another day', () => {
  it('"two days earlier" is a shift from the day the story stands at', () => {
    const [d] = resolveDates('Two days earlier, rockets hit the base.', '2024-08-08');
    expect(d!.narrative).toBe(true);
    expect(d!.shift).toEqual({ days: -2, width: 0 });
  });
  it('"the week before that" is the seven days before it', () => {
    expect(resolveDates('The week before that, drones attacked the base.', '2024-08-08')[0]!.shift).toEqual({ days: -7, width: 6 });
  });
  it('t-that-week: "earlier that week" is the six days before the day told, kept within a period told', () => {
    expect(resolveDates('Earlier that week, a mine hit a truck.', '2024-08-08')[0]!.shift).toEqual({ days: -6, width: 5, within: true });
    expect(resolveDates('Later that same week, a mine hit a truck.', '2024-08-08')[0]!.shift).toEqual({ days: 1, width: 5, within: true });
  });
  it('"two days after" is no date of its own (chrono would read a future day)', () => {
    expect(resolveDates('The raid came two days after a drone attack in Jordan.', '2024-08-08')).toEqual([]);
  });
  it('"a few weeks before the vote" counts from the vote: no day of its own', () => {
    expect(resolveDates('The rally comes a few weeks before the vote in Lisbon.', '2024-08-08')).toEqual([]);
    expect(resolveDates('The march was held several days after the verdict.', '2024-08-08')).toEqual([]);
  });
  it('"two days before voters go to the polls" counts from the vote, not from the story\'s day (t-lag)', () => {
    expect(resolveDates('The stabbing came two days before voters go to the polls.', '2024-08-08')).toEqual([]);
    expect(resolveDates('Two days before, rockets hit the base.', '2024-08-08')[0]!.shift).toEqual({ days: -2, width: 0 });
  });
});

describe('no day after publication', () => {
  it('"until April 30" past publication is a term, not the day of a past act', () => {
    expect(resolveDates('The junta extended its ceasefire until April 30.', '2025-04-25')).toEqual([]);
    expect(resolveDates('The curfew ran until April 20.', '2025-04-25').map((d) => d.span.date)).toEqual(['2025-04-20']);
  });
  it('"two minutes later", "hours after" count from a told act, not from publication: no day', () => {
    expect(resolveDates('A bomb went off on a road, and another exploded outside a mall two minutes later.', '2025-03-09')).toEqual([]);
    expect(resolveDates('Police arrived at the scene hours after the attack.', '2025-03-09')).toEqual([]);
    expect(resolveDates('The drone hit the depot two hours ago.', '2025-03-09').map((d) => d.span.date)).toEqual(['2025-03-09']);
  });
  it('"for half an hour" is a duration, no day', () => {
    expect(resolveDates('The policemen engaged the terrorists in an exchange of fire that went on for half an hour.', '2022-12-19')).toEqual([]);
  });
  it('"within 24 hours of the strike" names no day of the strike', () => {
    expect(resolveDates('Port operations resumed within 24 hours of the Israeli strike.', '2024-07-22')).toEqual([]);
  });
});

describe('the present', () => {
  it('"protesting right now" names no day', () => expect(resolveDates('"Those who are protesting on the streets right now are not students," she said.', '2024-08-05')).toEqual([]));
});

describe('the day something was said (speechDay)', () => {
  const first = (text: string, published = '2024-12-18') => resolveDates(text, published)[0]!;
  it('a dateline dates the report, no act: "MANILA, Dec 18 (NNN-PNA) –", "Kabul, Dec 12 The group..."', () => {
    expect(first('MANILA, Dec 18 (NNN-PNA) – A soldier was killed in a clash before dawn yesterday.').otherDay).toBe(true);
    expect(first('Kabul, Dec 12 The militant group said it was behind the bombing.').otherDay).toBe(true);
    expect(first('Sylhet, Dec 17: A rights group said mob attacks had grown.').otherDay).toBe(true);
  });
  it('d-dateline-outlet: the day in brackets after the outlet, "DAVAO CITY (Mindanao Star / 16 December) —", is a dateline', () =>
    expect(first('DAVAO CITY (Mindanao Star / 16 December) — Two farmers were hurt in a clash the same day.').otherDay).toBe(true));
  it('"On Monday, Dec 12 the army struck" is no dateline', () => expect(first('On Monday, Dec 16 the army struck the camp.').otherDay).toBe(false));
  it('a day before the verb of speech: "commanders on Tuesday made public", "noted on Monday"', () => {
    expect(first('Commanders on Tuesday made public a lethal offensive.').speechDay).toBe(true);
    expect(first('Stars & Stripes noted on Monday that the mission grew.').speechDay).toBe(true);
  });
  it('a short subject between the day and the verb: "On Sunday, officials said"', () => expect(first('On Sunday, officials said militants had attacked a base.').speechDay).toBe(true));
  it('a longer speaker: "On Wednesday, the U.S. Central Command gave details"', () =>
    expect(first('On Wednesday, the U.S. Central Command gave details showing that the Houthis had launched six missiles.', '2024-02-14').speechDay).toBe(true));
  it('a count between the verb and the time dates the acts counted: "ACLED reported 51 incidents in March"', () => {
    expect(first('ACLED reported 51 incidents in March.', '2024-04-10').speechDay).toBe(false);
    expect(first('The ministry reported the figures in March.', '2024-04-10').speechDay).toBe(true);
  });
  it('a night beside a day only spoken on is still last night', () =>
    expect(resolveDates('Officials said on Monday that rockets fell overnight on the camp.', '2024-10-21').map((d) => d.rule)).toContain('t-last-night'));
  it('more verbs and nouns of speech: "confirmed on Wednesday", "in an update on Saturday", "told a news conference on Monday"', () => {
    expect(first('The ministry confirmed on Wednesday that two soldiers died.').speechDay).toBe(true);
    expect(first('In an update on Saturday, the office said she was well.').speechDay).toBe(true);
    expect(first('The governor told a news conference on Monday that the town was calm.').speechDay).toBe(true);
    expect(first('The army stated on Friday that the road had reopened.').speechDay).toBe(true);
  });
  it('a night told beside a day of speech is still last night: "confirmed on Wednesday that militias fired a missile last night"', () =>
    expect(resolveDates('A spokesman confirmed on Wednesday that militias fired a missile last night at the base.', '2023-11-22').map((d) => d.rule)).toContain('t-last-night'));
  it('"Drones attacked overnight, officials said" is the night of the attack', () => expect(first('Drones attacked overnight, officials said.', '2024-10-21').speechDay).toBe(false));
  it('"On Sunday, militants attacked a base, officials said" is the day of the act', () => expect(first('On Sunday, militants attacked a base, officials said.').speechDay).toBe(false));
  it('d-said-content: a day past "that" or a verb of happening is the reported act\'s: "confirmed that on June 3 gunmen raided"', () => {
    expect(first('The spokesman confirmed that on June 3 gunmen raided the market.', '2024-06-09').speechDay).toBe(false);
    expect(first('The colonel said the ambush happened on June 3 near the river.', '2024-06-09').speechDay).toBe(false);
  });
  it('a day owned by an act is the act\'s: "said it was behind Wednesday\'s bombing"', () =>
    expect(resolveDates("The group has said it was behind Wednesday's suicide bombing.", '2024-12-12')[0]!.speechDay).toBe(false));
});

describe('parts of a day and figures after a day', () => {
  it('"the morning of 4 January 2024" is 4 January, not a month', () => {
    const d = resolveDates('The incident happened on the morning of 4 January 2024.', '2024-01-05')[0]!;
    expect([d.span.date, d.span.precision]).toEqual(['2024-01-04', 1]);
  });
  it('d-count-not-year: "Since January, 70 strikes" is no 1970', () => {
    const d = resolveDates('Since January, 70 strikes have hit the city.', '2024-05-14')[0]!;
    expect([d.span.earliest, d.span.text, d.rule]).toEqual(['2024-01-01', 'January', 'd-count-not-year']);
  });
  it('d-count-not-year: "on 5 June 23 people died" is 5 June of the latest year, not 2023', () => {
    const d = resolveDates('On 5 June 23 people died in the attack.', '2025-06-10')[0]!;
    expect([d.span.date, d.end]).toEqual(['2025-06-05', 'On 5 June'.length]);
  });
  it('d-percent: "in May, 6% fewer" is the month of May, no day', () => {
    const d = resolveDates('There were 856 blockades in May, 6% fewer than in April.', '2024-06-09')[0]!;
    expect([d.span.earliest, d.span.latest, d.span.precision]).toEqual(['2024-05-01', '2024-05-31', 3]);
    expect(resolveDates('Turnout fell on May 6, 12 per cent down on April.', '2024-06-09')[0]!.span.date).toBe('2024-05-06');
  });
  it('a four-digit year beside a day stays a year', () => expect(resolveDates('On 5 June 2023 a bomb exploded.', '2025-06-10')[0]!.span.date).toBe('2023-06-05'));
});

describe('day-list: the other days of a list', () => {
  const days = (text: string) => resolveDates(text, '2024-07-31').map((d) => [d.span.date, d.rule]);
  it('"on July 26 and 27" names two days', () => expect(days('More rockets hit the base on July 26 and 27.')).toEqual([['2024-07-26', 'chrono'], ['2024-07-27', 'day-list']]));
  it('"on 9, 10 and 11 June" names three days', () => expect(days('The base was shelled on 9, 10 and 11 June.').map(([d]) => d)).toEqual(['2024-06-09', '2024-06-10', '2024-06-11']));
  it('a figure after the day is no day', () => expect(days('On July 26, 3 people were killed.')).toEqual([['2024-07-26', 'chrono']]));
  it('d-hours: "between 2 and 4 pm on Monday" lists hours of one day, no days', () => expect(days('Raiders struck the market between 2 and 4 pm on Monday.')).toEqual([['2024-07-29', 'chrono']]));
});

describe('days that date no act', () => {
  const at = (text: string, published = '2025-06-20') => resolveDates(text, published);
  it('a month right after a name is part of it (d-month-name): "Aijaz Jan, the MLA", "Theresa May said"', () => {
    expect(at('Speaking to TNIE, Aijaz Jan, the MLA for Poonch, said the shelling began at 3 am.')).toEqual([]);
    expect(at('Theresa May said the attack was appalling.')).toEqual([]);
    expect(at('In January, gunmen attacked the town.').map((d) => d.span.earliest)).toEqual(['2025-01-01']);
  });
  it('a month opening a title names a march or an uprising, no month (d-month-title)', () => {
    expect(at('Riot police stood by at the April for Freedom rally in the port town.')).toEqual([]);
    expect(at('Marchers under the April for Freedom banner crossed the bridge on Sunday.').map((d) => d.rule)).toEqual(['chrono']);
    expect(at('Police kept apart the pro-Gaza and April for Freedom rallies.')).toEqual([]);
    expect(at('Gunmen fired on the party\'s "October March" rally in the square.')).toEqual([]);
    expect(at('Veterans of the ‘April Rising’ gathered in the capital.')).toEqual([]);
    expect(at('Students also joined an April Against Hunger march organised by the unions.')).toEqual([]);
    expect(at('The army returned in April for the first time.').map((d) => d.span.earliest)).toEqual(['2025-04-01']);
    expect(at('Rebels seized the town in April on Monday night, officials said.').map((d) => d.span.earliest)).toContain('2025-04-01');
    expect(at('They fought from April to June.').length).toBeGreaterThan(0);
  });
  it('a cut-short weekday between capitalised words is part of a name (d-weekday-name)', () => {
    expect(at('Rebel spokesman Aung Thu Lwin said the jet hit a school.')).toEqual([]);
    expect(at('Fighting spread across Mon State.')).toEqual([]);
    expect(at('Rebels shelled the town on Thursday.').map((d) => d.weekdayOnly)).toEqual([true]);
  });
  it('a cut-short weekday in lower case is the word it spells (d-weekday-word)', () => {
    expect(at('The marchers sat down on the bridge and blocked traffic.')).toEqual([]);
    expect(at('Workers rested in the sun after the rally.')).toEqual([]);
    expect(at('The marchers sat down on the bridge on Sat. evening.').length).toBe(1);
  });
  it('a night from one day to the next is an incident\'s span, no period (d-one-night)', () => {
    expect(at('Overnight from Friday to Saturday, petrol stations were looted in Dakar.').map((d) => d.periodStart)).toEqual([false]);
    expect(at('Attacks rose from Monday to Friday.').map((d) => d.periodStart)).toEqual([true]);
  });
  it('a day in a relative clause on a truce is the truce\'s (d-other-relative)', () => {
    expect(at('The strike breached the ceasefire between Israel and Hezbollah, which was meant to end the war in November 2024.').map((d) => d.otherDay)).toEqual([true]);
    expect(at('The strike, which hit the town in November 2024, killed two.').map((d) => d.otherDay)).toEqual([false]);
  });
  it('a day glossed in brackets is the day the brackets say (d-glossed)', () => {
    expect(at('Crowds attacked police posts yesterday (Thursday 28 Nov), witnesses said.', '2024-12-01').map((d) => d.span.earliest)).toEqual(['2024-11-28']);
    expect(at('Police fired on the crowd on Monday (March 3).', '2025-03-05').map((d) => d.span.earliest)).toEqual(['2025-03-03']);
    expect(at('Police fired on the crowd yesterday, and (on Monday) again.', '2025-03-05').map((d) => d.span.earliest)).toEqual(['2025-03-04', '2025-03-03']);
  });
  it('a gloss keeps the role of the day it glosses (d-glossed): a period\'s start, a day of speech', () => {
    expect(at('Nine marchers have been hurt since Tuesday (4 March), the union said.', '2025-03-07').map((d) => [d.span.earliest, d.periodStart])).toEqual([['2025-03-04', true]]);
    expect(at('The farmers said on Friday (7 March) that the depot burned.', '2025-03-08').map((d) => [d.span.earliest, d.speechDay])).toEqual([['2025-03-07', true]]);
  });
  it('a month word in lower case is a common word (d-month-word): "a protest march to Islamabad"', () => {
    expect(at('Supporters fought police as part of a protest march to Islamabad.')).toEqual([]);
    expect(at('Clashes broke out towards the end of the march.')).toEqual([]);
    expect(at('The march began in March.').map((d) => d.span.earliest)).toEqual(['2025-03-01']);
  });
  it('a day that names an election, a law, a price rise or a peace deal is that thing\'s (d-other-noun)', () => {
    for (const text of ['Thousands protested against the October 9 elections.', 'The protests followed the 12 October election.',
      'They rose up against the July 1 price rise.', 'The unrest came months after a November 2022 peace deal.']) expect(at(text)[0]!.otherDay, text).toBe(true);
    expect(at("Wednesday's bombing killed four.")[0]!.otherDay).toBe(false);
  });
  it('a day owned by what the act is compared with is that other act\'s (d-compared)', () => {
    expect(at("The march drew 9,000 people, fewer than last Saturday's.")[0]!.otherDay).toBe(true);
    expect(at("Turnout was as large as Monday's.")[0]!.otherDay).toBe(true);
    expect(at("Monday's march drew 9,000 people.")[0]!.otherDay).toBe(false);
  });
  it('a day that names a disaster ("the 6 February earthquake") is the disaster\'s, not an act\'s (d-other-noun)', () => {
    expect(at('The shells hit a camp some 40 km from the epicentre of the 6 February earthquake.')[0]!.otherDay).toBe(true);
    expect(at('Aid was slow after the June 3 floods, and the rebels attacked a convoy.')[0]!.otherDay).toBe(true);
  });
  it('a day owned by a disaster or a vote ("Tuesday\'s rail crash", "Sunday\'s vote") is that thing\'s (d-other-noun)', () => {
    expect(at("Rallies have been held across the country since Tuesday's rail crash.")[0]!.otherDay).toBe(true);
    expect(at("Crowds marched after Sunday's vote.")[0]!.otherDay).toBe(true);
    expect(at("Tuesday's ambush killed nine soldiers.")[0]!.otherDay).toBe(false);
  });
  it('a day a law was passed, or that a truce runs until, is no act\'s', () => {
    expect(at('The spark was a law passed on September 5 that obliges young people to pay.')[0]!.otherDay).toBe(true);
    expect(at('What set off the marches was a law, passed on September 5, that obliges young people to pay.')[0]!.otherDay).toBe(true);
    expect(at('The crowds oppose a decree that was signed on May 2 by the governor.')[0]!.otherDay).toBe(true);
    expect(at('The attacks came after the junta extended its ceasefire until April 30.')[0]!.otherDay).toBe(true);
    expect(at("They were protesting against the government's decision earlier in July to raise fuel prices.", '2025-07-31')[0]!.otherDay).toBe(true);
  });
  it('a day still to come ("schools would stay shut on September 7") dates no act; "until Monday, when ..." does', () => {
    expect(at('The government said schools would stay shut on September 7.', '2024-09-06')[0]!.otherDay).toBe(true);
    expect(at('The march comes before the vote the country will hold on 29 October.', '2025-09-20')[0]!.otherDay).toBe(true);
    expect(at('Protests were peaceful until Monday, when sticks were turned on protesters.', '2022-05-10')[0]!.otherDay).toBe(false);
  });
  it('"for the fourth time in a month" names no month still to come', () =>
    expect(at('The RSF attacked the hospital on Sunday for the fourth time in a month.', '2025-10-30').map((d) => d.span.date)).toEqual(['2025-10-26']));
  it('"since the war began more than two years ago" starts a period', () =>
    expect(at('These are the first drone strikes on the city since the war began more than two years ago.')[0]!.periodStart).toBe(true));
  it('"since the junta took power in March 2019", "since the revolt erupted in the south in May 2018": placed, then dated, the start still starts a period', () => {
    expect(at('The rebels have staged raids on border posts since the junta took power in March 2019.', '2025-06-01')[0]!.periodStart).toBe(true);
    expect(at('Nearly 900 people have died since the revolt erupted in the south in May 2018.', '2025-06-01')[0]!.periodStart).toBe(true);
    expect(at('The revolt erupted in the south in May 2018.', '2025-06-01')[0]!.periodStart).toBe(false);
  });
  it('"since martial law was imposed in the province on March 3": a measure in the passive after "since" starts a period', () => {
    expect(at('It was the worst attack since martial law was imposed in the province on March 3.', '2025-06-01')[0]!.periodStart).toBe(true);
    expect(at('Martial law was imposed in the province on March 3.', '2025-06-01')[0]!.periodStart).toBe(false);
  });
});

describe('a year before publication (t-year)', () => {
  it('"In 2014 ..." opening a sentence is that year', () => {
    const d = resolveDates('In 2014 Boko Haram kidnapped 270 schoolgirls in Chibok.', '2025-11-17')[0]!;
    expect([d.span.earliest, d.span.latest, d.span.precision, d.rule]).toEqual(['2014-01-01', '2014-12-31', 3, 't-year']);
  });
  it('a year further on describes a group or a war, and the publication year says nothing', () => {
    expect(resolveDates('The ADF, a group that pledged allegiance to Islamic State in 2019, carried out the assault.', '2025-07-27')).toEqual([]);
    expect(resolveDates('In 2025 the group attacked the town.', '2025-07-27')).toEqual([]);
  });
});
