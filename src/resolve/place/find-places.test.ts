import { describe, expect, it } from 'vitest';
import { capitalisedNames, countriesNamed, findPlaces, townNamed } from './find-places.js';
import Database from 'better-sqlite3';
import { GAZETTEER_FILE, admin2At, placesByKey } from './gazetteer.js';
import { normaliseName } from '../../read/normalise.js';
import { readTsv, splitList } from '../../util/data-files.js';

const places = (text: string, focus: string[] = []) =>
  findPlaces(text, { focus, taken: [] }).map((p) => [p.place.name, p.place.country_code, p.place.geo_precision, p.origin]);

describe('findPlaces', () => {
  it('a district GeoNames codes no town of is placed at its seat, with its word "zone" or "division" after it', () => {
    expect(places('Militants raided a market in the Mayo-Tsanaga division on Sunday.', ['CM'])[0]?.slice(0, 3)).toEqual(['Mayo-Tsanaga', 'CM', 2]);
    expect(places('Gunmen abducted two traders in North Wollo zone last week.', ['ET'])[0]?.slice(0, 3)).toEqual(['North Wollo', 'ET', 2]);
    // a district named after its seat town needs no row of district-seats.tsv
    expect(places('Troops were ambushed in Ouallam department.', ['NE'])[0]?.slice(0, 3)).toEqual(['Ouallam', 'NE', 2]);
  });
  it('"zone" after a name that is also a town is no district', () => {
    expect(places('Rockets landed in the Green Zone overnight.', ['IQ', 'US']).map((p) => p[2])).not.toContain(2);
  });
  it('a district abroad of a capital\'s name does not make the capital ambiguous', () => {
    expect(places('Retirees marched in Buenos Aires on Wednesday.')[0]?.slice(0, 2)).toEqual(['Buenos Aires', 'AR']);
  });
  it('a town its own region is said to hold after it is a place without a locative word, and tells its country', () => {
    const found = findPlaces('Unrest kept shaking Lorca, in the Murcia region, on Sunday night.', { focus: [], taken: [] });
    expect(found.map((p) => [p.place.name, p.place.country_code, p.place.geo_precision])).toEqual([['Lorca', 'ES', 1]]);
    expect(found[0]?.placedIn).toBe(true);
    // no region after it: a name with no locative word is no place
    expect(places('Unrest kept shaking Lorca on Sunday night.', ['ES'])).toEqual([]);
  });
  it('a name opened by a lowercase Arabic article assimilated to a sun letter is a place', () => {
    expect(places('A drone struck a car in at-Tiri on Monday.', ['LB'])[0]?.slice(0, 2)).toEqual(['Tiri', 'LB']);
  });
  it('a region a base of a three-word name lies in, next door, is where the weapon came from', () => {
    expect(places('The jets had taken off from the Hmawbi Air Force Base in neighbouring Yangon region.', ['MM']).find((p) => p[0] === 'Yangon')?.[3]).toBe(true);
  });
  it('a street word after a capitalised word ends a street\'s name, no town of that word (p-street-word)', () => {
    expect(places('The crowd gathered in the Mill Road area, then moved down Church Street.', ['GB'])).toEqual([]);
    expect(places('Stones were thrown near the Brackvale Terrace area of Ballymena.', ['GB']).map((p) => p[0])).toEqual(['Ballymena']);
  });
  it('a name its district after the comma does not hold is no namesake elsewhere in the country (p-namesake-outside)', () => {
    // Manica is also Manica province's capital, 700 km south of Macomia district
    expect(places('Gunmen looted shops in Manica, Macomia district, on Friday.', ['MZ']).map((p) => p.slice(0, 3))).toEqual([['Macomia', 'MZ', 2]]);
  });
  it('a name the gazetteer lacks may stand between the namesake and its district (p-namesake-outside)', () => {
    // Chulabhorn is also a town of Nakhon Si Thammarat, 300 km north of Ra-ngae
    expect(places('A bomb went off in Chulabhorn village, Tambon Kholo, Rangae district, on Friday.', ['TH']).map((p) => p.slice(0, 3))).toEqual([['Ra-ngae', 'TH', 2]]);
  });
  it('a hyphened name is also written as one word, though short (Ra-ngae is Rangae)', () => {
    expect(places('Rangers were ambushed in Rangae on Monday.', ['TH'])[0]?.slice(0, 2)).toEqual(['Ra-ngae', 'TH']);
  });
  it('a district the gazetteer lacks, said with its word, then the district it is in (p-unknown-unit)', () => {
    expect(places('Shells fell in Korbeta district, South Wollo Zone, on Monday.', ['ET']).map((p) => p.slice(0, 3))).toEqual([['South Wollo', 'ET', 2]]);
  });
  it('finds a town after a locative word, with precision 1', () => {
    expect(places('A car bomb exploded in Mogadishu on Sunday.')[0]).toEqual(['Mogadishu', 'SO', 1, false]);
  });
  it('a town after "downtown" or "uptown" is where the locative word says', () => {
    expect(places('Thousands marched through downtown Seattle on Friday.', ['US'])[0]?.[0]).toBe('Seattle');
    expect(places('Police fired tear gas in uptown Charlotte.', ['US'])[0]?.[0]).toBe('Charlotte');
    expect(places('Crowds gathered in downtown Minneapolis.', ['US'])[0]?.[0]).toBe('Minneapolis');
  });
  it('"near X" and "N km north of X" give precision 2', () => {
    expect(places('Gunmen attacked a checkpoint near Kidal.')[0]?.[2]).toBe(2);
    // the kind of town a distance is counted from may stand before its name
    expect(places('Clashes broke out 40 kilometres west of the capital Tripoli.', ['LY'])[0]?.slice(0, 3)).toEqual(['Tripoli', 'LY', 2]);
    expect(places('The convoy was ambushed 30 km north of Gao.')[0]?.[2]).toBe(2);
  });
  it('a town abroad in a province of the very name the text says is not placed by that name', () => {
    // Santiago de los Caballeros lies in the Dominican province of Santiago: "in Santiago" names that
    // province only because it is the name being placed, so a story on Chile keeps Chile's capital
    expect(places('Troops guarded a looted shop in Santiago late on Monday.', ['CL'])[0]?.slice(0, 2)).toEqual(['Santiago', 'CL']);
  });
  it('towns a plural noun of places opens a list of ("cities such as", "towns including") are places', () => {
    expect(places('Riots swept major cities such as Leeds, Bristol and Sheffield.').map((p) => p[0])).toEqual(['Leeds', 'Bristol', 'Sheffield']);
    expect(places('Crowds rallied in several towns, including Mombasa and Kisumu.').map((p) => p[0])).toEqual(['Mombasa', 'Kisumu']);
  });
  it('a country\'s other name after "the village of" names the village, not the country', () => {
    // "Mann" is one of the Isle of Man's other names
    expect(places('Rebels overran the army post in the village of Mann at dawn.').map((p) => p[1])).not.toContain('IM');
  });
  it('where a speaker told reporters is not a place of the act', () => {
    expect(places('The envoy is alarmed by the shelling, her deputy told reporters in Geneva on Friday.')).toEqual([]);
  });
  it('a district GeoNames names with "Lower" or "Upper" is meant without its word', () => {
    expect(places('In Lower Dir, a constable was shot dead at a checkpoint.', ['PK'])[0]?.slice(0, 3)).toEqual(['Lower Dir', 'PK', 2]);
  });
  it('where a person lives or comes from is no place of the act', () => {
    expect(places('The two guards killed were Ali Khan, a resident of Swabi, and Ahmad Gul, who hailed from Mardan.', ['PK'])).toEqual([]);
    // residents, plural, may be the people hit where they live
    expect(places('Gunmen killed three residents of Swabi on Monday.', ['PK']).map((p) => p[0])).toEqual(['Swabi']);
  });
  it('p-asylum-in: where a person found asylum or exile is no place of the act', () => {
    expect(places('The ousted leader, who was granted asylum in Ghana, said a massacre had taken place.')).toEqual([]);
    expect(places('The opposition chief, living in exile in Kenya, condemned the killings.')).toEqual([]);
  });
  it('where a person was born is no place of the act', () => {
    expect(places('The slain commander was born in 1971 in Khost and fought for decades.', ['AF'])).toEqual([]);
    expect(places('She was born and raised in Kandahar.', ['AF'])).toEqual([]);
    // the act's own town is still its place
    expect(places('Gunmen shot a doctor in Kandahar.', ['AF']).map((p) => p[0])).toEqual(['Kandahar']);
  });
  it('"the province\'s X district" is that region\'s district when the article names the region', () => {
    const at = (regions: string[]) => findPlaces('Insurgents overran two police posts in the province\'s Shortepa district.', { focus: ['AF'], taken: [], named: new Set(['AF']), regions: new Set(regions) }).map((p) => p.place.name);
    expect(at(['balkh'])).toEqual(['Shortepa']);
    // a region the article never named: no part of it is known
    expect(at(['kandahar'])).toEqual([]);
  });
  it('a site with a row in each country it spans is the side of the country the sentence names', () => {
    const side = (text: string) => findPlaces(text, { focus: ['NG', 'TD'], taken: [], named: new Set(['NG', 'TD']), regions: new Set(['borno']) })[0]?.place.country_code;
    expect(side('Jihadists overran a Chadian army post on an island in Lake Chad.')).toBe('TD');
    // no side said: the article's countries and regions choose
    expect(side('Jihadists overran an army post on an island in Lake Chad.')).toBe('NG');
  });
  it('"the nearby city of X" and "in nearby X" are X itself, not somewhere near it', () => {
    expect(places('Gunmen then struck the nearby city of Derbent.', ['RU'])[0]?.slice(0, 3)).toEqual(['Derbent', 'RU', 1]);
    expect(places('Shells fell in nearby Goma overnight.', ['CD'])[0]?.slice(0, 3)).toEqual(['Goma', 'CD', 1]);
    expect(places('Rebels massed nearby Goma.', ['CD'])[0]?.[2]).toBe(2);
  });
  it('a name a relative "where" hangs on is a place', () => {
    expect(places('It was the worst toll since Beledweyne, in the centre, where a truck bomb killed 20.', ['SO']).map((p) => p[0])).toEqual(['Beledweyne']);
    expect(places('It was the worst toll since Beledweyne last year.', ['SO'])).toEqual([]);
    // the last word of a longer name ("Street" is a town of Somerset)
    expect(places('Youths gathered on the roads close to Hart Street, where the stabbing happened.', ['GB']).map((p) => p[0])).not.toContain('Street');
  });
  it('a name in quotation marks between a person\'s names is a nickname', () => {
    expect(places('Troops clashed with the sons of Ramon "El Chapo" Lopez near Mazatlan.', ['MX']).map((p) => p[0])).toEqual(['Mazatlan']);
  });
  it('a road a town\'s possessive owns is in that town', () => {
    expect(places('A bomb went off near a market on Lahore\'s Multan Road.', ['PK']).map((p) => p[0])).toEqual(['Lahore']);
  });
  it('a region\'s capital is named after "the state capital" or "the provincial capital"', () => {
    expect(places('Gunmen ambushed a patrol near the provincial capital Kandahar.', ['AF']).map((p) => p[0])).toEqual(['Kandahar']);
  });
  it('Lake Chad is placed on the side of the article\'s country', () => {
    expect(places('Jihadists attacked an army post on an island in Lake Chad.', ['TD'])[0]?.slice(0, 3)).toEqual(['Lake Chad', 'TD', 2]);
    expect(places('Jihadists attacked an army post on an island in Lake Chad.', ['NG'])[0]?.slice(0, 3)).toEqual(['Lake Chad', 'NG', 2]);
  });
  it('a town\'s name before Point, Chowk or Junction names a landmark, not the town', () => {
    // "Zero" is another spelling of Ziro (India); the bus was near a crossing of that name in Quetta
    expect(places('A bomb hit a bus near Zero Point on the ring road in Quetta on Friday.').map((p) => p[0])).toEqual(['Quetta']);
  });
  it('a name whose only towns in the country are villages outside the district or region of that name is the area', () => {
    // GeoNames' one Rudraprayag of India is a village of another district: the district of the name is meant
    expect(places('Supporters clashed with police in Rudraprayag on Wednesday.', ['IN'])[0]?.slice(0, 3)).toEqual(['Rudraprayag', 'IN', 2]);
    // Gopalganj of Bangladesh, whose town GeoNames lacks, is the town of towns.tsv, not the district around it
    expect(places('Supporters clashed with police in Gopalganj on Wednesday.', ['BD'])[0]?.slice(0, 3)).toEqual(['Gopalganj', 'BD', 1]);
    // a village called Tamaulipas lies in Chiapas: "in Tamaulipas" is the state
    expect(places('In Tamaulipas, gangs dropped explosives from drones on a patrol.', ['MX'])[0]?.slice(0, 3)).toEqual(['Tamaulipas', 'MX', 3]);
    // a town of the name inside its own region keeps the name (Valparaiso, the capital of its region)
    expect(places('Protesters marched in Valparaiso on Sunday.', ['CL'])[0]?.slice(0, 3)).toEqual(['Valparaiso', 'CL', 1]);
  });
  it('a district named as the adjective of its seat town is that town\'s district, in either spelling of the y', () => {
    // GeoNames files no Prokhorovsky district: Prokhorovka seats it
    expect(places('Two drones were downed over the Prokhorovsky municipal district overnight.', ['RU'])[0]?.slice(0, 3)).toEqual(['Prokhorovsky', 'RU', 2]);
    // Grayvoron's district, as "Graivoronsky" spells it
    expect(places('A drone hit a barn in the Graivoronsky district on Monday.', ['RU'])[0]?.slice(0, 3)).toEqual([expect.stringMatching(/^Grayvoronsk/), 'RU', 2]);
    // an adjective is a district only with its word: "the Prokhorovsky fire" names no place
    expect(places('Firefighters put out the Prokhorovsky blaze near Moscow.', ['RU']).map((p) => p[0])).not.toContain('Prokhorovsky');
  });
  it('"regency" is a word for district (Indonesia\'s kabupaten)', () => {
    expect(places('Rebels burned a school in Nduga regency on Monday.', ['ID'])[0]?.slice(0, 3)).toEqual(['Nduga', 'ID', 2]);
  });
  it('"New York" is the city, "New York state" the state', () => {
    // GeoNames files the city as "New York City" and keeps "New York" for the state: the press means the city
    expect(places('Police arrested 20 protesters in New York on Saturday.', ['US'])[0]?.slice(0, 3)).toEqual(['New York City', 'US', 1]);
    expect(places('Floods hit towns across New York state.', ['US'])[0]?.slice(0, 3)).toEqual(['New York', 'US', 3]);
  });
  it('reads transliterations from the alias file', () => {
    expect(places('Rockets hit a base in Irbil.')[0]?.slice(0, 2)).toEqual(['Erbil', 'IQ']);
  });
  it('finds every alias of the alias file as a place of its row\'s country (a row that names no town indexes nothing)', () => {
    const lost = readTsv('places/aliases.tsv').flatMap(([, cc, list]) => splitList(list).filter((a) => !placesByKey(normaliseName(a)).some((r) => r.cc === cc)));
    expect(lost).toEqual([]);
    expect(places('Rockets hit the Israeli town of Kiryat Shmona on Tuesday.')[0]?.slice(0, 2)).toEqual(['Qiryat Shmona', 'IL']);
  });
  it('finds every town of the towns file, by each of its names, as a town of its country that needs a locative word', () => {
    const lost = readTsv('places/towns.tsv').slice(1).flatMap(([name, list, , , cc]) => [name!, ...splitList(list)].filter((n) => !placesByKey(normaliseName(n)).some((r) => r.cc === cc && r.kind === 'town')));
    expect(lost).toEqual([]);
    expect(places('An Israeli drone struck a car in Khiam on Friday.', ['LB'])[0]?.slice(0, 3)).toEqual(['Khiam', 'LB', 1]);
    expect(places('Khiam mayor said the road was closed.', ['LB'])).toEqual([]);
  });
  // the index's connection keeps its lock between lookups: it must be a reader's, which other readers share
  it('after lookups, another connection still reads the gazetteer', () => {
    expect(placesByKey('mogadishu').length).toBeGreaterThan(0);
    const other = new Database(GAZETTEER_FILE, { readonly: true, fileMustExist: true });
    try {
      expect(other.prepare('SELECT count(*) FROM names WHERE key = ?').pluck().get('mogadishu')).toBeGreaterThan(0);
    } finally {
      other.close();
    }
    expect(placesByKey('kismayo').length).toBeGreaterThan(0);
  });
  it('a town of the towns file with no figure ranks as a known town: a region the article names lifts it over a larger namesake', () => {
    const text = 'Police cleared the protest camp in Lützerath on Sunday.';
    const names = capitalisedNames(`Thousands rallied in North Rhine-Westphalia. ${text}`);
    expect(findPlaces(text, { focus: ['DE'], taken: [], names }).map((p) => [p.place.name, p.place.admin1])).toEqual([['Luetzerath', 'North Rhine-Westphalia']]);
    // a row's own figure is its population
    expect(placesByKey('kobani').find((r) => r.cc === 'SY')?.population).toBe(44821);
  });
  it('a town of the towns file is found as the press spells GeoNames towns, its two words as one (g-curated-spellings)', () => {
    expect(places('A drone hit a motorbike in Majdalzoun at dawn.', ['LB'])[0]?.slice(0, 2)).toEqual(['Majdal Zoun', 'LB']);
  });
  it('a town of the towns file is in the region of the nearest GeoNames town of its country', () => {
    expect(placesByKey('nasir').find((r) => r.cc === 'SS')?.admin1).toBe('Upper Nile');
  });
  it('a town GeoNames names in two languages, a slash between them, is found by either name alone (g-bilingual)', () => {
    expect(places('Youths clashed with police in Vitoria on Saturday.', ['ES'])[0]?.slice(0, 2)).toEqual(['Gasteiz / Vitoria', 'ES']);
    expect(places('Youths clashed with police in Mondragon on Saturday.', ['ES'])[0]?.slice(0, 2)).toEqual(['Arrasate / Mondragon', 'ES']);
  });
  it('a capital\'s square where crowds gather is a site of its own, with no locative word', () => {
    expect(places('Police cleared the Puerta del Sol before dawn.', ['ES'])[0]?.slice(0, 3)).toEqual(['Puerta del Sol', 'ES', 1]);
  });
  it('finds curated sites by their press names', () => {
    expect(places('Drones targeted Ayn al-Asad airbase.')[0]?.slice(0, 3)).toEqual(['Ain al-Asad Air Base', 'IQ', 1]);
  });
  it('a park or a temple on a border is placed on the side of the article\'s country', () => {
    const park = (focus: string) => findPlaces('Jihadists attacked two posts in W National Park.', { focus: [focus], taken: [] }).map((p) => [p.place.country_code, p.place.geo_precision]);
    expect(park('BJ')).toEqual([['BJ', 2]]);
    expect(park('NE')).toEqual([['NE', 2]]);
    expect(places('Fighting flared again near the ancient Ta Muen Thom temple.', ['KH'])[0]?.slice(0, 3)).toEqual(['Ta Muen Thom temple', 'KH', 1]);
  });
  it('a place said to lie far away is not where it happened', () => {
    expect(places('The RSF, whose nearest positions on the outskirts of Khartoum lie about 650 kilometres away, has not claimed the attacks.').map((p) => p[3])).toEqual([true]);
  });
  it('a country word that begins a longer name is no place ("the Saudi Maternity Hospital")', () => {
    expect(places('The RSF attacked the Saudi Maternity Hospital on Sunday.')).toEqual([]);
    expect(places('A drone hit the Saudi Teaching Maternity Hospital in El Fasher.').map((p) => p[0])).toEqual(['El Fasher']);
  });
  it('a country right before the forces it names is a party, not a place', () => {
    expect(places('Militias have carried out 70 attacks on US forces in Iraq and Syria.').map((p) => p[1])).toEqual(['IQ', 'SY']);
    expect(places('The government condemned attacks on bases that host U.S. troops.')).toEqual([]);
    expect(places('Drones struck US and coalition forces at a base in Syria.').map((p) => p[1])).toEqual(['SY']);
    // a country's mission abroad is its party's seat, not the country
    expect(places('Students marched to the Pakistan High Commission on Friday.')).toEqual([]);
    expect(places('A crowd gathered near the Kenya consulate in the city.')).toEqual([]);
    // p-mission-of: the country a mission is "of" owns it; the mission's city is where the act happened
    expect(places('Rioters in Kinshasa stormed the embassies of Belgium and France.').map((p) => p[0])).toEqual(['Kinshasa']);
  });
  it('a village the gazetteer lacks, said with the place it is in, is placed near that place (precision 2)', () => {
    expect(places('Police fired live rounds in Kangemi, Nairobi, on Monday.')).toEqual([['Nairobi', 'KE', 2, false]]);
    expect(places('Jets struck Sanaa, Hodeidah and Saada.').map((p) => p[2])).toEqual([1, 1, 1]);
    expect(places('In July, Kabul was hit by a blast.').map((p) => p[2])).toEqual([1]);
  });
  it('a road named by the towns it joins is placed near the first one known, with precision 2', () => {
    expect(places('Gunmen abducted 12 passengers on the Abuja-Kaduna highway on Sunday.')).toEqual([['Abuja', 'NG', 2, false]]);
    expect(places('Insurgents ambushed a convoy on the Maiduguri-Damboa Road.')[0]?.slice(0, 3)).toEqual(['Maiduguri', 'NG', 2]);
  });
  it('an "axis" or "route" named by the towns it joins is a road, near its first town (p-road)', () => {
    expect(places('Separatists ambushed a convoy on the Bafut-Wum axis on Monday.', ['CM']).map((p) => [p[0], p[2]])).toEqual([['Bafut', 2]]);
  });
  it('a road named by a people\'s word crosses countries and joins no towns (p-road-people)', () => {
    expect(places('Farmers blocked the Pan-American highway near the bridge for a week.', ['PA'])).toEqual([]);
  });
  it('a compass word before America names a continent, not a part of the United States (p-continent)', () => {
    expect(places('The company runs the biggest copper mine in Central America, officials said.', ['PA'])).toEqual([]);
    expect(places('Unrest spread across South America last year.')).toEqual([]);
    expect(places('Storms hit the central United States.').map((p) => p[0])).toEqual(['central United States']);
  });
  it('a name that an apposition calls a settlement, or that an army takes, is a place without a locative word', () => {
    expect(places('Dar es Salaam, Tanzania\'s largest city, was placed under curfew.').map((p) => p[0])).toEqual(['Dar es Salaam']);
    expect(places('Rebels captured Bunia on Sunday.').map((p) => p[0])).toEqual(['Bunia']);
    expect(places('Austin, the defence secretary, said the strikes would go on.')).toEqual([]);
  });
  it('"Middle East" is a region of many countries, not the town of that name in the US', () => {
    expect(places('Tensions across the Middle East have risen.')).toEqual([]);
  });
  it('country-level mentions with a direction get precision 3', () => {
    expect(places('Strikes hit targets in eastern Syria.')[0]).toEqual(['eastern Syria', 'SY', 3, false]);
  });
  it('a country after a locative word and a describing word is a place ("in neighbouring Niger Republic")', () => {
    expect(places('Militants also struck a patrol in neighbouring Niger Republic.').map((p) => [p[1], p[2]])).toEqual([['NE', 3]]);
    expect(places('The raid took place in restive Tillabéri.').map((p) => p[1])).toEqual(['NE']);
  });
  it('the country beyond a border is no place of the act ("near the Burkina Faso border in Niger")', () => {
    expect(places('Jihadists attacked a post near the Burkina Faso border in Niger.').map((p) => [p[1], p[3]])).toEqual([['BF', true], ['NE', false]]);
    expect(places('Clashes broke out near the Rafah border crossing.').map((p) => p[3])).toEqual([false]);
  });
  it('marks where a weapon came from as an origin', () => {
    expect(places('The missile was launched from Yemen toward the Red Sea.').map((p) => p[3])).toEqual([true, false]);
  });
  it('uses the article focus to choose among same-named towns', () => {
    expect(places('Clashes broke out in Tripoli.', ['LY'])[0]?.[1]).toBe('LY');
    expect(places('Clashes broke out in Tripoli.', ['LB'])[0]?.[1]).toBe('LB');
  });
  it('a town followed by its own region or district is that one of the same-named towns, and the container is no place of its own', () => {
    expect(places('Two men were arrested after a scuffle in Boston, Lincolnshire, on Monday night.')).toEqual([['Boston', 'GB', 1, false]]);
    expect(places('Two men were arrested after a scuffle in Boston on Monday night.')[0]?.[1]).toBe('US');
  });
  it('a town is the one of its name whose region or district the article names elsewhere, and so no longer ambiguous', () => {
    const found = findPlaces('Shops were looted in Boston overnight.', { focus: [], taken: [], names: capitalisedNames('The Lincolnshire town has seen unrest.') });
    expect(found.map((p) => [p.place.country_code, p.ambiguous])).toEqual([['GB', false]]);
    expect(capitalisedNames('Police in Lower Kurram said')).toEqual(new Set(['police', 'lower', 'kurram', 'lower kurram']));
    // a hamlet of no known people is not set above the city of its name by a region the story names in passing
    const city = findPlaces('Students marched in Surabaya on Tuesday.', { focus: ['ID'], taken: [], names: capitalisedNames('Farmers in West Java joined them.') });
    expect(city.map((p) => p.place.admin1)).toEqual(['East Java']);
  });
  it('"Lower X" or "Upper X" that the gazetteer lacks is the district or region X, with its precision', () => {
    expect(places('A checkpoint came under fire in the Tora area of Lower Kurram overnight.', ['PK'])).toEqual([['Kurram', 'PK', 2, false]]);
    expect(places('A checkpoint came under fire in the Tora area of Kurram overnight.', ['PK'])).toEqual([]);
  });
  it('a region is found by its compass word in either form ("South Kordofan" for GeoNames\' "Southern Kordofan")', () => {
    expect(places('Shelling was reported in South Kordofan on Monday.')).toEqual([['Southern Kordofan', 'SD', 3, false]]);
    expect(places('Shelling was reported in Northern Kordofan on Monday.')).toEqual([['North Kordofan', 'SD', 3, false]]);
  });
  it('a town a hundred kilometres or more from the site only says how remote it is (an origin, not the place)', () => {
    const origins = (text: string) => findPlaces(text, { focus: [], taken: [] }).map((p) => [p.place.name, p.origin]);
    expect(origins('The raid hit a hamlet near Wabag, some 550 km west of the capital, Port Moresby.')).toEqual([['Wabag', false], ['Port Moresby', true]]);
    expect(origins('The camp sits 90 miles north of Nairobi.')).toEqual([['Nairobi', true]]);
    expect(origins('Bandits stormed a market 15 km east of Gao.')).toEqual([['Gao', false]]);
  });
  it('p-care-destination: where the hurt were taken for care is not where they were hurt', () => {
    const origins = (text: string) => findPlaces(text, { focus: [], taken: [] }).map((p) => [p.place.name, p.origin]);
    expect(origins('Four were wounded and rushed to the General Hospital in Nairobi.')).toEqual([['Nairobi', true]]);
    expect(origins('Four were wounded in Nairobi.')).toEqual([['Nairobi', false]]);
  });
  it('"at the Court of Appeal" names no town', () => {
    expect(places('The ruling was overturned at the Court of Appeal on Friday.')).toEqual([]);
  });
  it('a story that names no country keeps a town to the countries its places tell ("outside the Bell Hotel" in an English town)', () => {
    const found = (focus: string[]) => findPlaces('Protesters gathered outside the Bell Hotel again.', { focus, taken: [] }).map((p) => p.place.country_code);
    expect(found(['GB'])).toEqual([]);
    expect(found([])).toEqual(['US']);
  });
  it('prefers the candidate near the other places the article names', () => {
    const near = (lat: number, lon: number) => findPlaces('Fighting broke out in Tripoli.', { focus: [], taken: [], anchors: [{ lat, lon }] })[0]?.place.country_code;
    expect(near(32.4, 15.1)).toBe('LY'); // Misrata
    expect(near(34.0, 35.6)).toBe('LB'); // Byblos
  });
  it('a city of millions is what its name means over a hamlet of the name near another place of the article', () => {
    const madrid = { lat: 40.42, lon: -3.7 };
    const where = (text: string, ctx: { focus: string[]; anchors: Array<{ lat: number; lon: number }>; names?: Set<string>; regions?: Set<string> }) =>
      findPlaces(text, { taken: [], ...ctx }).map((p) => [p.place.name, p.place.country_code]);
    // Madrid named elsewhere in the story: its region and its place do not make Los Angeles the Madrid quarter
    const us = { focus: ['US', 'ES'], anchors: [madrid], names: new Set(['madrid']), regions: new Set(['madrid']) };
    expect(where('Marches filled the streets of Boston, Los Angeles and Denver.', us)).toContainEqual(['Los Angeles', 'US']);
    expect(where('A vigil was held in Los Angeles on Sunday night.', us)).toEqual([['Los Angeles', 'US']]);
    // Jakarta named elsewhere: Surabaya is the city of East Java, not a village of no known people near Jakarta
    const id = { focus: ['ID'], anchors: [{ lat: -6.2, lon: 106.85 }] };
    expect(where('Students clashed with police in Surabaya.', id)[0]?.[0]).toBe('Surabaya');
    expect(findPlaces('Students clashed with police in Surabaya.', { taken: [], ...id })[0]?.place.admin1).toBe('East Java');
  });
  it('prefers the candidate whose region the sentence names', () => {
    expect(places('A bomb went off in Pishin district of Balochistan.')[0]?.[1]).toBe('PK');
  });
  it('a town said to lie in a district of another region is another town of its name: the district says where', () => {
    expect(places('Police fired tear gas in the Khurai Leikai area of Imphal East district.', ['IN'])).toEqual([['Imphal East', 'IN', 2, false]]);
    expect(places('Troops clashed with rebels near Bijapur in Chhattisgarh.', ['IN'])[0]?.slice(0, 2)).toEqual(['Bijapur', 'IN']);
  });
  it('a Mexican neighbourhood ("Colonia ...") of another region than the article\'s is another city\'s of the same name', () => {
    const at = (text: string, regions: string[]) => findPlaces(text, { focus: ['MX'], taken: [], named: new Set(['MX']), regions: new Set(regions) }).map((p) => p.place.name);
    expect(at('A taxi driver was shot dead in Colonia Miguel Hidalgo.', ['sinaloa'])).toEqual([]);
    expect(at('A taxi driver was shot dead in Colonia Miguel Hidalgo.', ['michoacan'])).toEqual(['Colonia Miguel Hidalgo']);
    expect(at('A taxi driver was shot dead in Colonia Loma Verde Tres.', [])).toEqual([]);
  });
  it('marks a name that towns of several regions of one country have', () => {
    expect(findPlaces('A blast hit a market in Bijapur.', { focus: ['IN'], taken: [] })[0]?.otherRegion).toBe(true);
    expect(findPlaces('A blast hit a market in Imphal.', { focus: ['IN'], taken: [] })[0]?.otherRegion).toBeUndefined();
  });
  it('"the nearby city of X", "the border city of X", "a suburb of X" name a place whatever verb comes before', () => {
    expect(places('The suspects targeted a synagogue, and the nearby city of Derbent.', ['RU']).map((p) => p[0])).toContain('Derbent');
    expect(places('Insurgents brought chaos to the border city of Sungai Kolok on Saturday.', ['TH'])[0]?.slice(0, 2)).toEqual(['Su-ngai Kolok', 'TH']);
    expect(places('Gunmen opened fire in a concert hall in a suburb of Moscow.', ['RU'])[0]?.[0]).toBe('Moscow');
  });
  it('"AA-controlled Kyauktaw town": a held-by word stands between the locative and the name', () => {
    expect(places('Jets carried out an airstrike on AA-controlled Kyauktaw town.', ['MM'])[0]?.slice(0, 2)).toEqual(['Kyauktaw', 'MM']);
  });
  it('"from an airbase in X" is where the aircraft came from', () => {
    expect(places('Jets flying from an airbase in Magwe bombed Kyauktaw town.', ['MM']).map((p) => [p[0], p[3]])).toEqual([['Magway', true], ['Kyauktaw', false]]);
  });
  it('"three miles from X" is near X (precision 2)', () => {
    expect(places('The meadow lies three miles from Pahalgam.', ['IN'])[0]?.[2]).toBe(2);
  });
  it('"the Kirishi refinery": a town named by a site it has', () => {
    expect(places('Drones hit the Kirishi refinery overnight.', ['RU'])[0]?.slice(0, 2)).toEqual(['Kirishi', 'RU']);
  });
  it('"between A and B": towns that bound the place, not sides ("tensions between Baku and Moscow")', () => {
    expect(places('The helicopter crashed between Amalfi and Anorí.', ['CO']).map((p) => p[0])).toEqual(['Amalfi', 'Anori']);
    expect(places('It follows growing tensions between Baku and Moscow.', ['AZ'])).toEqual([]);
  });
  it('"Pattani\'s Sai Buri district": the owner only says where the next place is', () => {
    expect(places('In Pattani\'s Sai Buri district, insurgents ambushed a patrol.', ['TH']).map((p) => p[0])).toEqual(['Sai Buri']);
  });
  it('an admin1 region is named without GeoNames\' word for its kind ("Norte de Santander Department")', () => {
    expect(places('Fighting flared in Norte de Santander.')[0]).toEqual(['Norte de Santander', 'CO', 3, false]);
  });
  it('"the Sea of Azov" is a sea, not the town of Azov', () => {
    expect(places('Forces intercepted 80 drones over Crimea and the Sea of Azov.', ['RU']).map((p) => p[0])).toEqual(['Crimea']);
  });
  it('reads the press spellings of a country\'s official names (data/places/spellings.tsv): Somali "Ceeldheer" is Eldheer', () => {
    expect(places('Al-Shabaab captured four army bases around Eldheer.', ['SO'])[0]?.slice(0, 2)).toEqual(['Ceeldheer', 'SO']);
    expect(places('Fighting was reported in Hudur.', ['SO'])[0]?.slice(0, 2)).toEqual(['Xuddur', 'SO']);
    expect(placesByKey('bilhorod dnistrovsky').map((r) => r.cc)).toContain('UA');
  });
  it('a town as the subject of witnessing violence, past an apposition ("Marrakech, the tourist hub, saw clashes")', () => {
    expect(places('Marrakech, the country\'s tourist hub, saw violent confrontations.', ['MA'])[0]?.slice(0, 2)).toEqual(['Marrakesh', 'MA']);
    expect(places('Marrakech, the country\'s tourist hub, is calm.', ['MA'])).toEqual([]);
  });
  it('a town that erupted is where the unrest was ("Oujda, usually quiet, also erupted, with ...")', () => {
    expect(places('Oujda, usually quiet, also erupted, with youths burning tyres.', ['MA'])[0]?.slice(0, 2)).toEqual(['Oujda-Angad', 'MA']);
  });
  it('a list of towns as the subject of witnessing violence ("Lyon, Nantes and Rennes also saw clashes")', () => {
    expect(places('Lyon, Nantes and Rennes also saw clashes.', ['FR']).map((p) => p[0])).toEqual(['Lyon', 'Nantes', 'Rennes']);
    expect(places('Lyon, Nantes and Rennes are calm.', ['FR'])).toEqual([]);
  });
  // negative cases
  it('does not take person names or adjectives for places', () => {
    expect(places('Defense Secretary Lloyd Austin said US airstrikes were proportionate.')).toEqual([]);
    expect(places('Officials said on Christmas Day that no one was hurt.')).toEqual([]);
  });
  it('does not take a ship\'s flag state for the place', () => {
    expect(places('The missile hit a tanker flagged in the Marshall Islands.')).toEqual([]);
  });
});

describe('towns in the countries an article names', () => {
  const text = 'Three women were killed in clashes near Naivasha camp on Wednesday.';
  it('a town of the name in a country the article never names is not taken', () => {
    expect(findPlaces(text, { focus: ['SD'], taken: [], named: new Set(['SD']) })).toEqual([]);
  });
  it('it is taken where the article names its country, or names none', () => {
    expect(findPlaces(text, { focus: ['KE'], taken: [], named: new Set(['KE']) })[0]?.place.country_code).toBe('KE');
    expect(findPlaces(text, { focus: [], taken: [] })[0]?.place.country_code).toBe('KE');
  });
  it('a regional capital is taken where the article names only another country ("Russian drones hit Kharkiv")', () => {
    expect(findPlaces('Russian drones hit Kharkiv on Sunday.', { focus: ['RU'], taken: [], named: new Set(['RU']) }).map((p) => [p.place.country_code, p.rule])).toEqual([['UA', 'p-capital']]);
  });
  it('the first word of a longer name the gazetteer lacks is no place of a country the article never names', () => {
    const text = 'Pictures showed clashes in Rocha Pinto, a suburb near the airport.';
    expect(findPlaces(text, { focus: ['AO'], taken: [], named: new Set(['AO']) })).toEqual([]);
    // an article that names no country gives nothing to judge by
    expect(findPlaces(text, { focus: [], taken: [] }).map((p) => p.place.country_code)).toEqual(['UY']);
  });
});

describe('ships', () => {
  it('a ship named after a town is not a place ("USS Carney")', () => {
    expect(findPlaces('The drone was headed toward USS Carney in the Red Sea.', { focus: [], taken: [] }).map((p) => p.place.name)).toEqual(['Red Sea']);
  });
});

describe('a country after a name the gazetteer does not place', () => {
  it('"in Tarrokhel Valley, Pakistan" is in Pakistan; "officials in X, Pakistan" and "the war in X, Ethiopia" say no place', () => {
    expect(places('Militants attacked troops in Tarrokhel Valley, Pakistan, on Tuesday.')).toEqual([['Pakistan', 'PK', 3, false]]);
    expect(places('Officials in Tarrokhel, Pakistan, said so.')).toEqual([]);
    expect(places('The war in Tarrokhel, Ethiopia, killed thousands.')).toEqual([]);
    expect(places('Mr Khan told Reuters, Pakistan will respond.')).toEqual([]);
  });
});

describe('seats of speakers', () => {
  it('"an official in Damascus told the AP" is where the speaker sits', () => {
    expect(findPlaces('A local official in Damascus told The Associated Press that 13 members were killed.', { focus: [], taken: [] })).toEqual([]);
    expect(places('Officials in Damascus, the capital, said the strike killed five.')).toEqual([]);
  });
  it('an official or governor in another town speaks of his own town', () => {
    expect(places('The regional governor in Kherson said two people had been killed.').map((p) => p[0])).toEqual(['Kherson']);
    expect(places('Officials in Kherson said two people had been killed.').map((p) => p[0])).toEqual(['Kherson']);
  });
  it('a correspondent\'s town is the correspondent\'s wherever it is', () => {
    expect(places('Our correspondent in Kherson said the shelling went on all night.')).toEqual([]);
  });
  it('an official in a town where an act happened is still placed there when no speech follows', () => {
    expect(places('Gunmen shot dead an official in Damascus on Monday.').map((p) => p[0])).toEqual(['Damascus']);
  });
  it('a relative clause that says where a person was places the person, not the act (p-whereabouts)', () => {
    expect(places('The minister, who was attending a summit in Nairobi, called the bombing a cowardly act.')).toEqual([]);
    // what was done to the person is still placed
    expect(places('The mayor, who was shot in Kisumu on Monday, died in hospital.').map((p) => p[0])).toEqual(['Kisumu']);
  });
  it('"the health ministry in Ramallah" is where a speaker sits, not a place of the act', () => {
    // GeoNames spells Jenin "Janin" and lists the press spelling among its alternate names
    expect(findPlaces('According to the health ministry in Ramallah, nine people were wounded in Jenin.', { focus: [], taken: [] }).map((p) => `${p.place.name} ${p.place.country_code}`)).toEqual(['Janin PS']);
  });
});

describe('demonyms', () => {
  it('a people names its sovereign state, not a territory that shares the word', async () => {
    const { countryByDemonym } = await import('./gazetteer.js');
    expect(['Indian', 'American', 'Congolese', 'Sudanese'].map((d) => countryByDemonym(d)?.cc)).toEqual(['IN', 'US', 'CD', 'SD']);
  });
});

describe('a people\'s word before a name', () => {
  const at = (text: string) => findPlaces(text, { focus: [], taken: [] }).map((p) => `${p.place.name} ${p.place.country_code}`);
  it('"of Somali President X", "of Somali National Army units" name no region of Ethiopia', () => {
    expect(at('Gunmen fired on the motorcade of Somali President Abdi Warsame on Monday.')).toEqual([]);
    expect(at('A bomb struck a convoy of Somali National Army soldiers near the airport.')).toEqual([]);
    expect(at('Clan fighters attacked in Somali villages overnight.')).toEqual(['Somalia SO']);
  });
  it('the region is meant when its word follows', () => {
    expect(at('Fighting broke out in the Somali region on Monday.')).toEqual(['Somali ET']);
    expect(at('Clashes erupted in Somali Regional State.')).toEqual(['Somali ET']);
  });
});

describe('a people\'s settlements', () => {
  const at = (text: string) => findPlaces(text, { focus: [], taken: [] }).map((p) => `${p.place.name} ${p.rule}`);
  it('"across a number of Iranian cities", "in several Sudanese towns" name the country', () => {
    expect(at('Strikes spread across a number of Iranian cities on Friday.')).toEqual(['Iran p-peoples-places']);
    expect(at('Gunmen raided homes in several Sudanese towns overnight.')).toEqual(['Sudan p-peoples-places']);
    expect(at('A drone struck an Israeli village, the army said.')).toEqual(['Israel p-peoples-places']);
  });
  it('"the Syrian city of Aleppo" names its town; "Iranian officials" no place', () => {
    expect(at('Shelling hit the Syrian city of Aleppo.').map((p) => p.split(' ')[0])).toEqual(['Aleppo']);
    expect(at('Iranian officials in Iranian cities denied it.').filter((p) => p.includes('peoples')).length).toBe(1);
    expect(at('Iranian officials denied the report.')).toEqual([]);
  });
});

describe('country names kept by analysts', () => {
  it("the press's bare Congo is the DR Congo; the Republic of Congo is named in full", () => {
    const cc = (t: string) => findPlaces(t, { focus: [], taken: [] }).map((p) => p.place.country_code);
    expect(cc('Militiamen burned a clinic in eastern Congo overnight.')).toEqual(['CD']);
    expect(cc('Floods struck a suburb in the Republic of Congo.')).toEqual(['CG']);
  });
});

describe('places named as a cause', () => {
  it('"demanding action over Gaza" is what a crowd wants, not where it is (p-grievance); "drones over Kyiv" is a place', () => {
    expect(findPlaces('Marches spread across the country, with crowds demanding international action over Gaza.', { focus: [], taken: [] })).toEqual([]);
    expect(findPlaces('Air defences downed two drones over Kyiv.', { focus: [], taken: [] }).map((p) => p.place.name)).toEqual(['Kyiv']);
  });
  it('"tied the assault to US support for Israel\'s war in Gaza" names no place of the assault', () => {
    expect(findPlaces('The group said two drones had targeted the base, and tied the assault to US support for the war in Gaza.', { focus: [], taken: [] })).toEqual([]);
  });
});

describe('capitals', () => {
  it('a village named after another region is no capital of it; a national capital is one', async () => {
    const { placesByKey } = await import('./gazetteer.js');
    expect(placesByKey('sinaloa').find((r) => r.admin1 === 'Chiapas')?.kind).toBe('town');
    expect(placesByKey('sanaa').find((r) => r.kind !== 'region')?.kind).toBe('capital');
    // a village of no people called "Panama City" is not the capital GeoNames files as "Panama"
    expect(placesByKey('panama city').filter((r) => r.cc === 'PA').map((r) => [r.name, r.kind])).toEqual(expect.arrayContaining([['Panama City', 'town'], ['Panama', 'capital']]));
  });
  it('a name the text says is no mention of a same-named region that holds a town of a longer name', () => {
    const text = 'Looters emptied shops across the capital, Santiago, overnight.';
    const found = findPlaces(text, { focus: [], taken: [], names: capitalisedNames(text) });
    expect(found.map((p) => [p.place.name, p.place.country_code])).toEqual([['Santiago', 'CL']]);
  });
});

describe('a range named after a town', () => {
  it('"the DIG of the Bannu Range" is no place of the act', () => {
    expect(places('Three shops were torched, the DIG of the Bannu Range said.', ['PK'])).toEqual([]);
  });
});

describe('streets named together', () => {
  it('"Kandahar and Baker streets" is no town of Kandahar', () => {
    expect(places('Riot police blocked off Kandahar and Baker streets near the rally.', ['GB'])).toEqual([]);
  });
});

describe('the streets of a town', () => {
  it('"took to the streets of Garoua" is in Garoua', () => {
    expect(places('Opposition supporters took to the streets of Garoua on Sunday.', ['CM']).map((p) => p.slice(0, 3))).toEqual([['Garoua', 'CM', 1]]);
  });
});

describe('a town\'s countryside', () => {
  it('"Kobani\'s southern countryside, hitting areas near Tishreen Dam": the place in that area is where', () => {
    expect(places('Turkish warplanes struck Kobani\'s southern countryside, hitting areas near Karakozak Bridge and Tishreen Dam.', ['SY']).map((p) => p[0])).toEqual(['Tishreen Dam']);
    expect(places('Turkish warplanes struck Kobani\'s southern countryside on Saturday.', ['SY']).map((p) => p[0])).toEqual(['Kobani']);
  });
});

describe('the far side of a border', () => {
  it('"on the border with Ukraine\'s Sumy region" names where it did not happen', () => {
    expect(places('The assault hit villages that sit on the border with Ukraine\'s northeastern Sumy region.').map((p) => p[3])).toEqual([true]);
  });
  it('"near Tower 22 in Jordan, close to the border with Syria": Jordan is the place, Syria is not', () => {
    expect(places('A drone hit a post in Jordan, near the border with Syria.')).toEqual([['Jordan', 'JO', 3, false]]);
  });
});

describe('settlement words before a name', () => {
  it('"in the capital Dhaka", "in the north-central district of Pabna"', () => {
    expect(places('In the capital Dhaka, at least 11 people were killed.', ['BD']).map((p) => p[0])).toEqual(['Dhaka']);
    expect(places('Clashes broke out in the north-central district of Pabna.', ['BD']).map((p) => p[0])).toEqual(['Pabna']);
  });
});

describe('a country word that begins a name', () => {
  it('"Palestine Street", "the Saudi Hospital" are not the countries', () => {
    expect(places('A drone hit a building on Palestine Street in eastern Baghdad.', ['IQ']).map((p) => p[0])).toEqual(['Baghdad']);
    expect(places('The bombing of the Saudi Hospital in El Fasher destroyed its emergency building.', ['SD']).map((p) => p[1])).not.toContain('SA');
  });
});

describe('the GeoNames cities500 gazetteer', () => {
  it('reads the other spellings GeoNames lists for a town ("Jableh" is Jablah, "Poonch" is Punch)', () => {
    expect(places('Gunmen ambushed a patrol in Jableh.')[0]?.slice(0, 2)).toEqual(['Jablah', 'SY']);
    expect(places('Shells fell on homes in Poonch.', ['IN'])[0]?.slice(0, 2)).toEqual(['Punch', 'IN']);
  });
  it('a town named after its region is that region\'s seat ("the port city of Chittagong")', () => {
    expect(places('Three people were killed in the port city of Chittagong.')[0]?.slice(0, 3)).toEqual(['Chattogram', 'BD', 1]);
  });
  it('never an alternate name that another place carries as its own, or that spells another name', () => {
    expect(placesByKey('islamabad').map((r) => r.cc)).not.toContain('BD'); // listed among Chattogram's names
    expect(placesByKey('africa').map((r) => r.name)).not.toContain('Mahdia'); // Mahdia's old name
  });
  it('a village of a few hundred people counts only in the article\'s main country', () => {
    const text = 'Ncoripo is 25 km northeast of Ravia, where insurgents showed up on 29 January.';
    expect(findPlaces(text, { focus: ['MZ', 'US'], taken: [], named: new Set(['MZ', 'US']) })).toEqual([]);
    expect(findPlaces(text, { focus: ['US'], taken: [], named: new Set(['US']) })[0]?.place.name).toBe('Ravia');
  });
  it('among same-named towns of one country, the larger wins', () => {
    expect(places('Drones hit a depot in Otradnoye.', ['RU'])[0]?.[1]).toBe('RU');
  });
});

describe('compass regions', () => {
  it('"North", "South", "West" are regions only with a region word after them, in a named country', () => {
    expect(places('Soldiers were deployed across the West after the vote.')).toEqual([]);
    expect(places('The violence erupting across the South American nation spread.')).toEqual([]);
    const cameroon = findPlaces('Separatists attacked a school in the North-West and South-West regions.', { focus: ['CM'], taken: [], named: new Set(['CM']) });
    expect(cameroon.map((p) => `${p.place.name} ${p.place.country_code}`)).toEqual(['North-West CM', 'South-West CM']);
    expect(findPlaces('Separatists attacked a school in the North-West region.', { focus: ['GB'], taken: [], named: new Set(['GB']) })).toEqual([]);
  });
});

describe('a capital said without its name', () => {
  const at = (text: string, focus: string[] = []) => findPlaces(text, { focus, taken: [] }).map((p) => [p.place.name, p.place.geo_precision, p.rule]);
  it('"the Afghan capital", "Somalia\'s capital" are the towns, as precise as their names', () => {
    expect(at('A suicide bomber killed the minister in the Afghan capital on Wednesday.')).toEqual([['Kabul', 1, 'p-national-capital']]);
    expect(at('Gunmen attacked a hotel in Somalia\'s capital.')).toEqual([['Mogadishu', 1, 'p-national-capital']]);
    expect(at('Drones hit the outskirts of the Ukrainian capital overnight.')).toEqual([['Kyiv', 2, 'p-national-capital']]);
  });
  it('"in the capital" is the capital of the article\'s country', () => {
    expect(at('Protesters marched in the capital on Thursday.', ['ID'])).toEqual([['Jakarta', 1, 'p-national-capital']]);
  });
  it('not a provincial capital, and not when the name follows', () => {
    expect(at('A mob torched a building in an Indonesian provincial capital.', ['ID'])).toEqual([]);
    expect(at('Clashes erupted in the capital, Caracas, on Monday.').map((p) => p[2])).toEqual(['p-capital']);
  });
});

describe('p-legislature: a house of a legislature said for its town', () => {
  const at = (text: string, focus: string[] = [], names?: Set<string>) => findPlaces(text, { focus, taken: [], ...(names ? { names } : {}) }).map((p) => [p.place.name, p.place.geo_precision, p.rule]);
  it('"outside Congress", "around parliament", "stormed the Knesset" are the towns the houses sit in', () => {
    expect(at('Riot police pushed marchers back from Congress late on Tuesday.', ['AR'])).toEqual([['Buenos Aires', 1, 'p-legislature']]);
    expect(at('Scuffles broke out around parliament as the vote went ahead.', ['KE'])).toEqual([['Nairobi', 1, 'p-legislature']]);
    expect(at('Hundreds of settlers stormed the Knesset gates.')).toEqual([['Jerusalem', 1, 'p-legislature']]);
    expect(at('Farmers dumped manure outside parliament.', ['ZA'])).toEqual([['Cape Town', 1, 'p-legislature']]);
    expect(at('Chilean students camped near Congress.')).toEqual([['Valparaiso', 2, 'p-legislature']]);
  });
  it('not a party, another house, a country without a Congress, or a town the sentence or article names', () => {
    expect(at('Stones were thrown at Congress workers in the market.', ['IN'])).toEqual([]);
    expect(at('Youths clashed with police outside Congress.', ['IN'])).toEqual([]);
    expect(at('Activists rallied outside the European Parliament.', ['BE'])).toEqual([]);
    expect(at('Students marched to parliament in Tbilisi.', ['GE']).map((p) => p[2])).toEqual(['p-capital']);
    expect(at('Police fired tear gas outside parliament.', ['GR'], new Set(['athens']))).toEqual([]);
  });
});

describe('a town as the subject of being hit', () => {
  it('at the start of the sentence, of a clause or of a reported clause', () => {
    expect(places('Kyiv came under attack overnight.').map((p) => p[0])).toEqual(['Kyiv']);
    expect(places('The commission said it had credible reports that Finote Selam had come under shelling.').map((p) => p[0])).toEqual(['Finote Selam']);
  });
  it('not as the object of a verb', () => {
    expect(places('The minister visited Kyiv was hit hard by the news.')).toEqual([]);
  });
});

describe('a town named as the act it stands for', () => {
  it('"the April 22 Pahalgam terror attack", "Sunday\'s Kidal ambush" are placed at the town', () => {
    expect(places('It was the deadliest since the April 22 Pahalgam terror attack.', ['IN']).map((p) => p[1])).toEqual(['IN']);
    expect(places('Hitting back for Sunday\'s Kidal ambush, the army bombed camps.').map((p) => p[0])).toEqual(['Kidal']);
  });
  it('a country before the act is its attacker, not its place ("any US attack")', () => {
    expect(places('The leader said that any US attack would not go unanswered.')).toEqual([]);
  });
});

describe('a part of a country told with its possessive', () => {
  it('"in Niger\'s west", "in Syria\'s far north-east" are the country', () => {
    expect(places('Jihadists killed 12 soldiers in Niger\'s west on Monday.')).toEqual([['Niger', 'NE', 3, false]]);
    expect(places('Clashes broke out in Syria\'s far north-east.').map((p) => p[1])).toEqual(['SY']);
  });
  it('not a country\'s army, nor before the name of its region', () => {
    expect(places('Fighting in Russia\'s army ranks was reported.')).toEqual([]);
    expect(places('Jihadists attacked a post in Niger\'s western Tillaberi region.').map((p) => p[0])).toEqual(['Tillabéri']);
  });
});

describe('places far from the article\'s countries', () => {
  const named = (text: string, countries: string[]) => findPlaces(text, { focus: countries, taken: [], named: new Set(countries) }).map((p) => p.place.country_code);
  it('a region or regional capital of a country neither named nor bordering one named is another place of the name', () => {
    expect(named('Israeli jets struck Gaza overnight, the army said.', ['IL'])).not.toContain('MZ');
  });
  it('one of a neighbour of a named country is still found, and so is a national capital anywhere', () => {
    expect(named('Russian drones hit Kharkiv overnight.', ['RU'])).toEqual(['UA']);
    expect(named('Exiles marched in Paris on Saturday against the junta.', ['ML'])).toEqual(['FR']);
  });
});

describe('admin2 districts', () => {
  const at = (text: string, focus: string[] = []) => findPlaces(text, { focus, taken: [], named: focus.length ? new Set(focus) : undefined })
    .map((p) => [p.place.name, p.place.admin1, p.place.country_code, p.place.geo_precision, p.rule]);
  it('"X district", "X County", "X LGA" is the district, with precision 2, not a town named X', () => {
    expect(at('A shooting in Clay County killed two, Florida police said.')).toEqual([['Clay', 'Florida', 'US', 2, 'p-district']]);
    expect(at('Gunmen attacked a village in Igabi LGA of Kaduna State.')[0]).toEqual(['Igabi', 'Kaduna', 'NG', 2, 'p-district']);
  });
  it('"X Local Government Area" is the district: the word is read in full', () => {
    expect(at('Bandits raided a farm in Kuru village, Igabi Local Government Area of Kaduna State.', ['NG'])[0]).toEqual(['Igabi', 'Kaduna', 'NG', 2, 'p-district']);
  });
  it('a district GeoNames calls an agency, a zone or a division is found by its bare name', () => {
    // GeoNames' "Bājaur Agency", "Khyber Agency": the former tribal agencies are districts now
    expect(at('A roadside bomb hit a police van in Bajaur district.', ['PK'])[0]?.slice(0, 3)).toEqual(['Bajaur', 'Khyber Pakhtunkhwa', 'PK']);
    expect(at('Militants fired on a checkpoint in Khyber district.', ['PK'])[0]?.slice(2)).toEqual(['PK', 2, 'p-district']);
  });
  it('a district is its own admin2 for the exports', () => {
    const p = findPlaces('Gunmen attacked a village in Igabi LGA of Kaduna State.', { focus: [], taken: [] })[0]!.place;
    expect(admin2At(p.country_code!, p.lat!, p.lon!)).toBe('Igabi');
  });
  it('a district named after its seat is spelt as the seat is', () => {
    expect(at('Pakistani shelling hit Poonch district.', ['IN'])[0]?.slice(2)).toEqual(['IN', 2, 'p-district']);
  });
  it('a district GeoNames names with its word in one country and without it in another is either (p-district-word)', () => {
    // GeoNames keys Pakistan's "Poonch District" with its word, India's Punch district without it
    expect(at('Gunmen fired on a patrol in the Mendhar area of Poonch district.', ['IN', 'PK'])[0]?.slice(0, 3)).toEqual(['Punch', 'Jammu and Kashmir', 'IN']);
    expect(at('Gunmen fired on a patrol in Poonch district.', ['PK', 'IN'])[0]?.slice(0, 3)).toEqual(['Poonch', 'Azad Kashmir', 'PK']);
  });
  it('a district said with its word before it and "of" is the district (p-area-of)', () => {
    expect(at('Troops killed a rebel commander in the southern province of Bukidnon.', ['PH'])).toEqual([['Bukidnon', 'Northern Mindanao', 'PH', 2, 'p-district']]);
    // no word for an area before it, nor a bare locative: no district
    expect(at('Troops killed a rebel commander in the southern part of Bukidnon.', ['PH'])).toEqual([]);
  });
  it('a district named after a town of it is spelt as the town is, and takes the alias file\'s names', () => {
    expect(at('Shells fell on forward areas of Rajouri district.', ['IN'])).toEqual([['Rajauri', 'Jammu and Kashmir', 'IN', 2, 'p-district']]);
    expect(at('Terrorists seized a train in the Bolan district of Balochistan.', ['PK'])).toEqual([['Kachhi', 'Balochistan', 'PK', 2, 'p-district']]);
    expect(at('Two people were killed in the northern district of Bogura.', ['BD'])[0]?.slice(0, 3)).toEqual(['Bogra', 'Rajshahi', 'BD']);
  });
  it('a place said to be in another ("X district in the Y region") is one place, and a list goes on past it', () => {
    expect(at('It hit Rajouri district in the Jammu region, and the Uri sector.', ['IN']).map((p) => p[0])).toEqual(['Rajauri', 'Uri']);
    expect(at('A drone hit a house in Shebekino in Belgorod district.', ['RU']).map((p) => p[0])).toEqual(['Shebekino']);
  });
  it('a district GeoNames names with a word before it ("Cercle de Niono") is found by its bare name and the local word for district', () => {
    expect(at('Jihadists attacked a village in Niono cercle on Monday.', ['ML'])).toEqual([['Niono', 'Ségou', 'ML', 2, 'p-district']]);
  });
  it('a district with no region of its name is what the press calls "the X region"', () => {
    expect(at('Men on mopeds fired at police in the Rhône region last night.', ['FR'])).toEqual([['Rhone', 'Auvergne-Rhône-Alpes', 'FR', 2, 'p-district']]);
    expect(at('Gunmen attacked a village in the Tillaberi region.', ['NE'])[0]?.[4]).toBe('p-region');
  });
  it('an apposition is no part of the name ("In Poonch, the district hit hardest" is not "Poonch District")', () => {
    expect(at('In Poonch, the district hit hardest, nine people were killed.', ['PK', 'IN'])).toEqual([['Punch', 'Jammu and Kashmir', 'IN', 1, 'p-town']]);
  });
  it('without a word for district the name is the town, even inside the district\'s name', () => {
    expect(at('Terrorists attacked the police station in Lakki Marwat at midnight.', ['PK'])).toEqual([['Lakki', 'Khyber Pakhtunkhwa', 'PK', 1, 'p-town']]);
  });
  it('a name the article\'s countries hold only as a district is the district without its word (p-bare-district)', () => {
    expect(at('Two soldiers died when a mine went off in North Waziristan on Monday.', ['PK'])).toEqual([['North Waziristan', 'Khyber Pakhtunkhwa', 'PK', 3, 'p-bare-district']]);
    // not in a country the article does not name, nor as the first word of a longer name
    expect(at('Two soldiers died when a mine went off in North Waziristan on Monday.', ['AF'])).toEqual([]);
    expect(at('Shopkeepers struck in the Grand Bazaar on Monday.', ['US'])).toEqual([]);
  });
  it('a district in a country the article does not name is another place', () => {
    expect(at('The assault, in a village near Zakho district, opened with a car bomb.', ['SO'])).toEqual([]);
  });
});

describe('a quarter GeoNames lists as a town of a great city (p-quarter-elsewhere)', () => {
  const at = (text: string, names: string) => findPlaces(text, { focus: ['PK'], taken: [], named: new Set(['PK']), names: capitalisedNames(names) }).map((p) => p.place.name);
  it('is no place of a story that never names that city: another city has a quarter of the name', () => {
    expect(at('A van blew up at the gate of a compound in Model Town on Monday.', 'Peshawar Model Town')).toEqual([]);
  });
  it('is the quarter in a story that names its city', () => {
    expect(at('A van blew up at the gate of a compound in Model Town on Monday.', 'Lahore Model Town')).toEqual(['Model Town']);
  });
});

describe('spellings of two-word names', () => {
  const at = (text: string, focus: string[]) => findPlaces(text, { focus, taken: [], named: new Set(focus) }).map((p) => [p.place.name, p.place.country_code]);
  it('a two-word name written as one word is the place ("Fuladshahr" is GeoNames\' "Fulad Shahr")', () => {
    expect(at('Shopkeepers marched in Fuladshahr on Thursday evening.', ['IR'])).toEqual([['Fulad Shahr', 'IR']]);
  });
  it('a name ending in a word of name-parts.txt written apart is the place ("Dhir Kot" is GeoNames\' "Dhirkot")', () => {
    expect(at('Armed men opened fire on a police post in Dhir Kot on Tuesday.', ['PK'])).toEqual([['Dhirkot', 'PK']]);
  });
  it('Ethiopia\'s regions go by the press\'s names ("Oromia", "Benishangul-Gumuz")', () => {
    expect(at('Gunmen killed farmers in the Oromia region.', ['ET'])).toEqual([['Oromiya', 'ET']]);
    expect(at('Clashes broke out in the Benishangul-Gumuz region.', ['ET'])).toEqual([['Bīnshangul Gumuz', 'ET']]);
  });
});

describe('the region the article names', () => {
  const admin1 = (regions?: string[]) => findPlaces('Gunmen shot two people in Alexandria on Monday.', { focus: ['US', 'EG'], taken: [], regions: regions && new Set(regions) })[0]?.place.admin1;
  it('"Alexandria" in a story about Louisiana is Louisiana\'s', () => {
    expect(admin1()).not.toBe('Louisiana');
    expect(admin1(['louisiana'])).toBe('Louisiana');
  });
});

describe('a national capital', () => {
  it('names its country although a town elsewhere has its name ("Kabul" is also a town in Israel)', () => {
    expect(findPlaces('Gunmen attacked a checkpoint in Kabul.', { focus: [], taken: [] }).map((p) => [p.place.country_code, p.ambiguous])).toEqual([['AF', false]]);
  });
  it('a dateline\'s town is found by its bare name', () => {
    expect(townNamed('KABUL', { focus: [], taken: [] })?.country_code).toBe('AF');
    expect(townNamed('Afghanistan', { focus: [], taken: [] })).toBeNull();
  });
});

describe('a town\'s name inside a street\'s or building\'s', () => {
  it('"Kherson Street in Kyiv", "the Baghdad Hotel in Mogadishu" are in the place named after them', () => {
    expect(places('Gunmen killed five people on Kherson Street in Kyiv on Monday.').map((p) => p[0])).toEqual(['Kyiv']);
    expect(places('A blast hit the Baghdad Hotel in Mogadishu.').map((p) => p[0])).toEqual(['Mogadishu']);
  });
  it('p-region-capital: a region\'s capital said by its people\'s word is the town, not a town of the word\'s spelling', () => {
    expect(places('Some 900 people marched in the heart of the Catalan capital on Friday.')).toEqual([['Barcelona', 'ES', 1, false]]);
    expect(places('Police fired tear gas near the Sicilian capital.')).toEqual([['Palermo', 'IT', 2, false]]);
  });
  it('a protest ground sites.tsv lists is placed at itself, in its country', () => {
    expect(places('Nurses held a sit-in at Jantar Mantar on Monday.')[0]?.slice(0, 3)).toEqual(['Jantar Mantar', 'IN', 1]);
  });
  it('a square or a street named after a town is in the city the text names, not in that town', () => {
    // (the capital, which GeoNames files as Ulan Bator, not the region of its name)
    expect(places('Protesters gathered at Sukhbaatar Square in the capital, Ulaanbaatar.').map((p) => p[0])).toEqual(['Ulan Bator']);
    expect(places('Police dispersed a rally on Aden Street on Friday.')).toEqual([]);
    expect(places("A car bomb went off near a checkpoint on Karachi's Hyderabad Road.").map((p) => p[0])).toEqual(['Karachi']);
  });
  it('"near Kabul University" is in Kabul', () => {
    expect(places('A bomb exploded near Kabul University on Monday.').map((p) => p[0])).toEqual(['Kabul']);
  });
});

describe('names that are no place of the act', () => {
  it('a name in an office\'s or a library\'s name is not a place', () => {
    expect(places('The Ministry of Home Affairs blamed the organisers for the riot.')).toEqual([]);
    expect(places('A crowd gathered in front of the State Library of Victoria at noon.')).toEqual([]);
    expect(places('Protesters gathered at Home Affairs headquarters.')).toEqual([]);
    // p-see
    expect(places('According to the Anglican Diocese of Jos, the gunmen took eleven pupils.')).toEqual([]);
  });
  it('a senatorial district named after a state is not the country of the name', () => {
    expect(places('Bandits raided villages in the Niger North Senatorial District overnight.').map((p) => p[1])).not.toContain('NE');
  });
  it('a name whose lynching or murder is protested is a person', () => {
    expect(places('Students marched against Mamun\'s lynching on Friday.')).toEqual([]);
    expect(places('Students marched against the killing of Ali in Khagrachhari on Friday.').map((p) => p[0])).toEqual(['Khagrachhari']);
  });
});

describe('national capitals that name their country', () => {
  it('a capital no larger place abroad shares names its country, wherever it is said', () => {
    expect(countriesNamed('Traders in Nairobi\'s business district shut their shops.')).toEqual(['KE']);
  });
  it('a capital whose name is a larger place abroad names no country', () => {
    // Australia's state and Canada's city of Victoria are larger than the Seychelles' capital
    expect(countriesNamed('Police closed the roads around Victoria.')).toEqual([]);
    expect(findPlaces('Protesters marched in Victoria on Sunday.', { focus: [], taken: [] })[0]?.ambiguous).toBe(true);
    expect(findPlaces('Protesters marched in Victoria on Sunday.', { focus: ['AU'], taken: [], named: new Set(['AU']) })[0]?.place.country_code).toBe('AU');
  });
});

describe('places the gazetteer lacks, then the area they are in', () => {
  const named = (text: string, cc: string) =>
    findPlaces(text, { focus: [cc], taken: [], named: new Set([cc]) }).map((p) => [p.place.name, p.place.country_code]);
  it('a district after a village and its municipality, both unknown, is where it happened', () => {
    expect(named('Soldiers were ambushed in Barangay Qorvandel 2, Sitio Talumbrix, Maguindanao del Sur, on Sunday.', 'PH')).toEqual([['Maguindanao del Sur', 'PH']]);
    expect(named('Troops clashed with gunmen in Qorvandel, a remote village of Talumbrix, Maguindanao del Sur.', 'PH')).toEqual([['Maguindanao del Sur', 'PH']]);
  });
  it('a bare district with no locative word and no unknown place before it is still no place', () => {
    expect(named('Maguindanao del Sur, officials said, was calm.', 'PH')).toEqual([]);
  });
});

describe('a place set apart among the places a plural noun names (p-among-them)', () => {
  it('"major cities, X among them" names X as a place', () => {
    expect(places('Major cities, Mombasa among them, saw looting on Monday.', ['KE']).map((p) => p[0])).toEqual(['Mombasa']);
    expect(places('Rallies shook towns across the country, the capital Nairobi included, on Friday.', ['KE']).map((p) => p[0])).toEqual(['Nairobi']);
  });
  it('a name that only stands beside "among them" with no places before it is no place', () => {
    expect(places('The ministers, Mombasa among them, met on Monday.', ['KE'])).toEqual([]);
  });
  it('"Federal" of a force\'s or a capital\'s name is no town', () => {
    expect(places('A line of the Federal Police cleared the avenue.', ['AR'])).toEqual([]);
  });
});

describe('the Philippines\' words for a village and its parts', () => {
  it('"Sitio" before a village\'s name is no town of its own', () => {
    expect(findPlaces('The patrol base in Sitio Qorvandel was attacked at dawn.', { focus: ['PH'], taken: [], named: new Set(['PH']) })).toEqual([]);
  });
});
