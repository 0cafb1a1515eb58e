import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/test-article.js';
import { CROWD_SUB_EVENT_RULES, CROWD_TYPE_RULES, turnedViolent } from './crowd-events.js';
import type { ArticleEvent, Mention } from '../types.js';

const only = (text: string, published?: string) => {
  const { events } = extractText(text, published);
  expect(events).toHaveLength(1);
  return events[0]!;
};

describe('protests and riots', () => {
  it('a gathering with nothing more is a peaceful protest by the crowd', () => {
    const e = only('Thousands of people protested in Nairobi on Tuesday against the finance bill.');
    expect(e.sub_event_type).toBe('Peaceful protest');
    expect(e.actor1?.name).toBe('Protesters (Kenya)');
  });
  it('police dispersing it with tear gas is an intervention, and the police are actor2', () => {
    const e = only('On Monday, riot police in Maputo used tear gas to break up a crowd demonstrating against alleged electoral fraud.');
    expect(e.sub_event_type).toBe('Protest with intervention');
    expect(e.actor1?.name).toBe('Protesters (Mozambique)');
    expect(e.actor2?.name).toBe('Police Forces of Mozambique');
  });
  it('c-arrest: people taken into custody at a protest, counted or not, mean the police intervened', () => {
    for (const text of ['Police took 57 demonstrators into custody at a rally against the water tariffs in Kumasi on Thursday.',
      'Authorities detains dozens as hundreds protest fuel prices in Kumasi on Thursday.']) {
      expect(only(text, '2024-05-10').sub_event_type).toBe('Protest with intervention');
    }
  });
  it('c-crowd-violence: a crowd that sets a long-named building, or a list of things, on fire riots', () => {
    for (const text of ['Protesters set the county assembly building on fire in Kisumu on Thursday.',
      'Protesters set cars, police posts and bus shelters ablaze in Kisumu on Thursday.']) {
      expect(only(text, '2024-05-10').sub_event_type).toBe('Violent demonstration');
    }
  });
  it('c-crowd-violence: a crowd that assaults or fights officers, or storms a building or tries to, riots', () => {
    for (const text of ['Demonstrators assaulted police officers at the main roundabout in Kumasi on Thursday.',
      'Hundreds of protesters fought with federal officers outside the court in Tulsa on Thursday.',
      'On Thursday, protesters attempted to storm the regional assembly in Kumasi.',
      'Protesters forced their way into the regional assembly in Kumasi on Thursday, breaking windows.']) {
      expect(only(text, '2024-05-10').sub_event_type).toBe('Violent demonstration');
    }
    expect(only('Protesters marched to the regional assembly in Kumasi on Thursday.', '2024-05-10').sub_event_type).toBe('Peaceful protest');
  });
  it('c-turned-violent: a protest that "became violent" or "grew violent" was violent', () => {
    for (const text of ['Teachers marched on the ministry in Kumasi on Thursday, and the march quickly became violent.',
      'The rally of farmers in Kumasi grew violent on Thursday evening.']) {
      expect(only(text, '2024-05-10').sub_event_type).toBe('Violent demonstration');
    }
  });
  it('x-riot-target: a riot on a house of the state, with no police facing the crowd, was against the government', () => {
    expect(only('Protesters stormed the regional assembly in Kumasi on Thursday and smashed its windows.', '2024-05-10').actor2?.name).toBe('Government of Ghana');
    expect(only("Demonstrators set fire to the regional minister's residence in Kumasi on Thursday.", '2024-05-10').actor2?.name).toBe('Government of Ghana');
    // the police facing the crowd stay its counterpart
    expect(only('Protesters stormed the regional assembly in Kumasi on Thursday as police fired tear gas.', '2024-05-10').actor2?.name).toBe('Police Forces of Ghana');
  });
  it('x-riot-target: homes and shops a riot looted were civilians\', unless the crowd fought the police', () => {
    expect(only('On Thursday rioters looted shops and burned a hotel in Kumasi.', '2024-05-10').actor2?.name).toBe('Civilians (Ghana)');
    expect(only('On Thursday rioters looted shops in Kumasi. Later, fighting broke out between youths and the police in the town.', '2024-05-10').actor2?.name).toBe('Police Forces of Ghana');
  });
  it('x-riot-target-passive: shops told as looted before the crowd\'s act were its target', () => {
    expect(only('Shops were looted in Kumasi on Thursday as the riots spread.', '2024-05-10').actor2?.name).toBe('Civilians (Ghana)');
    expect(only('Videos show businesses also being looted in Kumasi on Thursday during the riots.', '2024-05-10').actor2?.name).toBe('Civilians (Ghana)');
  });
  it('c-turned-violent: a protest the police declared a riot was violent', () => {
    expect(only('Protesters gathered outside the courthouse in Tulsa on Saturday, and police declared the demonstration a riot.', '2024-05-12').sub_event_type).toBe('Violent demonstration');
  });
  it('c-disperse: police who kept protesters off the road they went for intervened', () => {
    expect(only('Police stopped the protesters from blocking the avenue in Kumasi on Thursday.', '2024-05-10').sub_event_type).toBe('Protest with intervention');
  });
  it('police who kill protesters used excessive force, whatever the sentence makes the subject', () => {
    const e = only('Police fired tear gas and live rounds at protesters in Dakar on Friday, killing nine people.');
    expect(e.event_type).toBe('Protests');
    expect(e.sub_event_type).toBe('Excessive force against protesters');
    expect(e.actor1?.name).toBe('Protesters (Senegal)');
    expect(e.actor2?.name).toBe('Police Forces of Senegal');
  });
  it('c-live-fire: someone killed during the protests was killed by force against them', () => {
    const e = only('A rapper was killed during Wednesday night\'s protests in Lima, when thousands gathered in front of Congress.', '2025-10-17');
    expect(e.sub_event_type).toBe('Excessive force against protesters');
  });
  it('a killing told with the protest it happened at, by the police, is force against the protesters; by gunmen, an attack', () => {
    const text = (who: string) => `A young man was shot dead on the ring road in Lusaka on Monday. A witness said: "The protesters blocked the road and harassed drivers." Then ${who} fired live shots, killing the young man.`;
    expect(only(text('police'), '2025-03-04').sub_event_type).toBe('Excessive force against protesters');
    expect(only(text('unidentified gunmen'), '2025-03-04').sub_event_type).toBe('Attack');
  });
  it('c-protesters-killed: protesters killed, told of a wave in general, make no excessive force at a protest without its dead', () => {
    const e = only('Police fired tear gas at protesters in Lima on Friday. Rights groups say earlier victims were demonstrators or passers-by killed by the police.', '2025-03-08');
    expect(e.sub_event_type).toBe('Protest with intervention');
  });
  it('"the rally", "the protest" told after a crowd in a country retell it: one protest, where and when they say', () => {
    const e = only('Hundreds of teachers in Malawi demonstrated against a pay freeze. The rally was held outside parliament in Lilongwe. ' +
      'The protest turned violent on Tuesday, and police fired tear gas at the demonstrators.', '2025-03-06');
    expect([e.location.name, e.date.date, e.actor2?.name]).toEqual(['Lilongwe', '2025-03-04', 'Police Forces of Malawi']);
  });
  it('x-people-fight-police: youths, students or residents fighting the police riot, in any country; gunmen do not', () => {
    for (const [text, country] of [['Youths clashed with police in Nanterre on Tuesday.', 'France'], ['Dozens of students fought with riot police in Dhaka on Tuesday.', 'Bangladesh'],
      ['On Tuesday there were clashes between villagers and gendarmes in Thies.', 'Senegal']]) {
      const e = only(text!, '2024-09-18');
      expect([e.event_type, e.actor1?.name]).toEqual(['Riots', `Rioters (${country})`]);
    }
    expect(only('Gunmen clashed with police in Kano on Tuesday.', '2024-09-18').event_type).toBe('Battles');
  });
  it('c-turned-violent: a protest that turned violent is a riot', () =>
    expect(only('Hundreds of farmers protested in Nakuru on Monday. The protest turned violent in the afternoon.', '2024-09-18').event_type).toBe('Riots'));
  it('security forces facing a crowd are its police', () => {
    const e = only('Security forces fired tear gas at demonstrators in Jakarta on Thursday.', '2024-08-30');
    expect([e.actor1?.name, e.actor2?.name]).toEqual(['Protesters (Indonesia)', 'Police Forces of Indonesia']);
  });
  it('security forces in a sentence about a rally are the police too', () => {
    const e = only('Security forces fired tear gas at a rally in Jakarta on Thursday.', '2024-08-30');
    expect(e.actor2?.name).toBe('Police Forces of Indonesia');
  });
  it('"clashes between security forces and demonstrators" is a riot against the police', () => {
    const e = only('Nine people were killed on Thursday in clashes between security forces and demonstrators in Dakar.', '2023-06-03');
    expect([e.event_type, e.actor1?.name, e.actor2?.name]).toEqual(['Riots', 'Rioters (Senegal)', 'Police Forces of Senegal']);
  });
  it('a crowd the text names with no country is the event country\'s', () => {
    const e = only('Interior Minister Ivica Dacic accused protesters of attacking police in Novi Sad on Wednesday.', '2025-08-15');
    expect(e.actor1?.name).toBe('Protesters (Serbia)');
  });
  it('a crowd that throws stones and burns cars is a riot', () => {
    const e = only('Protesters threw stones at police and set cars on fire in Lima on Saturday.');
    expect(e.event_type).toBe('Riots');
    expect(e.sub_event_type).toBe('Violent demonstration');
  });
  it('"riot police" alone report no riot', () => {
    expect(extractText('Riot police were deployed in central Tbilisi on Sunday ahead of the vote.').events).toHaveLength(0);
  });
});

describe('crowds across a country', () => {
  it('"the towns that saw demonstrations include A, B and C": one protest in each', () => {
    const { events } = extractText('The major towns that saw demonstrations on Tuesday include Mombasa, Nakuru and Kisumu, police said.', '2024-06-26');
    expect(events.map((e) => e.location.name).sort()).toEqual(['Kisumu', 'Mombasa', 'Nakuru']);
  });
  it('u-roundup: "hundreds of protests have flared in several cities, among them A; B; and C": one protest in each', () => {
    const { events } = extractText('Four people were killed in Douala on Sunday. Since his call, hundreds of protests have flared in several cities, among them the capital, ' +
      'Yaounde; Garoua, Tchiroma\'s hometown; and Maroua, Bertoua and Bafoussam.', '2025-10-27');
    expect(events.filter((e) => e.event_type === 'Protests').map((e) => e.location.name).sort()).toEqual(['Bafoussam', 'Bertoua', 'Garoua', 'Maroua', 'Yaounde']);
  });
  it('u-roundup: a count of protests ruled out as one incident still lists its towns', () => {
    const { events } = extractText('Four people were killed in Douala on Sunday. Police fired tear gas. The governor spoke. ' +
      'Dozens of demonstrations have taken place in Maroua, Garoua and Bafang this week.', '2025-10-27');
    expect(events.filter((e) => e.event_type === 'Protests').map((e) => e.location.name).sort()).toEqual(['Bafang', 'Garoua', 'Maroua']);
  });
  it('protesters who burnt a police lorry rioted', () => {
    expect(only('In Nairobi on Tuesday, protesters burnt another police lorry outside parliament.').event_type).toBe('Riots');
  });
});

describe('the crowd named again', () => {
  it('"the deaths of protesters" later in the story is the protest already told', () => {
    const { events } = extractText('Thousands protested in Juliaca on Monday against the government. ' +
      'This week it emerged that prosecutors are investigating the president over the deaths of protesters.', '2023-01-12');
    expect(events).toHaveLength(1);
  });
});

describe('a clash with a crowd', () => {
  it('"a clash between protesters and police" is a riot, the crowd against the police', () => {
    const e = only('Another clash between protesters and police near Juliaca airport on Monday left twelve people dead.', '2023-01-10');
    expect([e.event_type, e.sub_event_type]).toEqual(['Riots', 'Violent demonstration']);
    expect(e.actor2?.name).toBe('Police Forces of Peru');
  });
  it('a clash that only mentions a crowd elsewhere stays a battle', () => {
    const e = only('Troops clashed with militants near Gao on Monday, hours after a crowd had gathered in the market.', '2024-05-14');
    expect(e.event_type).toBe('Battles');
  });
});

describe('people who are no armed side in a clash', () => {
  it('x-people-clash: "clashes with party supporters", "supporters clashed with": a riot, not a battle', () => {
    for (const text of ['Police escorted the new governor into the party building in Konya on Monday, setting off clashes with opposition supporters.',
      'Supporters of the two candidates clashed outside the town hall in Konya on Monday.',
      'On Monday students fought with traders at the main market in Konya.']) {
      const e = only(text, '2025-09-09');
      expect([e.event_type, e.sub_event_type, e.actor1?.name]).toEqual(['Riots', 'Violent demonstration', 'Rioters (Turkey)']);
    }
  });
  it('people who only tell of the clash, or an armed group among its sides, keep it a battle', () => {
    expect(only('Residents described heavy clashes between militias in Misrata on Monday.', '2025-05-13').event_type).toBe('Battles');
    expect(only('Al-Shabaab fighters clashed with local residents in Baidoa on Monday.', '2025-05-13').event_type).toBe('Battles');
  });
});

describe('deaths at a protest', () => {
  it('a death no one is named for, at the protest\'s place and day, is the protest\'s toll', () => {
    const e = only('Rival student groups marched in the capital Dhaka on Tuesday, hurling bricks at each other. A student was killed outside Dhaka College, police said.', '2024-07-17');
    expect(e.event_type).not.toBe('Violence against civilians');
    expect(e.fatalities.best).toBe(1);
  });
  it('x-kept-count: a toll someone has reported, or a loss someone has suffered, is no lethal force at the gathering', () => {
    for (const text of ['Police fired tear gas at hundreds of students marching in Tamale on Tuesday. A regional rights group has reported at least 14 people dead since the unrest began.',
      'Police fired tear gas at hundreds of students marching in Tamale on Tuesday. "My village has lost six sons," one marcher said.']) {
      const { events } = extractText(text, '2024-07-17');
      expect(events.find((e) => e.location.name === 'Tamale')?.sub_event_type).toBe('Protest with intervention');
    }
  });
  it('x-kept-count: the dead told in the perfect passive are still the gathering\'s own', () => {
    const { events } = extractText('Police fired tear gas at hundreds of students marching in Tamale on Tuesday. Two people have been killed, medics said.', '2024-07-17');
    expect(events.find((e) => e.location.name === 'Tamale')?.sub_event_type).toBe('Excessive force against protesters');
  });
  it('a shooting on another day stays its own event', () => {
    const { events } = extractText('Riot police in Maputo used tear gas on Monday to break up a crowd of protesters. Two opposition figures were shot dead in Maputo at the weekend.', '2024-10-21');
    expect(events).toHaveLength(2);
  });
});

describe('clashes in a report on protests', () => {
  it('c-crowd-violence: protesters who wrecked an office made a violent demonstration', () => {
    expect(only('Anti-government protesters wrecked the offices of the ruling party in Novi Sad on Wednesday.', '2025-08-14').sub_event_type).toBe('Violent demonstration');
  });
});

describe('what the crowd did, however it is worded', () => {
  const typeOf = (text: string) => only(text, '2025-06-12').sub_event_type;
  it('c-thrown-at: objects thrown at the police, in either voice, make a violent demonstration', () => {
    expect(typeOf('Protesters marched in Lisbon on Tuesday, and some began hurling metal barriers and chairs at riot police.')).toBe('Violent demonstration');
    expect(typeOf('Protesters marched in Lisbon on Tuesday, and bottles were thrown at officers near the parliament.')).toBe('Violent demonstration');
    expect(typeOf('Protesters marched in Lisbon on Tuesday, and stones were hurled as night fell.')).toBe('Violent demonstration');
  });
  it('c-destroyed: a crowd that destroys property or overturns cars riots; a protest over destroyed homes does not', () => {
    expect(typeOf('Demonstrators destroyed the ruling party office in Beira on Tuesday.')).toBe('Violent demonstration');
    expect(typeOf('Thousands protested in Beira on Tuesday, and several cars were overturned.')).toBe('Violent demonstration');
    expect(typeOf('The protests in Beira on Tuesday were marked by the destruction of property.')).toBe('Violent demonstration');
    expect(typeOf('Hundreds of residents protested in Beira on Tuesday against the floods that destroyed their homes.')).toBe('Peaceful protest');
  });
  it('c-crowd-police-clash: a crowd fighting the police, whichever side the sentence names first, riots', () => {
    expect(typeOf('Protests were held in Beira on Tuesday, with violent clashes between demonstrators and police.')).toBe('Violent demonstration');
    expect(typeOf('Thousands protested in Beira on Tuesday; fighting broke out between officers and protesters near the market.')).toBe('Violent demonstration');
    expect(typeOf('Thousands protested in Beira on Tuesday, and police clashed with the demonstrators outside the court.')).toBe('Violent demonstration');
  });
  it('c-hands-on: officers laying hands on the crowd intervene; the crowd hurt by others does not make it so', () => {
    expect(typeOf('Hundreds marched in Tromso on Tuesday, and officers dragged and tackled several protesters near the harbour.')).toBe('Protest with intervention');
    expect(typeOf('Hundreds marched in Tromso on Tuesday, and mounted officers pushed back the marchers from the bridge.')).toBe('Protest with intervention');
    expect(typeOf('Hundreds marched in Tromso on Tuesday, and a shopkeeper said he was punched by protesters near the harbour.')).toBe('Peaceful protest');
  });
  it('c-tear-gas: skunk water or less-lethal rounds fired at a crowd are crowd-control weapons', () => {
    expect(typeOf('Hundreds marched in Tromso on Tuesday, and police sprayed skunk water near the harbour.')).toBe('Protest with intervention');
    expect(typeOf('Hundreds marched in Tromso on Tuesday, and agents fired less-lethal rounds near the harbour.')).toBe('Protest with intervention');
  });
  it('c-live-fire: police shooting at the crowd is force against protesters', () => {
    expect(typeOf('Thousands marched in Beira on Tuesday, and witnesses saw officers shoot at protesters near the port.')).toBe('Excessive force against protesters');
  });
});

describe('x-wave-acts: one sentence\'s crowds split by place', () => {
  it('what the wave\'s crowds did, told of one of its places, is read for each place', () => {
    const { events } = extractText('Police said three people were killed in protests on Tuesday in Beira, Chimoio and Tete against the election results. In Beira, demonstrators threw stones at police and burned tyres.', '2025-06-12');
    const types = new Map(events.map((e) => [e.location.name, e.sub_event_type]));
    expect(types.get('Chimoio')).toBe('Violent demonstration');
    expect(types.get('Tete')).toBe('Violent demonstration');
  });
  it('arrests or tear gas at one of its places stay there', () => {
    const { events } = extractText('Protests were held on Tuesday in Beira, Chimoio and Tete against the election results. In Beira, police fired tear gas and arrested ten people.', '2025-06-12');
    expect(new Map(events.map((e) => [e.location.name, e.sub_event_type])).get('Tete')).toBe('Peaceful protest');
  });
  it('live fire at its crowds, told of one place, marks the wave', () => {
    const { events } = extractText('Protests were held on Tuesday in Beira, Chimoio and Tete against the election results. In Beira, officers opened fire on protesters.', '2025-06-12');
    expect(new Map(events.map((e) => [e.location.name, e.sub_event_type])).get('Tete')).toBe('Excessive force against protesters');
  });
  it('crowds in separate sentences lend nothing', () => {
    const { events } = extractText('Thousands protested in Chimoio on Tuesday against the election results. On Tuesday, demonstrators in Beira threw stones at police and burned tyres.', '2025-06-12');
    const types = new Map(events.map((e) => [e.location.name, e.sub_event_type]));
    expect(types.get('Chimoio')).toBe('Peaceful protest');
    expect(types.get('Beira')).toBe('Violent demonstration');
  });
});

describe('one protest told twice', () => {
  it('a call for a protest is no protest; the crowd that day without a place is the protest told', () => {
    const { events } = extractText('Police used tear gas on Thursday to break up protesters in the capital, Maputo, after the opposition leader called for a demonstration. The leader had called for a mass protest on Thursday. Several thousand people took to the streets on Thursday morning.', '2024-11-07');
    expect(events).toHaveLength(1);
  });
});

describe('a clash at a protest', () => {
  it('"some of the protesters" after "a clash between protesters and police" is that clash, a riot', () => {
    const { events } = extractText('A clash between protesters and police near Juliaca airport on Monday left twelve people dead. Some of the protesters were taken to two hospitals.', '2023-01-09');
    expect(events).toHaveLength(1);
    expect(events[0]!.event_type).toBe('Riots');
  });
});

describe('violence in a report of unrest', () => {
  const wave = 'Thousands of protesters marched in Rabat on Tuesday against the government. ';
  it('sidelessViolence: looting no armed side is named for, in a protest wave, is a riot', () => {
    const { events } = extractText(wave + 'In Taroudant, a bank was ransacked and shops were vandalised on Wednesday night.', '2025-10-02');
    const looted = events.find((e) => e.location.name === 'Taroudant');
    expect([looted?.event_type, looted?.sub_event_type, looted?.actor1?.name]).toEqual(['Riots', 'Violent demonstration', 'Rioters (Morocco)']);
  });
  it('clashes with no sides named in a protest wave are a riot', () => {
    const { events } = extractText(wave + 'Pictures showed clashes in Tangier on Wednesday.', '2025-10-02');
    expect(events.find((e) => e.location.name === 'Tangier')?.event_type).toBe('Riots');
  });
  it('police killed by no one named, in a protest wave, were killed by the crowd', () => {
    const { events } = extractText('Thousands of protesters marched in Dhaka on Sunday against the government. In the district of Sirajganj, 13 policemen were beaten to death on Sunday, police said.', '2024-08-05');
    const e = events.find((x) => x.location.name === 'Sirajganj');
    expect([e?.event_type, e?.actor1?.name, e?.actor2?.name]).toEqual(['Riots', 'Rioters (Bangladesh)', 'Police Forces of Bangladesh']);
  });
  it('gunmen named in the sentence keep a battle', () => {
    const { events } = extractText(wave + 'Gunmen clashed with soldiers in Tangier on Wednesday.', '2025-10-02');
    expect(events.find((e) => e.location.name === 'Tangier')?.event_type).toBe('Battles');
  });
  it('a war report that mentions a protest is no report of unrest', () => {
    const { events } = extractText('Russian missiles struck Kharkiv on Monday. Artillery shelled Izium on Tuesday. Clashes broke out near Kupiansk on Wednesday. ' +
      'Residents protested in Kyiv on Thursday.', '2024-05-17');
    expect(events.find((e) => e.location.name === 'Kupiansk')?.event_type).toBe('Battles');
  });
  it('x-police-there: police the sentence names beside the crowd are its counterpart, though no clause made them a side', () => {
    const e = only('Demonstrators and police clashed in Toulouse on Wednesday.', '2025-09-11');
    expect(e.actor2?.name).toBe('Police Forces of France');
  });
  it('x-police-there: a country\'s own name for its police counts ("gardaí")', () => {
    const e = only('Fireworks were fired at gardaí policing a large protest outside a hotel in Dublin on Tuesday night.', '2025-10-22');
    expect(e.actor2?.name).toBe('Police Forces of Ireland');
  });
  it('x-police-there: an army named beside a crowd is no counterpart', () => {
    const e = only('Thousands marched in Nairobi on Tuesday as soldiers patrolled the border with Somalia.', '2024-06-26');
    expect(e.actor2).toBeNull();
  });
  it('x-police-there: the police named beside a crowd come before an army its figures name', () => {
    const e = only('Thousands of protesters marched in Islamabad on Tuesday. Two soldiers were hurt as the protesters fought police there.', '2024-11-27');
    expect(e.actor2?.name).toBe('Police Forces of Pakistan');
  });
  it('x-mob-victims: the suspects a mob beat are civilians, its target; the police it beat stay the police', () => {
    const e = only('A mob beat two men to death on suspicion of stealing a goat in Kisumu, Kenya, on Sunday.', '2025-06-10');
    expect([e.sub_event_type, e.actor1?.name, e.actor2?.name]).toEqual(['Mob violence', 'Rioters (Kenya)', 'Civilians (Kenya)']);
    expect(only('A mob beat a police officer to death on suspicion of stealing a goat in Kisumu, Kenya, on Sunday.', '2025-06-10').actor2?.name).toBe('Police Forces of Kenya');
  });
  it('x-police-there: "security forces" the sentences of a protest name are its police', () => {
    const e = only('Thousands of opposition supporters protested in Dar es Salaam on Wednesday. Families are still burying relatives after clashes between the security forces and opposition supporters.', '2025-11-03');
    expect(e.actor2?.name).toBe('Police Forces of Tanzania');
  });
  it('x-named-force-first: "security forces" beside the soldiers who fired on a crowd are those soldiers', () => {
    const e = only('Several marchers died on Friday night when Ghanaian soldiers opened fire on demonstrators in Tamale. ' +
      'The protesters were peaceful, and the security forces should have stayed in their barracks, critics said.', '2024-08-10');
    expect(e.actor2?.name).toBe('Military Forces of Ghana');
  });
});

describe('the crowd rules are named and ordered', () => {
  it('each has an x- id of its own and a reason', () => {
    const rules = [...CROWD_TYPE_RULES, ...CROWD_SUB_EVENT_RULES];
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) expect([r.id.startsWith('x-'), r.reason.length > 20]).toEqual([true, true]);
  });
  it('a crowd\'s own violence comes before force against it: a riot where people died stays a riot', () => {
    expect(CROWD_SUB_EVENT_RULES.findIndex((r) => r.id === 'x-crowd-violence')).toBeLessThan(CROWD_SUB_EVENT_RULES.findIndex((r) => r.id === 'x-excessive-force'));
    const e = only('Rioters set cars on fire in Lome on Friday, and two people died.', '2025-06-28');
    expect(e.sub_event_type).toBe('Violent demonstration');
  });
});

describe('c-protest-cause: the dead a crowd gathered over', () => {
  it('are no toll of the protest, nor force against it', () => {
    const e = only('Thousands of people took to the streets of Zagreb on Saturday to demand accountability for the bridge collapse that killed 12 people.');
    expect(e.sub_event_type).toBe('Peaceful protest');
    expect(e.fatalities.best ?? 0).toBe(0);
    expect(only('Hundreds of students marched in Lima on Sunday marking the anniversary of the killing of two protesters.').sub_event_type).toBe('Peaceful protest');
    // a relative clause on the cause still tells the cause's dead
    const vigil = only('Thousands gathered in Zagreb on Saturday for a vigil on the anniversary of the collapse of a footbridge, which killed nine people.');
    expect(vigil.fatalities.best ?? 0).toBe(0);
  });
});

describe('x-turned-violent', () => {
  const town = { name: 'Kumasi', lat: 6.69, lon: -1.62, country_code: 'GH', admin1: 'Ashanti', geo_precision: 1 as const };
  const day = (d: string) => ({ date: d, earliest: d, latest: d, precision: 1 as const, text: 'Thursday' });
  const told = (text: string, index: number) => ({ sentence: { index, paragraph: index, text, start: 0, end: text.length }, triggerIndex: 0 }) as unknown as Mention;
  const event = (sub: string, type: string, d = '2024-05-09') => ({ sub_event_type: sub, event_type: type, location: town, date: day(d) }) as unknown as ArticleEvent;
  const riot = event('Violent demonstration', 'Riots');
  const read = (march: string, d?: string) => turnedViolent(
    [{ mentions: [told('Rioters looted shops in Kumasi on Thursday night.', 0)] }, { mentions: [told(march, 1)] }],
    [riot, event('Peaceful protest', 'Protests', d)], (g) => ({ ...riot, mentions: g.mentions }));
  it('a march and a riot at one town on one day are one gathering, coded as the riot', () => {
    const { groups, events } = read('Thousands of nurses marched through Kumasi on Thursday.');
    expect(events.filter((e) => e !== null).map((e) => e.sub_event_type)).toEqual(['Violent demonstration']);
    expect(groups[0]!.mentions).toHaveLength(2);
  });
  it('a crowd the police broke up at that town that day is the same gathering', () => {
    const { events } = turnedViolent(
      [{ mentions: [told('Rioters looted shops in Kumasi on Thursday night.', 0)] }, { mentions: [told('Police fired tear gas to disperse nurses marching in Kumasi on Thursday.', 1)] }],
      [riot, event('Protest with intervention', 'Protests')], (g) => ({ ...riot, mentions: g.mentions }));
    expect(events.filter((e) => e !== null).map((e) => e.sub_event_type)).toEqual(['Violent demonstration']);
  });
  it('a march and a riot read on the same day of the same uncertain span are one gathering', () => {
    const span = { date: '2024-05-09', earliest: '2024-05-08', latest: '2024-05-09', precision: 1 as const, text: 'Thursday' };
    const riotOfSpan = { ...riot, date: span };
    const { events } = turnedViolent(
      [{ mentions: [told('Rioters looted shops in Kumasi.', 0)] }, { mentions: [told('Thousands of nurses marched through Kumasi.', 1)] }],
      [riotOfSpan, { ...event('Peaceful protest', 'Protests'), date: span }], (g) => ({ ...riotOfSpan, mentions: g.mentions }));
    expect(events.filter((e) => e !== null)).toHaveLength(1);
  });
  it('a march told as earlier, as another, or on another day, is one of its own', () => {
    expect(read('An earlier march in Kumasi passed off peacefully.').events.filter((e) => e !== null)).toHaveLength(2);
    expect(read('Meanwhile, another march blocked the main road in Kumasi.').events.filter((e) => e !== null)).toHaveLength(2);
    expect(read('Thousands of nurses marched through Kumasi.', '2024-05-08').events.filter((e) => e !== null)).toHaveLength(2);
  });
});
