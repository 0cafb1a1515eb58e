// Where an event happened, read from the words around its act (issue 10, failure class 9).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract-article.js';
import { extractText, testArticle } from './test-article.js';

const events = (text: string, published?: string) => extractText(text, published).events;
const mentionPlace = (text: string, sentenceStart: string, published?: string) =>
  events(text, published).flatMap((e) => e.mentions).find((m) => m.sentence.text.startsWith(sentenceStart))?.place?.name;

describe('two towns that bound a stretch', () => {
  it('"on the road between Gao and Bourem" is one site of one incident, not an incident at each town', () => {
    const e = events('A soldier was killed on Monday when a landmine planted by rebels exploded in northern Mali, the army said. The explosion took place on the road between Gao and Bourem, where troops were patrolling.', '2025-03-04');
    expect(e.map((x) => x.location.name)).toEqual(['Gao']);
  });
  it('towns listed as the places of a plural act are still one incident each', () => {
    const e = events('On Monday, rebels attacked army posts in Gao and Bourem, the army said.', '2025-03-04');
    expect(e.map((x) => x.location.name).sort()).toEqual(['Bourem', 'Gao']);
  });
});

describe('a place in another clause of the sentence', () => {
  it('a clause that reports no act lends its town to the act', () => {
    const text = 'Turkish jets struck northern Syria on Friday. On Saturday a school was destroyed in one of the strikes, while another flattened a repair shop in the town of Manbij.';
    expect(mentionPlace(text, 'On Saturday', '2025-01-12')).toBe('Manbij');
  });
  it('not a town of the incident the act answers', () => {
    const text = 'Early Wednesday, the US military hit two operations centers of the militia, saying it was responding to attacks on US bases, among them the Ain al-Asad Air Base.';
    expect(mentionPlace(text, 'Early Wednesday', '2023-11-22')).not.toBe('Ain al-Asad Air Base');
  });
});

describe('a place in another sentence', () => {
  it('of a sentence\'s sites, the one a distance is counted from is a landmark (x-site-not-landmark)', () => {
    const e = events('In Zawiya, a coastal town 40 kilometres west of the capital Tripoli, schools were closed. Fighting between militias shook the town in western Libya on Saturday, officials said.', '2024-03-18');
    expect(e.map((x) => x.location.name)).toEqual(['Az Zawiyah']);
  });
  it('a district is not refined to a town of another district of its region (x-site-in-district)', () => {
    const e = events('Gunmen killed four soldiers in Barangay Qorvandel, Sitio Talumbrix, Maguindanao del Sur, on Sunday. The army of the Philippines sent reinforcements from Marawi City on Monday.', '2024-03-18');
    expect(e.map((x) => x.location.name)).toEqual(['Maguindanao del Sur']);
  });
  it('an incident placed only in its country takes the site the next sentence names', () => {
    const e = events('An angry mob torched a local parliament building in an Indonesian provincial capital on Friday, killing three. The fire in Makassar burned through the night. Protesters in Bandung also rallied on Thursday.', '2025-08-30');
    expect(e.find((x) => x.fatalities.best === 3)?.location.name).toBe('Makassar');
  });
});

describe('an incident told over several sentences', () => {
  it('is placed at the site named near any of its sentences, not only its first', () => {
    const e = events('Dar es Salaam has been placed under curfew after police and protesters clashed on election day. Voters were choosing a president. Turnout was low. A hospital in Dar es Salaam reported a rise in wounded patients. Protesters torched vehicles, witnesses said.', '2025-10-30');
    expect(e.map((x) => x.location.name)).toEqual(['Dar es Salaam']);
  });
});

describe('a town other countries also have', () => {
  it('is a site of the article once its country is known ("Goma" is also a town elsewhere)', () => {
    const e = events('Rebels and Congolese troops fought in the Democratic Republic of Congo on Sunday, killing five soldiers. Residents of Goma, the regional capital, heard gunfire.', '2025-01-28');
    expect(e.map((x) => x.location.name)).toEqual(['Goma']);
  });
});

describe('a place two sentences on', () => {
  it('an incident placed only in its country takes the site named within the next two sentences', () => {
    const e = events('An angry mob torched a local parliament building in an Indonesian provincial capital on Friday, killing three. Officials said the building burned through the night. Firefighters in Makassar reached it late on Friday. Protesters in Bandung also rallied on Thursday.', '2025-08-30');
    expect(e.find((x) => x.fatalities.best === 3)?.location.name).toBe('Makassar');
  });
});

describe('listed places', () => {
  it('"in the capital, Caracas, and in the city of Maracay" is one event at each', () => {
    const e = events('Police fired tear gas to scatter demonstrators in the capital, Caracas, and in the city of Maracay on Monday.', '2024-07-30');
    expect(e.map((x) => x.location.name).sort()).toEqual(['Caracas', 'Maracay']);
  });
  it('one act "in northern Iraq and northern Syria" is one event in each country', () => {
    const e = events('Turkish warplanes bombed militant hideouts in northern Iraq and northern Syria on Tuesday, the ministry said.', '2025-03-05');
    expect(e.map((x) => x.location.country_code).sort()).toEqual(['IQ', 'SY']);
  });
  it('"in Falkirk, Scotland": the region a listed town is in is no place of its own', () => {
    const e = events('In Falkirk, Scotland, protesters clashed with police outside a hotel on Saturday.', '2025-08-31');
    expect(e.map((x) => x.location.name)).toEqual(['Falkirk']);
  });
  it('"took place in cities such as X and Y" is one event in each, though a count before it rules "took place" out', () => {
    const e = events('The rallies, called by more than 100 groups, took place on Saturday in cities such as Leeds and Bristol.', '2025-05-12');
    expect(e.map((x) => x.location.name).sort()).toEqual(['Bristol', 'Leeds']);
  });
  it('bare countries listed after an act stay one event', () => {
    const e = events('The militia bombed a convoy on Tuesday, drawing condemnation from Uganda and Kenya.', '2025-03-05');
    expect(e).toHaveLength(1);
  });
});

describe('a district fronted before the places it holds (p-fronted-district)', () => {
  it('"In the X district, at the town of A and the villages of B and C" is an incident at each place, none at the district', () => {
    const e = events('On Monday, in the Shebekinsky municipal district, at the town of Shebekino and the villages of Murom and Rzhevka, drones attacked houses, the governor of the Belgorod Region said.', '2025-06-10');
    expect(e.map((x) => x.location.name).sort()).toEqual(['Murom', 'Rzhevka', 'Shebekino']);
  });
});

describe('a count of weapons standing for the verb left out (p-gapped-weapons)', () => {
  it('"one drone was downed in the A district and 19 drones in the B district" is an incident at each district', () => {
    const e = events('One drone was downed in the Borisovsky district and 19 drones in the Volokonovsky district on Monday, the governor of the Belgorod Region said.', '2025-06-10');
    expect(e.map((x) => x.location.name).sort()).toEqual(['Borisovskiy', 'Volokonovskiy']);
  });
});

describe('a crowd\'s size standing for the verb left out (p-gapped-crowd)', () => {
  it('"6,000 people gathered in A, some 2,000 in B and about 900 in C" is a protest at each town', () => {
    const e = events('On Saturday, about 6,000 people gathered in Brno, some 2,000 in Olomouc, and about 900 in Zlin to protest against the budget.', '2025-06-10');
    expect(e.map((x) => x.location.name).sort()).toEqual(['Brno', 'Olomouc', 'Zlin']);
  });
  it('a size told as a range ("between 900 and 1,500 in B, 400 to 700 in C") adds its town too', () => {
    const e = events('On Saturday, marches drew between 5,000 and 9,000 people in Brno, between 900 and 1,500 in Olomouc and 400 to 700 in Zlin.', '2025-06-10');
    expect(e.map((x) => x.location.name).sort()).toEqual(['Brno', 'Olomouc', 'Zlin']);
  });
});

describe('a cause is no country of the story (p-cause-word)', () => {
  it('"a pro-Palestinian encampment" does not keep an American town out', () =>
    expect(events('Counterprotesters attacked a pro-Palestinian encampment in Los Angeles on Tuesday night.', '2025-06-10').map((x) => x.location.name)).toEqual(['Los Angeles']));
});

describe('villages the gazetteer lacks', () => {
  it('"Kwari, Dagu and Lamba communities of Mangu" is one event at each, placed at Mangu with precision 2', () => {
    const e = events('Gunmen on Sunday attacked Kwari, Dagu and Lamba communities of Mangu, killing at least nine people, police said.', '2025-06-10');
    expect(e.map((x) => [x.location.name, x.location.geo_precision])).toEqual([['Kwari', 2], ['Dagu', 2], ['Lamba', 2]]);
  });
  it('"the town of X and the villages of Y and Z": the list goes on past a plural noun of places', () => {
    const e = events('Drones struck the town of Mangu and the villages of Kwari and Dagu on Sunday, residents said.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Mangu', 'Kwari', 'Dagu']);
  });
  it('villages listed after "villages -" are near the town the sentence before named, and none is that town', () => {
    const e = events('Gunmen killed 30 people in Mangu, Plateau State, last week. On Monday night they raided four villages - Kwari, Dagu, Lamba and Tudun - burning homes, a resident said.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Mangu', 'Kwari', 'Dagu', 'Lamba', 'Tudun']);
  });
  it('a name of up to three words, a comma and its district is a village of that district (IN_DISTRICT)', () => {
    const e = events('Insurgents raided Nova Zambezia, Macomia district, on Sunday, killing three villagers, residents in Mozambique said.', '2025-06-10');
    expect(e.map((x) => [x.location.name, x.location.geo_precision])).toEqual([['Nova Zambezia', 2]]);
  });
  it('"the villages of X, Y and Z" near a town are one event at each', () => {
    const e = events('Artillery shelled the villages of Kwari, Dagu and Lamba near Mangu on Sunday, residents said.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Kwari', 'Dagu', 'Lamba']);
  });
  it('"villages around Mangu - X, Y and Z" are one event at each village, none at Mangu', () => {
    const e = events('Bombs went off on Sunday night in villages around Mangu - Kwari, Dagu, Lamba and Tudun - police said.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Kwari', 'Dagu', 'Lamba', 'Tudun']);
  });
  it('a listed village the gazetteer knows in the region of the town they are around is placed at itself (p-village-known)', () => {
    const e = events('Bombs went off on Sunday night in villages around Bastia - Furiani, Biguglia and Tudun - French police said.', '2025-06-10');
    expect(e.map((x) => [x.location.name, x.location.geo_precision, x.location.lat])).toEqual([['Furiani', 1, 42.65847], ['Biguglia', 1, 42.62692], ['Tudun', 2, 42.70219]]);
  });
  it('a counted plural act at listed towns is one event at each, past a name the gazetteer lacks', () => {
    const e = events('On 1 July, rebels carried out seven simultaneous attacks on army posts in Mangu, Qwarzé du Sahel, Jos and Bokkos.', '2025-07-10');
    expect(e.map((x) => x.location.name)).toEqual(['Mangu', 'Jos', 'Bokkos']);
  });
  it('"attacked X and Y, two communities near Z": one event at each, placed at Z', () => {
    const e = events('Last week, gunmen attacked Kwaridu and Dagula, two communities near Mangu, residents said.', '2025-06-10');
    expect(e.map((x) => [x.location.name, x.location.geo_precision])).toEqual([['Kwaridu', 2], ['Dagula', 2]]);
  });
  it('"in X, a farming village in Y": the apposition names the village', () => {
    const e = events('Gunmen killed five people on Sunday in Lambadu, a farming village in Bokkos district, police said.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Lambadu']);
  });
  it('"close to X village": the village is where it happened', () => {
    const e = events('Gunmen killed 30 people in Mangu, Plateau State, on Monday. On Friday a farmer was kidnapped close to Tudunwa village, police said.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Mangu', 'Tudunwa']);
  });
  it('a day before an apposition is no village', () => {
    const e = events('Gunmen attacked Mangu on Sunday, a village elder said.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Mangu']);
  });
  it('a faith before "communities" names no village', () => {
    const e = events('Gunmen attacked Christian and Muslim communities in Mangu on Sunday, killing nine people.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Mangu']);
  });
});

describe('names the gazetteer lacks in a list of known towns', () => {
  it('each unknown name between known towns is a town of its own, one event each', () => {
    const e = events('On Tuesday, rebels attacked army posts in Jos, Kwarandi, Bokkos and Tudunmada.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Jos', 'Kwarandi', 'Bokkos', 'Tudunmada']);
  });
  it('one known town is no list of towns: the other names stay unplaced', () => {
    const e = events('On Tuesday, rebels attacked army posts in Jos and Kwarandi.', '2025-06-10');
    expect(e.map((x) => x.location.name)).toEqual(['Jos']);
  });
  it('names the sentence reads as people are no towns', () => {
    const e = events('On Tuesday, police in Jos, Bokkos and Mangu arrested Musa Danladi and Ibrahim Garba after an attack on a market.', '2025-06-10');
    expect(e.map((x) => x.location.name)).not.toContain('Musa Danladi');
  });
});

describe('the region the article names', () => {
  it('a same-named town is the one in the region the article names in another sentence', () => {
    const e = events('Police in Louisiana are on alert after a week of violence. Gunmen shot dead two people in Alexandria on Monday.');
    expect(e.map((x) => x.location.admin1)).toEqual(['Louisiana']);
  });
});

describe('a house of a legislature in a sentence of its own (x-house-site)', () => {
  it('"back from Congress" is the town of the house of the country another sentence names', () => {
    const e = events('Pensioners in Argentina protested against the budget cuts on Wednesday. Riot police pushed the marchers back from Congress for two hours. At least 15 people were hurt in the protest.', '2025-04-10');
    expect(e.map((x) => x.location.name)).toEqual(['Buenos Aires']);
  });
  it('an article naming no country takes the house\'s country from the one its towns are guessed in (x-house-guessed-country)', () => {
    const e = events('Pensioners protested against the budget cuts on Wednesday. Riot police pushed the marchers back from Congress for two hours. On Monday, hundreds of students marched peacefully through Rosario.', '2025-04-10');
    expect(e.map((x) => x.location.name)).toContain('Buenos Aires');
  });
});

describe('the dateline', () => {
  it('an incident told only in its country is placed at the dateline\'s town, said as a guess (precision 3)', () => {
    const e = events('KABUL, Afghanistan (AP) — A suicide bomber killed 19 people at an education centre on Friday, a Taliban spokesman said.', '2022-10-01');
    expect(e.map((x) => [x.location.name, x.location.geo_precision])).toEqual([['Kabul', 3]]);
  });
  it('a town and a day open a dateline without a dash ("Kabul, Dec 12 The ...")', () => {
    const e = events('Kabul, Dec 12 The Islamic State group has said it was behind Wednesday\'s suicide bombing in which the refugee minister of Afghanistan was killed.', '2024-12-12');
    expect(e.map((x) => [x.location.name, x.location.geo_precision])).toEqual([['Kabul', 3]]);
  });
  it('a town in capitals and a colon opens a dateline too ("BANNU: ..."), but a word of the story does not', () => {
    const e = events('BANNU: Gunmen shot dead three policemen guarding a polio team on Tuesday, officials said.', '2024-03-05');
    expect(e.map((x) => [x.location.name, x.location.geo_precision])).toEqual([['Bannu', 3]]);
    const u = events('UPDATE: Gunmen shot dead three policemen in Pakistan on Tuesday, officials said.', '2024-03-05');
    expect(u.map((x) => x.location.name)).toEqual(['Pakistan']);
  });
  it('a dateline yields to the place the story under it names (x-dateline-yields)', () => {
    const e = events('KABUL, Afghanistan (AP) — A suicide bomber killed 19 people in Kunduz province on Friday, a Taliban spokesman said.', '2022-10-01');
    expect(e.map((x) => x.location.name)).toEqual(['Kunduz']);
  });
  it('a dateline in another country places nothing', () => {
    const e = events('ISLAMABAD -- The Taliban\'s refugee minister was killed on Wednesday by a suicide bombing in Afghanistan, officials said.', '2024-12-12');
    expect(e.map((x) => x.location.name)).toEqual(['Afghanistan']);
  });
});

describe('a square in the story\'s town is that town (x-same-town)', () => {
  it('an incident told only of the country is at the one town the article names, its square no second site', () => {
    const e = events('Riot police fought youths in the Pangrati district of Athens on Saturday night, officials said. Small groups had gathered at Syntagma Square before noon. The unions had called the march a week ago. Ministers met on Friday to discuss pensions. The budget passed in parliament last month. Analysts expect more strikes in spring. Protests were held across Greece on Saturday, and 12 protesters were injured.', '2025-04-07');
    expect(e.map((x) => x.location.name)).toEqual(['Athens', 'Athens']);
  });
});

describe('the title\'s site (x-title-site)', () => {
  const titled = (title: string, text: string) => extractArticle({ ...testArticle(text, '2025-04-07'), title }).events;
  it('an incident told only in its region is at the one site the title names', () => {
    const e = titled('Curfew in Moradabad after clashes over a temple', 'Police in Uttar Pradesh said on Monday that three people died when a crowd and officers clashed on Sunday.');
    expect(e.map((x) => x.location.name)).toEqual(['Moradabad']);
  });
  it('a title that names two towns places nothing', () => {
    const e = titled('Clashes in Moradabad and Bareilly', 'Police in Uttar Pradesh said on Monday that three people died when a crowd and officers clashed on Sunday.');
    expect(e.map((x) => x.location.name)).toEqual(['Uttar Pradesh']);
  });
});

describe('the town the body names most (x-recurring-town)', () => {
  it('an incident told only in its region is at the town the body names twice, though never as a place', () => {
    const e = events('Moradabad remained tense on Monday. Police in Uttar Pradesh said three people died when a crowd and officers clashed on Sunday. Traders said Moradabad would stay shut until Wednesday.', '2025-04-07');
    expect(e.map((x) => [x.location.name, x.location.geo_precision])).toEqual([['Moradabad', 2]]);
  });
  it('two towns named as often place nothing', () => {
    const e = events('Moradabad and Bareilly remained tense on Monday. Police in Uttar Pradesh said three people died when a crowd and officers clashed on Sunday. Traders said Moradabad and Bareilly would stay shut.', '2025-04-07');
    expect(e.map((x) => x.location.name)).toEqual(['Uttar Pradesh']);
  });
});

describe('a town of a name that several regions of the country have', () => {
  it('takes the region the article names, not the region an earlier guess between them gave', () => {
    const e = events('Gunmen attacked a police post in Chhattisgarh on Monday, officials said. Police said the gunmen came from Bijapur. On Tuesday, two officers were wounded in an ambush in Bijapur.', '2025-03-05');
    const m = e.flatMap((x) => x.mentions).find((x) => x.sentence.text.startsWith('On Tuesday'));
    expect([m?.place?.name, m?.place?.admin1]).toEqual(['Bijapur', 'Chhattisgarh']);
  });
});

describe('a neighbourhood whose name recurs in many cities', () => {
  it('an incident there is placed in the article\'s city, not at the neighbourhood of that name in another region', () => {
    const e = events('Gunmen have clashed with soldiers in Culiacan, Sinaloa, for a week. On Monday a taxi driver was shot dead in Colonia Miguel Hidalgo, local media said.', '2025-02-04');
    expect(e.find((x) => x.date.date === '2025-02-03')?.location.name).toBe('Culiacan');
  });
});

describe('listed villages each placed by the district they are in', () => {
  it('"the villages of X, in A district, and Y, in B district": one incident in each district, though the gazetteer knows neither village', () => {
    const e = events('Gunmen attacked the villages of Zorokwa, in Bassa district, and Mbarkwen, in Bokkos district, on Sunday, killing 12 people.', '2025-08-14');
    expect(e.map((x) => x.location.name).sort()).toEqual(['Bassa', 'Bokkos']);
  });
  it('a person named between two places is no listed place', () => {
    const e = events('Soldiers clashed with rebels in Bokkos on Sunday, and Governor Mutfwang, in Jos, condemned the violence.', '2025-08-14');
    expect(e.map((x) => x.location.name)).toEqual(['Bokkos']);
  });
});

describe('an article that names no place', () => {
  it('is set where its forces meet a crowd (x-police-home)', () => {
    const e = events('Chilean police on Thursday fired water cannon to break up demonstrators who had gathered outside the ministry.', '2025-04-11');
    expect(e).toHaveLength(1);
    expect(e[0]!.location.country_code).toBe('CL');
  });
  it('but not where an army fights, which may be abroad', () => {
    expect(events('Chilean troops on Thursday clashed with gunmen near the border post.', '2025-04-11')).toHaveLength(0);
  });
});

describe('an article whose places the gazetteer does not know (x-named-country)', () => {
  it('is set in the country its title names', () => {
    const e = extractArticle({ ...testArticle('Dozens were injured on Saturday in clashes between demonstrators and gendarmes around the quarry at Vrellon-les-Bois.', '2025-04-13'), title: 'Belgium: clashes at quarry protest' }).events;
    expect(e).toHaveLength(1);
    expect(e[0]!.location.country_code).toBe('BE');
    expect(e[0]!.location.geo_precision).toBe(3);
  });
  it('or names in its text, if only as a possessive', () => {
    const e = events("Gunmen attacked a checkpoint of the Frontier Levies at Qarzai Khel on Friday, killing four guards, in Pakistan's worst week of violence.", '2025-04-13');
    expect(e.map((x) => x.location.country_code)).toEqual(['PK']);
  });
  it('not when it names two: the story says not which one it is in', () => {
    const e = extractArticle({ ...testArticle('Dozens were injured on Saturday in clashes between demonstrators and gendarmes around the quarry at Vrellon-les-Bois.', '2025-04-13'), title: 'Belgium and Luxembourg: quarry protests' }).events;
    expect(e).toHaveLength(0);
  });
  it('but a people\'s word names a party, not where it fought', () => {
    expect(events('Chilean troops on Thursday clashed with gunmen near the border post.', '2025-04-11')).toHaveLength(0);
  });
});

describe('the region the article names (x-area-near)', () => {
  it('an act told only of the country is in the region named a sentence before', () => {
    const e = events('Rebels are active in the Apurimac region, Peru\'s army said on Tuesday. Soldiers came under grenade and rifle fire in an attack on Sunday, the army said.', '2025-03-04');
    expect(e.map((x) => [x.location.name, x.location.geo_precision])).toEqual([['Apurímac', 3]]);
  });
  it('two regions named far from the act place nothing', () => {
    const e = events('Rebels are active in the Guaviare department and in the Vaupes department. Budgets were discussed at length. Rains were heavy in the highlands. Roads were closed for a week. Colombia\'s army said on Tuesday that rebels ambushed a patrol on Sunday, killing four soldiers.', '2025-03-04');
    expect(e.map((x) => x.location.name)).toEqual(['Colombia']);
  });
});

describe('stopwords', () => {
  it('a settlement\'s common noun capitalised at a sentence\'s start ("The village was shelled") is no place', () => {
    const e = events('Troops shelled Kodar village in Mali on Monday. The village had been hit before, in January.', '2025-03-04');
    expect(e.map((x) => x.location.country_code)).not.toContain('US');
  });
});
