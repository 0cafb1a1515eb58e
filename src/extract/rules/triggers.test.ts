import { describe, expect, it } from 'vitest';
import { findTrigger, isAnaphoric, isNewIncident } from './triggers.js';

const t = (s: string) => findTrigger(s);

describe('findTrigger', () => {
  it('a weapon noun with an act: drone attack → Air/drone strike', () => expect(t('A drone attack hit the airport.')?.sub_event_type).toBe('Air/drone strike'));
  it('verb + weapon: fired rockets → Shelling', () => expect(t('Militants fired rockets at the base.')?.sub_event_type).toBe('Shelling/artillery/missile attack'));
  it('passive: was struck by a missile', () => expect(t('The ship was struck by an anti-ship missile.')?.weapon).toBe('missile'));
  it('missiles thrown by a crowd are stones and bottles, not a missile attack', () => expect(t('Masked men threw missiles and fireworks at police and set a van alight.')?.weapon).not.toBe('missile'));
  it('a-riot: "disorder" is a riot, not the charge of it, one feared, or a medical disorder', () => {
    for (const clause of ['Violent disorder broke out in the town for a second night.', 'Police reported sporadic disorder in two estates.']) expect(t(clause)?.sub_event_type, clause).toBe('Violent demonstration');
    for (const clause of ['A man was held on suspicion of violent disorder.', 'The march was banned as it risked causing public disorder.', 'He has suffered from an eating disorder for years.']) expect(t(clause), clause).toBeNull();
  });
  it('a-attack: a building stormed ("stormed the party headquarters", "the storming of the palace") is an attack', () => {
    for (const clause of ['A crowd stormed the ruling party headquarters on Friday.', 'Hours later came the storming of the presidential palace.']) expect(t(clause)?.text, clause).toMatch(/storm/);
    // storming weather is no act
    expect(t('The wind was storming over the hills.')).toBeNull();
  });
  it('a-attack: a person who "was beaten" was attacked; a side beaten back, or a rival beaten, is no act', () => {
    expect(t('A reporter was badly beaten by plain-clothes officers outside the polling station.')?.text).toBe('beaten');
    expect(t('The champion has never beaten his rival on clay.')).toBeNull();
    expect(t('The rebels were beaten back from the ridge.')).toBeNull();
  });
  it('a-kill: "carried out the killings" names an act, a bare "killings" does not', () => {
    expect(t('Police said a local militia carried out the killings at the market.')?.kind).toBe('kill');
    expect(t('The killings drew condemnation from the bishops.')).toBeNull();
  });
  it('a-kill: the dead told as left dead are a killing; the act the clause names comes first', () => {
    expect(t('Four herders were left dead by bandits on Sunday.')?.kind).toBe('kill');
    expect(t('Two guards were left dead in an ambush near the ford.')?.text).toBe('ambush');
  });
  it('a-strike: a clock that struck the hour or midnight strikes nothing', () => {
    expect(t('The marchers sat down as the bell struck the hour.')).toBeNull();
    expect(t('The crowd cheered when the clock struck midnight.')).toBeNull();
    expect(t('A missile struck the depot at midnight.')?.kind).toBe('attack');
  });
  it('non-event cues: an act feared, one called for in the passive, or one with no chance of happening is none', () => {
    expect(t('Fearing air strikes, farmers in the valley sleep in caves.')).toBeNull();
    expect(t('A new march has been called for Friday by the students\' union.')).toBeNull();
    expect(t('There is no possibility of fighting in the town now.')).toBeNull();
  });
  it('a-open-fire: fire opened with a word for how much, or fire a side came under, is an attack; a side that came under fire for its words is not', () => {
    for (const clause of ['Bandits opened heavy fire on the bus near the bridge.', 'A patrol came under sustained fire from rebels at the ford.']) expect(t(clause)?.kind, clause).toBe('attack');
    expect(t('The mayor came under fire over his remarks.')).toBeNull();
  });
  it('suicide drones are drones, not suicide bombs', () => expect(t('Two suicide drones were launched at the base.')?.weapon).toBe('drone'));
  it('a suicide bomber is a suicide bomb', () => expect(t('A suicide bomber blew himself up, killing six.')?.sub_event_type).toBe('Suicide bomb'));
  it('aircraft named by their owner: "a military jet bombed" is an air strike', () => expect(t('A military jet bombed the village at noon.')?.sub_event_type).toBe('Air/drone strike'));
  it('a-drop-bomb: bombs or grenades dropped are an air/drone strike, in either voice', () => {
    for (const clause of ['A drone dropped explosives on the trench.', 'Junta aircraft dropped three bombs on the village.', 'Two bombs were dropped on the market.', 'A paramotor drops grenades on a crowd staging a protest.', 'On Saturday a quadcopter dropped ammunition on the police post.'])
      expect(t(clause)?.sub_event_type).toBe('Air/drone strike');
  });
  it('gunsBeside: explosives named in one breath with gunfire are an assault on the spot; a bomb before gunfire is a bomb', () => {
    for (const clause of ['The soldiers came under grenades, explosive devices and gunfire.', 'The attackers used automatic rifles and explosives in the assault.', 'Gunmen hurled hand grenades and opened fire at the police station.'])
      expect(t(clause)?.weapon).toBe('small arms');
    expect(t('A roadside bomb exploded near the patrol before gunmen opened fire.')?.weapon).toBe('ied');
  });
  it('a truck bombing is an IED', () => expect(t('A truck bombing killed six people.')?.sub_event_type).toBe('Remote explosive/landmine/IED'));
  it('IEDs', () => expect(t('A roadside bomb killed four soldiers.')?.sub_event_type).toBe('Remote explosive/landmine/IED'));
  it('clashes are battles', () => expect(t('Heavy clashes broke out between the army and rebels.')?.event_type).toBe('Battles'));
  it('a-capture: a town taken by an armed group, or captured by one in the passive, is a battle; people, goods or power seized are not', () => {
    for (const clause of ['On Friday, rebels took over Kambura after a night of gunfire.', 'The border town was captured by the Tigray Defence Army in May.', 'Jihadists seized the town of Moru at dawn.'])
      expect(t(clause)?.event_type, clause).toBe('Battles');
    for (const clause of ['Militants seized three lorries on the road.', 'The suspect was captured by the army after a chase.', 'The general seized power in a palace coup.', 'The camera captured the moment.'])
      expect(t(clause), clause).toBeNull();
  });
  it('a-plunder: looting and ransacking in any tense, or as a gerund, is an act; "the loot" is goods', () => {
    for (const clause of ['Youths were looting shops near the market.', 'Isolated looting was reported in the old town.', 'Crowds ransack a depot outside the city.'])
      expect(t(clause)?.text, clause).toMatch(/loot|ransack/);
    expect(t('The loot was hidden in a barn.')).toBeNull();
  });
  it('a-ramming: a vehicle driven into a crowd is an attack; a car that crashed into a wall is none', () => {
    for (const clause of ['A driver drove his car into a crowd of marchers near the bridge.', 'A van rammed into protesters outside the town hall.', 'A lorry ran over demonstrators blocking the road.'])
      expect(t(clause)?.kind, clause).toBe('attack');
    for (const clause of ['The car crashed into a tree near the bridge.', 'She drove her children to school.']) expect(t(clause), clause).toBeNull();
  });
  it('abductions', () => expect(t('Gunmen abducted 20 villagers.')?.sub_event_type).toBe('Abduction/forced disappearance'));
  it('protests', () => expect(t('Thousands of protesters marched in the capital.')?.event_type).toBe('Protests'));
  it('a-disperse: the police dispersing groups that blocked a road tell of a protest', () =>
    expect(t('Police used water cannon to disperse groups that had blocked the main road.')?.event_type).toBe('Protests'));
  it('a-crowd-march: a crowd on the march is a protest; a procession is not', () => {
    expect(t('About 5,000 people marching past the ministry demanded new elections.')?.event_type).toBe('Protests');
    expect(t('About 5,000 people marching in procession carried the statue of the saint.')).toBeNull();
  });
  it('a-crowd-gather: a crowd counted where it gathered is a protest; mourners, and people who had gathered, are not', () => {
    for (const clause of ['More than 6,000 people gathered in the old square on Sunday.', 'Thousands rallied outside the town hall.', 'Hundreds of students assembled in front of the ministry.'])
      expect(t(clause)?.event_type, clause).toBe('Protests');
    for (const clause of ['Hundreds of residents gathered at the scene after the fire.', 'Dozens of people gathered at the hospital overnight.', 'Farmers who had gathered in the field were unharmed.', 'About 3,000 people had gathered in the park before the storm.', 'Thousands rallied to the call for calm.'])
      expect(t(clause), clause).toBeNull();
  });
  it('a-attack: people "set upon" were attacked; a task set upon is none', () => {
    expect(t('Two traders were set upon near the market at dusk.')?.kind).toBe('attack');
    expect(t('The council set upon a new plan for the market.')).toBeNull();
  });
  it('a-crowd-size: a crowd sized by those who counted it is a protest; a count of something else is not', () => {
    for (const clause of ['In Brno, police estimated the crowd at 4,000.', 'The union put turnout at about 2,500 people in the port city.'])
      expect(t(clause)?.event_type, clause).toBe('Protests');
    for (const clause of ['Officials put the cost at 4,000 euros.', 'Turnout in the vote was put at 61 percent.'])
      expect(t(clause), clause).toBeNull();
  });
  it('a-march-noun: a march people joined or staged is a protest; March the month is not', () => {
    for (const clause of ['Some 40,000 people took part in the "Clean Water March" in the port city.', 'Local farmers joined a march through the old town.', "The students staged a march to the ministry."])
      expect(t(clause)?.event_type, clause).toBe('Protests');
    for (const clause of ['The March 14 accord set up a border commission.', 'The March elections were postponed by a court.', 'The ministers met again after the March and April talks.', 'The ministers met on the afternoon of 4 March; the talks ended.', 'The ministers held the March 14 vote in the capital.', 'The march passed the ministry.'])
      expect(t(clause), clause).toBeNull();
  });
  it('interceptions keep the weapon', () => expect(t('Air defences shot down 11 drones.')?.kind).toBe('interception'));
  it('a-shot-down: fire at a weapon in flight is an interception, fire at launchers is not', () => {
    expect(t('Guards fired at the unmanned quadcopter but could not hit it.')?.kind).toBe('interception');
    expect(t('Troops fired at rocket launchers near the ridge.')?.kind).not.toBe('interception');
  });
  it('a-impact: a shell that landed', () => expect(t('Two mortar shells landed near the stadium.')?.weapon).toBe('mortar'));
  it('a-overflight: a drone seen over a city', () => expect(t('Residents reported a drone over the port.')?.weapon).toBe('drone'));
  it('a-harm: a bomb that wounded', () => expect(t('A sticky bomb wounded a police officer.')?.sub_event_type).toBe('Remote explosive/landmine/IED'));
  it('a-abduct: a train, bus or tanker hijacked takes hostages; a vigil "hijacked" takes none', () => {
    for (const clause of ['Militants hijacked a passenger train in the mountains.', 'Gunmen hijacked two buses on the highway.', 'The train hijacking ended on Wednesday.']) expect(t(clause)?.sub_event_type).toBe('Abduction/forced disappearance');
    expect(t('Critics said radicals were hijacking the peaceful vigil.')).toBeNull();
  });
  it('"landed" without a weapon is not an act', () => expect(t('The delegation landed in Doha.')).toBeNull());
  it('isAnaphoric: "those missiles" refer back', () => {
    const clause = 'Two of those missiles were shot down over the sea.';
    expect(isAnaphoric(clause, t(clause)!)).toBe(true);
  });
  it('isAnaphoric: "the bomb", "the device", also after "said that", is the weapon already reported', () => {
    for (const clause of ['The bomb struck a minibus near the market.', 'Police said that the explosive device hit a patrol car.', 'A guard told reporters that the grenade hit the gate.']) {
      expect(isAnaphoric(clause, t(clause)!), clause).toBe(true);
    }
  });
  it('isAnaphoric: "the rally", "the protest" retell the crowd just told; "the protests" of a wave may not', () => {
    for (const clause of ['The rally was held outside parliament.', 'The protest turned violent on Tuesday.']) expect(isAnaphoric(clause, t(clause)!)).toBe(true);
    const wave = 'The protests spread to Mzuzu on Tuesday.';
    expect(isAnaphoric(wave, t(wave)!)).toBe(false);
  });
  it('isAnaphoric: "Monday\'s riots", "these demonstrations" retell the crowd; "the protests", or a wave moving on, may not', () => {
    for (const clause of ["Monday's riots left three shops burned.", 'Dozens were hurt during these demonstrations.',
      "Police said yesterday's rallies had been peaceful."]) expect(isAnaphoric(clause, t(clause)!)).toBe(true);
    for (const clause of ['The protests turned violent after dusk.', "Friday's demonstrations reached the capital.", 'These riots have spread to three other towns.']) expect(isAnaphoric(clause, t(clause)!)).toBe(false);
  });
  it('isAnaphoric: "the confrontation", "the exchange of fire", "the riot" retell the fight just told', () => {
    for (const clause of ['An officer was killed in the confrontation.', 'A passerby died in the exchange of fire.', 'Five victims of the riot were in hospital.']) expect(isAnaphoric(clause, t(clause)!)).toBe(true);
  });
  // negative cases: not incidents
  const notEvents = [
    'The group threatened to attack US bases.',
    'The US will continue to strike the militants.',
    'Militias have launched dozens of attacks on bases since October.',
    'Officials said the US was preparing to strike back.',
    'Rebels vowed to attack the city.',
    'Similar protests have erupted every summer for years.',
    'Police found a truck used to launch the rockets.',
    'Their attacks are meant to pressure the government.',
    'The militia started attacking convoys on the highway.',
    'The number killed since the war began has passed 900.',
  ];
  for (const s of notEvents) it(`not an event: "${s}"`, () => expect(t(s)).toBeNull());
});

describe('a counted act at listed places', () => {
  it('"seven simultaneous attacks ... in A, B, C and D" is no count of attacks: each place is an incident', () =>
    expect(t('Rebels carried out seven simultaneous attacks on army posts in Alda, Berro, Cusko and Dremi.')?.text).toBe('attacks'));
  it('the list may follow a dash', () => expect(t('Rebels carried out eight raids on villages around Alda - Berro, Cusko, Dremi and Elbo.')?.text).toBe('raids'));
  it('a count with no list stays a count, and a bare plural with a list a pattern', () => {
    expect(t('Rebels carried out seven simultaneous attacks on army posts last month.')).toBeNull();
    expect(t('Rebels have carried out attacks on army posts in Alda, Berro, Cusko and Dremi.')).toBeNull();
  });
  it('a bare plural right before named places is an act at each (n-plural-at-places), not before countries', () => {
    expect(t('Police also foiled similar attacks in the Alda and Berro areas, where no one was hurt.')?.text).toBe('attacks');
    expect(t('Police also foiled similar attacks in Iraq and Syria, where no one was hurt.')).toBeNull();
  });
});

describe('ground fighting', () => {
  it('an attack made with tanks and infantry is an armed clash, whatever the article\'s other weapons', () =>
    expect(t('Ukrainian forces attacked at dawn with up to 300 soldiers and 11 tanks.')?.sub_event_type).toBe('Armed clash'));
  it('a gunbattle in one word is a gun battle', () => expect(t('A gunbattle broke out at the ferry crossing.')?.kind).toBe('clash'));
  it('repelling an incursion is fighting', () => expect(t('Border guards repelled incursions into two districts.')?.kind).toBe('clash'));
});

describe('acts done to incidents already told', () => {
  it('"coalition units repelled these attacks" points back', () => {
    const trigger = t('Coalition units in the region repelled these attacks.')!;
    expect(isAnaphoric('Coalition units in the region repelled these attacks.', trigger)).toBe(true);
  });
});

describe('storming', () => {
  it('fighters who stormed a base attacked it', () => expect(t('The group stormed a military base in Damboa.')?.kind).toBe('attack'));
  it('gunmen who stormed a bar, a church or a wedding attacked it', () => {
    for (const place of ['a bar', 'a crowded church', 'the wedding']) expect(t(`Gunmen stormed ${place} on Sunday.`)?.kind).toBe('attack');
  });
  it('a crowd that stormed parliament is left to the crowd rules', () => expect(t('Protesters stormed the parliament.')?.kind).toBe('protest'));
});

describe('isNewIncident', () => {
  const isNew = (clause: string) => { const t = findTrigger(clause)!; return isNewIncident(clause, t); };
  it('one more thing hit ("another police vehicle", "a second shop") is the act told; "another car bomb" is new', () => {
    expect(isNew('Protesters had burnt another police vehicle by noon.')).toBe(false);
    expect(isNew('Rioters then attacked a second shop and another government building.')).toBe(false);
    expect(isNew('The mob set fire to another house, residents said.')).toBe(false);
    expect(isNew('Hours later, another car bomb exploded near the market.')).toBe(true);
    expect(isNew('In Kolo, another officer was killed during a gun battle.')).toBe(true);
    expect(isNew('In a separate incident, rioters attacked another police station.')).toBe(true);
  });
  it('one more person hit, named after the act, is its victim ("which also left another village elder hurt")', () => {
    expect(isNew('The raid, which also left another district official wounded, was blamed on bandits.')).toBe(false);
    expect(isNew('Gunmen ambushed the convoy and wounded another police officer.')).toBe(false);
    expect(isNew('The ambush came hours after another militant attack nearby.')).toBe(true);
  });
  it('"another" as the subject of a harm told after the act, or "another who", is one more victim of it', () => {
    expect(isNew('Three guards were killed and another was badly hurt, the mayor said.')).toBe(false);
    expect(isNew('Police came under fire, and one officer screamed while another who had been hit lay on the road.')).toBe(false);
  });
  it('"another attack" is a new incident, "yet another attack" the one being told', () => {
    expect(isNew('Hours later, another attack hit the town.')).toBe(true);
    expect(isNew('Residents were angry at yet another gang attack on their community.')).toBe(false);
  });
  it('a count after "another" or "a further" adds victims to the act pointed back to; counted acts are new', () => {
    expect(isNew('Another 12 civilians were wounded in the attack, the official said.')).toBe(false);
    expect(isNew('A further three people died of their wounds after the ambush.')).toBe(false);
    expect(isNew('Another two soldiers were killed in the raid.')).toBe(false);
    expect(isNew('Another 1,200 people were displaced by the shelling.')).toBe(false);
    expect(isNew('Another three died as a shopping centre was ransacked.')).toBe(true);
    expect(isNew('Another two attacks struck the district on Friday.')).toBe(true);
    expect(isNew('A further three airstrikes hit the town overnight.')).toBe(true);
  });
  it('an act "similar" to the one told is another of its kind; the act told before "similar" is not', () => {
    expect(isNew('The army carried out a similar strike on the camp in March, killing five.')).toBe(true);
    expect(isNew('Last year, 12 soldiers were killed in a similar assault near the border.')).toBe(true);
    expect(isNew('Activists said a similar drone operation in the capital earlier this month killed nine people.')).toBe(true);
    expect(isNew('The ambush comes two days after a similar raid on a police post.')).toBe(false);
    expect(isNew('The attack hit the town in a similar way to the last one.')).toBe(false);
    expect(isNew('After a similar raid last month, gunmen killed five villagers.')).toBe(false);
  });
  it('an act told as days or weeks before, by a span no day names, is another incident', () => {
    expect(isNew('Only days earlier, the militia was reported to have shelled a school in the town.')).toBe(true);
    expect(isNew('A few days before, fighters attacked a mosque in the city, killing 40 people.')).toBe(true);
    expect(isNew('Two weeks earlier, gunmen had raided a village nearby.')).toBe(true);
    expect(isNew('A day before, a drone struck a fuel depot in the port.')).toBe(true);
    expect(isNew('The protest turned violent weeks before the general election.')).toBe(false);
    expect(isNew('The attack came days before the vote, officials said.')).toBe(false);
    // the sentence cut at "before" leaves the span in the text before the act's clause
    const clause = ', fighters attacked a mosque in the city.';
    expect(isNewIncident(clause, findTrigger(clause)!, 'A few days before')).toBe(true);
  });
});

describe('labour strikes', () => {
  it('a-labour-strike: a taxi strike is a protest, not an air strike', () => {
    const trigger = t('Looting broke out in Luanda on Monday during a taxi strike.');
    expect([trigger?.kind, trigger?.event_type]).toEqual(['protest', 'Protests']);
  });
  it('a strike against a price rise is a protest', () => expect(t('Violence during a strike against a fuel price increase left four dead.')?.kind).toBe('protest'));
  it('a general strike called for next week is no event', () => expect(t('The unions called a general strike for next week.')).toBeNull());
  it('a drone strike is still an air strike', () => expect(t('A drone strike hit a car near Marib.')?.sub_event_type).toBe('Air/drone strike'));
  it('a strike workers hold is a protest ("dockers have extended until Sunday a strike"), not one they were killed in', () => {
    expect(t('Railway workers have extended until Sunday a strike that began on Monday.')?.kind).toBe('protest');
    expect(t('Three aid workers were killed in an Israeli strike on the convoy.')?.kind).toBe('attack');
    expect(t('Workers launched a drone strike on the depot.')?.kind).toBe('attack');
  });
});

describe('gunmen in the toll are no weapon', () => {
  it('gunmen told as wounded or killed name no small arms for the act; gunmen who acted still do', () => {
    expect(t('Four villagers were also killed, and seven more gunmen were wounded.')?.weapon ?? null).toBeNull();
    expect(t('Two gunmen were killed and a soldier was injured.')?.weapon ?? null).toBeNull();
    expect(t('Gunmen killed four villagers on Friday.')?.weapon).toBe('small arms');
  });
});

describe('crowd control is no artillery', () => {
  it('"tear gas shelling" names no artillery and no shelling act', () => {
    const trigger = t('Heavy tear gas shelling was reported as protesters reached the square.');
    expect([trigger?.kind, trigger?.weapon]).toEqual(['protest', null]);
  });
  it('an "Infantry Battalion" named as a unit is no weapon; infantry sent in is', () => {
    expect(t('Rebels attacked a base of the 12th Infantry Battalion overnight.')?.weapon).toBeNull();
    expect(t('The army attacked the town with infantry and tanks.')?.weapon).toBe('ground forces');
  });
});

describe('w-only-flying', () => {
  it('aircraft told only as flying lend no weapon to the act and make no act of their own', () => {
    expect(t('Army howitzers pounded the hills above Sarvan as jets flew overhead.')?.weapon).not.toBe('airstrike');
    expect(t('Military jets were seen flying low over the port city on Sunday.')).toBeNull();
    expect(t('Military jets bombed the hills above Sarvan on Sunday.')?.weapon).toBe('airstrike');
    // drones seen over a place still tell an incident there (a-overflight)
    expect(t('Two drones flew over the port city on Sunday.')?.weapon).toBe('drone');
  });
});
