import { describe, expect, it } from 'vitest';
import { findActors } from './find-actors.js';
import { countryGroup, isGenericGroup, localHomonym } from './dictionary.js';

const names = (text: string) => findActors(text).map((a) => a.actor.name);

describe('findActors', () => {
  it('"defence and security forces", the francophone FDS, are a country\'s military (force-nouns)', () => {
    expect(names('Burkinabe defence and security forces retook the town.')).toEqual(['Military Forces of Burkina Faso']);
    expect(names('The Mozambique Defense and Security Forces retook the town.')).toEqual(['Military Forces of Mozambique']);
  });
  it('finds a short alias written as a name', () => {
    expect(names('IS claimed the attack on Sunday.')).toContain('Islamic State');
  });
  it('a state police\'s own units are its police, a separatist front by its press names (data/actors)', () => {
    expect(names('Two constables of the Chhattisgarh Armed Force were hurt.')).toEqual(['Police Forces of India']);
    expect(names('The Corsican National Liberation Front claimed the blasts.')).toContain('FLNC: National Liberation Front of Corsica');
  });
  it('a people\'s armed men are its ethnic militia (data/actors/ethnic-militias.tsv), not its villagers', () => {
    expect(names('Armed Toposa youths stole cattle near the river.')).toEqual(['Toposa Ethnic Militia (South Sudan)']);
    expect(names('Anuak militiamen fought Jukun raiders.')).toEqual(['Anyuak Ethnic Militia (South Sudan)', 'Jukun Ethnic Militia (Nigeria)']);
    expect(names('Some Toposa villagers fled the fighting.')).toEqual([]);
  });
  it('"soldiers of the caliphate" are the Islamic State\'s fighters, no state\'s force', () =>
    expect(findActors('The attack was carried out by the soldiers of the caliphate.').map((a) => a.origin)).not.toContain('bare:military'));
  it('does not take lower-case words that normalise to a short alias ("is the" → IS)', () => {
    expect(names('This is the first time protesters have got into the assembly.')).not.toContain('Islamic State');
    expect(names('This is the first time protesters have got into the assembly.')).toContain('Protesters');
  });
  it('a lower-case "state" after a capital is a polity, not the group ("an Islamic state")', () => {
    expect(names('The sect has fought for years to found an Islamic state in the delta.')).toEqual([]);
    expect(names('Islamic State fighters raided the delta town.')).toEqual(['Islamic State']);
  });
  it('does not take a short word of a title-case headline for an acronym ("Mayor Is Shot")', () => {
    expect(names('Town Mayor Is Shot Dead At Market')).not.toContain('Islamic State');
  });
  it('a force noun inside a compound word is no force ("military-grade mines", "army-backed gunmen")', () => {
    expect(findActors('Soldiers were hit by military-grade explosive devices.').map((a) => a.text)).toEqual(['Soldiers']);
    expect(findActors('Army-backed gunmen opened fire.').map((a) => a.origin)).not.toContain('bare:military');
  });
  it('a force worn as a disguise is no party ("dressed as soldiers", "posing as police", "in army uniforms")', () => {
    const origins = (text: string) => findActors(text).map((a) => a.origin);
    expect(names('Insurgents dressed as security personnel opened fire on the villagers.')).toEqual(['Militants']);
    expect(names('A man disguised as a police officer shot the lawmaker.')).toEqual(['Unidentified armed group']);
    expect(origins('Gunmen posing as soldiers stopped the bus.')).not.toContain('bare:military');
    expect(origins('The attackers, wearing military uniforms, stormed the compound.')).not.toContain('bare:military');
    expect(names('Two militants in Kenyan army fatigues were killed.')).not.toContain('Military Forces of Kenya');
    expect(names('Gunmen impersonating police officers abducted the trader.')).toEqual(['Unidentified armed group']);
  });
  it('the wearer of a disguise no actor names is someone unidentified and armed', () => {
    expect(names('Two men posing as soldiers robbed the travellers.')).toEqual(['Unidentified armed group']);
    expect(names('Al-Shabaab fighters dressed in Somali army uniforms entered the town.')).toEqual(['Al-Shabaab']);
  });
  it('a force that wears its own uniform or is dressed for battle is still a party', () => {
    expect(names('Soldiers in uniform fired on the crowd.')).toContain('military');
    expect(names('Kenyan troops dressed in riot gear dispersed the crowd.')).toContain('Military Forces of Kenya');
    expect(names('Black-clad insurgents attacked the district office.')).toEqual(['Militants']);
  });
  it('a bare force noun is the whole word ("policemen", "a policeman", not "police" and a remainder)', () => {
    expect(findActors('Two policemen lost their lives in the attack.').map((a) => a.text)).toEqual(['policemen']);
    expect(findActors('A policeman was shot dead at the gate.').map((a) => a.text)).toEqual(['policeman']);
    expect(findActors('The gendarmerie sealed off the road.').map((a) => a.text)).toEqual(['The gendarmerie']);
  });
  it('an office of a force that was hit is the force hit; one that speaks is no party', () => {
    expect(names('A police sergeant and two constables were shot in the market.')).toEqual(['police']);
    expect(names('The police sergeant said the market was calm.')).toEqual([]);
  });
  it('one soldier or gendarme is the force ("a soldier was killed", "a gendarme checkpoint")', () => {
    expect(names('A soldier was wounded by a sniper near the ridge.')).toEqual(['military']);
    expect(names('Rebels fired on a gendarme post at the river crossing.')).toContain('police');
  });
});

describe('forces named by a country and a noun', () => {
  it('f-coordinated-force: a force noun joined by "and" to a named state force is that state\'s; after a group it stays bare', () => {
    expect(names('Georgian border guards and soldiers drove the raiders back.')).toEqual(['Military Forces of Georgia', 'Military Forces of Georgia']);
    expect(names('Ghanaian troops and police sealed off the market.')).toEqual(['Military Forces of Ghana', 'Police Forces of Ghana']);
    expect(names('Hamas and soldiers exchanged fire.')).toEqual(['Hamas', 'military']);
  });
  it('a dependent territory\'s forces are its sovereign\'s ("New Caledonian police" are France\'s)', () => {
    expect(names('New Caledonian police fired tear gas at the crowd.')).toContain('Police Forces of France');
    expect(names('Puerto Rico police arrested two men.')).toContain('Police Forces of the United States');
  });
  it('border posts and the kind of fire name the country\'s forces', () => {
    expect(names('Ukrainian troops attacked Russian border posts.')).toEqual(['Military Forces of Ukraine', 'Military Forces of Russia']);
    expect(names('Turkish air and artillery strikes hit the village.')).toEqual(['Military Forces of Turkey']);
  });
  it('a junta\'s jets or drones are the bare military, left to the article\'s country', () => {
    expect(findActors('Three junta fighter jets bombed the town.').map((a) => a.origin)).toEqual(['bare:military']);
    expect(findActors("The junta's drones hit the village.").map((a) => a.origin)).toEqual(['bare:military']);
    expect(findActors('The junta said rebels attacked.').map((a) => a.origin)).not.toContain('bare:military');
  });
});

describe('the usual press names of a conflict\'s parties (data/actors)', () => {
  it('"Maoists" in India, a bare "NPA" in the Philippines', () => {
    expect(names('Maoists triggered the blast.')).toEqual(['Communist Party of India (Maoist)']);
    expect(names('The NPA ambushed the patrol.')).toEqual(["NPA: New People's Army"]);
  });
  it('UN and AU missions by their acronyms and as "UN troops"', () => {
    expect(names('Shells fell on a MONUSCO base.')).toEqual(['MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo']);
    expect(names('UN troops returned fire.')).toEqual(['United Nations peacekeepers']);
    expect(names('Al-Shabaab attacked an AMISOM convoy.')).toContain('ATMIS: African Union Transition Mission in Somalia');
  });
});

describe('names side by side', () => {
  it('regional and sub-state forces by their press names, not as the national army', () => {
    expect(names('Somali regional forces fought the Afar Special Forces on the border.')).toEqual(['Somali Regional Special Force', 'Afar Regional Special Force']);
    expect(names('Peshmerga fighters repelled the raid.')).toEqual(['Peshmerga']);
    expect(names('Puntland forces took the hills.')).toEqual(['Puntland Security Forces']);
  });
  it('UNISFA and UNDOF by their acronyms', () => {
    expect(names('UNISFA said one of its bases was hit.')).toContain('UNISFA: United Nations Interim Security Force for Abyei');
    expect(names('Shells fell near an UNDOF post.')).toContain('UNDOF: United Nations Disengagement Observer Force');
  });
  it('every group of a list is found ("Hamas, the PIJ and the PFLP")', () => {
    expect(names('Hamas, the PIJ and the PFLP claimed the attack.')).toEqual(['Hamas', 'Palestinian Islamic Jihad', 'PFLP: Popular Front for the Liberation of Palestine']);
  });
  it('armed men named after a group are its members ("Hamas gunmen", "Al-Shabaab militants")', () => {
    expect(names('Hamas gunmen opened fire on the bus.')).toEqual(['Hamas']);
    expect(names('Al-Shabaab militants killed four soldiers.')).toEqual(['Al-Shabaab', 'military']);
  });
  it('a force noun after a named force is that force ("IDF soldiers")', () => {
    expect(names('IDF soldiers raided the camp.')).toEqual(['Military Forces of Israel']);
  });
  it('a descriptor before a name still stands for the name', () => {
    expect(names('The Iranian-backed militia Kataib Hezbollah claimed it.')).toEqual(['Kataib Hezbollah']);
  });
});

describe('descriptions in the other number', () => {
  it('"an Iran-backed group" is the entry written in the plural', () => {
    expect(names('The strike was carried out by an Iran-backed group.')).toEqual(['Iran-backed militias']);
  });
  it('a Chittagong Hill Tracts faction ("UPDF (main)") is no Ugandan army', () => {
    expect(names('Cadres of the UPDF (Prasit) fired on a jeep near Panchhari.')).toEqual(["UPDF: United People's Democratic Front"]);
  });
});

describe('a country in the possessive before a name', () => {
  it('names where the agent is from, not the country\'s forces ("by Lebanon\'s Hezbollah")', () => {
    expect(names("A drone fired by Lebanon's Hezbollah hit a house.")).toEqual(['Hezbollah']);
    expect(names('The market was shelled by Sudan’s paramilitary Rapid Support Forces on Friday.')).toEqual(['Rapid Support Forces']);
    expect(names("The ambush was blamed on Nigeria's Boko Haram.")).toEqual(['Boko Haram']);
  });
  it('a country named as the agent in its own right still stands for its forces', () => {
    expect(names('Drones launched by Russia hit the city.')).toEqual(['Military Forces of Russia']);
    expect(names("The strike was carried out by Israel's latest wave of jets.")).toContain('Military Forces of Israel');
  });
});

describe('the group a generic noun names in a country (data/actors/generic-groups.tsv)', () => {
  it('reads the row for the country and the day', () => {
    expect(countryGroup('CM', 'Separatists', '2023-01-01')?.name).toBe('Ambazonian Separatists');
    expect(countryGroup('MZ', 'Militants', '2023-01-01')?.name).toBe('Islamic State Mozambique Province');
    expect(countryGroup('MZ', 'Militants', '2021-01-01')?.name).toBe('Islamic State Central Africa Province');
    expect(countryGroup('MZ', 'Militants', '2018-01-01')).toBeUndefined();
    expect(countryGroup('NG', 'Militants', '2023-01-01')).toBeUndefined();
  });
  it('knows the generic names it reads', () => {
    expect(isGenericGroup({ name: 'Separatists', type: 'unknown', country: null, affiliations: [] })).toBe(true);
    expect(isGenericGroup({ name: 'Ambazonian Separatists', type: 'rebel_group', country: 'CM', affiliations: [] })).toBe(false);
  });
});

describe('an alias two groups of different homes share (localHomonym)', () => {
  const adf = () => findActors('ADF fighters attacked the checkpoint.')[0]!.actor;
  it('is the first row\'s group, save in a report on the other\'s home', () => {
    expect(localHomonym(adf(), []).name).toBe('Allied Democratic Forces');
    expect(localHomonym(adf(), ['CD', 'CM']).name).toBe('Allied Democratic Forces');
    expect(localHomonym(adf(), ['CM']).name).toBe('Ambazonia Defence Forces');
  });
});

describe('a name runs on into no apposition', () => {
  it('"the Philippines, an army spokesman said" names no army of the Philippines', () =>
    expect(names('Troops clashed with rebels in the northern Philippines, an army spokesman said.')).not.toContain('Military Forces of the Philippines'));
});

describe('unknown armed men said to be a named side\'s', () => {
  it('are that side, in the unknown men\'s place ("the gunmen, identified as members of X,")', () => {
    const found = findActors('The gunmen, identified as members of Boko Haram, burned the market.');
    expect(found.map((a) => [a.text, a.actor.name])).toEqual([['The gunmen', 'Boko Haram']]);
    expect(names('Gunmen believed to be Al-Shabaab fighters stormed the camp.')).toEqual(['Al-Shabaab']);
  });
  it('not when the words between say something else ("gunmen fled as Boko Haram")', () =>
    expect(names('The gunmen fled before Boko Haram arrived.')).toEqual(['Unidentified armed group', 'Boko Haram']));
});
