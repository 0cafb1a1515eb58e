import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/test-article.js';

const sides = (text: string, published = '2024-09-16') => extractText(text, published).events.map((e) => [e.actor1?.name ?? null, e.actor2?.name ?? null]);

describe('an unnamed perpetrator', () => {
  it('violence no sentence attributes was done by an unidentified armed group (ACLED)', () =>
    expect(sides('A woman was murdered inside her home in Culiacan on Sunday.')).toEqual([['Unidentified armed group', 'Civilians (Mexico)']]));
  it('an attacker the article names for its other incidents comes first', () =>
    expect(sides('Russian drones hit Kharkiv on Sunday, wounding five people. Drones also struck Sumy on Sunday, damaging homes.').map((s) => s[0])).toEqual([
      'Military Forces of Russia', 'Military Forces of Russia',
    ]));
  it('in strikes and counter-strikes, the attacker of the incidents on the same country\'s ground', () =>
    expect(sides('Iranian missiles hit Bat Yam in Israel on Sunday, killing six. Israeli jets struck Tabriz in Iran on Sunday. ' +
      'Four people were killed when a missile hit a building in Tamra in Israel on Sunday.').map((s) => s[0])).toEqual([
      'Military Forces of Iran', 'Military Forces of Israel', 'Military Forces of Iran',
    ]));
  it('an attacker lent from the article\'s other incidents lends them its target in turn', () =>
    expect(sides('A strike hit Houthi sites in Dhamar in Yemen on Friday. US jets struck Sanaa on Friday. Hezbollah and Hamas condemned the strikes.', '2024-01-12'))
      .toEqual([['Military Forces of the United States', 'Houthis'], ['Military Forces of the United States', 'Houthis']]));
  it('the one attacker of the incidents on a country\'s ground, whatever its weapon, did the unsaid one there', () =>
    expect(sides('Russian forces fired cruise missiles at Odesa in Ukraine on Sunday, killing three people. ' +
      'Shahed drones struck Kharkiv on Sunday, damaging homes.', '2023-06-12').map((s) => s[0])).toEqual([
      'Military Forces of Russia', 'Military Forces of Russia',
    ]));
  it('but not to an incident whose target is that attacker\'s own group', () =>
    expect(sides('Iran-backed militias fired rockets at a US base in Iraq on Monday. ' +
      'Airstrikes hit Kataib Hezbollah facilities in Iraq on Monday.', '2023-12-26')[1]?.[0]).not.toBe('Iran-backed militias'));
  it('and that attacker\'s target there, whatever its weapon', () =>
    expect(sides('Russian forces fired cruise missiles at Odesa in Ukraine on Sunday, killing three civilians. Shahed drones struck Kharkiv on Sunday.', '2023-06-12')[1])
      .toEqual(['Military Forces of Russia', 'Civilians (Ukraine)']));
  it('in a report on unrest that names no armed group, violence no one is named for is the rioters\'', () =>
    // (the shops' owners its target: x-riot-target-passive)
    expect(sides('Thousands of protesters marched in Luanda on Monday against the fuel price. Shops were looted in Cazenga on Monday.'))
      .toContainEqual(['Rioters (Angola)', 'Civilians (Angola)']));
  it('not when the report names an armed group, nor when a weapon was named', () => {
    expect(sides('Thousands of protesters marched in Luanda on Monday. Gunmen of the FLEC looted shops in Cazenga on Monday.').map((s) => s[0])).not.toContain('Rioters (Angola)');
    expect(sides('Thousands of protesters marched in Luanda on Monday. A bomb exploded in Cazenga on Monday.').map((s) => s[0])).toContain('Unidentified armed group');
  });
  it('in a report on unrest, the police facing the crowds are lent to no arson or looting', () =>
    expect(sides('Thousands of protesters marched in Rabat on Wednesday. Police shot dead two people in Leqliaa on Wednesday. ' +
      'Elsewhere in Morocco, vehicles were set on fire on Wednesday.').map((s) => s[0])).toContain('Rioters (Morocco)'));
  it('x-police-of-article: a riot whose sentences name no force faced the police the article names', () => {
    // (not shops or homes looted, whose owners were the riot's target: x-riot-target)
    expect(sides('Rioters threw stones and burned cars in Luanda on Monday. Over the past weeks the police had often dispersed the marches.'))
      .toContainEqual(['Rioters (Angola)', 'Police Forces of Angola']);
    expect(sides('Rioters threw stones and burned cars in Luanda on Monday. The governor called for calm.')).toContainEqual(['Rioters (Angola)', null]);
  });
  it('x-police-of-article: not a peaceful protest, which faced no one', () =>
    expect(sides('Thousands of protesters marched peacefully in Nairobi on Sunday. The police had closed roads around parliament on Saturday.')[0]![1]).toBeNull());
  it('a crowd is named as a crowd, not as an armed group', () =>
    expect(sides('Thousands of protesters marched in Nairobi on Sunday against the finance bill.')[0]![0]).toBe('Protesters (Kenya)'));
  it('x-other-party: violence on civilians no one is named for, in a report whose only armed group is one group, was that group\'s', () =>
    expect(sides('The Rapid Support Forces took El-Fasher in Sudan on Sunday. On Tuesday, 12 villagers were killed in an attack on Tawila in North Darfur.', '2025-10-30'))
      .toEqual([['Rapid Support Forces', 'Civilians (Sudan)']]));
  it('x-other-party: an army the report names too is no perpetrator of violence on civilians', () =>
    expect(sides('The Sudanese army said the Rapid Support Forces took El-Fasher in Sudan on Sunday. On Tuesday, 12 villagers were killed in an attack on Tawila in North Darfur.', '2025-10-30'))
      .toEqual([['Rapid Support Forces', 'Civilians (Sudan)']]));
  it('x-other-party: an attack on troops was the one armed group the report names', () =>
    expect(sides('Kataib Hezbollah has threatened US forces for weeks. On Sunday a drone struck a base in Erbil in Iraq, wounding three US soldiers.', '2024-01-30')[0]![0])
      .toBe('Kataib Hezbollah'));
  it('x-other-party: an army is the perpetrator only when the target is an armed group', () => {
    expect(sides('Gunmen attacked a village in Bokkos in Plateau State on Monday, killing 12 villagers, before Nigerian troops chased them off.', '2025-04-08')[0]![0])
      .toBe('Unidentified armed group');
    expect(sides('Six members of the New People\'s Army were killed in Batangas in the Philippines on Sunday, the Philippine Army said.', '2025-04-08')[0]![0])
      .toBe('Military Forces of the Philippines');
  });
  it('x-other-party: two armed groups, or a group of another country, leave the perpetrator unidentified', () => {
    expect(sides('Hamas and Islamic Jihad fighters were seen in the area. On Sunday a drone struck a base in Erbil in Iraq, wounding three US soldiers.', '2024-01-30')[0]![0])
      .toBe('Unidentified armed group');
    expect(sides('Al-Shabaab fighters control much of southern Somalia. On Sunday a drone struck a base in Erbil in Iraq, wounding three US soldiers.', '2024-01-30')[0]![0])
      .toBe('Unidentified armed group');
  });
});

describe('x-other-target: an unsaid target of a battle or strike', () => {
  it('is the one other armed party the article names', () =>
    expect(sides('The Rapid Support Forces have besieged El-Fasher in Sudan for months. Sudanese army jets bombed the town on Sunday.', '2025-10-30')[0])
      .toEqual(['Military Forces of Sudan', 'Rapid Support Forces']));
  it('not an attack on civilians, and not when two other parties are named', () => {
    expect(sides('The Rapid Support Forces have besieged El-Fasher in Sudan for months. Sudanese army jets bombed the town on Sunday, killing 12 civilians.', '2025-10-30')[0]![1])
      .toBe('Civilians (Sudan)');
    expect(sides('The Rapid Support Forces and the SPLM-N have besieged Kadugli in Sudan for months. Sudanese army jets bombed the town on Sunday.', '2025-10-30')[0]![1])
      .toBeNull();
  });
});

describe('x-one-state and the attacker\'s alliance: no second party', () => {
  it('one state\'s army and police are one party, named by its army', () =>
    expect(sides('Houthi forces launched a drone toward Eilat in Israel on Sunday. Israeli police later searched the city. The Israeli army said the drone fell short.', '2025-10-06')[0])
      .toEqual(['Houthis', 'Military Forces of Israel']));
  it('the attacker told as one of an alliance ("Iran-backed groups") is no other party', () =>
    expect(sides('Houthi forces launched a drone toward Eilat in Israel on Sunday. Israeli troops were put on alert. Iran-backed groups vowed more attacks.', '2025-10-06')[0])
      .toEqual(['Houthis', 'Military Forces of Israel']));
});

describe('x-hit-back: the side an article tells as hit strikes back at its attacker', () => {
  it('a group hit by one armed party, striking at no target said, struck that party', () =>
    expect(sides('Israeli jets struck Nabatieh in Lebanon on Friday, killing a Hezbollah commander. ' +
      'Hezbollah fired dozens of rockets at Katzrin in Israel on Friday.', '2024-08-16')[1]).toEqual(['Hezbollah', 'Military Forces of Israel']));
  it('not when two attackers hit that side', () =>
    expect(sides('Israeli jets struck Nabatieh in Lebanon on Friday, killing a Hezbollah commander. US jets struck Hezbollah depots in Baalbek in Lebanon on Friday. ' +
      'Hezbollah fired dozens of rockets at Katzrin in Israel on Friday.', '2024-08-16').at(-1)![1]).toBeNull());
});

describe('x-generic-group: generic militants are the one armed group the article names', () => {
  it('insurgents in a report that names one group are that group', () =>
    expect(sides('Islamic State fighters have raided villages in Cabo Delgado for years. On Sunday insurgents attacked soldiers in Quirimba in Mozambique, killing two.', '2024-03-05')[0])
      .toEqual(['Islamic State', 'Military Forces of Mozambique']));
  it('two groups named leave them unnamed: an unidentified armed group (x-generic-unnamed)', () =>
    expect(sides('Islamic State and al-Qaeda fighters have raided villages in Cabo Delgado for years. On Sunday insurgents attacked soldiers in Quirimba in Mozambique, killing two.', '2024-03-05')[0]![0])
      .toBe('Unidentified armed group'));
});

describe('x-generic-unnamed: militants no one names are an unidentified armed group', () => {
  it('ACLED has no actor "Militants": on either side', () => {
    expect(sides('Militants stormed a police checkpoint near Tank in Pakistan on Friday, killing two officers.', '2024-05-11')[0]![0]).toBe('Unidentified armed group');
    expect(sides('Soldiers killed four insurgents in a raid near Yala in Thailand on Friday.', '2024-05-11')[0]![1]).toBe('Unidentified armed group');
  });
});

describe('x-generic-lends-none: a generic name beside a named group does not break their agreement', () => {
  it('"the jihadists" told of one incident leave the attacker of the others to lend', () =>
    expect(sides('Boko Haram fighters attacked Chadian troops in Bama in Nigeria on Monday, killing four soldiers. Last month two Chadian soldiers had died in a clash with the jihadists near Bol in Chad. On Friday, three Chadian soldiers were killed in a clash near Bosso in Niger.', '2024-04-10')[2])
      .toEqual(['Boko Haram', 'Military Forces of Chad']));
});

describe('x-reports-unrest: one test of a report of unrest', () => {
  it('a war report that mentions a protest is no report of unrest: its looting is not the rioters\'', () =>
    expect(sides('Army jets struck rebel positions in Kidal on Monday. Soldiers shelled Tessalit on Monday. ' +
      'Hundreds of students protested in Bamako on Monday. Shops were looted in Gao on Monday.').map((s) => s[0])).not.toContain('Rioters (Mali)'));
  it('a report of crowds is one, though it tells of one killing by gunmen: its looting is the rioters\'', () =>
    expect(sides('Protesters marched in Lagos on Monday. Thousands protested in Abuja on Monday. Unknown gunmen shot dead a trader in Kano on Monday. ' +
      'Shops were looted in Ikeja on Monday.').map((s) => s[0])).toContain('Rioters (Nigeria)'));
});

describe('x-rioters-riot', () => {
  it('violence given to the crowd in a report of unrest is a violent demonstration, not a battle', () => {
    const e = extractText('Protesters marched in Luanda on Monday against the fuel price. Thousands protested in Benguela on Monday. A bus was hit in Cazenga on Monday.').events.at(-1)!;
    expect([e.event_type, e.sub_event_type, e.actor1?.name]).toEqual(['Riots', 'Violent demonstration', 'Rioters (Angola)']);
  });
});

describe('a generic noun that names a country\'s one dominant group (x-country-group)', () => {
  const attacker = (text: string, published = '2024-03-12') => extractText(text, published).events[0]?.actor1?.name ?? null;
  it('separatists in Cameroon are the Ambazonian separatists, however the fighters are called', () => {
    expect(attacker('Separatist fighters ambushed a military patrol near Kumbo in Cameroon on Monday, killing two soldiers.')).toBe('Ambazonian Separatists');
    expect(attacker('Secessionists killed three soldiers in an attack on a checkpoint in Bamenda, Cameroon, on Sunday.')).toBe('Ambazonian Separatists');
    expect(attacker('Two gendarmes were shot dead by separatists in Mamfe in Cameroon on Saturday.')).toBe('Ambazonian Separatists');
  });
  it('insurgents in Mozambique are the Islamic State Mozambique Province, once it bore that name, and IS-CAP before', () => {
    expect(attacker('Insurgents raided a village near Macomia in Mozambique on Monday, killing four civilians.')).toBe('Islamic State Mozambique Province');
    expect(attacker('Jihadists beheaded two farmers near Muidumbe in Mozambique on Tuesday.')).toBe('Islamic State Mozambique Province');
    expect(attacker('Insurgents raided a village near Macomia in Mozambique on Monday, killing four civilians.', '2020-03-10')).toBe('Islamic State Central Africa Province');
    expect(attacker('Insurgents raided a village near Macomia in Mozambique on Monday, killing four civilians.', '2018-03-10')).toBe('Unidentified armed group');
  });
  it('the same words in a country the data gives no group for stay generic', () =>
    expect(attacker('Insurgents raided a village near Maiduguri in Nigeria on Monday, killing four civilians.')).toBe('Unidentified armed group'));
  it('a group of that country the article names itself comes first', () =>
    expect(attacker('Separatists attacked a police post in Bamenda in Cameroon on Monday, killing two officers. The Ambazonia Defence Forces claimed the attack.'))
      .toBe('Ambazonia Defence Forces'));
  it('an unnamed attacker in a report that calls its country\'s attackers separatists is theirs', () =>
    expect(attacker('Two soldiers were killed in an ambush near Kumbo in Cameroon on Monday. The army blamed separatists for a wave of violence in the region.'))
      .toBe('Ambazonian Separatists'));
});

describe('x-unnamed-foe', () => {
  it('the side a state\'s forces fought that no sentence names is an unidentified armed group', () => {
    expect(sides('Nigerian troops clashed with armed men near Damboa in Borno on Sunday, the army said.')[0]?.[0]).toBe('Military Forces of Nigeria');
    expect(sides('Soldiers exchanged fire for two hours near Damboa in Nigeria on Sunday, the army said.')).toEqual([['Military Forces of Nigeria', 'Unidentified armed group']]);
  });
  it('but not when the article names the armed group they fought', () =>
    expect(sides('Soldiers exchanged fire for two hours near Damboa in Nigeria on Sunday. Boko Haram later claimed the fighting.')[0]?.[1]).toBe('Boko Haram'));
});

describe('x-state-operation: violence told as done in a security operation, with no perpetrator named', () => {
  it('was the forces\' the article names, on a target left unnamed', () =>
    expect(sides('Police in Recife said on Monday that gang violence had grown. Six suspects were killed in an operation in Olinda in Brazil on Sunday.', '2024-03-04'))
      .toContainEqual(['Police Forces of Brazil', 'Unidentified armed group']));
  it('the force the article names most often, when it names more than one', () =>
    expect(sides('Police raids in Brazil have grown deadlier. Police in Recife said the security forces acted in self-defence. ' +
      'Police said 12 arrests were made. Six suspects were killed in an operation in Olinda in Brazil on Sunday.', '2024-03-04').map((s) => s[0]))
      .toContain('Police Forces of Brazil'));
  it('the military of the event\'s country when the article names no force', () =>
    expect(sides('Two militants were killed in an encounter in Kupwara district of India on Friday.', '2024-05-11')[0]![0]).toBe('Military Forces of India'));
  it('the force\'s own dead in it make it the side that operated', () =>
    expect(sides('A head constable of the police was killed during a three-day search operation near Sukma in India on Friday.', '2024-05-11')[0]![0])
      .toBe('Police Forces of India'));
  it('not an operation told in another clause than the act', () =>
    expect(sides('A search operation was launched in Poonch in India after gunmen killed three soldiers in an ambush on Friday.', '2024-05-11')[0])
      .toEqual(['Unidentified armed group', 'Military Forces of India']));
  it('not when the sentence names the attacker', () =>
    expect(sides('Al-Shabaab fighters killed four soldiers in an operation near Afgoye in Somalia on Friday.', '2024-05-11')[0]![0]).toBe('Al-Shabaab'));
});

describe('x-riot-dead', () => {
  it('the dead of the rioters\' violence told only as people were at the riot: it faced the police the article names', () =>
    expect(sides('Students protested in Dhaka, Bangladesh, on Monday. Thousands rallied in Chittagong on Monday, and police fired tear gas. ' +
      'Two people were killed in Bogura on Monday.', '2024-08-06').at(-1)).toEqual(['Rioters (Bangladesh)', 'Police Forces of Bangladesh']));
});

describe('x-lent-civilians: a bare attack lent civilians as its target', () => {
  const types = (text: string) => extractText(text, '2024-05-14').events.map((e) => e.sub_event_type);
  it('is an attack on them, not a battle', () =>
    expect(types('Fano militiamen killed six villagers in Dembecha in Ethiopia on Friday. On Sunday, an attack in Bure left a local administrator wounded, and residents blamed Fano for the assault.'))
      .toEqual(['Attack', 'Attack']));
  it('not when the armed were its dead or hurt', () =>
    expect(types('Fano militiamen killed six villagers in Dembecha in Ethiopia on Friday. On Sunday, an attack in Bure left a soldier wounded, and residents blamed Fano for the assault.')[1])
      .toBe('Armed clash'));
});
