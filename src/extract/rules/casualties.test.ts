import { describe, expect, it } from 'vitest';
import { casualtyRules, findCasualties } from './casualties.js';
import { extractText } from '../test-article.js';

const f = (text: string) => findCasualties(text).fatalities;
const i = (text: string) => findCasualties(text).injured;
const r = (x: { best: number | null; low: number | null; high: number | null } | null) => (x ? [x.best, x.low, x.high] : null);

describe('casualty rules', () => {
  it('c-none-losses: "no human losses", "without reported losses" are no one dead or hurt; material losses and one side\'s losses are not', () => {
    expect([r(f('The rocket fell near a farm, with no human losses recorded.')), r(i('Officials said no human or property losses were reported.'))]).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(r(f('A second rocket landed near a school, also without reported losses.'))).toEqual([0, 0, 0]);
    expect([f('The shelling caused no material losses.'), f('The raiders fled without suffering losses.')]).toEqual([null, null]);
  });
  it('n-bracketed-digits: "nine (09) soldiers" is nine, and adds as a figure in words does', () => {
    expect(r(f('Nine (09) soldiers were killed at the post.'))).toEqual([9, 9, 9]);
    expect(r(f('The raid left, killing three (03) guards and two (02) drivers.'))).toEqual([5, 5, 5]);
    expect(f('Nine (09) soldiers were killed.')?.text).toBe('Nine (09) soldiers were killed');
    expect(f('Squad (14) members were killed.')).toBeNull();
  });
  it('c-n-killed: a slash joins two names of one group in one word ("two ISIL/ISIS fighters")', () =>
    expect(r(f('Three ISIL/ISIS fighters, among them a local emir, were killed in the raid.'))).toEqual([3, 3, 3]));
  it('c-named-list: the dead or hurt counted by the list of their names', () => {
    expect(r(i('The injured were identified as Amal Reza, Farid Noor, Sana Noor and Omar Haidar.'))).toEqual([4, 4, 4]);
    expect(r(f('The dead were identified as Juma Ali, 19, of Kisii; Peter Oduya of Kisumu town; and Mary Atieno, 33, of Homa Bay.'))).toEqual([3, 3, 3]);
    expect(r(f('The victims were named as Leon Marsh, 41, and Ivo Brandt, 28.'))).toEqual([2, 2, 2]);
    expect(f('The dead were identified as residents of the nearby village.')).toBeNull();
  });
  it('c-among-the-harmed: a figure among the dead or hurt is a part of a toll told, not a toll', () => {
    expect([i('Two boys were among those killed and six among the injured.'), f('Four guards were among the dead.')]).toEqual([null, null]);
    expect(r(i('Two nurses were among the 14 wounded.'))).toEqual([14, 14, 14]);
  });
  it('c-killed-or-hurt: the dead and the hurt counted together are neither toll, but none of either is none', () => {
    expect([f('Farmers were also hit, with seven killed or injured.'), i('The shelling killed or wounded 40 people.')]).toEqual([null, null]);
    expect([r(f('Nobody was killed or injured.')), r(i('No guards had been killed or hurt.'))]).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect([r(f('Six were killed and eight wounded.')), r(i('Six were killed and eight wounded.'))]).toEqual([[6, 6, 6], [8, 8, 8]]);
  });
  it('c-kill-n: "killed N"', () => expect(r(f('The blast killed seven people near the market.'))).toEqual([7, 7, 7]));
  it('c-kill-n: "killing at least N" is a lower bound', () => expect(r(f('Shells hit the camp, killing at least 12 civilians.'))).toEqual([12, 12, null]));
  it('c-n-killed: "N soldiers were killed"', () => expect(r(f('Three Malian soldiers were killed in the ambush.'))).toEqual([3, 3, 3]));
  it('c-n-killed: an aside that lists the dead by name, commas and all ("Four guards, Sergeant Bello, Corporal Musa, Private Ade and Private Ojo, were killed")', () =>
    expect(r(f('Four guards, Sergeant Bello, Corporal Musa, Private Ade and Private Ojo, were killed in the raid.'))).toEqual([4, 4, 4]));
  it('c-n-killed: "twenty-one dead"', () => expect(r(f('Officials counted twenty-one dead after the raid.'))).toEqual([21, 21, 21]));
  it('c-death-toll', () => expect(r(f('The death toll rose to 34 on Sunday.'))).toEqual([34, 34, 34]));
  it('vague amounts give a lower bound and no single figure', () => expect(r(f('The strikes likely killed a number of fighters.'))).toEqual([null, 1, null]));
  it('c-hurt-n and c-kill-n in one sentence', () => {
    const c = findCasualties('The shell killed one woman and wounded four others.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[1, 1, 1], [4, 4, 4]]);
  });
  it('c-hurt-as-many: "killing five ..., and injuring as many" counts the hurt as the dead', () => {
    const c = findCasualties('Rebels ambushed a patrol, killing four soldiers, among them a captain, and injuring as many.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[4, 4, 4], [4, 4, 4]]);
    expect(r(i('Rebels killed four soldiers and wounded as many as 12 others.'))).not.toEqual([4, 4, 4]);
  });
  it('c-n-killed: an adverb of sequence ("were then killed") stands between the auxiliary and the verb', () =>
    expect(r(f('Two gunmen were then killed in a long operation near the village.'))).toEqual([2, 2, 2]));
  it('the years of a span ("a war between 1998 and 2003") are no figure', () =>
    expect(r(f('A war between 1998 and 2003 left thousands of people dead.'))).toEqual([null, 1000, null]));
  it('c-n-killed, c-n-hurt: what was done to them first ("were ambushed and killed") leaves the figure theirs', () => {
    expect(r(f('Five guards were ambushed and killed on the road to the mine.'))).toEqual([5, 5, 5]);
    expect(r(f('Two traders were abducted and later murdered.'))).toEqual([2, 2, 2]);
    expect(r(i('Three nurses were attacked and injured at the clinic gate.'))).toEqual([3, 3, 3]);
    expect(r(f('Two men were abducted and one was released.'))).toBeNull();
  });
  it('c-n-hurt: an adverb set apart in brackets ("40 (seriously) wounded")', () =>
    expect(r(i('Nine people were killed and 40 (seriously) wounded.'))).toEqual([40, 40, 40]));
  it('c-injuries-on-n: "inflicting injuries on N"', () => {
    expect(r(i('The car bomb wrecked two shops, inflicting injuries on four passers-by.'))).toEqual([4, 4, 4]);
    expect(r(i('The blast caused serious injuries to 12 people.'))).toEqual([12, 12, 12]);
    expect(r(i('The blast caused injuries to 5 percent of the staff.'))).not.toEqual([5, 5, 5]);
  });
  it('c-as-were-hurt, c-as-were-killed: the figure after "as were" shares the verb before it', () => {
    expect(r(i('Several marchers were hurt, as were eleven police officers.'))).toEqual([11, 11, 11]);
    expect(r(f('Two guards were killed, as was a driver, and three were wounded.'))).toEqual([2, 2, 2]);
    expect(r(i('Riot police fired tear gas, as was expected, and four were wounded.'))).toEqual([4, 4, 4]);
  });
  it('c-n-killed, c-n-hurt: a figure that counts time ("four hours later", "two weeks after") counts no one', () => {
    expect(r(i('The reporters were held and let go three hours later with visible injuries.'))).toBeNull();
    expect(r(f('Two weeks after the farmer was killed, his village marched.'))).toBeNull();
    expect(r(f('Four day labourers were killed when their truck hit a mine.'))).toEqual([4, 4, 4]);
  });
  it('c-hurt-by-severity: "two with serious injuries and seven with minor ones" is nine hurt', () =>
    expect(r(i('Medics said the clinic took in two men with serious injuries and seven with minor ones after the clash.'))).toEqual([9, 9, 9]));
  it('c-hurt-n-left-more: "wounded two ... and left one more in critical condition" is three hurt', () =>
    expect(r(i('A rocket wounded two border guards and left one more in critical condition.'))).toEqual([3, 3, 3]));
  it('c-n-hurt: "N service members were hurt"', () => expect(r(i('Two U.S. service members were hurt in the attack.'))).toEqual([2, 2, 2]));
  it('"one critically" does not replace the total', () => expect(r(i('The drone wounded three soldiers, one critically.'))).toEqual([3, 3, 3]));
  it('c-kill-one-named: "killed a village elder, Musa Garba": one person, named after the noun', () => {
    expect(r(f('Raiders killed a village elder, Musa Garba, and stole cattle.'))).toEqual([1, 1, 1]);
    expect(r(f('Troops killed a rebel commander, Jean Baptiste, in the raid.'))).toEqual([1, 1, 1]);
  });
  it('c-person-killed: a rank\'s short form in brackets ("a deputy inspector (DSP) was killed") keeps the person one of the dead', () => {
    expect(r(f('Officials said a deputy inspector (DSP) was killed in the gunfight.'))).toEqual([1, 1, 1]);
    expect(r(i('A border guard (BGF) was wounded by the blast.'))).toEqual([1, 1, 1]);
  });
  it('c-n-and-m-hurt: the second figure may name its people at length ("21 members of the riot police")', () =>
    expect(r(i('Nine marchers and 21 members of the riot police were hurt in the scuffles.'))).toEqual([30, 30, 30]));
  it('c-n-hurt: the hurt counted by how they lie ("three passengers remain in a critical condition"), not a condition of no one', () => {
    expect(r(i('After the bus bombing, three passengers remain in a critical condition.'))).toEqual([3, 3, 3]);
    expect(r(i('Two of the guards were still in serious condition on Monday.'))).toEqual([2, 2, 2]);
    expect(i('The bridge was in a critical condition after the floods.')).toBeNull();
  });
  it('c-n-hurt: the hurt counted by their care ("were treated in hospital", "treated, mostly for light injuries"), not the sick', () => {
    expect(r(i('At least 40 people were treated, mostly for light injuries, after the clash.'))).toEqual([40, 40, null]);
    expect(r(i('Twelve marchers were treated in hospital.'))).toEqual([12, 12, 12]);
    expect(i('Twelve patients were treated for malaria.')).toBeNull();
  });
  it('"also": a toll told with "also" after another of its kind adds to it, one told alone or overlapping does not', () => {
    expect(r(f('A village guard was killed in the raid and four herders were also killed.'))).toEqual([5, 5, 5]);
    expect(r(i('Two miners were hurt, and six guards were also injured.'))).toEqual([8, 8, 8]);
    expect(r(f('Four herders were also killed.'))).toEqual([4, 4, 4]);
    expect(r(f('At least six people were killed and two more were wounded.'))).toEqual([6, 6, null]);
  });
  it('c-person-killed, c-person-hurt: "a member of the border guard had also been killed": one person, of whom said', () => {
    expect(r(f('A member of the border guard had also been killed, the ministry said.'))).toEqual([1, 1, 1]);
    expect(r(i('A driver of the aid convoy was also injured.'))).toEqual([1, 1, 1]);
    expect(f('The father of a soldier was killed.')).toBeNull();
  });
  it('animals hit are no toll', () => {
    expect(i('Four police horses were also hurt in the clashes.')).toBeNull();
    expect(r(i('Twelve officers were injured and two police horses were hurt.'))).toEqual([12, 12, 12]);
  });
  it('c-others-hurt: "injuring others", "others were wounded": more than one hurt, no figure', () => {
    expect(r(i('The shelling killed four villagers and injuring others, the mayor said.'))).toEqual([null, 2, null]);
    expect(r(i('A guard was killed and others had been wounded, the ministry said.'))).toEqual([null, 2, null]);
    expect(r(i('Two guards were killed and five others were wounded.'))).toEqual([5, 5, 5]);
  });
  it('c-some-injuries: "caused injuries"', () => expect(r(i('The rocket caused injuries, the governor said.'))).toEqual([null, 1, null]));
  it('c-none-casualties: "no casualties" is zero of both', () => {
    const c = findCasualties('The mortar round caused no casualties.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[0, 0, 0], [0, 0, 0]]);
  });
  it('c-none-injured: "nobody was hurt"', () => expect(r(i('The missile fell in a field and nobody was hurt.'))).toEqual([0, 0, 0]));
  it('"killed N soldiers and M fighters" adds the figures', () => expect(r(f('Rebels said they killed 12 soldiers and 30 militiamen.'))).toEqual([42, 42, 42]));
  it('an appositive between figure and verb', () => expect(r(f('Seven fighters, most of them foreigners, were killed in the raid.'))).toEqual([7, 7, 7]));
  it('"left no one injured" is zero', () => expect(r(i('The blast damaged a school but left no one injured.'))).toEqual([0, 0, 0]));
  it('a quoted figure: killed "multiple militiamen"', () => expect(r(f('The strike killed "multiple Iranian-backed militiamen."'))).toEqual([null, 2, null]));
  it('c-n-and-m-killed: two figures before one death word', () => expect(r(f('The attacks left at least 47 soldiers and 84 fighters dead.'))).toEqual([131, 131, null]));
  it('hospitalised people are injured', () => expect(r(i('Five residents were taken to hospital.'))).toEqual([5, 5, 5]));
  // negative cases: numbers that are not casualties
  it('does not read distances or counts of weapons as casualties', () => {
    expect(f('Militants fired 12 rockets from 30 km away.')).toBeNull();
    expect(i('The attack was the 12th in a week.')).toBeNull();
  });
});

describe('vague and compound numbers (ACLED conventions)', () => {
  it('"two dozen" is 24', () => expect(r(f('Gunmen killed two dozen villagers.'))).toEqual([24, 24, 24]));
  it('"dozens" is at least 12', () => expect(f('Dozens of people were killed in the raid.')?.low).toBe(12));
  it('"hundreds" is at least 100', () => expect(f('Hundreds of people were killed in the raid.')?.low).toBe(100));
});

describe('one person, and a negation before the count', () => {
  it('c-kill-person: "killing a civilian" is one', () => expect(r(f('The drone hit an apartment building, killing a civilian.'))).toEqual([1, 1, 1]));
  it('c-person-hurt: "a civilian mariner was severely injured" is one', () => expect(r(i('A civilian mariner was severely injured.'))).toEqual([1, 1, 1]));
  it('"killed a number of fighters" stays vague', () => expect(f('The strike killed a number of fighters.')?.best).toBeNull());
  it('c-none-before-injured: "neither attack caused injuries" is zero, not "some injuries"', () =>
    expect(r(i('Neither attack was reported to have caused injuries or significant damage.'))).toEqual([0, 0, 0]));
  it('c-none-before-casualties: "no damage to the vessel or casualties"', () => expect(r(f('There was no damage to the vessel or casualties.'))).toEqual([0, 0, 0]));
  it('c-kill-person: one person and a figure of more in the plural ("a teacher and two students") add up', () => {
    expect(r(f('Gunmen killed a teacher and two students at the gate.'))).toEqual([3, 3, 3]);
    expect(r(f('Armed men killed a regional security secretary and 12 police officers.'))).toEqual([13, 13, 13]);
  });
  it('vn-office: one person named by an office ("killing a provincial commissioner")', () =>
    expect(r(f('The blast went off outside the hall, killing a provincial commissioner.'))).toEqual([1, 1, 1]));
  it('c-two-surnames-died: "Okafor and Bello died in the raid" is two dead, not peoples in the plural', () => {
    expect(r(f('Okafor and Bello died in the raid, which also left a guard wounded.'))).toEqual([2, 2, 2]);
    expect(f('Russians and Ukrainians died in the war.')).toBeNull();
  });
  it('c-none-before-*: what was not told ("no update on its casualties", "no figure for the injured") is no toll, not none', () => {
    expect(f('The navy spokesman offered no update on its casualties.')).toBeNull();
    expect(i('Officials gave no official figure for the injured in the town.')).toBeNull();
    expect(i('The ministry spoke of clashes without giving a count of the wounded.')).toBeNull();
    expect(r(i('There were no reported casualties among the guards.'))).toEqual([0, 0, 0]);
  });
  it('c-n-hurt: "two others are nursing gunshot wounds" are hurt, not dead with the first', () => {
    const c = findCasualties('One trader was killed at the depot and two others are nursing serious gunshot wounds.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[1, 1, 1], [2, 2, 2]]);
  });
  it('a figure in the same sentence beats the negation', () => expect(r(i('No group claimed the attack, which wounded five.'))).toEqual([5, 5, 5]));
});

describe('the dead named or found', () => {
  it('c-kill-named: "kills Hamas chief Ismail Haniyeh" is one', () => expect(r(f('An Israeli strike in Tehran kills Hamas chief Ismail Haniyeh.'))).toEqual([1, 1, 1]));
  it('a group named after "killed" is no person: "killed Islamic State militants" gives no figure', () => expect(f('The strike killed Islamic State militants.')).toBeNull());
  it('c-bodies: "the bodies of five men" are five dead', () => expect(r(f('The bodies of five men who had been shot were found on Sunday.'))).toEqual([5, 5, 5]));
});

describe('words for the dead in official statements', () => {
  it('"four policemen were martyred" and "two terrorists had been eliminated" count the dead', () => {
    expect(r(f('Four policemen were martyred when terrorists attacked the police station.'))).toEqual([4, 4, 4]);
    expect(r(f('Two terrorists had been eliminated, the army said.'))).toEqual([2, 2, 2]);
  });
  it('c-n-neutralised: people "neutralised" are dead, quoted or not; things neutralised are no one', () => {
    expect(r(f('He said three suspected rebels were "neutralized" when troops struck back.'))).toEqual([3, 3, 3]);
    expect(r(f('Five gunmen have been neutralised in the operation, the statement said.'))).toEqual([5, 5, 5]);
    expect(r(f('At least 12 jihadists were reportedly ‘neutralised’ near the border.'))).toEqual([12, 12, null]);
    expect(f('Two drones were neutralised over the base overnight.')).toBeNull();
    expect(f('The minister said several militants had been "neutralised" in the strikes.')).toBeNull();
    expect(f('Three explosive devices were neutralized by sappers.')).toBeNull();
  });
});

describe('running tolls', () => {
  it('"at least 40 have died since the coup" is no figure of the clash just told', () => {
    const { events } = extractText('A clash between protesters and police near Juliaca on Monday left twelve people dead. At least 40 people have died in the streets since the president was removed.', '2023-01-09');
    expect(events.map((e) => e.fatalities.best)).toEqual([12]);
  });
});

describe('ages and compound tolls', () => {
  const dead = (t: string) => findCasualties(t).fatalities?.best ?? null;
  it('"Meir Tamari, 32, was killed": the number is an age', () => expect(dead('Israeli civilian Meir Tamari, 32, was killed at the settlement.')).toBe(1));
  it('"a soldier and six suspected rebels were killed" is seven', () => expect(dead('A soldier and six suspected rebels were killed in a clash.')).toBe(7));
  it('a span of days before the figures is no figure', () => expect(dead('Two days after a soldier and three civilians were killed, the army struck.')).toBe(4));
  it('thousands keep their separator', () => expect(dead('The clashes killed 1,200 people.')).toBe(1200));
});

describe('a toll put at a figure', () => {
  it('"put the number killed in the army drone strike at 85"', () =>
    expect(findCasualties('Dahiru put the number killed in the army drone strike at 85, women and children among them.').fatalities?.best).toBe(85));
});

describe('two tolls in one sentence stay apart', () => {
  it('"killed about 70 people and wounded 19": 70 dead, 19 hurt, not 70 hurt', () => {
    const c = findCasualties('A drone attack has killed about 70 people and wounded 19, the WHO chief said.');
    expect([c.fatalities?.best, c.injured?.best]).toEqual([70, 19]);
  });
  it('"risen to 80 dead and 150 wounded": 150 hurt', () => expect(i('The toll had risen to 80 dead and 150 wounded.')?.best).toBe(150));
  it('"20 wounded and 3 killed": 3 dead', () => expect(f('The blast left 20 wounded and 3 killed.')?.best).toBe(3));
  it('"26 people lost their lives and 20 more were hurt": the 20 are another toll', () => expect(i('At least 26 people lost their lives in that attack and 20 more were hurt.')?.best).toBe(20));
  it('"three women were killed and 6 others were injured": the others are hurt, not dead', () =>
    expect(f('On Wednesday, three women from one family were killed and 6 others were injured.')?.best).toBe(3));
});

describe('figures that add up', () => {
  it('c-toll-revised: "lowered the death toll from a raid on the village to 14"', () =>
    expect(f('Officials have lowered the death toll from a raid on the village near Gao to 14.')?.best).toBe(14));
  it('c-named-suffered: "Mayor X suffered a minor head injury" is one hurt', () =>
    expect(i('Mayor Jonas Brenner suffered a minor head injury when a stone hit his car.')?.best).toBe(1));
  it('c-pronoun-hurt: "He was shot in the leg and also injured in the arm" is one hurt', () => {
    expect(i('He was shot in the leg and also injured in the arm.')?.best).toBe(1);
    expect(i('She was seriously injured, the hospital said.')?.best).toBe(1);
  });
  it('a figure another verb counts is no part of the next toll: "detained 71 people and three officers were injured" is 3', () =>
    expect(i('Police in the capital detained 71 people and three officers were injured after the march.')?.best).toBe(3));
  it('c-left-person-dead, c-n-and-m-hurt: "left a guard martyred and three others injured" is one dead and three hurt', () => {
    const c = findCasualties('A raid on a border post left a guard martyred and three others injured.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[1, 1, 1], [3, 3, 3]]);
    expect(r(f('The blast near the market left a shopkeeper dead.'))).toEqual([1, 1, 1]);
  });
  it('c-n-hurt: an aside that holds a toll verb is another toll ("nine trucks, killing five drivers, wounded two others")', () =>
    expect(r(i('Bandits ambushed a column of nine trucks, killing five drivers, wounded two others and fled.'))).toEqual([2, 2, 2]));
  it('c-n-hurt: "N were wounded, M of them ..., along with K civilians" adds the group told along with them', () => {
    expect(r(i('Officials said 30 police officers were wounded, 12 of them by stones, along with nine civilians.'))).toEqual([39, 39, 39]);
    expect(r(i('Officials said 30 police officers were wounded along with nine civilians.'))).toEqual([39, 39, 39]);
  });
  it('c-n-and-m-hurt: "27 police officers and around 80 civilians were injured" is 107', () =>
    expect(i('Dacic said that 27 police officers and around 80 civilians were injured.')?.best).toBe(107));
  it('c-n-and-m-hurt: a figure another verb took is no part of the toll: "detained 71 people and three officers were injured" is 3', () =>
    expect(i('Police in Varna detained 71 people and three police officers were injured.')?.best).toBe(3));
  it('c-n-and-m-killed: a long first noun phrase, "Six suspected members of the New People\'s Army (NPA) and an Army soldier"', () =>
    expect(f("Six suspected members of the New People's Army (NPA) and an Army soldier were killed.")?.best).toBe(7));
  it('c-kill-n: a second figure in words, "killing four police officers and two civilians"', () => expect(f('Bombs went off, killing four police officers and two civilians.')?.best).toBe(6));
  it('c-kill-n: "killed two of his brothers and a niece" is three', () => expect(f('Gunmen had killed two of his brothers and a niece.')?.best).toBe(3));
  it('c-kill-n: "killed 12 people and 30 were wounded" adds nothing', () => expect(f('The blast killed 12 people and 30 were wounded.')?.best).toBe(12));
  it('c-n-and-m-killed: an aside after the second figure, "one soldier and 13 civilians, children among them, had been killed"', () =>
    expect(f('The ministry said one Thai soldier and 13 civilians, children among them, had been killed.')?.best).toBe(14));
  it('c-n-and-m-hurt: "14 soldiers and 32 other civilians had been wounded" is 46', () =>
    expect(i('It said 14 soldiers and 32 other civilians had been wounded.')?.best).toBe(46));
  it('c-n-and-m-killed: "two soldiers and three others were killed" is five', () => expect(f('Two soldiers and three others were killed.')?.best).toBe(5));
  it('c-n-hurt: "dozens of participants and police officers were injured" is a dozen or more; "and wounded 19" is another toll', () => {
    expect(r(i('Dozens of participants and police officers were injured when the rally turned violent.'))).toEqual([null, 12, null]);
    expect(i('The strike killed 70 people and wounded 19.')?.best).toBe(19);
  });
  it('c-n-suffered: "another member of staff suffered gunshot wounds" is one hurt', () =>
    expect(i('The principal was shot dead, and another member of staff suffered gunshot wounds.')?.best).toBe(1));
  it('c-n-hurt-them, c-n-killed-them: "fired at four police officers, slightly injuring them" is four hurt', () => {
    expect(i('Men on mopeds fired at four police officers, slightly injuring them, police said.')?.best).toBe(4);
    expect(f('Gunmen opened fire on two men, killing both of them.')?.best).toBe(2);
  });
  it('a figure told by its own verb does not add to the next toll: "killing five soldiers and 30 others were wounded"', () => {
    const c = findCasualties('The gunmen opened fire, killing five soldiers and 30 others were wounded.');
    expect([c.fatalities?.best, c.injured?.best]).toEqual([5, 30]);
  });
  it('c-and-n-others: "the minister and two other people were killed" is three', () => expect(f("The Taliban's refugee minister and two other people were killed.")?.best).toBe(3));
  it('c-and-n-others: "killed the driver and two others" is three', () => expect(f('The drone killed the driver and two others, officials said.')?.best).toBe(3));
  it('c-kill-person: "killing a child and a government soldier" is two', () => expect(f('A drone struck the area, killing a child and a government soldier.')?.best).toBe(2));
  it('c-victims-list: "Those killed were nineteen men, five women and a child" is 25', () =>
    expect(f('Those killed were nineteen men, five women and a child aged eight, while nine others were wounded.')?.best).toBe(25));
  it('an aside of 60+ letters between the figure and its verb', () =>
    expect(f('In Dhaka, at least 11 people, among them two students and a local leader of the ruling party, were killed.')?.low).toBe(11));
});

describe('the hurt and the dead in other words', () => {
  it('c-hurt-person: "wounding a flight attendant" is one hurt', () => expect(i('Gunmen opened fire on the plane, wounding a flight attendant.')?.best).toBe(1));
  it('c-n-suffered: "One CRPF constable suffered a bullet wound" is one hurt', () => expect(i('One CRPF constable suffered a bullet wound in the attack.')?.best).toBe(1));
  it('c-person-hurt: hospitalized, left in critical condition', () => {
    expect(i('A ten-year-old child was hospitalized in serious condition.')?.best).toBe(1);
    expect(i('A service member was left in critical condition.')?.best).toBe(1);
  });
  it('"were also wounded" after a long subject', () => expect(i('Two members of local anti-Shabab clan militia forces were also wounded in that attack.')?.best).toBe(2));
  it('an aside after the figure: "Twenty more people, also civilians, were wounded"', () => expect(i('Twenty more people, also civilians, were wounded, ten of them seriously.')?.best).toBe(20));
  it('"two generals were killed along with five other officers" is seven', () => expect(f('Two Iranian generals were killed along with five other military officers.')?.best).toBe(7));
  it('"were confirmed dead", "had now died"', () => {
    expect(f('At least seven soldiers were confirmed dead in that assault.')?.low).toBe(7);
    expect(f('Police said 15 people had now died in the protests.')?.best).toBe(15);
  });
  it('"slightly injure four police officers"', () => expect(i('Men on mopeds ambush and slightly injure four police officers.')?.best).toBe(4));
  it('"fatally shot" is a death, not a wound', () => {
    const c = findCasualties('Several protesters were fatally shot on Tuesday.');
    expect([c.fatalities?.low, c.injured]).toEqual([2, null]);
  });
  it('c-person-killed: after "said that"', () => expect(f('The commissioner told AFP that a student had been killed in clashes.')?.best).toBe(1));
  it('c-some-deaths: "caused loss of life" is at least one dead', () => expect(r(f('The attack caused "loss of life and material damage".'))).toEqual([null, 1, null]));
  it('c-none-before-injured: "no U.S. personnel were injured" is zero', () => expect(i('No U.S. personnel were injured in the attack.')?.best).toBe(0));
});

describe('the dead and hurt by name', () => {
  it('c-named-killed: one name, an aside, "was shot dead"', () =>
    expect(f('Gisela Gaytan, who was running for mayor of Celaya, in Guanajuato state, was shot dead at a rally.')?.best).toBe(1));
  it('c-named-killed: two names joined by "and" are two', () =>
    expect(f('The lawyer Elvino Dias and Paulo Guambe, who was standing as a candidate, were shot dead.')?.best).toBe(2));
  it('c-named-hurt: "cameraman Riad al-Hussein was wounded"', () => expect(i('Al-Jazeera said its cameraman Riad al-Hussein was wounded.')?.best).toBe(1));
  it('c-named-hurt: "was shot and badly wounded", an aside between name and verb', () =>
    expect(i('Tomas Brandl, a regional councillor who was campaigning, was shot and badly wounded outside his office.')?.best).toBe(1));
  it('c-person-aside-hurt: "a young woman in Lindor, near the coast, was seriously hurt"', () =>
    expect(i('On Friday night a young woman in Lindor, near the coast, was seriously hurt when a truck hit her.')?.best).toBe(1));
  it('c-person-aside-hurt: a subject that wounded others is no wounded person', () =>
    expect(i('A gunman, officials said, opened fire on the bus.')).toBeNull());
  it('c-hurt-person: "wounded a peacekeeper and killed a soldier" is one hurt and one dead', () => {
    const c = findCasualties('Raiders had wounded a UN peacekeeper and killed a soldier near the camp.');
    expect([c.fatalities?.best, c.injured?.best]).toEqual([1, 1]);
  });
  it('c-hurt-ordinal: "killing two of them and wounding a third" is one hurt, not a share', () => {
    expect(i('The raiders ambushed the patrol, killing two of them and wounding a third.')?.best).toBe(1);
    expect(i('The blast injured a third of the crew.')).toBeNull();
  });
  it('c-kill-named: a title with a group before it, "eliminated senior al-Shabaab commander Hassan Siidow Hussein"', () =>
    expect(f('The operation eliminated senior al-Shabaab commander Hassan Siidow Hussein.')?.best).toBe(1));
});

describe('tolls that rose', () => {
  it('c-number-rose: "the number of dead rose to six", "the number of people wounded in the airstrike rose to six"', () => {
    expect(f('The number of dead rose to six on Monday.')?.best).toBe(6);
    expect(i('The number of people wounded in the airstrike rose to six.')?.best).toBe(6);
  });
  it('c-death-toll: "the death toll from the airstrikes in Hodeidah had risen to 14"', () => expect(f('Sources said the death toll from the Israeli airstrikes in Hodeidah had risen to 14.')?.best).toBe(14));
  it('an overall toll over days is not read as one', () => expect(f("The Observatory's overall toll from the violence in the region since Thursday stood at 1,018.")).toBeNull());
  it('c-put-toll: "puts the number of people shot dead ... at up to 600"', () =>
    expect(f('A new assessment puts the number of people shot dead by militants in their August attack on Barsalogho at up to 600.')?.high).toBe(600));
});

describe('a day of the month or a year is no toll', () => {
  it('"the attack on 14 May killed three", "on May 14", "January 3, 2024"', () => {
    expect(f('The attack on 14 May killed three soldiers.')?.best).toBe(3);
    expect(f('An attack on May 14 killed three soldiers.')?.best).toBe(3);
    expect(f('The attack on January 3, 2024 killed 95 people.')?.best).toBe(95);
  });
  it('"the bombing of 3 March left dozens dead" is dozens', () => expect(r(f('The bombing of 3 March left dozens dead.'))).toEqual([null, 12, null]));
  it('"the 2019 attack killed 40", "9/11"', () => {
    expect(f('The 2019 attack killed 40.')?.best).toBe(40);
    expect(f('The 9/11 attacks killed nearly 3,000.')?.best).toBe(3000);
  });
  it('"on 5 June 23 people died": the day is told, 23 is the toll', () => expect(f('On 5 June 23 people died in the attack.')?.best).toBe(23));
  it('a figure that looks like a year is a toll when people follow it', () => expect(f('2000 people were killed.')?.best).toBe(2000));
});

describe('more vague amounts', () => {
  it('"several dozen" and "a few dozen" are at least 24, "tens of" 20, "a handful of" 2', () => {
    expect(f('Several dozen people were killed.')?.low).toBe(24);
    expect(f('The raid killed a few dozen civilians.')?.low).toBe(24);
    expect(f('Tens of people were killed.')?.low).toBe(20);
    expect(i('A handful of soldiers were wounded.')?.low).toBe(2);
  });
});

describe('tolls in other phrasings (issue 10, class 11)', () => {
  it('deaths told by how they were dealt: "beaten to death", "shot and killed"', () => {
    expect(r(f('In the district, 13 policemen were beaten to death, police said.'))).toEqual([13, 13, 13]);
    expect(f('Two farmers were hacked to death near the river.')?.best).toBe(2);
    expect(f('The vice-principal Hassan Makuku was shot and killed.')?.best).toBe(1);
  });
  it('an adverb inside the auxiliary: "have also been injured"', () => expect(r(i('More than 100 people have also been injured in the demonstrations.'))).toEqual([101, 101, null]));
  it('c-n-bodies-found: "two bodies were found"; no bodies is no toll', () => {
    expect(r(f('Activists said two bodies were found in a lake on Friday.'))).toEqual([2, 2, 2]);
    expect(f('No bodies were found at the site.')).toBeNull();
    // an aside between the bodies and the verb
    expect(r(f('Three bodies, thought to belong to the raiders, were recovered near the ford.'))).toEqual([3, 3, 3]);
  });
  it('c-n-killed: "were left dead" is the toll an act left, as "were killed" is', () => {
    expect(r(f('Four farmers were left dead and nine hurt in the night raid.'))).toEqual([4, 4, 4]);
  });
  it('c-death-of-named: "the death of X", "the killing, at dawn, of X and of Y"', () => {
    expect(f('The protests grew after the death of Affan Kurniawan, a driver.')?.best).toBe(1);
    expect(f('Police scattered a crowd angry at the killing, in the wee hours of Saturday, of Elvino Dias and of Paulo Guambe.')?.best).toBe(2);
    expect(f('They celebrated the killing of Islamic State fighters.')).toBeNull();
  });
  it('c-killing-of-n: one act\'s toll as a noun, not a sum of deaths', () => {
    expect(r(f('WHO is appalled by reports of the killing of more than 460 patients at the hospital.'))).toEqual([461, 461, null]);
    expect(f('Prosecutors are investigating the president over the deaths of 28 people in the protests.')).toBeNull();
  });
  it('c-lost-n: "one family lost four members"; lost equipment is no toll', () => {
    expect(r(f('One family lost four members in its own home when the city was shelled.'))).toEqual([4, 4, 4]);
    expect(f('The army lost 20 tanks and two helicopters.')).toBeNull();
  });
  it('c-person-who-died and c-with-person-killed: one person', () => {
    expect(f('The last victim was a police officer who died after his vehicle was set alight.')?.best).toBe(1);
    const c = findCasualties('The hospital came under attack, with a nurse killed and three other health workers wounded.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[1, 1, 1], [3, 3, 3]]);
  });
  it('c-number-rose across a long aside, and c-and-number-to for the second count', () => {
    const c = findCasualties('The number of soldiers killed in the previous day\'s attack on a military base in the town of Aguachica, in Cesar department, has risen to seven and the number of wounded to 30, the Army said.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[7, 7, 7], [30, 30, 30]]);
  });
  it('"and 28 others, including five children, were injured" is the hurt, not more dead', () => {
    const c = findCasualties('One civilian was killed in the junta attacks and 28 others, including five children, were injured.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[1, 1, 1], [28, 28, 28]]);
  });
  it('"to eliminate a commander" is one killed', () => expect(f('Somali forces carried out a mission to eliminate a senior al-Shabaab commander.')?.best).toBe(1));
  it('c-kill-n: a long noun phrase before the second figure, and "his niece" as one more', () => {
    expect(r(f('The fighting also killed 125 members of the new government\'s security forces and 148 pro-Assad fighters.'))).toEqual([273, 273, 273]);
    expect(r(f('Gunmen had killed two of his brothers and his niece.'))).toEqual([3, 3, 3]);
  });
  it('"shot dead a 16-year-old" is one killed by a verb that says how', () => {
    expect(r(f('Israeli forces had shot dead a 16-year-old, Motaz Abu Tabeekh.'))).toEqual([1, 1, 1]);
    expect(r(f('Gunmen gunned down three farmers near the river.'))).toEqual([3, 3, 3]);
  });
  it('c-hurt-another and c-kill-another: "wounded another" is one more', () => {
    const c = findCasualties('The strike had killed one person and wounded another.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[1, 1, 1], [1, 1, 1]]);
    expect(i('The drone wounded another two soldiers.')).toBeNull();
  });
  it('"hit by bullets" wounds; a building hit is no casualty', () => {
    expect(r(i('He said two journalists and a security guard were hit by bullets, though none was seriously wounded.'))).toEqual([3, 3, 3]);
    expect(i('Two houses were hit by shells.')).toBeNull();
  });
  it('c-n-killed: "five were \"murdered\"", "12 civilians were executed"', () => {
    expect(r(f('Of these, five were "murdered" in Caracas.'))).toEqual([5, 5, 5]);
    expect(r(f('Twelve civilians were executed at a guest house.'))).toEqual([12, 12, 12]);
  });
  it('"hit by bullets" at a protest is its wounded, not a strike of its own', () => {
    const { events } = extractText('Police fired tear gas at protesters in Maputo on Monday. A rights group said two journalists and a security guard were hit by bullets.');
    expect(events.map((e) => [e.location.name, e.injured.best])).toEqual([['Maputo', 3]]);
  });
  it('"killed three soldiers and left dozens injured": the second toll is not the first\'s noun', () => {
    const c = findCasualties('The drone attack killed at least three American soldiers and left dozens injured.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[3, 3, null], [null, 12, null]]);
  });
  it('c-named-died: a named person who died of the wounds', () => {
    expect(r(f('Conaie said one of its members, Efrain Fuerez, had been shot three times and had died in hospital.'))).toEqual([1, 1, 1]);
    expect(f('Efrain Fuerez said his neighbours had fled.')).toBeNull();
  });
  it('a span of figures gives its range, the lower end as the best figure', () => {
    expect(r(f('"While repulsing the attack, 15-20 Afghan Taliban have been killed," the army said.'))).toEqual([15, 15, 20]);
    expect(r(f('The strike killed 25 to 30 fighters.'))).toEqual([25, 25, 30]);
    expect(r(f('Between 2 and 4 people died.'))).toEqual([2, 2, 4]);
    expect(r(f('The attack on 14-15 May killed three.'))).toEqual([3, 3, 3]);
    expect(r(f('The death toll range from 100 to several hundred, officials said.'))).toEqual([100, 100, null]);
  });
  it('c-hurt-no-one, c-killed-no-one: an act with no one as its object', () => {
    const c = findCasualties('The grenade went off outside the bank but hurt no one.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(r(f('The second shell killed nobody, the mayor said.'))).toEqual([0, 0, 0]);
    expect(r(f('The car bomb killed two guards and injured nobody else.'))).toEqual([2, 2, 2]);
  });
  it('c-a-thing: a first "a" that names no person adds no one to the figure after "and"', () => {
    expect(r(f('Gunmen fired on a checkpoint at dawn and three soldiers were killed.'))).toEqual([3, 3, 3]);
    expect(r(f('A teacher and three pupils were killed when the roof fell.'))).toEqual([4, 4, 4]);
  });
  it('c-n-killed: "one guard lost his life" is one dead, as "lost their lives" is', () =>
    expect(r(f('One village guard lost his life in the exchange of fire.'))).toEqual([1, 1, 1]));
  it('c-pronoun-died: "He was shot in the thigh and bled to death" is one dead', () => {
    expect(r(f('Police fired live bullets at the marchers. He was shot in the thigh and bled to death.'))).toEqual([1, 1, 1]);
  });
  it('c-pronoun-died: "He died of his wounds" is one dead, the person told before', () => {
    expect(r(f('Gunmen shot the trader outside his shop. He died of his wounds two days later.'))).toEqual([1, 1, 1]);
    expect(r(f('The trader was shot outside his shop; she later died in hospital.'))).toEqual([1, 1, 1]);
  });
  it('c-unharmed: those aimed at came through unharmed or to no harm, but not hostages rescued unharmed', () => {
    const c = findCasualties('Gunmen fired on the checkpoint at dawn, but all the guards on duty were unharmed.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(r(i('The mayor ducked behind his car and got away unhurt.'))).toEqual([0, 0, 0]);
    expect(r(i('The ferry crew came to no harm when the mine went off.'))).toEqual([0, 0, 0]);
    expect(r(i('Nine miners were rescued unharmed from the camp.'))).toBeNull();
    expect(r(f('A driver was killed; the two guards escaped unhurt.'))).toEqual([1, 1, 1]);
  });
  it('c-none-injured: no one hurt is no one dead, unless a death is told', () => {
    expect(r(f('Police reported no injuries or damage.'))).toEqual([0, 0, 0]);
    expect(r(f('Three people were killed but no one was injured.'))).toEqual([3, 3, 3]);
  });
  it('c-another-killed, c-another-hurt: "another" stands for one more dead or hurt', () => {
    expect(r(f('Near the border another guard was martyred during the firefight.'))).toEqual([1, 1, 1]);
    expect(r(f('Another villager later died in hospital.'))).toEqual([1, 1, 1]);
    expect(r(i('One trader was shot dead and another was wounded at the market.'))).toEqual([1, 1, 1]);
    expect(r(i('One ranger was killed and another wounded in two raids on the park.'))).toEqual([1, 1, 1]);
    expect(r(i('Another 14 miners were injured in the blast.'))).toEqual([14, 14, 14]);
    expect(f('Another convoy was attacked on the road.')).toBeNull();
  });
  it('c-kill-the-person: "killed the headmaster": one person, named by role', () => {
    expect(r(f('Bandits killed the headmaster and abducted nine pupils.'))).toEqual([1, 1, 1]);
    expect(r(f('The militia shot dead the driver of the truck.'))).toEqual([1, 1, 1]);
    expect(f('The gang had vowed to kill the mayor.')).toBeNull();
    expect(f('Troops killed the rebels holding the bridge.')).toBeNull();
  });
  it('was beheaded, was hacked to death, was martyred: the death of one, told by how it was dealt', () => {
    expect(r(f('A farmer was beheaded near the river.'))).toEqual([1, 1, 1]);
    expect(r(f('A ten-year-old boy was hacked to death in the attack.'))).toEqual([1, 1, 1]);
    expect(r(f('A local constable was martyred in the blast.'))).toEqual([1, 1, 1]);
  });
  it('c-n-killed, c-n-hurt: a relative clause between the figure and its verb', () => {
    expect(r(f('Two guards who were on duty at the gate were also killed.'))).toEqual([2, 2, 2]);
    expect(r(f('Four hostages who had been taken in May were found dead.'))).toEqual([4, 4, 4]);
    expect(r(i('Five pupils who were playing outside were wounded.'))).toEqual([5, 5, 5]);
    expect(r(f('Three men who saw the raid said two were killed.'))).toEqual([2, 2, 2]);
  });
  it('verbs that kill as surely: "massacred", "slaughtered", "perished", "neutralised N", "kill and behead"', () => {
    expect(r(f('Gunmen massacred six villagers in the night.'))).toEqual([6, 6, 6]);
    expect(r(f('Eight herders were slaughtered near the river.'))).toEqual([8, 8, 8]);
    expect(r(f('Four civilians perished in the fire the raiders set.'))).toEqual([4, 4, 4]);
    expect(r(f('The army said it neutralised 10 terrorists in the operation.'))).toEqual([10, 10, 10]);
    expect(r(f('Insurgents kill and behead a teacher in the district.'))).toEqual([1, 1, 1]);
    expect(r(f('Fighters killed and beheaded 30 villagers.'))).toEqual([30, 30, 30]);
  });
  it('what a killing verb counts that is no one: drones, devices, targets, cattle', () => {
    expect(f('Troops neutralised three explosive devices near the road.')).toBeNull();
    expect(f('Air defences neutralized 12 targets overnight.')).toBeNull();
    expect(f('Herders said 200 cattle were slaughtered by the raiders.')).toBeNull();
  });
  it('c-kill-n: the "and" that adds is the first, and adds people, not vehicles or buildings', () => {
    expect(r(f('Raiders stormed the camp, killing seven workers and setting fire to three excavators and two trucks.'))).toEqual([7, 7, 7]);
    expect(r(f('The militants killed two soldiers and destroyed three vehicles.'))).toEqual([2, 2, 2]);
    expect(r(f('Gunmen attacked the village, killing four people and two houses burned.'))).toEqual([4, 4, 4]);
    expect(r(f('Jets killed 5 fighters and 3 civilians.'))).toEqual([8, 8, 8]);
  });
  it('victims named by rank or by what they did: "a police reservist", "a suspected kidnapper"', () => {
    expect(r(f('Gunmen have killed a National Police Reservist during a raid.'))).toEqual([1, 1, 1]);
    expect(r(f('Police killed a suspected kidnapper at a checkpoint.'))).toEqual([1, 1, 1]);
    expect(r(f('A mourner was shot dead at the funeral.'))).toEqual([1, 1, 1]);
  });
  it('c-and-n-others: "the commander and four of his men": his men are others than he', () => {
    expect(r(f('The governor and three of his bodyguards were killed in the ambush.'))).toEqual([4, 4, 4]);
    expect(r(f('Gunmen killed the governor and three of his bodyguards.'))).toEqual([4, 4, 4]);
    expect(r(f('He said three of their colleagues were killed.'))).toEqual([3, 3, 3]);
  });
  it('an aside that lists the dead, commas and all, between the figure and its verb', () => {
    expect(r(f('Captain Musa and four of his men, among them Sgt Ade, Cpl Bello and Pte Okon, were killed on Friday.'))).toEqual([5, 5, 5]);
    expect(r(f('Six guards, including Ali, Omar and Yusuf, were shot dead.'))).toEqual([6, 6, 6]);
  });
  it('c-person-died: "a policeman died after...", "a soldier later succumbed"', () => {
    expect(r(f('A policeman died after protesters set his car alight.'))).toEqual([1, 1, 1]);
    expect(r(f('A soldier later succumbed to his injuries.'))).toEqual([1, 1, 1]);
    expect(f('The family of a soldier died waiting for news.')).toBeNull();
  });
  it('c-n-to-death: "hacked three villagers to death"', () => {
    expect(r(f('Attackers hacked three villagers to death.'))).toEqual([3, 3, 3]);
    expect(r(f('A mob beat two men to death on Sunday.'))).toEqual([2, 2, 2]);
  });
  it('c-killing-of-n: "the murder of two journalists", "the beheading of three hostages"', () => {
    expect(r(f('The murder of two journalists shocked the town.'))).toEqual([2, 2, 2]);
    expect(r(f('Officials condemned the beheading of three hostages.'))).toEqual([3, 3, 3]);
  });
});

describe('tolls told by kin, by deaths among the hurt, by result and by span', () => {
  it('c-and-kin: one person and their kin are each counted', () => {
    expect(r(f('Raiders killed a shopkeeper and his wife before dawn.'))).toEqual([2, 2, 2]);
    expect(r(f('The shell killed a herder and his three sons.'))).toEqual([4, 4, 4]);
    expect(r(f('A nurse and her two daughters were killed when the roof fell.'))).toEqual([3, 3, 3]);
    expect(r(f('Gunmen shot dead Maria Lopes and her husband at their farm.'))).toEqual([2, 2, 2]);
    // kin in the plural with no figure count no one more
    expect(r(f('Gunmen killed a trader and his relatives.'))).toEqual([1, 1, 1]);
  });
  it('c-of-hurt-died: deaths among the hurt are deaths', () => {
    expect(r(f('Three of the wounded later died in hospital.'))).toEqual([3, 3, 3]);
    expect(r(f('One of them succumbed to his injuries on Friday.'))).toEqual([1, 1, 1]);
  });
  it('"succumbed to their injuries" is dead, not hurt', () => {
    const c = findCasualties('Four villagers succumbed to their injuries overnight.');
    expect([r(c.fatalities), c.injured]).toEqual([[4, 4, 4], null]);
  });
  it('c-caused-deaths-of: "caused the deaths of six people"', () => {
    expect(r(f('The blast caused the deaths of six people.'))).toEqual([6, 6, 6]);
    expect(r(f('The raid resulted in the death of two guards.'))).toEqual([2, 2, 2]);
    expect(f('The deaths of six people in the riots were mourned.')).toBeNull();
  });
  it('"killed between 10 and 15": the low end, the span kept', () => expect(r(f('Bandits killed between 10 and 15 villagers.'))).toEqual([10, 10, 15]));
  it('"half a dozen" is six', () => expect(r(f('Half a dozen guards were killed at the gate.'))).toEqual([6, 6, 6]));
  it('a rate ("an average of ... every day") is the toll of no one act', () => {
    expect(f('Gang violence leaves an average of eight to ten people dead every day, monitors say.')).toBeNull();
    expect(f('Clashes killed about 40 people a month last year.')).toBeNull();
    expect(r(f('Four people were killed a day after the vote.'))).toEqual([4, 4, 4]);
  });
  it('c-kill-n: "and their driver" is one more of the dead, "and their children" no figure', () => {
    expect(r(f('Rebels ambushed the truck, killing six guards and their civilian driver.'))).toEqual([7, 7, 7]);
    expect(r(f('Rebels stormed the farm, killing two men and their children.'))).toEqual([2, 2, 2]);
  });
  it('c-person-killed: the unit after "of" and its short form in brackets both stand between the person and the verb', () =>
    expect(r(f('A jawan of the Border Rifles Corps (BRC) was killed near the bridge.'))).toEqual([1, 1, 1]));
  it('c-another-hurt: "and another person injured", the noun between', () => {
    const c = findCasualties('Last week a farmer was killed and another person injured when a mine exploded.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[1, 1, 1], [1, 1, 1]]);
  });
  it('c-person-died: "a sergeant also lost his life" adds one to the toll told before it', () =>
    expect(r(f('Four rebels were killed in the sweep, and a sergeant also lost his life.'))).toEqual([5, 5, 5]));
  it('c-n-killed: a figure quoted from its source ("\"dozens\" of protesters")', () =>
    expect(r(f('Police say "dozens" of rioters were killed overnight.'))).toEqual([null, 12, null]));
  it('c-n-hurt: accented words between the figure and the verb', () =>
    expect(r(i('Tear gas was fired at the crowd, among them four Frente Unión lawmakers who had to be taken to hospital.'))).toEqual([4, 4, 4]));
  it('c-n-and-m-killed: "a soldier and a militiaman died" are two', () =>
    expect(r(f('In the firefight a ranger and a militiaman died, the army said.'))).toEqual([2, 2, 2]));
  it('c-n-hurt: an aside in brackets between the figure and the verb, its breakdown not added', () =>
    expect(r(i('Six firefighters (four men and two women) were injured as the crowd threw stones.'))).toEqual([6, 6, 6]));
  it('c-n-hurt: the hurt told by where they lie ("five others in hospital")', () => {
    const c = findCasualties('The fire left at least two people dead and four others in hospital.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[2, 2, null], [4, 4, 4]]);
    expect(r(i('Three people remain in hospital with burns.'))).toEqual([3, 3, 3]);
    expect(i('Four nurses in hospital wards went on strike.')).toBeNull();
  });
  it('c-n-and-m-killed: a first figure with a verb of its own is not added ("four men stormed it and 12 were killed")', () =>
    expect(r(f('Witnesses said six gunmen stormed the hall and 12 people were killed.'))).toEqual([12, 12, 12]));
  it('c-and-the-person-hurt: "N had been killed and the commander of the base wounded" tells one hurt', () => {
    const c = findCasualties('An officer said nine soldiers had been killed and the commander of the outpost wounded.');
    expect([r(c.fatalities), r(c.injured)]).toEqual([[9, 9, 9], [1, 1, 1]]);
  });
  it('"and as many": the second figure is the first told again', () => {
    expect(r(f('Fighters killed three police officers and as many soldiers.'))).toEqual([6, 6, 6]);
    expect(r(f('Two guards and as many drivers were killed.'))).toEqual([4, 4, 4]);
    expect(r(f('Fighters killed three police officers and as many as 12 civilians.'))).toEqual([15, 15, 15]);
  });
});

describe('one more, people added, the named hurt and the deaths told again', () => {
  it('c-another-killed: "another guard, Tomas Ekwe, was killed" (one person named between commas)', () => {
    expect(r(f('Another guard, Tomas Ekwe, was killed at the gate.'))).toEqual([1, 1, 1]);
    expect(f('Another guard, Tomas Ekwe, was questioned by the police.')).toBeNull();
  });
  it('c-another-hurt, c-another-killed: "left another official wounded", "leaving another dead"', () => {
    expect(r(i('The raid, which also left another village administrator wounded, was blamed on bandits.'))).toEqual([1, 1, 1]);
    expect(r(f('The shelling hit the market, leaving another dead.'))).toEqual([1, 1, 1]);
    expect(i('The raid left another village without water.')).toBeNull();
  });
  it('c-n-killed: "along with N workers" adds people of another kind dead with them', () => {
    expect(r(f('At least 20 villagers were killed, along with six workers of a road company.'))).toEqual([26, 26, null]);
    expect(r(f('Nine soldiers were killed along with three trucks.'))).toEqual([9, 9, 9]);
  });
  it('c-named-hurt: two people named are two hurt, "also" kept for the sum', () => {
    const c = findCasualties('Reporters Amara Okafor and Lena Brandt, who were covering the march, were also injured.');
    expect(r(c.injured)).toEqual([2, 2, 2]);
    expect(c.injured!.text).toMatch(/also/);
    expect(r(i('Amara Okafor was injured in the stampede.'))).toEqual([1, 1, 1]);
  });
  it('c-deaths-of-the-n: "confirmed the deaths of the three guards", not "the deaths of 28 people in the protests"', () => {
    expect(r(f('Police confirmed the deaths of the three guards, who were shot at the gate.'))).toEqual([3, 3, 3]);
    expect(f('The inquiry looked into the deaths of 28 people in the protests.')).toBeNull();
  });
});

describe('casualty rules: the words a rule needs', () => {
  // a rule's `needs` turns a clause away before its search: it must hold in every match, or a toll is lost
  const told = [
    'Raiders killed a shepherd near the well on Monday.',
    'Gunmen shot dead the driver outside the depot.',
    'The patrol killed Tomas Verlaine at dawn.',
    'They killed a local tailor, Ibrahim Dasuki, on the road home.',
    'A civilian who later died was carried to the clinic.',
    'A farmer later died of his wounds.',
    'A policeman was killed in the blast.',
    'A student was left in critical condition after the beating.',
    'The explosion wounded a soldier at the gate.',
    'The brigade lost four soldiers in the fighting.',
    'Seven bodies were found near the river.',
    'Police confirmed the deaths of the three guards.',
    'The stampede caused minor injuries.',
    'The fire at the depot caused several deaths.',
    'Daniel Okoro was shot and wounded outside his shop.',
    'Samuel Adeyemi was shot dead at the market.',
    'Grace Mensah later died in hospital.',
    'Rescuers recovered the bodies of five fishermen.',
    'Peter Kamau suffered burns to his arms.',
    'The first blast killed a guard and the second wounded another.',
  ];
  const checked = ['c-kill-person', 'c-kill-the-person', 'c-kill-named', 'c-kill-one-named', 'c-person-who-died', 'c-person-died', 'c-person-killed', 'c-person-hurt', 'c-hurt-person', 'c-lost-n', 'c-n-bodies-found', 'c-deaths-of-the-n', 'c-some-injuries', 'c-some-deaths', 'c-named-hurt', 'c-named-killed', 'c-named-died', 'c-bodies', 'c-named-suffered', 'c-hurt-another'];
  const matching = (text: string) =>
    casualtyRules.filter((rule) => {
      rule.re.lastIndex = 0;
      return rule.re.test(text);
    });
  it('the texts exercise every rule checked', () => {
    const ids = new Set(told.flatMap((t) => matching(t).map((rule) => rule.id)));
    expect(checked.filter((id) => !ids.has(id))).toEqual([]);
  });
  it('every rule that matches a text finds its needs there', () => {
    const missed = told.flatMap((t) => matching(t).filter((rule) => rule.needs && !rule.needs.test(t)).map((rule) => `${rule.id}: ${t}`));
    expect(missed).toEqual([]);
  });
});
