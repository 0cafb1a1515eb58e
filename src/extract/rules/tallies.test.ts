import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../resolve/time/resolve-dates.js';
import { extractText } from '../test-article.js';
import { findTallies, tallyKeeper } from './tallies.js';
import { namesWarPeriod, sentencePeriods, tallyPeriod } from './tally-period.js';

const PUBLISHED = '2024-05-20';
const find = (s: string) => findTallies(s, resolveDates(s, PUBLISHED));
const counts = (s: string) => find(s).map((t) => t.count);
const rules = (s: string) => find(s).map((t) => t.rule);
/** each count of a sentence with its period: [count, since, until] */
const periods = (s: string, lookups = {}) => {
  const dates = resolveDates(s, PUBLISHED);
  return findTallies(s, dates).map((t) => {
    const p = tallyPeriod(sentencePeriods(s, dates), t, PUBLISHED, lookups);
    return [t.count, p.since, p.until];
  });
};

describe('counts of incidents (data/lexicons/tally-counted.tsv)', () => {
  it('t-count: a figure and the acts it counts, over a period', () => {
    expect(counts('A tally by officials has counted 58 attacks on its forces since March 2.')).toEqual([58]);
    expect(counts('The air force has carried out at least 250 airstrikes so far.')).toEqual([250]);
    expect(counts('Monitors counted 14 explosions in the city in the past week.')).toEqual([14]);
    expect(counts('There were 312 protests across the country in 2023.')).toEqual([312]);
    expect(counts('Unknown gunmen carried out 12 kidnappings in the state this year.')).toEqual([12]);
  });
  it('t-count: kinds of act and parties may stand between the figure and the act', () => {
    expect(find('The group claimed 30 drone and rocket attacks in the past two weeks.')[0]?.what).toBe('drone and rocket attacks');
    expect(counts('There have been 41 Houthi attacks on shipping since January.')).toEqual([41]);
    expect(counts('Monitors recorded 1,200 organised political violence events in the region this year.')).toEqual([1200]);
  });
  it('t-count: a list of kinds may close on the noun\'s own kind ("air and artillery strikes")', () => {
    expect(find('Jets carried out 53 air and artillery strikes in the district since Monday.')[0]?.what).toMatch(/^air and artillery strikes/);
  });
  it('tc-operations: operations and armed actions a force mounts, not "operations centers"', () => {
    expect(counts('Security forces have launched 12 counterinsurgency operations in the district this year.')).toEqual([12]);
    expect(counts('The US hit two operations centers of the militia this year.')).toEqual([]);
  });
  it('t-part-of-them: a part over a period of its own counts the acts before it; a part by place does not', () => {
    expect(find('The militia said it carried out 30 raids, 18 of them in 2023 and the rest earlier.').map((t) => [t.count, t.rule])).toEqual([[18, 't-part-of-them']]);
    expect(counts('Rebels have staged 50 raids since March 3, 20 of them in the north.')).toEqual([50]);
  });
  it('t-count: no figure of people, a year, a breakdown, a bare "events" or a count without a period', () => {
    expect(counts('The army has killed more than 4,000 fighters since the war began.')).toEqual([]);
    expect(counts('More than 2,000 people have been displaced since Monday.')).toEqual([]);
    expect(counts('More than 1,200 people were killed in drone strikes in Haiti since March.')).toEqual([]);
    expect(counts('Gunmen killed 5 people in attacks on Sunday.')).toEqual([]);
    expect(counts('In 2021 attacks on the road fell sharply.')).toEqual([]);
    expect(counts('There have been 30 attacks since June, 12 of them in the north.')).toEqual([30]);
    expect(counts('Tensions rose this week because of two events in the town.')).toEqual([]);
    expect(counts('At least 15 strikes hit the port overnight.')).toEqual([]);
    expect(counts('Militias launched dozens of attacks since May.')).toEqual([]);
  });
  it('t-kept: a named keeper\'s verb of counting makes a count to date, its period unstated', () => {
    expect(rules('The UNHCR has verified 212 attacks on schools.')).toEqual(['t-kept']);
    expect(counts('The Red Cross recorded 64 assaults on clinics in the province.')).toEqual([64]);
    expect(counts('Officials reported two attacks in the town.')).toEqual([]);
    expect(counts('Police recorded three attacks on Saturday.')).toEqual([]);
  });
  it('tc-modifier: "disclosed", "announced" strikes are counted strikes', () => {
    expect(counts('Since March there have been 9 announced strikes on the smuggling boats.')).toEqual([9]);
  });
  it('tc-modifier: a crowd told as unlawful or peaceful is still counted; "blockages" are blockades', () => {
    expect(counts('In the past 24 hours the ministry has recorded 40 unauthorized gatherings and 12 road blockages.')).toEqual([40, 12]);
    expect(counts('Police counted 25 peaceful protests across the province over the past week.')).toEqual([25]);
  });
  it('t-fronted-day, t-with-day, t-dash-aside: the day of a one-day count may stand before its stretch', () => {
    expect(counts('On Friday, 29 rallies took place across the country.')).toEqual([29]);
    expect(counts('Unrest spread on Monday, with crowds gathering at some 250 rallies across the country.')).toEqual([250]);
    expect(counts('Unrest spread on Monday, with 9,000 marchers – a figure organisers, who counted 20,000, dispute – at 250 rallies across the country.')).toEqual([250]);
  });
  it('t-count: a phrase that is no count gives way to the count inside it', () => {
    expect(counts('Militants have killed 25 soldiers in three attacks since Friday.')).toEqual([3]);
    expect(counts('Gunmen have abducted more than 1,500 people in 120 kidnappings this year.')).toEqual([120]);
  });
  it('t-count: the period stands in the count\'s stretch between commas, the one before, or the opening one', () => {
    expect(counts('The ship was hit twice, the navy said, in the latest of more than 40 attacks since November.')).toEqual([40]);
    expect(counts('Two guards died in three separate attacks, officials said, the latest in a wave of violence since January.')).toEqual([]);
    expect(counts('The ministry said that, since Oct. 17, there have been 160 attacks on the border posts.')).toEqual([160]);
    expect(counts('Since March, the air force has struck the valley more than 40 times.')).toEqual([40]);
  });
  it('t-count: a count told on a day counts one day\'s acts, not a period\'s', () => {
    expect(counts('Two attacks in the town on Sunday killed nine, bringing the toll since January to 300.')).toEqual([]);
    expect(counts('Rebels launched three attacks on Tuesday and Wednesday in the region this week.')).toEqual([]);
    expect(counts('On Sunday, officials said there had been 66 attacks since March 3.')).toEqual([66]);
    expect(counts('Since March 3, there have been 60 attacks, the latest on Tuesday.')).toEqual([60]);
  });
  it('t-count: "two hundred", and kinds of act the modifiers name ("suspected", "combat")', () => {
    expect(counts('More than two hundred suspected drone attacks have hit the province since April.')).toEqual([200]);
    expect(counts('The general staff recorded 120 combat clashes over the past day.')).toEqual([120]);
  });
  it('t-count: munitions fired are a salvo, not a count of incidents', () => {
    expect(counts('The army said it had downed more than 900 drones this month.')).toEqual([]);
    expect(counts('Rebels fired 14 rockets in all at the town.')).toEqual([]);
  });
  it('t-times: "N times" after a verb of the act', () => {
    expect(find('Troops in the region have been attacked at least 44 times since April 2.').map((t) => [t.count, t.rule, t.what])).toEqual([[44, 't-times', 'attacked']]);
    expect(counts('The navy responded only 6 times as of May 1.')).toEqual([6]);
    expect(counts('Artillery shelled the village twice since Sunday.')).toEqual([2]);
    expect(find('Forces came under drone and rocket attack at least 9 times between May 3 and 9.').map((t) => [t.count, t.what])).toEqual([[9, 'came under drone and rocket attack']]);
  });
  it('t-times: not a comparison or a frequency', () => {
    expect(counts('Since 2020, the budget has grown three times the size of the army.')).toEqual([]);
    expect(counts('The town is shelled five times a day since March.')).toEqual([]);
    expect(counts('He has been elected four times since 2001.')).toEqual([]);
  });
  it('t-ordinal: "the 12th attack since", and a word ordinal only over a period with a first day', () => {
    expect(counts('It was the 12th attack on shipping since May 1.')).toEqual([12]);
    expect(counts("The rebels fired a missile, the group's 31st attack since Feb. 2.")).toEqual([31]);
    expect(counts('This is the fifth ASBM fired by the rebels in the last two days.')).toEqual([5]);
    expect(counts('Gunmen raided the market for the fourth time since January.')).toEqual([4]);
    expect(counts('Gang violence forced the port to close for the second time this year.')).toEqual([]);
    expect(periods("The jets carried out the force's 100th airstrike of the year on Saturday.")).toEqual([[100, '2024-01-01', PUBLISHED]]);
    expect(counts('The raid was the third on the camp in recent weeks.')).toEqual([]);
    expect(counts('Iran fired 90 missiles, its second attack of this kind.')).toEqual([]);
  });

  it('tc-fighting: a gunfight counts in the singular too, and an "encounter" is one', () => {
    expect(counts('It was the third encounter in the district since March 4.')).toEqual([3]);
    expect(counts('It was the second clash on the border since March 4.')).toEqual([2]);
    expect(counts('It was her first encounter with reporters since March 4.')).toEqual([]);
  });
  it('t-ordinal-again: a second rank with its act left out counts the same acts over its own period', () => {
    expect(find('It was the fifth strike on the refinery this fall and the seventh so far this year.').map((t) => [t.count, t.rule])).toEqual([[5, 't-ordinal'], [7, 't-ordinal-again']]);
    expect(counts('The raid was the third on the camp this month, and the 12th since January.')).toEqual([3, 12]);
    expect(counts('It was the second attack on the base this month, and the first to kill anyone.')).toEqual([2]);
  });
  it('this month and this season open the period at their first day', () => {
    expect(periods('Gunmen staged the fourth attack on the mine this month.')).toEqual([[4, PUBLISHED.slice(0, 7) + '-01', PUBLISHED]]);
    expect(periods('Rebels have carried out 14 attacks on the highway so far this month.')).toEqual([[14, PUBLISHED.slice(0, 7) + '-01', PUBLISHED]]);
    expect(periods('Drones have hit the port 9 times this spring.')).toEqual([[9, '2024-03-01', PUBLISHED]]);
    expect(periods('It was the sixth attack on the depot this winter.')).toEqual([[6, '2023-12-01', PUBLISHED]]);
  });
  it('t-ordinal: a unit or a day is no ordinal count', () => {
    expect(counts("The army's 21st Brigade has held the town since April.")).toEqual([]);
    expect(counts('The 5th of May attack killed nine; more followed since.')).toEqual([]);
  });
  it('t-vessels: ships attacked count the attacks on them', () => {
    expect(find('The rebels have attacked at least 61 commercial vessels since November.').map((t) => [t.count, t.rule])).toEqual([[61, 't-vessels']]);
  });
  it('t-sites: crowds counted by the places they gathered at, on a day or over a period', () => {
    expect(periods('Police said protesters had gathered at some 80 locations across the country on Friday evening.')).toEqual([[80, '2024-05-17', '2024-05-17']]);
    expect(periods('Demonstrators marched in 12 towns since Monday.')).toEqual([[12, '2024-05-20', PUBLISHED]]);
    expect(counts('Protests were held in more than 100 cities.')).toEqual([]);
    // the gathering named as a noun, an aside between it and the figure: the day goes with the figure
    expect(periods('The vigils, organised by dozens of local groups, took place at more than 60 sites on Friday.')).toEqual([[60, '2024-05-17', '2024-05-17']]);
    expect(periods('Gatherings were held in 45 towns on Friday.')).toEqual([[45, '2024-05-17', '2024-05-17']]);
  });
  it('t-country-wide: one day\'s acts counted over a whole country are a tally of that day; placed or undated ones are not', () => {
    expect(find('The police gave lower figures: 34 rallies nationwide on Saturday, with about 50,000 people in all.').map((t) => [t.count, t.rule])).toEqual([[34, 't-country-wide']]);
    expect(find('There were 34 rallies nationwide on Saturday.').map((t) => [t.count, t.rule, t.what])).toEqual([[34, 't-country-wide', 'rallies nationwide']]);
    expect(periods('Officials said 17 protests took place across the country on Friday.')).toEqual([[17, '2024-05-17', '2024-05-17']]);
    expect(counts('Officials said 17 protests took place in the capital on Friday.')).toEqual([]);
    expect(counts('Unions staged 17 protests across the country.')).toEqual([]);
  });
  it('t-held-across: acts told as held over a whole country, in a sentence that tells no time, are a tally of one day', () => {
    expect(rules('Some 120 vigils were held across the country, and dozens of roads were blocked.')).toEqual(['t-held-across']);
    expect(rules('Over 60 marches took place throughout Portugal.')).toEqual(['t-held-across']);
    expect(counts('Over 60 marches took place throughout Lisbon.')).toEqual([]);
    expect(counts('Unions held 60 marches throughout Portugal.')).toEqual([]);
    expect(counts('Over 60 marches took place in the capital.')).toEqual([]);
  });
  it('t-truce-breaches: bare breaches counted over a period are a tally where the sentence names a truce', () => {
    expect(rules('Since the truce took hold on March 3, monitors have logged a total of 212 violations.')).toEqual(['t-truce-breaches']);
    expect(counts('Since March 3, inspectors have logged a total of 212 violations at the plant.')).toEqual([]);
    expect(counts('The army reported 40 violations of the truce on Sunday.')).toEqual([]);
  });
  it('t-listed-relative: the last of a list of counts, its noun left out before "where", counts acts too', () => {
    expect(counts('Monitors logged 12 raids on clinics since June, five incidents of arson, and three where ambulances were seized.')).toEqual([12, 5, 3]);
    expect(counts('Monitors logged 12 raids on clinics since June, and three of the staff were hurt.')).toEqual([12]);
  });
  it('t-country-wide: a stretch that opens with a preposition takes the day of the stretch before it', () => {
    expect(periods('The strike drew 90,000 people on Thursday, in 340 gatherings held nationwide, the ministry said.')).toEqual([[340, '2024-05-16', '2024-05-16']]);
    expect(counts('The strike drew 90,000 people on Thursday, and unions held 340 gatherings nationwide.')).toEqual([]);
  });
  it('tc-crowds, tc-operations: gatherings, blockades and bare "actions" are counted acts', () => {
    expect(counts('Police logged 64 blockades and 120 gatherings across the region since Monday.')).toEqual([64, 120]);
    expect(counts('Troops mounted 18 major actions in the hills since June.')).toEqual([18]);
  });
  it('t-count: a rate over a period is no count of it', () => {
    expect(counts('Jets have flown 300 sorties since January, about 60 strikes a month.')).toEqual([300]);
    expect(counts('Militants staged four attacks per week in the district this year.')).toEqual([]);
  });
  it('t-attacked-with: "attacked ... with 114 drones over the past day", each drone an attack, over a dated period', () => {
    expect(find('The army attacked villages in the border region with 114 drones over the past day.').map((t) => [t.count, t.rule])).toEqual([[114, 't-attacked-with']]);
    expect(counts('The army attacked villages in the border region with 114 drones.')).toEqual([]);
    expect(counts('The army launched 114 drones at the border region over the past day.')).toEqual([]);
  });
  it('t-ellipsis: "the previous high of 63 carried out in 2019" counts the acts named before', () => {
    expect(find('Airstrikes this year may double the previous high of 63 carried out in 2019.').map((t) => [t.count, t.rule, t.what])).toEqual([[63, 't-ellipsis', 'Airstrikes']]);
  });
  it('t-part: "two of those attacks since Wednesday" is a count over its own period', () => {
    expect(counts('Troops were attacked 76 times since Oct. 17, two of those attacks since Wednesday.')).toEqual([76, 2]);
  });
  it('t-total: "the number of attacks ... to N", "bringing to N the number of attacks"', () => {
    expect(counts('Two rockets hit the base on Monday, bringing the number of attacks on the base to 41.')).toEqual([41]);
    expect(counts('The strike raised to 19 the number of attacks on the port.')).toEqual([19]);
    expect(counts('The shooting brings to nine the number of massacres in the country so far this year.')).toEqual([9]);
    expect(counts('The strike brought the death toll to 12.')).toEqual([]);
  });
  it('t-rose: "attacks rose to N" over a period', () => {
    expect(find('Attacks on aid workers have risen to more than 50 this year.').map((t) => [t.count, t.rule, t.what])).toEqual([[50, 't-rose', 'Attacks on aid workers']]);
    expect(counts('The death toll has risen to 40 since Monday.')).toEqual([]);
    expect(counts("The toll from Friday's drone attacks on the city rose to seven since Friday.")).toEqual([]);
  });
  it('t-rose-from: a change told by both ends counts the acts at each end; another subject after "and" does not', () => {
    expect(find('Bombings in the province climbed from 31 to 48 this year.').map((t) => [t.count, t.rule])).toEqual([[31, 't-rose-from'], [48, 't-rose-from']]);
    expect(counts('Compared with March, raids on farms there went up from 9 to 14, and the deaths from 9 to 30.')).toEqual([9, 14]);
    expect(counts('Officials said that although kidnappings dropped by a fifth compared with 2022, from 60 cases to 48, fear grew.')).toEqual([60, 48]);
    expect(counts('The toll from the raids rose from 9 to 14 this year.')).toEqual([]);
  });
  it('t-rose: what rose opens after "that" or a conjunction, never behind a preposition', () => {
    expect(find('The monitor noted that shootings went up to 70 this year.').map((t) => [t.count, t.what])).toEqual([[70, 'shootings']]);
    expect(counts('The number of dead from the shootings went up to 70 this year.')).toEqual([]);
  });
  it('t-label: a figure under its label, "Violence events recorded in all: 1,625"', () => {
    expect(rules('Conflict events recorded in all: 1,310')).toEqual(['t-label']);
    expect(counts('Fatalities reported from violence in all: 2,400')).toEqual([]);
  });
  it('t-listed: the figures in brackets after places listed right after a count count the same acts there', () => {
    expect(periods('The capital led with 42 attacks since January, followed by Ruvu (15) and Kamba Hills (9).')).toEqual([
      [42, '2024-01-01', PUBLISHED], [15, '2024-01-01', PUBLISHED], [9, '2024-01-01', PUBLISHED],
    ]);
    // a list with a year in it dates things; people's ages in brackets stand after no list connector
    expect(counts('Rebels staged 40 attacks in 2023, then Ruvu (2021) and Kamba (2022) fell.')).toEqual([40]);
    expect(counts('Gunmen staged 12 raids since March, including one that killed Ali Bako (26).')).toEqual([12]);
  });
  it('a headline in capitals is no count', () => expect(counts('MILITIAS HAVE CARRIED OUT 70 ATTACKS SINCE OCTOBER')).toEqual([]));
  it('t-projected: a figure someone foresees counts no acts', () => {
    expect(counts('If the trend holds, the year would close at around 11,300 blockades.')).toEqual([]);
    expect(counts('Protests are expected to reach 400 this year.')).toEqual([]);
    expect(counts('There have been 3,448 road blockades so far this year.')).toEqual([3448]);
  });
  it('t-picked-by-order: "the first six protests" picks acts of a series by their order, it counts no period', () => {
    expect(counts('Guards met the first six marches with batons and have detained some 200 people so far.')).toEqual([]);
    expect(counts('The last three raids on the camp since March left 20 dead.')).toEqual([]);
    expect(counts('Monitors have counted some 60 marches so far.')).toEqual([60]);
  });
  it('t-elided: a figure joined to a count, with a period of its own and no noun, counts the same acts', () => {
    expect(periods('Bandits staged 31 raids between January and February and 44 between March and April.')).toEqual([
      [31, '2024-01-01', '2024-02-29'], [44, '2024-03-01', '2024-04-30'],
    ]);
    expect(find('Bandits staged 12 raids in 2023, and five in 2024.').map((t) => [t.count, t.rule, t.what])).toEqual([[12, 't-count', 'raids'], [5, 't-elided', 'raids']]);
    // a figure of its own before the one joined on breaks the count down; one with no period is no count
    expect(counts('The band claimed 16 raids, 11 of them in 2023 and five in 2022.')).toEqual([11]);
    expect(counts('There were 30 raids since January, killing 12, and 40 in March.')).toEqual([30]);
    expect(counts('There were 30 raids since January and 40 in the capital.')).toEqual([30]);
  });
});

describe('the period of a count (data/lexicons/tally-periods.tsv)', () => {
  it('tp-since: the date after "since"; a bare year from its first day', () => {
    expect(periods('There have been 41 strikes on the port since January 9.')).toEqual([[41, '2024-01-09', PUBLISHED]]);
    expect(periods('Rebels have staged more than 20 attacks on the base since 2020.')).toEqual([[20, '2020-01-01', PUBLISHED]]);
  });
  it('tp-since: a start stated before the count ("since 3 March – the day ... – ships were attacked 25 times")', () => {
    expect(periods('Since 3 March, when the blockade began, ships in the strait had been attacked 25 times.')).toEqual([[25, '2024-03-03', PUBLISHED]]);
  });
  it('tp-since: each count takes the period stated right after it, else the one before it', () => {
    expect(periods('Troops were attacked 76 times since Oct. 17, two of those attacks since Wednesday.')).toEqual([[76, '2023-10-17', PUBLISHED], [2, '2024-05-15', PUBLISHED]]);
    expect(periods('Militias have attacked troops 90 times since April 3, and the army struck back 8 times as of May 1.')).toEqual([[90, '2024-04-03', '2024-05-01'], [8, '2024-04-03', '2024-05-01']]);
  });
  it('t-compared-ends: the period after a figure the count is compared with is that figure\'s', () => {
    expect(periods('In 2023 the band staged 70 raids, up from 45 in 2022.')).toEqual([[70, '2023-01-01', '2023-12-31']]);
    expect(periods('Gunmen carried out 18 raids last month, compared with 9 in February.')).toEqual([[18, '2024-04-01', '2024-04-30']]);
    expect(periods('Raids fell in April, with only four raids reported in the valley, against 12 recorded by monitors in March.')).toEqual([[4, '2024-04-01', '2024-04-30'], [12, '2024-03-01', '2024-03-31']]);
  });
  it('t-date-subject: a month told as a month of its own is the period of the acts told with it', () => {
    expect(periods('March 2024 was the bloodiest month since 2019, with rebels carrying out 37 raids.')).toEqual([[37, '2024-03-01', '2024-03-31']]);
  });
  it('tp-date-start: "between X and Y" opens on X and closes on Y', () => {
    expect(periods('A tally counted more than 70 attacks between January 4 and early March.')).toEqual([[70, '2024-01-04', '2024-03-10']]);
    expect(periods('At least 200 incidents were recorded in the region between January and March.')).toEqual([[200, '2024-01-01', '2024-03-31']]);
  });
  it('tp-date-start: "since the war began on X" starts on X', () => {
    expect(periods('Since the war began on March 7, rebels have launched more than 300 attacks.')).toEqual([[300, '2024-03-07', PUBLISHED]]);
  });
  it('tp-past: days back from publication', () => {
    expect(periods('The convoy faced more than a dozen attacks over the last week.')).toEqual([[12, '2024-05-13', PUBLISHED]]);
    expect(periods('The town was shelled 40 times in the past 24 hours.')).toEqual([[40, '2024-05-19', PUBLISHED]]);
  });
  it('tp-past: months and years back are calendar months', () => {
    expect(periods('Troops have launched at least four major counterinsurgency operations in the park in the last eight months.')).toEqual([[4, '2023-09-20', PUBLISHED]]);
  });
  it('tp-past: "in a month" counts back one month', () => {
    expect(periods('Gunmen attacked the hospital on Sunday for the fourth time in a month.')).toEqual([[4, '2024-04-20', PUBLISHED]]);
  });
  it('tp-past: "in six months" counts back; "in two days" ranks an act, it counts nothing', () => {
    expect(periods('At least 257 people were killed in 501 terror attacks in the province in six months.')).toEqual([[501, '2023-11-20', PUBLISHED]]);
    expect(counts('Gunmen blamed for the attack, the second in two days, fled.')).toEqual([]);
  });
  it('tp-last-day: a count of the last day, whose acts are each also news', () => {
    const p = 'Turkish forces carried out 53 air and artillery strikes on Mount Gara, in northern Duhok province, over the past 24 hours.';
    expect(periods(p)).toEqual([[53, '2024-05-19', PUBLISHED]]);
    expect(find(p)[0]?.lastDay).toBe(true);
    expect(find('Monitors counted 14 explosions in the city in the past week.')[0]?.lastDay).toBeUndefined();
  });
  it('tp-this-week: from the Monday of the publication week', () => {
    expect(periods('This week the rebels carried out nearly a hundred armed actions in several departments.')).toEqual([[100, '2024-05-20', PUBLISHED]]);
    expect(periods('This week the rebels carried out nearly a hundred armed actions in several departments.', {}).length).toBe(1);
  });
  it('tp-in-year: the first months of a year start on its first day', () => {
    expect(periods('At least 257 people were killed in 501 terrorist incidents across the province during the first six months of 2024.')[0]?.slice(0, 2)).toEqual([501, '2024-01-01']);
  });
  it('tp-same-period: a comparison opens no period', () => {
    expect(counts('Attacks were up 45 percent on the same period last year: fourteen such attacks took 52 lives.')).toEqual([]);
  });
  it('tp-date-start: "between X and Y, a period in which" dates the count after it', () => {
    expect(periods('Drone strikes killed 1,243 people between March 1, 2023, and January 21, 2024, a period in which security forces carried out 141 operations.')).toEqual([[141, '2023-03-01', '2024-01-21']]);
  });
  it('tp-this-year, tp-last-year, tp-in-year', () => {
    expect(periods('The army has conducted 250 air strikes since the start of the year.')).toEqual([[250, '2024-01-01', PUBLISHED]]);
    expect(periods('There were 80 attacks on schools last year.')).toEqual([[80, '2023-01-01', '2023-12-31']]);
    expect(periods('In 2022, more than a hundred militant attacks hit the region.')).toEqual([[100, '2022-01-01', '2022-12-31']]);
    expect(periods('Unrest stayed high, with 212 incidents recorded during the year.')).toEqual([[212, '2024-01-01', PUBLISHED]]);
    expect(periods('Gangs staged 40 raids throughout the year after the election.')).toEqual([]);
  });
  it('tp-date-span: a month or a week told as a stretch of time', () => {
    expect(periods('Rebels staged 45 attacks in the region last month.')).toEqual([[45, '2024-04-01', '2024-04-30']]);
    expect(periods('Crowds held more than 300 protests across the country in February and March.')).toEqual([[300, '2024-02-01', '2024-03-31']]);
    expect(periods('In January alone, there were 31 protests in the capital.')).toEqual([[31, '2024-01-01', '2024-01-31']]);
  });
  it('tp-war-start: "since the start of the war", "since the coup", a date told after it', () => {
    expect(periods('Since the start of the war, the army has conducted 60 raids.', { campaign: () => '2024-04-02' })).toEqual([[60, '2024-04-02', PUBLISHED]]);
    expect(periods("Since the junta's coup, the air force has carried out 900 airstrikes.", { campaign: () => '2021-02-01' })).toEqual([[900, '2021-02-01', PUBLISHED]]);
    expect(periods('Since the war began on March 7, rebels have launched more than 300 attacks.', { campaign: () => 'not read' })).toEqual([[300, '2024-03-07', PUBLISHED]]);
  });
  it('tp-war-start: the known day inside a month told ("since the war began in October")', () => {
    expect(periods('Rebels have attacked the garrison 80 times since the war began in October.', { campaign: () => '2023-10-07' })).toEqual([[80, '2023-10-07', PUBLISHED]]);
    expect(periods('Rebels have attacked the garrison 80 times since the war began in October.', { campaign: () => '2023-09-07' })).toEqual([[80, '2023-10-01', PUBLISHED]]);
  });
  it('tp-since: a start with no day ("since the ceasefire") gives way to one with a day', () => {
    expect(periods('Troops have been attacked 140 times since the rebel attack on the capital on Oct. 7.')).toEqual([[140, '2023-10-07', PUBLISHED]]);
    expect(periods('Rebels have carried out 30 attacks since the ceasefire.')).toEqual([[30, null, PUBLISHED]]);
  });
  it('tp-truce-start: the known day of the truce named, else the date told after it, never the war\'s start', () => {
    expect(periods("Jets have launched 118 attacks since the PKK's ceasefire announcement.", { truce: () => '2025-03-01', campaign: () => 'not read' })).toEqual([[118, '2025-03-01', PUBLISHED]]);
    expect(periods('Jets have violated the airspace 7,300 times since a ceasefire agreement took effect in November 2023.', { campaign: () => 'not read' })).toEqual([[7300, '2023-11-01', PUBLISHED]]);
  });
  it('tp-so-far and tp-war-start: from the day the article says the campaign began', () => {
    expect(periods('The air force has carried out at least 250 airstrikes so far.', { campaign: () => '2024-03-15' })).toEqual([[250, '2024-03-15', PUBLISHED]]);
    expect(periods('Since the start of the offensive, the army has conducted 60 raids.', { campaign: () => '2024-04-02' })).toEqual([[60, '2024-04-02', PUBLISHED]]);
    expect(periods('The air force has carried out at least 250 airstrikes so far.')).toEqual([[250, null, PUBLISHED]]);
  });
  it('tp-then: "since then" is the day the story last stood at', () => {
    expect(periods('Around 70 attacks have hit the bases since then.', { then: () => '2024-02-01' })).toEqual([[70, '2024-02-01', PUBLISHED]]);
  });
  it('tp-recent and tp-tally: a count over a period nobody dates', () => {
    expect(periods('Monitors have documented 300 abductions in recent months.')).toEqual([[300, null, PUBLISHED]]);
  });
  it('tp-marker: "the deadliest since 2019" opens no period', () => {
    expect(counts('Two attacks in the town killed nine, the deadliest since 2019.')).toEqual([]);
  });
});

describe('who kept the count (data/lexicons/tally-sources.tsv)', () => {
  const keeper = (s: string) => tallyKeeper(s, find(s)[0]!);
  it('ts-record: "a tally by X", "data from X"', () => {
    expect(keeper('A tally by US military officials has counted 58 attacks since March 2.')).toBe('US military officials');
    expect(keeper('There were 312 protests in 2023, according to data from the Armed Conflict Location and Event Data Project.')).toBe('Armed Conflict Location and Event Data Project');
  });
  it('ts-record: a name right before the record, "a Reuters tally", "the Pentagon\'s count"', () => {
    expect(keeper('A Reuters tally of attacks since October shows 160 strikes on the bases.')).toBe('Reuters');
    expect(keeper("The Pentagon's tally shows 151 attacks since October 17.")).toBe('Pentagon');
  });
  it('ts-counter: "X has recorded N events"', () => {
    expect(keeper('The UN Mission has documented 4,000 ceasefire violations since January.')).toBe('The UN Mission');
  });
  it('ts-counter: a record word inside a name is no record; the short name in brackets names the keeper', () => {
    expect(keeper('The Armed Conflict Location and Event Data Project (ACLED) recorded 51 incidents in March.')).toBe('ACLED');
    expect(keeper('The Global Protest Tracker (GPT) has recorded 44 protests in March.')).toBe('GPT');
  });
  it('none stated: null, for the sentence\'s speaker to answer', () => {
    expect(keeper('Militias have attacked the base 12 times since April.')).toBeNull();
  });
});

describe("an article's tallies", () => {
  it('are dated from the campaign start the article states (cs-launched)', () => {
    const x = extractText('On March 15, the air force launched a bombing campaign against the rebels. At least 250 airstrikes have been reported so far, monitors said.');
    expect(x.tallies.map((t) => [t.count, t.since, t.until])).toEqual([[250, '2024-03-15', '2024-05-14']]);
  });
  it('are dated from the known start of the war they name (data/lexicons/conflict-starts.tsv)', () => {
    const x = extractText('Militias have carried out more than 90 attacks on US forces in Iraq since the start of the Israel-Hamas war.');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[90, '2023-10-07']]);
  });
  it('"since the PKK\'s ceasefire" is the known day of that truce; a breakdown in the sentence shares it', () => {
    const x = extractText("Turkish forces have launched 118 attacks in Iraq since the PKK's ceasefire announcement, including 85 airstrikes and 21 artillery bombardments, he said.");
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[118, '2025-03-01'], [85, '2025-03-01'], [21, '2025-03-01']]);
  });
  it('a country-wide count covers the country the article is about', () => {
    const x = extractText('Farmers blocked roads outside Lyon in France on Friday. There were 60 protests nationwide on Friday, police said.');
    expect(x.tallies.map((t) => [t.count, t.scope_countries, t.since])).toEqual([[60, ['FR'], '2024-05-10']]);
  });
  it('t-held-across: the day of a country-wide count that tells none is the day the article tells most', () => {
    const x = extractText('Teachers struck across Portugal on Tuesday, May 14. Police fired tear gas in Porto on Tuesday, May 14. The minister had met the union on May 2. Over 60 marches took place throughout Portugal.');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[60, '2024-05-14']]);
  });
  it('"since the war began", unnamed, is the war of the article\'s country', () => {
    const x = extractText('The RSF shelled El Fasher on Monday. Rebels have carried out more than 200 attacks on the city since the war began, the UN said.');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[200, '2023-04-15']]);
  });
  it('of two wars a phrase may name ("the coup"), the one in a country the article names', () => {
    const x = extractText('Since the coup, the army in Niger has faced more than 400 attacks by jihadists.');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[400, '2023-07-26']]);
  });
  it('are told once: a count told again is one tally, dated by whichever telling dates it', () => {
    const x = extractText("The command announced its 100th airstrike of the year on Saturday. The 100th strike hit fighters near the mountains.");
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[100, '2024-01-01']]);
  });
  it('cover the countries where the acts were counted, not the party counted nor the start of the period', () => {
    const x = extractText('A tally by officials has counted 58 attacks on US forces in Iraq and Syria since March 2.');
    expect(x.tallies[0]?.scope_countries.sort()).toEqual(['IQ', 'SY']);
    expect(extractText('Militias in Iraq have attacked the base 40 times since the attack on Israel on Oct. 7.').tallies[0]?.scope_countries).toEqual(['IQ']);
    expect(x.tallies[0]?.attribution).toBe('officials');
  });
  it('an act a count sums up lends no toll to the incident it joins', () => {
    const x = extractText('Gunmen attacked a police post in Bannu on Sunday, killing three officers. In 2022, at least 105 police were killed in more than a hundred militant attacks in the province.', '2022-12-19');
    expect(x.tallies.map((t) => t.count)).toEqual([100]);
    expect(x.events.map((e) => e.fatalities.best)).toEqual([3]);
  });
  it('an act a count sums up makes no event alone', () => {
    const x = extractText('Crowds held more than 300 demonstrations across the country in February and March.');
    expect([x.tallies.map((t) => t.count), x.events]).toEqual([[300], []]);
  });
  it('an act with its own day beside a count is an incident', () => {
    const x = extractText('Two rockets hit the base in Erbil on Monday, wounding four, bringing the number of attacks on the base to 41.');
    expect([x.tallies.map((t) => t.count), x.events.map((e) => e.injured.best)]).toEqual([[41], [4]]);
  });
  it('t-breakdown: the counts told after a report\'s dated count break it down and cover its period', () => {
    const x = extractText('A report says 257 people were killed in 501 terrorist incidents across the province during the first six months of 2024. The report also counted 492 people injured. The province also saw 81 incidents involving explosive devices. Thirty-nine separate attacks targeted civilian areas, killing 11 people.');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[501, '2024-01-01'], [81, '2024-01-01'], [39, '2024-01-01']]);
  });
  it('t-breakdown: a count someone keeps covers the period the sentence before names', () => {
    const x = extractText('He was the sixth aid worker to be killed this year in the region. The UN also counts eight incidents of kidnap and nine incidents of robbery.');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[8, '2024-01-01'], [9, '2024-01-01']]);
    expect(extractText('He was the sixth aid worker to be killed this year in the region. Gunmen staged eight kidnappings.').tallies).toEqual([]);
  });
  it('t-breakdown: counts told right after someone\'s dated count of the dead cover its period', () => {
    const x = extractText('The interior ministry recorded 40 deaths and 12 missing in militant violence in 2023. "We suffered 14 ambushes and 6 roadside bombings," the minister said.', '2023-12-01');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[14, '2023-01-01'], [6, '2023-01-01']]);
    // a toll no one is said to have counted opens no record
    expect(extractText('Militant violence killed 40 people in 2023. "We suffered 14 ambushes and 6 roadside bombings," the minister said.', '2023-12-01').tallies).toEqual([]);
  });
  it('t-told-again: a sentence that retells a dated count, undated, breaks that count down over its period', () => {
    const x = extractText('Crowds marched across the country on Tuesday, in 420 actions held nationwide, police said. Unions hailed the turnout. Some roads closed. The ministry recorded 420 actions: 300 gatherings and 120 blockades.', '2024-05-22');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[420, '2024-05-21'], [300, '2024-05-21'], [120, '2024-05-21']]);
  });
  it('t-breakdown: a count with no start of its own goes on with the report before it', () => {
    const x = extractText('Israel has violated Lebanese airspace more than 7,300 times since the ceasefire took effect in November 2024, UNIFIL has documented. The force also recorded more than 2,400 operational activities by Israeli forces north of the Blue Line.', '2025-11-19');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[7300, '2024-11-27'], [2400, '2024-11-27']]);
  });
  it('t-breakdown: a part of a count the report told ("12 of those 40 raids") breaks it down too', () => {
    const x = extractText('Militants staged 40 raids on farms across the province in April. The northern district saw 12 of those 40 raids.');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[40, '2024-04-01'], [12, '2024-04-01']]);
  });
  it('t-report-goes-on: a sentence naming the report or its acts again keeps its breakdown open', () => {
    const x = extractText('Monitors counted 64 armed attacks across the region in April. The figures come from a monthly bulletin. The bulletin is published by a network of local observers. Its authors say the data are incomplete. According to the report, 23 incidents of arson hit farms.');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[64, '2024-04-01'], [23, '2024-04-01']]);
    const again = extractText('Monitors counted 64 armed attacks across the region in April. Farmers fled. Those attacks killed 40 people. Most struck farms. Besides, 23 incidents of arson hit farms.');
    expect(again.tallies.map((t) => [t.count, t.since])).toEqual([[64, '2024-04-01'], [23, '2024-04-01']]);
    const gone = extractText('Monitors counted 64 armed attacks across the region in April. Farmers fled. Markets shut. Schools closed. Later, 23 incidents of arson hit farms.');
    expect(gone.tallies.map((t) => t.count)).toEqual([64]);
  });
  it('t-report-period: a record named with the period it covers opens a report for the undated count after it', () => {
    const x = extractText('The figures, compiled by aid agencies, cover the month of March. Monitors reported a total of 37 incidents in the province.');
    expect(x.tallies.map((t) => [t.count, t.since, t.until])).toEqual([[37, '2024-03-01', '2024-03-31']]);
    // a period with no record named opens nothing
    expect(extractText('Farmers fled during the month of March. Monitors reported a total of 37 incidents in the province.').tallies.map((t) => t.since)).toEqual([null]);
  });
  it('t-previous-unit: "the previous month" after a dated report is the month before the report\'s', () => {
    const x = extractText('Monitors counted 37 armed attacks across the province in March. That compares with 44 armed attacks in the previous month.');
    expect(x.tallies.map((t) => [t.count, t.since, t.until])).toEqual([[37, '2024-03-01', '2024-03-31'], [44, '2024-02-01', '2024-02-29']]);
    // with no report open, it counts back from publication as "the past month" does
    expect(extractText('Monitors counted 44 armed attacks in the previous month.').tallies.map((t) => t.since)).toEqual(['2024-04-14']);
  });
  it('tp-any-unit: "in any single month so far this year" compares; the count is the month told before', () => {
    const x = extractText('Monitors counted 61 armed attacks in the province last month. Last month also saw the most ambushes in any single month so far this year: nine such attacks killed 40 people.');
    expect(x.tallies.map((t) => [t.count, t.since, t.until])).toEqual([[61, '2024-04-01', '2024-04-30'], [9, '2024-04-01', '2024-04-30']]);
  });
  it('a keeper that "reported" a count over a month counts it over that month', () => {
    expect(extractText('Monitors reported 51 armed attacks in March.').tallies.map((t) => [t.count, t.since, t.until])).toEqual([[51, '2024-03-01', '2024-03-31']]);
  });
  it('t-alongside: a count with no period after a dated count of its sentence counts over that period', () => {
    const x = extractText('Monitors counted more than 400 protests across the country during 2023, in 90 towns, and at least 35 demonstrations ended in clashes with the police.');
    expect(x.tallies.map((t) => [t.count, t.since, t.until])).toEqual([[400, '2023-01-01', '2023-12-31'], [35, '2023-01-01', '2023-12-31']]);
    // one with a day of its own is that day's news
    expect(extractText('Rebels have carried out 40 attacks on the town since March 2, and two attacks on Sunday killed nine.').tallies.map((t) => t.count)).toEqual([40]);
  });
  it('t-record-again: a sentence naming the record again tells the report however far after it', () => {
    const x = extractText('Monitors counted 64 armed attacks across the region in April. Farmers fled. Markets shut. Schools closed. Provincial figures put the capital first with 20 attacks.');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[64, '2024-04-01'], [20, '2024-04-01']]);
  });
  it('t-sites-day-before: a crowd named again, counted by the places it gathered at, gathered on the day told before', () => {
    const x = extractText('Crowds marched through the capital on Saturday. The protests took place at more than 300 locations across the country.');
    expect(x.tallies.map((t) => [t.count, t.since, t.until])).toEqual([[300, '2024-05-11', '2024-05-11']]);
    // a crowd not named before, or no day told before it, counts nothing
    expect(extractText('Crowds marched through the capital on Saturday. Unions said people gathered at more than 300 locations.').tallies).toEqual([]);
    expect(extractText('Crowds marched through the capital. The protests took place at more than 300 locations across the country.').tallies).toEqual([]);
  });
  it('t-truce-breaches: breaches of a truce counted with no start run from the truce\'s first day', () => {
    const x = extractText('Israeli drones struck a car in southern Lebanon. UNIFIL said the strike broke the ceasefire again, bringing the number of violations to 4,000.', '2025-06-01');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[4000, '2024-11-27']]);
    // violations of no truce named have no known start
    expect(extractText('Inspectors in Lebanon said the number of violations had reached 40.', '2025-06-01').tallies.map((t) => [t.count, t.since])).toEqual([[40, null]]);
  });
  it('t-breakdown: no count without a report before it, with a day of its own, nor far after the report', () => {
    expect(extractText('Thirty-nine separate attacks targeted civilian areas, killing 11 people.').tallies).toEqual([]);
    const x = extractText('Rebels have carried out 40 attacks on the town since March 2. Two attacks on Sunday killed nine.');
    expect(x.tallies.map((t) => t.count)).toEqual([40]);
    const far = extractText('Rebels have carried out 40 attacks on the town since March 2. The town lies on the river. It has a market. It has a school. Two attacks hit the market.');
    expect(far.tallies.map((t) => t.count)).toEqual([40]);
  });
  it('a toll since the war began is no incident, nor a tally', () => {
    const x = extractText('Fighting in the Darfur region has killed more than 12,000 people since the war began, the UN said.');
    expect([x.events, x.tallies]).toEqual([[], []]);
  });
});

describe('namesWarPeriod', () => {
  it('is true only where a period runs from the start of a war', () => {
    expect(namesWarPeriod('The strikes have killed 12,000 people since the war began.')).toBe(true);
    expect(namesWarPeriod('It is the 40th attack since the start of the Russian invasion.')).toBe(true);
    expect(namesWarPeriod('Militias have carried out 103 attacks since October 17.')).toBe(false);
    expect(namesWarPeriod('Drones struck a base near the border.')).toBe(false);
  });
});

describe('tallies over the parts of a year, and what a count is of', () => {
  it('tp-year-part: a later half, quarter or the last months of a year start on that part\'s first month', () => {
    expect(periods('The region saw 212 militant attacks during the second half of 2023.')).toEqual([[212, '2023-07-01', '2023-12-31']]);
    expect(periods('The monitor counted 245 attacks in the third quarter of 2023, according to its report.')).toEqual([[245, '2023-07-01', '2023-09-30']]);
    expect(periods('There were 88 attacks in the last three months of 2023.')).toEqual([[88, '2023-10-01', '2023-12-31']]);
    expect(periods('During Q2 2023, the monitor logged 98 attacks on schools.')).toEqual([[98, '2023-04-01', '2023-06-30']]);
    expect(periods('Militants staged 40 raids in the second quarter of this year.')).toEqual([[40, '2024-04-01', PUBLISHED]]);
  });
  it('tp-in-year, tp-this-year: the first part of a year, told with its year or without one', () => {
    expect(periods('In H1 2024, militants conducted 271 attacks.')).toEqual([[271, '2024-01-01', PUBLISHED]]);
    expect(periods('In the first half, militants carried out 271 attacks.')).toEqual([[271, '2024-01-01', PUBLISHED]]);
    expect(periods('Figures show 2,345 demonstrations took place in the first four months.')).toEqual([[2345, '2024-01-01', PUBLISHED]]);
    expect(periods('ACLED recorded more than 600 events of political violence in the first quarter of the year.')).toEqual([[600, '2024-01-01', PUBLISHED]]);
  });
  it('a round stretch back from publication that lands a few days off a calendar period the article names is that period', () => {
    const text = 'Attacks rose sharply in the first half of 2023, a monitor said. It counted at least 260 attacks over the past six months.';
    expect(extractText(text, '2023-07-04').tallies.map((t) => [t.count, t.since])).toEqual([[260, '2023-01-01']]);
    // no calendar period named: six calendar months back from publication
    expect(extractText('A monitor counted at least 260 attacks over the past six months.', '2023-07-04').tallies.map((t) => [t.count, t.since])).toEqual([[260, '2023-01-04']]);
  });
  it('tp-month-part: the first days or weeks of a month start on its first day', () => {
    expect(periods('Newspapers reported at least 14 incidents in the first 12 days of March, in which six people died.')).toEqual([[14, '2024-03-01', PUBLISHED]]);
  });
  it('tp-year-saw: a year that saw the acts is their period', () => {
    expect(periods('Overall, 2023 saw 1,100 attacks in the country.')).toEqual([[1100, '2023-01-01', '2023-12-31']]);
    expect(periods('The year 2023 witnessed a record 645 attacks.')).toEqual([[645, '2023-01-01', '2023-12-31']]);
  });
  it('tp-past: a fortnight, and "in less than two weeks"', () => {
    expect(periods('The province recorded 31 attacks in the past fortnight.')).toEqual([[31, '2024-05-06', PUBLISHED]]);
    expect(periods('In less than two weeks, gunmen carried out 9 attacks on churches.')).toEqual([[9, '2024-05-06', PUBLISHED]]);
  });
  it('a month told as "the month of May" is a stretch, not a day', () => {
    expect(periods('During the month of March, militants staged 67 attacks in the province.')).toEqual([[67, '2024-03-01', '2024-03-31']]);
    expect(periods('The monitor recorded 38 clashes during the month of April.')).toEqual([[38, '2024-04-01', '2024-04-30']]);
  });
  it('a cue inside a date is the date\'s words: "since August last year" starts in August', () => {
    expect(periods('Since August last year, the militia has claimed 42 attacks on US forces.')).toEqual([[42, '2023-08-01', PUBLISHED]]);
  });
  it('t-total: a period told inside the total\'s own words', () => {
    expect(periods('The number of attacks in the first half of 2023 stood at 271.')).toEqual([[271, '2023-01-01', '2023-06-30']]);
    expect(periods('The number of protests this year has already reached 460.')).toEqual([[460, '2024-01-01', PUBLISHED]]);
  });
  it('"events of political violence", "mob attacks": an act named with "of" counts by its plural head; "mob" is a kind of act', () => {
    expect(counts('There have been at least 17 mob attacks on traders in the state since May 4.')).toEqual([17]);
    expect(counts('The group recorded 140 events of political violence in the country this year.')).toEqual([140]);
    expect(counts('Officials reported 300 cases of cholera since January.')).toEqual([]);
  });
  it('t-part: "171 of them air strikes" breaks down a count told before; the whole is the tally', () => {
    expect(counts('Monitors documented 243 attacks by the army since March 3, 171 of them air strikes.')).toEqual([243]);
    expect(counts('The group carried out 60 raids this year, 12 of them suicide attacks.')).toEqual([60]);
    expect(find('The insurgents claimed 16 attacks, 11 of them in 2023.').map((t) => [t.count, t.rule])).toEqual([[11, 't-part-of-them']]);
  });
});

describe('the family of ways a report tells a count (tally26)', () => {
  it('tc-events: events a monitor counts by their kind ("violent events", "battle events"); bare "events" count nothing', () => {
    expect(counts('Monitors logged more than 800 violent events in the region this year.')).toEqual([800]);
    expect(counts('The project counted 95 battle events in the province since January.')).toEqual([95]);
    expect(counts('Analysts recorded 60 civilian targeting events in the past three months.')).toEqual([60]);
    expect(counts('Organisers planned 40 events in the city this year.')).toEqual([]);
  });
  it('tc-modifier: "direct attacks", "bombing incidents": the noun is the last of a compound', () => {
    expect(counts('The group recorded 300 direct attacks on civilians since March 3.')).toEqual([300]);
    expect(find('Police recorded seven bombing incidents in the last year.').map((t) => t.what)).toEqual(['bombing incidents']);
    expect(counts('There were 12 shooting incidents and 4 bomb incidents since March 3.')).toEqual([12, 4]);
  });
  it('t-rose: a figure the acts went up, fell or dropped to; a change in percent is no count', () => {
    expect(counts('Bombings on the border fell to 14 this year.')).toEqual([14]);
    expect(counts('Attacks on aid convoys doubled to 40 this year.')).toEqual([40]);
    expect(find('Shooting incidents fell to 20 this year.').map((t) => t.what)).toEqual(['Shooting incidents']);
    expect(counts('Since January, armed attacks have gone up to 45.')).toEqual([45]);
    expect(counts('Shootings dropped to 20 in the past six months.')).toEqual([20]);
    expect(counts('Attacks on aid convoys rose 45 percent since January.')).toEqual([]);
    expect(counts('The number of people killed in attacks fell to 12 this year.')).toEqual([]);
  });
  it('tc-acts, tc-events, tc-attacks: acts of sabotage, breaches of a truce, assassinations', () => {
    expect(counts('Police recorded 48 acts of sabotage on the railway since January.')).toEqual([48]);
    expect(counts('Observers counted 300 breaches of the ceasefire since March 3.')).toEqual([300]);
    expect(counts('There were 12 assassinations in the province this year.')).toEqual([12]);
    expect(counts('At least 48 people were killed in acts of violence since January.')).toEqual([]);
  });
  it('"hundreds of protests", "thousands of airstrikes" are background, no count (as "dozens of raids")', () => {
    expect(counts('Hundreds of protests have broken out across the country since March 3.')).toEqual([]);
    expect(counts('The army has carried out thousands of airstrikes since the war began.')).toEqual([]);
    expect(counts('Gunmen have launched dozens of raids since March 3.')).toEqual([]);
  });
});

describe("an article's tallies over a period told elsewhere (tally26)", () => {
  it('t-rounded-stretch: "the last year" beside a stated period start a few days from it is that period', () => {
    const x = extractText('The figures cover the period from May 1, 2023 to April 30, 2024. Police counted 19 bomb attacks in the last year.', '2024-05-08');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[19, '2023-05-01']]);
    const y = extractText('Over the past six months, monitors recorded 230 armed clashes in the north. The surge began with the offensive launched on March 2.', '2024-05-20');
    expect(y.tallies.map((t) => [t.count, t.since])).toEqual([[230, '2023-11-20']]);
  });
  it('t-list-heading: list items under a heading that dates them count over its period', () => {
    const text = 'Monitors released new data on Monday.\n\nKey figures (January-April 2024):\n\n- The monitor recorded 310 attacks on aid workers\n\n- It also documented 45 kidnappings in the north';
    const x = extractText(text, '2024-05-14');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[310, '2024-01-01'], [45, '2024-01-01']]);
  });
  it('t-compared-period: the earlier end of a change counts over the period compared with', () => {
    const x = extractText('Compared with March, bombings in the province climbed from 31 to 48 in April, the monitor said.', '2024-05-14');
    expect(x.tallies.map((t) => [t.count, t.since, t.until])).toEqual([[31, '2024-03-01', '2024-03-31'], [48, '2024-04-01', '2024-04-30']]);
    const y = extractText('Monitors recorded 48 kidnappings between January and March 2024. Kidnappings fell by a fifth compared with the same period in 2023, from 60 cases to 48.', '2024-05-14');
    expect(y.tallies.map((t) => [t.count, t.since, t.until])).toEqual([[48, '2024-01-01', '2024-03-31'], [60, '2023-01-01', '2023-03-31']]);
    // "against" in "attacks against bases" is no comparison: the period compared with follows "compared with"
    const z = extractText('Attacks against bases rose from 9 to 14 in April, compared with March, the monitor said.', '2024-05-14');
    expect(z.tallies.find((t) => t.count === 9)?.since).toBe('2024-03-01');
  });
  it('tp-since-act: "since his call" is the day the article tells he called', () => {
    const x = extractText('On Wednesday the opposition leader called on supporters to march. Police said on Friday that two officers were hurt. Since his call, 37 demonstrations have been held in several cities.', '2024-05-14');
    expect(x.tallies.map((t) => [t.count, t.since])).toEqual([[37, '2024-05-08']]);
    const y = extractText('The journalist was arrested on May 2 in the capital. Since her arrest, there have been 14 protests outside the court.', '2024-05-14');
    expect(y.tallies.map((t) => [t.count, t.since])).toEqual([[14, '2024-05-02']]);
  });
});
