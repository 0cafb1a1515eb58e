// Finds the places a piece of text names and resolves each to coordinates with an ACLED geo_precision:
// countries (and "northern Iraq"), admin1 regions, towns, and curated sites. Towns need a locative word
// before them ("in", "near", "struck") unless they are regional capitals or sites: GeoNames holds a town
// for almost every capitalised word, and "Austin said" is not a place.
import { normaliseName, normaliseRecurring } from '../../read/normalise.js';
import { findSpans, tokenize, type SpanIndex, type SpanMatch, type Token } from '../../read/tokens.js';
import type { Place } from '../../types.js';
import { z } from 'zod';
import { readTable, readTsv } from '../../util/data-files.js';
import { countryByCode, countryByDemonym, countryByKey, countryByName, isPlaceStopword, neighboursOf, placeNameContinues, placesByKey, type Country, type GazRecord } from './gazetteer.js';

export interface PlaceMatch {
  place: Place;
  index: number;
  end: number;
  /** "from X": where a weapon came from, not where it hit */
  origin: boolean;
  /** the name stands for places in more than one country */
  ambiguous: boolean;
  /** the name stands for places in more than one region of the place's country ("Bijapur" of Karnataka and of Chhattisgarh) */
  otherRegion?: boolean;
  /** "40 kilometres west of the capital Tripoli": a town a distance is counted from, a landmark near the site */
  landmark?: boolean;
  /** "Torre Pacheco, in the Murcia region": the town was placed by its own region named after it, which tells its country */
  placedIn?: boolean;
  rule: string;
}

export interface PlaceContext {
  /** ISO codes of the countries the article is about, most mentioned first */
  focus: string[];
  /** places the article names without ambiguity: a same-named candidate near them is the likelier one */
  anchors?: Array<{ lat: number; lon: number }>;
  /** spans already taken by actor names ("Islamic Resistance in Iraq") */
  taken: Array<[number, number]>;
  /** countries the article names (as a country, people, region, capital or site): a town elsewhere is another place of the same name */
  named?: ReadonlySet<string>;
  /** admin1 regions the article names (normalised): "Alexandria" in a story about Louisiana is Louisiana's */
  regions?: ReadonlySet<string>;
  /** the capitalised names the article uses, normalised (capitalisedNames): "Epping" in a story that says "Essex" is the English one */
  names?: ReadonlySet<string>;
}

// "near the state capital Culiacan", "the provincial capital Kandahar": a region's capital named after its word
const LOCATIVE = /\b(include|included|in|at|near|outside|around|across|over|from|toward|towards|into|on|against|inside|of|targeting|targeted|struck|hit|shelled|bombed|attacked|within|via|through|off|entered|captured|recaptured|seized|overran|stormed|besieged|retook)\s+(the\s+|an?\s+)?([A-Z][\w-]*['’]s\s+)?([\w]+-(controlled|held|occupied|besieged|run)\s+)?((neighbou?ring|nearby|restive|war-torn|war-ravaged|conflict-hit|downtown|uptown|midtown)\s+)?((northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(([a-z][a-z-]*\s+){0,2}(town|city|village|district|province|region|area|governorate|outskirts|suburb|port|base)\s+of\s+|((state|provincial|regional|district|county|departmental)\s+)?(capital|capital city|port city)\s+)?$/i;
// "in North Waziristan, Pakistan": a name the gazetteer lacks, then its country, after a locative word
const UNKNOWN_NAME_THEN = /(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s+$/u;
function afterUnknownName(before: string): boolean {
  const name = UNKNOWN_NAME_THEN.exec(before);
  if (!name) return false;
  // the name's own words say where: "officials in Islamabad, Pakistan" tell where they sit, not where it happened
  const ahead = before.slice(0, name.index);
  return LOCATIVE.test(ahead) && !SPEAKER_SEAT.test(ahead) && !SEAT_OF.test(ahead) && !NOT_WHERE.test(ahead) && !WAR_IN.test(ahead);
}
// "the Israeli town of", "the Lebanese village of", "the nearby city of", "the border city of", "Dagestan's regional capital of":
// a settlement word and "of" say a place follows, whatever verb comes before
// "took to the streets of Garoua": the streets of a town are in it
// "the village of Mann": a country's other name (Mann is the Isle of Man's) after a village's or town's "of" names the village
const SMALL_SETTLEMENT_OF = /\b(village|town|hamlet|suburb|locality|township)\s+of\s+$/i;
const NAMED_SETTLEMENT = /\b(the|a|[A-Z][\w-]*['’]s)\s+([A-Za-z][\w-]*\s+){0,2}(town|city|village|port|base|suburb|district|capital|streets)\s+of\s+$/;
// "riots swept cities such as Manchester, Hull and Stoke", "rallies in cities including Nairobi and Nakuru":
// places a plural noun of places opens a list of are where it happened
const PLACES_SUCH_AS = /\b(cities|towns|villages|places|areas|locations|districts|provinces|regions|states|counties|capitals)\s*,?\s+(such as|like|including|among them|notably)\s+$/i;
// "Major cities, Paris among them, have seen unrest", "cities across the country, the capital Jakarta included":
// a name a plural noun of places sets apart as one of them is one of the places where it happened (p-among-them)
const PLACES_BEFORE_AMONG = /\b(cities|towns|villages|places|areas|regions|provinces|states|capitals)\b[^.;:]{0,40},\s+((the\s+)?([a-z]+\s+)?(capital|city|town|port)\s+)?$/i;
const AMONG_THEM_AFTER = /^\s*,?\s+(among them|included|in particular)\b/i;
// "Dar es Salaam, Tanzania's largest city, ...", "Goma, the regional capital": an apposition says the name is a settlement's
const SETTLEMENT_APPOSITION = /^,\s+(the|a|an|\p{Lu}[\p{L}-]*['’]s)\s+([\p{L}-]+\s+){0,3}(city|town|village|capital|port|hub)\b/u;
// "between Amalfi and Anorí": two towns that bound the place (not "fighting between Bamako and separatists",
// "tensions between Baku and Moscow", "the war between Israel and Hamas": sides, not places)
const BETWEEN = /\bbetween\s+$/i;
// "since Solhan, in the north-east, where a massacre killed 160": a name a relative "where" hangs on is a place
// (p-where-after)
const WHERE_AFTER = /^(?:,\s+[^,.;]{1,40})?,\s+where\s/;
// ("Hart Street, where": the last word of a longer name)
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]*\s+$/u;
const BETWEEN_TOWN_AND = /^\s+and\s+\p{Lu}/u;
// ("40 kilometres west of the capital Tripoli": the town a distance is counted from, by its kind; "the nearby
// city of Derbent", "in nearby Goma": an adjective, the town itself)
const RELATIVE = /\b(near|(?<!\b(?:the|a|in|at|to|into)\s+)nearby|close to|outside|on the outskirts of|outskirts of|in the vicinity of|vicinity of|around|not far from|(\d[\d,.]*|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of) (km|kilometers|kilometres|miles|nautical miles|mi)\s+(\([^)]*\)\s+)?((to the )?(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(ern)?\s+)?(of|from)|(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of)\s+(the\s+)?((town|city|village)\s+of\s+|((economic|national|provincial|regional|state|district)\s+)?(capital|city|town|port)(\s+city)?,?\s+)?$/i;
// p-continent: "the largest open-pit mine in Central America", "across Latin America": a capitalised word of the
// compass or "Latin" before America names a continent, not a part of the United States ("central United States")
const CONTINENT_BEFORE = /\b(Central|South|North|Latin)\s+$/;
const DIRECTION = /\b(northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|northeast|northwest|southeast|southwest)\s+$/i;
// "at US and coalition forces", "attacks on US troops": the country names a party, not a place
const FORCES_AFTER = /^\s*((and|or|,\s*and)\s+([\w-]+\s+){0,2})?(forces|troops|personnel|military|army|bases?|officials|soldiers|service|servicemembers|interests|assets|warships?|navy|drones?|(air)?strikes|embassy|(high\s+)?commission|consulate|diplomats|citizens|nationals)\b/i;
// p-mission-of: "went after the embassies of Belgium and the United States": the country whose mission it is
// names a party, as in "the Belgian embassy", not where the act happened (the mission's own city does)
const MISSION_OF = /\b(embass(y|ies)|consulates?|(high\s+)?commissions?|diplomatic\s+missions?)\s+of\s+(the\s+)?$/i;
// "Kyiv came under attack", "reports that Finote Selam had come under shelling": a town as the subject of being hit
// "Marrakech, the country's tourist hub, saw violent confrontations": the place as the subject of witnessing them
// ("Nantes and Rennes also saw clashes": an adverb may stand before the verb; "Taroudant, usually calm, also
// erupted, with demonstrators clashing": a town that erupted is where the unrest was)
const PLACE_AS_SUBJECT = /^(,[^,.]{1,50},)?\s+((had|has|have)\s+)?((also|too|again|likewise|then)\s+)?(came under|comes under|come under|was (hit|attacked|struck|targeted|shelled|bombed|rocked)|(has|had) been (hit|attacked|struck|targeted|shelled)|saw|sees|(has|have|had) seen|witnessed|(has|have|had) witnessed|erupted)\b/i;
// where a subject starts: the sentence's start, a clause's, or a reported clause's ("said that ...")
const SUBJECT_START = /(^|[,;:]\s+|\bthat\s+)\W*$/;
// "Nantes, Bordeaux and Nancy also saw clashes": the first of a list of subjects is one by the list's verb
const SUBJECT_LIST = new RegExp(String.raw`^(?:\s*(?:,\s*and|,|and)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})*`, 'u');
// (a list ends with "and"; "Tarsus, Turkey, saw" is one town and its country)
const placeAsSubject = (after: string): boolean => {
  const list = SUBJECT_LIST.exec(after)![0];
  return PLACE_AS_SUBJECT.test(after) || (/\band\s*\S+/.test(list) && PLACE_AS_SUBJECT.test(after.slice(list.length)));
};
// a ship's flag or an owner's seat is not where the act happened
// "according to the health ministry in Ramallah": where a speaker sits, not where the act happened
// "A local official in Damascus told the AP", "our correspondent in Gaza said": the speaker's seat, when a
// verb of speech follows; an official in the capital speaks of the country, a governor in Kherson of Kherson
const SPEAKER_SEAT = /\b(officials?|spokes\w+|sources?|ministry|authorities|(correspondents?|reporters?|journalists?))\s+(in|at|from)\s+$/i;
// "his spokesman told reporters in New York", "briefed journalists at Geneva": where a speaker addressed an
// audience, not where the act happened
const SPEECH_VENUE = /\b(told|telling|briefed|briefing|addressed|addressing)\s+(the\s+|a\s+)?(reporters|journalists|the press|press|news conference|press conference|news briefing|press briefing|briefing|lawmakers|parliament|diplomats|envoys)\s+(in|at)\s+(the\s+)?$/i;
const SPEECH_AFTER = /^(\s*,?[^,.]{1,40},)?\s+(told|tells|said|says|reported|confirmed|announced)\b/i;
const SEAT_OF = /\b(according to|citing|quoting)\s+(the\s+)?([\w'’-]+\s+){0,3}(ministry|headquarters|embassy|agency|officials?|authorities|spokes\w+)\s+(in|at)\s+$/i;
// "tied the attack to the war in Gaza": a war or a cause named as a reason is no place of the act
// "Erdogan, who was alongside Putin at a summit in Kazan, called it a terrorist attack": a relative clause
// that says where a person was (not what was done to them) places the person, not the act (p-whereabouts)
const WHEREABOUTS = /,\s+who\s+(was|is|were|are|had been|has been)\s+(alongside|at|in|with|on|visiting|attending|meeting|travelling|traveling|hosting|present|speaking|staying)\b[^,.;:]{0,100}$/i;
// "protesters demanding international action over Gaza", "anger over Gaza": what a crowd is angry about,
// not where it is (p-grievance); "drones over Kyiv" is still a place
const GRIEVANCE_OVER = /\b(action|anger|outrage|fury|protests?|demonstrations?|rall(y|ies)|marches|demands?|concerns?|tensions?|dispute|row|grievances?|solidarity)\s+over\s+(the\s+)?$/i;
const WAR_IN = /\b(war|wars|conflict|genocide|crisis|aggression|occupation|siege|blockade|support for|solidarity with|people of)\s+(in|on|against|of|with)?\s*(the\s+)?$/i;
const NOT_WHERE = /\b(flagged|registered|flag|owned|operated|based|headquartered|flies the|sailing under the)\s+(in|by|of)?\s*(the\s+)?$/i;
// "Sepoy Zia Akram, a resident of Muzaffarabad", "the soldier belonged to Bajaur", "he hails from Swat": where a
// person lives or comes from, not where the act happened ("residents of Burqin", plural, may be the ones hit there)
// "Haqqani was born in 1966 in Paktia Province": a birthplace says where a person comes from too
// p-care-destination: "five others were wounded and evacuated to the Regional Institute of Medical Sciences in
// Imphal", "rushed to a hospital in Kano": where the hurt were taken for care is not where they were hurt
const CARE_BEFORE = /\b(?:evacuated|taken|rushed|airlifted|flown|moved|transferred|referred|admitted|treated|hospitali[sz]ed)\b[^.;]{0,90}?\b(?:hospitals?|institute|clinic|infirmary|medical (?:centre|center|college))\b[^.;,]{0,40}?\b(?:in|at)\s+(?:the\s+)?$/i;
const PERSON_FROM = /\b(an?\s+(resident|native|inhabitant)\s+of|(hails|hailed|hailing)\s+from|(belonged|belongs|belonging)\s+to|(he|she)\s+(was|is)\s+(originally\s+)?from|(born|raised|grew\s+up)(\s+and\s+(raised|bred))?(\s+(in|on)\s+(\d{1,2}\s+)?(\p{Lu}\p{Ll}+\s+)?(\d{1,2},?\s+)?\d{4})?\s+(in|at))\s+(the\s+)?$/iu;
// p-asylum-in: "Morales, who received asylum in Mexico, said a massacre had taken place": where a person found
// asylum or exile says where the person is, not where the act happened
const ASYLUM_IN = /\b(asylum|exile|refuge)\s+in\s+(the\s+)?$/i;
// "Joaquin "El Chapo" Guzman": a name in quotation marks between a person's names is a nickname
// "the Galgorm Road area", "towards the Clonavon Terrace area": a street word after a capitalised word ends a
// street's name, though GeoNames keeps the word as a town's name or alias (Street in Somerset, Terrace in British
// Columbia, "Road" for Rode) (p-street-word)
const STREET_WORD = /^(Street|Road|Avenue|Terrace|Lane|Boulevard|Drive|Crescent|Highway)$/i;
const NICKNAME_BEFORE = /\p{Lu}[\p{L}'’-]+\s+["“]$/u;
const NICKNAME_AFTER = /^["”]\s+\p{Lu}/u;
// "the city's Shevchenkivskyi district": a part of a place already named, whose name a quarter of another city
// may bear too
const PART_OF_NAMED = /\b(the|its)\s+(city|town|capital)['’]s\s+$/i;
// "the province's Shortepa district": a part of the region already named, which is that region's district of the
// name or no place the gazetteer knows (p-part-of-region)
const PART_OF_REGION = /\b(the|its)\s+(region|province|state|governorate|county)['’]s\s+$/i;
// "the Sea of Azov", "the Bay of Bengal": a sea or a cape named after a town is not the town
const WATER_OF = /\b(Sea|Gulf|Bay|Straits?|Lake|Isle|Cape)\s+of\s+$/;
// "the Ministry of Home Affairs", "the State Library of Victoria": the name of an office or a collection, whose
// seat is not where it happened (a state's library is in its capital, a ministry of the interior is no place);
// "the Catholic Diocese of Kontagora", "the Bishop of Sokoto": a church's see, named for its seat, speaks
// for villages far from it (p-see)
const OFFICE_OF = /\b(Ministry|Minister|Ministers|Department|Secretary|Library|Museum|Diocese|Archdiocese|Bishop|Archbishop)\s+of\s+(the\s+)?$/;
// "protest against Mamun's lynching": what befell a person of the name, who is no place (a town's "death toll" is its own)
const PERSON_FATE_AFTER = /^(['’]s)?\s+(lynching|murder|killing|assassination|death(?!\s+toll)|arrest|detention|abduction|kidnapping|funeral|release)\b/i;
const personsFate = (name: string, after: string): boolean => (/['’]s$/.test(name) || /^['’]s\b/.test(after)) && PERSON_FATE_AFTER.test(after);
// "Home Affairs", "Foreign Affairs": a word of an office's name, not a place
const OFFICE_AFTER = /^\s+Affairs\b/;
// "USS Carney", "the tanker Sophie II": a ship's name, not where it sailed
const SHIP = /\b(USS|HMS|INS|FS|HNLMS|M\/V|MV|M\.V\.|MT|M\/T|destroyer|frigate|vessel|ship|carrier|tanker|freighter|cargo ship|bulk carrier|container ship)\s+$/;
const SPEAKER = /\b(according to|said|told|citing|by)\s+(the\s+)?$/i;
// "Hasakah, a northeastern province of Syria"
const REGION_APPOSITION = /^,\s+(a|the)\s+([\w-]+\s+){0,2}(province|region|governorate|oblast|state)\b/i;
const REGION_WORD = /^\s*(region|province|governorate|oblast|state)\b/i;
// the words for an admin2 district: "Mambasa territory", "Igabi LGA", "Clay County", "Shebekinsky municipal district" (not "zone": "the Green Zone")
const DISTRICT_NOUN = '(district|municipal district|urban district|county|territory|lga|local government area|municipality|rayon|raion|department|prefecture|sub-?district|tehsil|upazila|cercle|woreda|commune|regency)';
const DISTRICT_WORD = new RegExp(`^\\s*${DISTRICT_NOUN}\\b`, 'i');
const ZONE_WORD = /^\s*(zone|division)\b/i;
// "Clay County", "Pishin District": GeoNames' own name of the district, the word included
const DISTRICT_NAMED = new RegExp(`\\b${DISTRICT_NOUN}$`, 'i');
// "AA-controlled Kyauktaw town", "the Saiton area": a word for a settlement after a name says it is one
const AREA_WORD = /^\s*(area|town|village|city|township)\b/i;
// "the Kirishi refinery", "Sunday's strike on the Tinzaouaten airport": a town named by a site it has
const FACILITY_AFTER = /^\s+(oil\s+)?(refinery|airport|air\s?base|airfield|depot|power\s+(plant|station)|prison|barracks|military\s+base|dam)\b/i;

// "in Colonia Miguel Hidalgo", "Barrio San José": Mexico's cities each have neighbourhoods of the same names, so
// one is the city's of the story, not the one GeoNames lists in another region; one the gazetteer lacks
// ("Colonia" alone) is no place of its own; the Philippines' words for a village and its parts ("Sitio Bagurot,
// Barangay San Jose") are the same kind of word ("Sitio" alone is no Latin American El Sitio)
const NEIGHBOURHOOD = /^(Colonia|Barrio|Fraccionamiento|Barangay|Sitio|Purok)\s+\p{Lu}/u;
const NEIGHBOURHOOD_WORD = /^(Colonia|Barrio|Fraccionamiento|Barangay|Sitio|Purok)$/;
// "Palestine Street in Baghdad", "the Saudi Hospital in El Fasher": a country word that begins a name
// "the Saudi Maternity Hospital": other words of the name may stand between; "the Niger North Senatorial District"
// is a constituency of Niger State, not the country
const NAME_AFTER = /^\s+(\p{Lu}[\p{L}'’-]*\s+){0,2}(Street|Road|Avenue|Square|Point|Chowk|Junction|Roundabout|Interchange|Crossroads|Bridge|Hospital|University|School|College|Hotel|Mosque|Church|Airways|Airlines|Bank|Tower|Park|Stadium|Cent(er|re)|Company|Corporation|Television|TV|News|Agency|Radio|Times|Post|Tribune|Herald|Embassy|Red Crescent|Red Cross|Senatorial District)\b/u;
// "near Zero Point on the highway", "at Faizabad Interchange": a crossing or landmark named after a town is in the city of the text
// ("Quetta's Mastung Road" too: a road a city names after the town it leads to is a street of the city)
const STREET_AFTER = /^\s+(Street|Road|Avenue|Square|Boulevard|Point|Chowk|Junction|Roundabout|Interchange|Crossroads)\b/;
// "on Kabul's Jalalabad Highway": a road or street a town's possessive owns is in that town, whichever town it is
// named for (STREET_AFTER already leaves a Road or Street named after a town; this also reaches highways and
// lanes, which NAME_AFTER does not list)
const OWNED_BEFORE = /\p{Lu}[\p{L}-]*['’]s\s+$/u;
const ROAD_AFTER = /^\s+(Road|Street|Avenue|Boulevard|Highway|Lane|Square)\b/;
// "the DIG of the Moradabad Range", "the Sulaiman Range": a police range (a command over several districts) or a
// mountain range named after a town is not the town
const RANGE_AFTER = /^\s+Range\b/;
// "closed off Flinders and Swanston streets": the first of streets named together is a street, not a town
const STREETS_AFTER = /^\s+(and|&)\s+\p{Lu}[\p{L}'’-]*\s+(streets|roads|avenues)\b/u;
// "the Pahalgam attack", "Sunday's Kidal ambush": a town named as the act it stands for (a country so
// placed is the attacker: "a US strike")
const ACT_AFTER = /^\s+(terror(ist)?\s+|suicide\s+|drone\s+|rocket\s+|missile\s+)?(attacks?|massacres?|bombings?|blasts?|strikes?|raids?|ambush(es)?|shootings?|killings?|explosions?|shelling|clash(es)?|offensive)\b/i;
const ACT_BEFORE = /\b(the|a|an|this|that|\w+['’]s)\s+([\w-]+\s+){0,2}$/i;
// "in Niger's west", "in Syria's far north-east": a part of the country, not a name after it ("Niger's Tillaberi region")
const PART_AFTER = /^(['’]s)?\s+(far\s+)?(north|south|east|west|centre|center|interior|heartland)(-?(east|west))?(ern)?\b(?!\s+\p{Lu})/u;
// "the RSF, whose nearest positions on the outskirts of Khartoum lie about 650 kilometres away": a place said to be far off is not where it happened
const FAR_AWAY = /^\s+(lies?|lay|is|are|sits?|was|were)\s+(about\s+|some\s+|around\s+|nearly\s+|roughly\s+|more than\s+|over\s+)?[\d,.]+\s*(km|kilometres|kilometers|miles)\s+away\b/i;
// "about 600 kilometers northwest of the capital, Port Moresby": a place that far off only says how remote the
// site is (20 km from a town is near it, precision 2; a hundred or more is elsewhere)
const DISTANCE_FROM = /\b(\d[\d,]*(?:\.\d+)?)\s*(km|kilometers|kilometres|miles|mi)\b[^.;\d]{0,40}?\b(of|from)\s+(the\s+)?((capital|city|town|port)(\s+city)?,?\s+)?$/i;
const FAR_KM = 100;
function farFrom(before: string): boolean {
  const m = DISTANCE_FROM.exec(before);
  if (!m) return false;
  const km = Number(m[1]!.replace(/,/g, '')) * (/^mi/i.test(m[2]!) ? 1.609 : 1);
  return km >= FAR_KM;
}
const COUNTRY_BORDER = /^\s+(border|frontier|boundary)\b/i;
const NAME_PLACED = /^\s+[\p{Lu}][\p{L}]*(\s+[\p{Lu}][\p{L}]*)?\s+(in|at)\s+(the\s+)?\p{Lu}/u;
const BORDER_WITH = /\b(border|frontier|boundary) with\s+(the\s+)?([\w'’-]+\s+){0,2}$/i;

// "in Sanaa, Hodeidah governorate, Saada and Dhamar", "in the capital, Caracas, and in the city of Maracay":
// what may stand between two places of a list ("the city of Shebekino and the villages of Meshkovo and
// Rzhevka"); "Bat Yam, near Tel Aviv" says where the first is, but
// "and near Tel Aviv" is another place
const LIST_GAP = /^\s*(governorate|province|region|district|state|county|oblast|city)?\s*(,\s*((in|at|on)\s+)?|(,\s*)?(and|or)\s*((in|at|on|near)\s+)?)(the\s+)?((towns?|city|cities|villages?|port city|settlements?|hamlets?)\s+of\s+)?$/i;
// "in Novi Sad and Belgrade, and in the towns of Pancevo and Sabac", "hit Manchester, Hull, Belfast": a
// list goes on past a repeated locative and past names no place was found for
// ("Sandaré, Nioro du Sahel": names of any script's capitals, with a particle inside)
const LIST_ITEMS = String.raw`(?:\s*(?:,\s*and|,|and|or)\s*(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|du|de|del|al|el)){0,2})*`;
// "at Ain al-Asad Air Base in Iraq and at Mission Support Site Euphrates": an item may say where it is
const ITEM_WHERE = String.raw`(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?`;
// "forward areas of Rajouri district in the Jammu region, and the Uri sector": the item's word for its kind comes first
const ITEM_KIND = String.raw`(?:\s*(?:governorate|province|region|district|state|county|oblast|territory|township))?`;
// ("Nioro du Sahel" found as "Nioro": the rest of the name)
const NAME_TAIL = String.raw`(?:\s+(?:du|de|del|al|el)\s+\p{Lu}[\p{L}'’-]*)?`;
// ("district in the Jammu region, and on the Uri sector": the locative may be repeated; not "near", which
// after a comma says where the place before it is, "Bat Yam, near Tel Aviv")
const LIST_GOES_ON = new RegExp(String.raw`^${NAME_TAIL}${ITEM_KIND}${ITEM_WHERE}${LIST_ITEMS}\s*(?:governorate|province|region|district|state|county|oblast|city)?\s*(?:,|and|or|,\s*and)\s*(?:(?:in|at|on)\s+(?:the\s+)?(?:(?:towns?|cities|city|villages?|districts?)\s+of\s+)?)?(?:the\s+)?$`, 'u');
const LIST_REACH = 60;
/** The words between two places say the list goes on. */
export const listGoesOn = (gap: string): boolean => (gap.length < 26 && LIST_GAP.test(gap)) || (gap.length < LIST_REACH && LIST_GOES_ON.test(gap));

type Candidate = { country: Country } | { records: GazRecord[] };

export function findPlaces(text: string, ctx: PlaceContext, tokens: Token[] = tokenize(text)): PlaceMatch[] {
  const spans = placeSpans(text, tokens, ctx.taken);
  let sentence: string | null = null; // normalised once, when a name has candidates to choose from
  let sides: Set<string> | undefined; // the countries the sentence names, found once, when a site spans several
  const out: PlaceMatch[] = [];
  let lastEnd = -1;
  // "Epping, Essex": the name after the comma only said where the town before it is
  const containers = new Set<SpanMatch<Candidate>>();
  for (const [i, found] of spans.entries()) {
    if (containers.has(found)) continue;
    // "in North Waziristan": a name the article's countries hold only as a district is that district, as wide as a region
    // (p-bare-district), though a town or region of any part of the name is meant first ("Lakki Marwat" is Lakki)
    const named = meantSpan(found, text, tokens, ctx);
    let span = named ?? meantSpan(found, text, tokens, ctx, true);
    if (!span) continue;
    const meant = span;
    if (spans.slice(i + 1, i + 4).some((next) => namesakeOutside(meant, next, text))) continue;
    const held = heldIn(span, spans[i + 1], text);
    if (held) {
      span = { ...span, value: { records: held } };
      containers.add(spans[i + 1]!);
    }
    // "gripping Torre Pacheco, in the Murcia region": a name its own region is said to hold after it is that
    // town, whatever word stands before it (p-town-in-region)
    const placedIn = !!held && IN_CONTAINER_GAP.test(text.slice(span.end, spans[i + 1]!.start));
    // "in the Ucheat area of Lower Kurram": the locative word stands before the half's word
    const before = text.slice(Math.max(0, span.start - 60), span.start).replace(HALF_OF, '');
    // (long enough for "Local Government Area")
    const after = text.slice(span.end, span.end + 30);
    // a bare district needs a preposition of place right before it: "targeting Khalil al-Hayya" names a man;
    // or a place the gazetteer lacks that it holds ("in Barangay Tuayan, Maguindanao del Sur")
    if (!named && !BARE_LOCATIVE.test(before) && !withinUnknown(before, span.start, out)) continue;
    if (isPlaceStopword(span.text) || OFFICE_OF.test(before) || OFFICE_AFTER.test(after) || personsFate(span.text, after) || SPEECH_VENUE.test(before) || SHIP.test(before) || WATER_OF.test(before) || SEAT_OF.test(before) || WAR_IN.test(before) || GRIEVANCE_OVER.test(before) || SPEAKER.test(before) || NOT_WHERE.test(before) || PART_OF_NAMED.test(before) ||
      WHEREABOUTS.test(text.slice(Math.max(0, span.start - 140), span.start)) || PERSON_FROM.test(before) || ASYLUM_IN.test(before) ||
      (NICKNAME_BEFORE.test(before) && NICKNAME_AFTER.test(after)) || (STREET_WORD.test(span.text) && NAME_BEFORE.test(before))) continue;
    // "in Iraq and Syria": the second of a list shares the first one's locative word
    const listed = lastEnd >= 0 && listGoesOn(text.slice(lastEnd, span.start));
    const locative = placedIn || LOCATIVE.test(before) || NAMED_SETTLEMENT.test(before) || PLACES_SUCH_AS.test(before) || listed || (PLACES_BEFORE_AMONG.test(before) && AMONG_THEM_AFTER.test(after)) || (!('country' in span.value) && (ACT_AFTER.test(after) || FACILITY_AFTER.test(after)) && ACT_BEFORE.test(before)) || /\b(capital|city|town|port),\s+$/i.test(before) || ((REGION_WORD.test(after) || DISTRICT_WORD.test(after) || AREA_WORD.test(after)) && !('country' in span.value)) ||
      (placeAsSubject(text.slice(span.end, span.end + 140)) && SUBJECT_START.test(before)) || (!('country' in span.value) && SETTLEMENT_APPOSITION.test(text.slice(span.end, span.end + 60))) ||
      (!('country' in span.value) && BETWEEN.test(before) && BETWEEN_TOWN_AND.test(after) && !span.value.records.some(isNationalCapital)) ||
      (!('country' in span.value) && WHERE_AFTER.test(text.slice(span.end, span.end + 60)) && !NAME_BEFORE.test(before));
    const relative = RELATIVE.test(before) || withinUnknown(before, span.start, out);
    // "on the border with Ukraine's Sumy region", "near the Burkina Faso border in Niger" name the far side
    // of the border: not where it happened
    const beyondBorder = ('country' in span.value && COUNTRY_BORDER.test(after)) || FAR_AWAY.test(text.slice(span.end, span.end + 50)) || farFrom(before);
    // ("the jets took off from the Hmawbi Air Force Base in neighbouring Yangon region": a base's name of three
    // words, in the region next door, is where the weapon came from too; two regions are two incidents, m-other-region)
    const origin = beyondBorder || CARE_BEFORE.test(text.slice(Math.max(0, span.start - 150), span.start)) || ((/\bfrom\s+(the\s+|an?\s+)?(([\w-]+\s+){0,3}(parts?|areas?|regions?|territory|positions?|sites?|direction|air\s?bases?|bases?|airfields?|airports?) (of|in)\s+(neighbou?ring\s+)?)?(the\s+)?(occupied\s+)?$/i.test(before) ||
      BORDER_WITH.test(before)) && !relative);
    if ('country' in span.value) {
      if (SMALL_SETTLEMENT_OF.test(before)) continue;
      if (CONTINENT_BEFORE.test(before) && /^America$/i.test(span.text)) continue;
      const direction = DIRECTION.exec(before);
      const possessive = /['’]s$/.test(span.text) || /^['’]s\b/.test(after);
      if ((!direction && !locative && !afterUnknownName(before)) || MISSION_OF.test(before) || FORCES_AFTER.test(text.slice(span.end, span.end + 60)) || NAME_AFTER.test(text.slice(span.end, span.end + 50)) || /^-\p{Ll}/u.test(after) || (possessive && !PART_AFTER.test(text.slice(span.end, span.end + 40)))) continue; // "US airstrikes", "Russia launched"
      out.push({ place: countryPlace(span.value.country, direction ? `${direction[1]} ${span.value.country.name}` : null), index: direction ? span.start - direction[0].length : span.start, end: span.end, origin, ambiguous: false, rule: 'p-country' });
      lastEnd = span.end;
      continue;
    }
    // "Kherson Street in Kyiv", "the Baghdad Hotel in Mogadishu": a name that places itself elsewhere
    // "Sukhbaatar Square", "Congo Avenue": a square or a street named after a town is in the city of the text
    if (NAME_AFTER.test(text.slice(span.end, span.end + 50)) && (NAME_PLACED.test(text.slice(span.end, span.end + 40)) || STREET_AFTER.test(after))) continue;
    if (RANGE_AFTER.test(after) || STREETS_AFTER.test(text.slice(span.end, span.end + 40)) || (ROAD_AFTER.test(after) && OWNED_BEFORE.test(before))) continue;
    const { records } = span.value;
    const said = normaliseRecurring(span.text);
    const record = choose(records, ctx, adminWord(after, text.slice(span.end, span.end + 50)), (sentence ??= normaliseRecurring(text)), said, () => (sides ??= countriesSaid(text, tokens)));
    if (PART_OF_REGION.test(before) && !(record.admin1 && ctx.regions?.has(normaliseRecurring(record.admin1)))) continue;
    const neighbourhood = NEIGHBOURHOOD.test(`${span.text}${after}`);
    if (neighbourhood && (NEIGHBOURHOOD_WORD.test(span.text) || (ctx.regions?.size && !!record.admin1 && !ctx.regions.has(normaliseRecurring(record.admin1))))) continue;
    // curated sites are unambiguous; a town or region needs a locative word ("in", "near", "struck")
    if ((!locative && !relative && record.kind !== 'site') || speakerSeat(before, text.slice(span.end, span.end + 60), record) || quarterElsewhere(record, records, ctx)) continue;
    lastEnd = span.end;
    // a bare district is a wide area: a town the incident's sentences name in its region says where in it (siteNear)
    const precision = !named ? 3 : record.precision === 1 && relative ? 2 : record.precision;
    // a village tells no article's country: until that is known, it is no anchor of the others
    // "Epping" in a story that names Essex: the one town of the name whose region or district the article names is no guess
    const placedByName = record.kind !== 'site' && regionNamed(record, ctx, sentence, said) > 0 && !records.some((r) => r.cc !== record.cc && regionNamed(r, ctx, sentence!, said) > 0);
    const ambiguous = (isMinor(record) && !ctx.focus.length) || (!soleCapital(record, records) && !placedByName && records.some((r) => r.cc !== record.cc && !isMinor(r)));
    const otherRegion = neighbourhood || ((record.kind === 'town' || record.kind === 'district') && records.some((r) => r.cc === record.cc && r.admin1 !== record.admin1 && !isMinor(r)));
    const landmark = relative && DISTANCE_FROM.test(before);
    out.push({ place: recordPlace(record, precision), index: span.start, end: span.end, origin, ambiguous, ...(otherRegion ? { otherRegion } : {}), ...(landmark ? { landmark } : {}), ...(placedIn ? { placedIn } : {}), rule: named ? `p-${record.kind}` : 'p-bare-district' });
  }
  const own = withoutContainers(out.filter((p, i) => !out[i + 1] || !inOtherRegion(p, out[i + 1]!, text)), text);
  const capitals = capitalPlaces(text, ctx, own);
  // "the Catalan capital": the people's word is no town of its spelling (Turkey's Catalan)
  const kept = own.filter((p) => !capitals.some((c) => c.rule === 'p-region-capital' && p.index < c.end && c.index < p.end));
  return [...kept, ...roadPlaces(text, ctx, kept), ...capitals, ...legislaturePlaces(text, ctx, [...kept, ...capitals]), ...peoplesPlaces(text, kept)].sort((a, b) => a.index - b.index);
}

// "the Khojak Road side of Model Town" in a story of Quetta: GeoNames lists some quarters of a great city as towns
// of their own, and many a city names a quarter alike ("Model Town", "Civil Lines", "Downtown"); the one name
// of a quarter of a city the article never names is the quarter of the story's own city, which the article's
// other places give (p-quarter-elsewhere)
const QUARTER_REACH = 0.3; // degrees: a quarter lies within some 30 km of its city
function quarterElsewhere(r: GazRecord, records: GazRecord[], ctx: PlaceContext): boolean {
  if (records.length > 1 || r.kind !== 'town' || r.population >= STRAY_TOWN || !r.admin2 || !ctx.names) return false;
  const city = normaliseRecurring(r.admin2);
  if (city === normaliseRecurring(r.name) || ctx.names.has(city)) return false;
  return placesByKey(city).some((c) => (c.kind === 'town' || c.kind === 'capital') && c.cc === r.cc && c.population >= METROPOLIS &&
    Math.abs(c.lat - r.lat) < QUARTER_REACH && Math.abs(c.lon - r.lon) < QUARTER_REACH);
}

// "in the Khurai Lamlong area of Imphal East district" (of Manipur), "near Manpur in Chhattisgarh's Gariaband district":
// a town said to lie in a district or region of another region than its own is a town of the same name elsewhere
// (the gazetteer lacks the one meant): the container says where
const PLACED_WITHIN = /^(\s+\p{Lu}[\p{L}'’-]*){0,2}\s*,?\s*([a-z-]+\s+)?(of|in|under|,)\s+(the\s+)?([a-z-]+\s+)?(\p{Lu}[\p{L}'’-]*['’]s\s+)?$/u;
function inOtherRegion(p: PlaceMatch, next: PlaceMatch, text: string): boolean {
  return p.rule === 'p-town' && (next.rule === 'p-district' || next.rule === 'p-region') && !!next.place.admin1 && !!p.place.admin1 &&
    next.place.country_code === p.place.country_code && next.place.admin1 !== p.place.admin1 && PLACED_WITHIN.test(text.slice(p.end, next.index));
}

// "In Pattani's Sai Buri district", "Chhattisgarh's Gariaband district": a place said as the owner of the next
// one only says where that one is
// one ("Rajouri district in the Jammu region", "the Bolan district of Balochistan") only says where that one is too
const withoutContainers = (found: PlaceMatch[], text: string): PlaceMatch[] =>
  found.filter((p, i) => (!found[i + 1] || !ownsNext(p, found[i + 1]!, text)) && (!found[i - 1] || !placesPrevious(found[i - 1]!, p, text)));
const PLACED_IN = /^(\s*(district|province|region|county|state|governorate|oblast|territory|township)\s*,?\s+(in|of)|\s*,?\s+in)\s+(the\s+)?$/i;
const AREA_AFTER = /^\s*(district|province|region|county|state|governorate|oblast|territory)\b/i;
function placesPrevious(prev: PlaceMatch, p: PlaceMatch, text: string): boolean {
  return PLACED_IN.test(text.slice(prev.end, p.index)) && (AREA_AFTER.test(text.slice(p.end, p.end + 20)) || p.place.geo_precision > prev.place.geo_precision);
}
function ownsNext(p: PlaceMatch, next: PlaceMatch, text: string): boolean {
  const gap = text.slice(p.end, next.index);
  return /^\s+$/.test(gap) ? /['’]s$/.test(text.slice(p.index, p.end)) : /^['’]s?\s+$/.test(gap) || COUNTRYSIDE_THEN.test(gap);
}
// "airstrikes on Kobani's southern countryside, hitting areas near Karakozak Bridge": the town names the
// area, the place after it where in that area
const COUNTRYSIDE_THEN = /^(['’]s)?\s+([a-z-]+\s+)?(countryside|outskirts|surroundings|environs|hinterland|rural areas)\b[^.;]{0,40}\b(near|in|at|including|such as)\s[^.;]{0,40}$/;

// "in Epping, Essex", "in Llallagua, Potosí": a town, a comma and the region or district it is in (a list goes
// on with "and")
// "Torre Pacheco, in the Murcia region", "Garoua, in the north of the North region" too
const IN_CONTAINER_GAP = /^,\s+(in|of)\s+(the\s+)?((north|south|east|west|central|far|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/i;
const CONTAINER_GAP = new RegExp(`^,\\s*$|${IN_CONTAINER_GAP.source}`, 'i');
const LIST_AFTER = /^\s*,?\s*(and|or)\b/;

/**
 * The records of a town that the name after its comma holds, when that name is the admin1 region or the
 * admin2 district of some of them: "Epping, Essex" is the Epping of Essex, not the larger one of Victoria.
 */
function heldIn(span: SpanMatch<Candidate>, next: SpanMatch<Candidate> | undefined, text: string): GazRecord[] | null {
  if (!next || 'country' in span.value || !CONTAINER_GAP.test(text.slice(span.end, next.start)) || LIST_AFTER.test(text.slice(next.end, next.end + 8))) return null;
  const key = normaliseName(next.text);
  const held = span.value.records.filter((r) => (r.kind === 'town' || r.kind === 'capital') && [r.admin1, r.admin2].some((a) => a && normaliseName(a) === key));
  return held.length ? held : null;
}

// "In Manica, Macomia district": a name its district or region said after the comma does not hold is a village
// of that district the gazetteer lacks (then placed by p-unknown-in), not a namesake elsewhere in the country
// (p-namesake-outside)
// ("in Chulabhorn village, Tambon Bor Ngor, Rangae district": a name the gazetteer lacks may stand between them)
const NAMESAKE_GAP = /^(?:\s+(?:village|town|community))?,\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*)?$/u;
const LIST_ON = /^\s*(?:,\s*(?:and\s+|or\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|and\b|or\b|$)|(?:and|or)\s+\p{Lu})/u;
function namesakeOutside(span: SpanMatch<Candidate>, next: SpanMatch<Candidate>, text: string): boolean {
  if ('country' in span.value || 'country' in next.value || !NAMESAKE_GAP.test(text.slice(span.end, next.start))) return false;
  const word = text.slice(next.end, next.end + 30);
  const unit = DISTRICT_WORD.exec(word) ?? REGION_WORD.exec(word) ?? ZONE_WORD.exec(word);
  // ("raids on Sanaa, Hodeidah governorate, Saada and Dhamar": a list of places, each hit)
  if (!unit || LIST_ON.test(text.slice(next.end + unit[0].length, next.end + unit[0].length + 60))) return false;
  const areas = next.value.records.filter((r) => r.kind === 'district' || r.kind === 'region');
  return areas.length > 0 && span.value.records.every((r) => !areas.some((a) => a.cc === r.cc && a.admin1 === r.admin1));
}

// "Naivasha camp" in a report on Sudan is not the Kenyan town: GeoNames holds a town of almost any name
// somewhere, so a town counts only in a country the article names, when it names any (not a regional capital:
// "Russian drones hit Kharkiv" names Russia alone); a story that names none, only in the countries its places
// tell ("outside the Bell Hotel" in a story of an English town is no Californian Bell)
// A region or a regional capital may be named without its country, but not far from every country the story
// names: Kharkiv borders Russia, while "Israeli jets struck Gaza" names no province of Mozambique (a national
// capital is named from anywhere: "exiles marched in Paris")
const inNamedCountries = (records: GazRecord[], named: ReadonlySet<string> | undefined): GazRecord[] =>
  named?.size ? records.filter((r) => named.has(r.cc) || (r.kind !== 'town' && r.kind !== 'district' && (r.kind === 'site' || isNationalCapital(r) || nextTo(r.cc, named)))) : records;
function nextTo(cc: string, named: ReadonlySet<string>): boolean {
  for (const n of neighboursOf(cc)) if (named.has(n)) return true;
  return false;
}

/**
 * The longest name of the span whose places the text can mean, its records narrowed to those: "Lakki Marwat"
 * with no word for district after it is not the district but the town of Lakki.
 */
function meantSpan(span: SpanMatch<Candidate>, text: string, tokens: Token[], ctx: PlaceContext, bareDistrict = false): SpanMatch<Candidate> | null {
  for (let last = span.last; last > span.first; last--) {
    // "Marrakech, the tourist hub": a name normalised without its articles matches past a "the" after it
    if (isArticle(tokens[last - 1]!.text)) continue;
    const end = tokens[last - 1]!.end;
    const name = text.slice(span.start, end);
    // "In Poonch, the district hit hardest": an apposition is no part of the name, though its normal form reads "Poonch District"
    if (APPOSITION_INSIDE.test(name)) continue;
    const value = last === span.last ? span.value : PLACE_NAMES.lookup(normaliseName(name));
    if (!value) continue;
    if ('country' in value) return { ...span, value, last, end, text: name };
    // "Lower Kurram": a half of a district or region the gazetteer has no name for is in that district or region
    const half = HALF_OF.test(text.slice(Math.max(0, span.start - 8), span.start));
    const all = DISTRICT_NAMED.test(name) ? withBareDistricts(value.records, name) : value.records;
    // "the province of Bukidnon": a district said with its word before it (p-area-of), as a region word names one
    // where no region has the name
    const wordBefore = areaOf(text.slice(Math.max(0, span.start - 60), span.start));
    const areaBefore = wordBefore === 'district' || (wordBefore === 'region' && !all.some((r) => r.kind === 'region'));
    // "In Lower Dir, a constable was killed": a district GeoNames names by its half is meant without its word
    const records = areaOverStrayTowns(candidates(all, ctx, text.slice(end, end + 40), bareDistrict || DISTRICT_NAMED.test(name) || areaBefore || half || HALF_NAMED.test(name)), all)
      .filter((r) => (!half || r.kind === 'district' || r.kind === 'region') && !demonymOfOther(r, name, text.slice(end, end + 40)) &&
        // a bare district counts only in a country the article names, and not as the first word of a longer name ("Tehran's Grand Bazaar")
        (!bareDistrict || (!!ctx.named?.has(r.cc) && !NAME_GOES_ON.test(text.slice(end, end + 40)))));
    if (records.length) return { ...span, value: { records }, last, end, text: name };
  }
  return null;
}

// "in Poonch district": GeoNames spells one country's district with its word ("Poonch District") and another's
// without it (India's Punch, "Poonch" by its alias), so the longest name finds the first alone; the districts of
// the name without its word are meant too, and the article chooses between them (p-district-word)
function withBareDistricts(records: GazRecord[], name: string): GazRecord[] {
  const bare = placesByKey(normaliseName(name.replace(DISTRICT_NAMED, ''))).filter((r) => r.kind === 'district' && !records.some((o) => o.cc === r.cc && o.name === r.name && o.kind === r.kind));
  return bare.length ? [...records, ...bare] : records;
}

const BARE_LOCATIVE = /\b(in|near|outside|around|across|inside|within|into|throughout)\s+(the\s+)?$/i;
const HALF_OF = /\b(Lower|Upper)\s+$/;
const HALF_NAMED = /^(Lower|Upper)\s+\p{Lu}/u;

// "the convoy of Somali President Mohamud", "of Somali National Army troops": a people's word names its country,
// not Ethiopia's Somali region (nor Canadian County); the area is meant when its word follows ("the Somali region")
const AREA_NAMED_AFTER = /^\s*(regional\s+state|region|state|zone|county|district|province)\b/i;
export function demonymOfOther(r: GazRecord, name: string, after: string): boolean {
  const people = countryByDemonym(name);
  return !!people && people.cc !== r.cc && !AREA_NAMED_AFTER.test(after);
}

const isArticle = (word: string): boolean => /^(the|a|an)$/i.test(word);
const APPOSITION_INSIDE = /,\s+(the|a|an)\s/i;

function speakerSeat(before: string, after: string, record: GazRecord): boolean {
  const m = SPEECH_AFTER.test(after) ? SPEAKER_SEAT.exec(before) : null;
  return !!m && (!!m[2] || isNationalCapital(record));
}

// "near Tassia, Tillaberi", "in Kangemi, Nairobi": a place the gazetteer lacks, said with the place it is in,
// which is near where it happened (precision 2); a village may come with its municipality, which the gazetteer
// lacks too, before the province ("in Barangay Tuayan 1, Datu Hoffer Ampatuan, Maguindanao del Sur")
const UNKNOWN_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|\d{1,2}\b)){0,2}`;
// ("in Ambasel district, South Wollo Zone": the place it lacks may be a district, its word after it, p-unknown-unit)
/** The words of a district or zone said after its name ("Macomia district", "South Wollo Zone"), capitalised or not. */
export const UNIT_WORD = String.raw`(?:[Dd]istrict|[Cc]ounty|[Zz]one|[Dd]ivision|[Tt]ownship|[Ww]oreda|[Tt]ehsil|[Uu]pazila|[Cc]ommune|[Dd]epartment|LGA)`;
const UNKNOWN_UNIT = String.raw`\s+(?:${UNIT_WORD}|[Vv]illage)`;
const UNKNOWN_IN = new RegExp(String.raw`\b(in|at|near|outside|of|on|into|around)\s+(the\s+)?((town|village|city|locality|area)\s+of\s+)?(${UNKNOWN_NAME})(${UNKNOWN_UNIT})?(,\s+${UNKNOWN_NAME})?,\s+$`, 'u');
const CALENDAR = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
function withinUnknown(before: string, start: number, found: PlaceMatch[]): boolean {
  const m = UNKNOWN_IN.exec(before);
  if (!m || CALENDAR.test(m[5]!)) return false;
  const nameEnd = start - before.length + m.index + m[0].lastIndexOf(',');
  // (a known district said with its word is no place the gazetteer lacks)
  const unit = m[7] ? 0 : m[6]?.length ?? 0;
  return !found.some((p) => p.end === nameEnd || p.end === nameEnd - unit);
}

// "Kabul" is Afghanistan's capital before it is a town in Israel: a country's capital tells its country
const isNationalCapital = (r: GazRecord): boolean => r.kind === 'capital' && normaliseRecurring(countryByCode(r.cc)?.capital ?? '') === normaliseRecurring(r.name);

/** The same-named places the text can mean: towns in the countries it names, villages in its own, districts and compass regions only as such. */
function candidates(records: GazRecord[], ctx: PlaceContext, after: string, districtNamed: boolean): GazRecord[] {
  const compassRegion = COMPASS_REGION_AFTER.test(after);
  // "the Rhône region": the press calls a district with no region of its name a region
  // "North Wollo zone", "the Mayo-Tsanaga division": Ethiopia's and Cameroon's words for a district, taken only
  // when the name is no other place's ("the Green Zone" is no Green County)
  const district = districtNamed || DISTRICT_WORD.test(after) || (REGION_WORD.test(after) && !records.some((r) => r.kind === 'region')) ||
    (ZONE_WORD.test(after) && records.every((r) => r.kind === 'district'));
  const longerName = NAME_GOES_ON.test(after);
  return outsideMinor(inNamedCountries(records, ctx.named?.size ? ctx.named : new Set(ctx.focus)), ctx.focus)
    .filter((r) => (r.kind !== 'district' || district) && (!COMPASS.test(r.name) || (compassRegion && (!ctx.named?.size || ctx.named.has(r.cc)))) &&
      (!longerName || !ctx.named?.size || ctx.named.has(r.cc)));
}

/**
 * "Rudraprayag" in a story on India, "in Tamaulipas" in one on Mexico: where every town of a country that carries
 * the name is a village (fewer than STRAY_TOWN people) lying outside the district or region of that very name in the
 * same country, GeoNames lacks the district's own town (or the name is the region's): the area is meant, not the
 * village of the name elsewhere. The area stands in for those villages, as a district does with its word after it.
 */
export function areaOverStrayTowns(kept: GazRecord[], all: GazRecord[]): GazRecord[] {
  const out: GazRecord[] = [];
  for (const r of kept) {
    const area = r.kind === 'town' ? namesakeArea(r, all) : undefined;
    const swapped = area ?? r;
    if (!out.includes(swapped)) out.push(swapped);
  }
  return out;
}
const STRAY_TOWN = 5000;
function namesakeArea(town: GazRecord, all: GazRecord[]): GazRecord | undefined {
  const key = normaliseRecurring(town.name);
  const area = all.find((a) => a.cc === town.cc && (a.kind === 'district' || a.kind === 'region') && !COMPASS.test(a.name) && normaliseRecurring(a.name) === key);
  if (!area) return undefined;
  const within = (t: GazRecord) => normaliseRecurring((area.kind === 'region' ? t.admin1 : t.admin2) ?? '') === key;
  const namesakes = all.filter((t) => t.cc === town.cc && (t.kind === 'town' || t.kind === 'capital'));
  return namesakes.every((t) => t.kind === 'town' && t.population > 0 && t.population < STRAY_TOWN && !within(t)) ? area : undefined;
}

// "in Rocha Pinto, a suburb" of Luanda, "in Colonia Miguel Hidalgo" of Culiacán: the first word of a longer name
// the gazetteer lacks is no place of a country the article does not name ("Kursk Region", "Gaza City" go on as names)
const NAME_GOES_ON = /^\s+(?!(?:Province|Region|State|District|Governorate|Oblast|County|Department|Territory|Municipality|City|Town|Village|Camp|Airport|Air|Base|Valley|Strip)\b)\p{Lu}\p{Ll}/u;

// "the North region" of Cameroon, "South Governorate" of Lebanon: "the West", "South American" and
// "North Darfur" are no such regions
const COMPASS = /^(north|south|east|west|centre|center|central|far north)([ -]?(east|west))?$/i;
const COMPASS_REGION_AFTER = /^(\s+and\s+[\w-]+)?\s+(regions?|provinces?|governorates?|states?|departments?)\b/i;

// "Ravia" in a report on Mozambique is not the American village of 523 people: GeoNames lists villages
// of every country, and a village is only known in the country the story is in
const isMinor = (r: GazRecord): boolean => r.kind === 'town' && r.population > 0 && r.population < MINOR_TOWN;
const MINOR_TOWN = 1000;
const outsideMinor = (records: GazRecord[], focus: string[]): GazRecord[] =>
  focus.length ? records.filter((r) => !isMinor(r) || r.cc === focus[0]) : records;

/** The town a bare name stands for in this article ("KABUL" of a dateline), or null: no country, region or district. */
export function townNamed(name: string, ctx: PlaceContext): Place | null {
  const records = candidates(placesByKey(normaliseName(name)), ctx, '', false).filter((r) => r.kind === 'town' || r.kind === 'capital');
  return records.length ? recordPlace(choose(records, ctx, null, normaliseName(name)), 1) : null;
}

/** Every country a text names, as a place or not ("Sudan's army", "KHARTOUM, Sudan (AP)", "Nairobi's business district"). */
export function countriesNamed(text: string, tokens: Token[] = tokenize(text)): string[] {
  return placeSpans(text, tokens, []).flatMap(({ value }) => ('country' in value ? [value.country.cc] : value.records.filter((r) => soleCapital(r, value.records)).map((r) => r.cc)));
}

// "Palestinians", "Sudanese": a people named, in the plural too; "a pro-Palestinian encampment", "anti-Russian
// slogans" name a cause, no country of the story (rule `p-cause-word`)
const PEOPLES_WORD = /(?<!\b(?:pro|anti|Pro|Anti)-)\b([A-Z][a-z]+(?:an|i|ese|ish))s?\b/g;

/** The countries a text names as countries (`countriesNamed`) or by their people's word ("Iranian", "Palestinians"). */
export function countriesSaid(text: string, tokens?: Token[]): Set<string> {
  const said = new Set(countriesNamed(text, tokens));
  for (const [, word] of text.matchAll(PEOPLES_WORD)) { const c = countryByDemonym(word!); if (c) said.add(c.cc); }
  return said;
}

/**
 * "Nairobi" names Kenya as "Kenya" does, wherever it is said: a national capital no larger place or region of
 * another country shares its name with. "Victoria" is not one: Australia's state and Canada's city are larger
 * than the Seychelles' capital, so the name says no country of its own.
 */
function soleCapital(r: GazRecord, records: GazRecord[]): boolean {
  // a district of the name abroad is meant only with its word after it, as a smaller town of the name is a village
  return isNationalCapital(r) && records.every((o) => o.cc === r.cc || ((o.kind === 'town' || o.kind === 'district') && o.population < r.population));
}

// "on the Abuja-Kaduna highway": a road named by the towns it joins; the French-speaking press's "axis" and
// "route" too ("the Kumbo-Tatum axis", "the Kayes-Bamako route", "the Bamessing-Sabga stretch")
const ROAD = /\b((?:\p{Lu}[\p{L}'’]+)(?:-\p{Lu}[\p{L}'’]+)+)\s+(?:[Hh]ighway|[Rr]oad|[Ee]xpressway|[Mm]otorway|[Cc]orridor|axis|route|stretch)\b/gu;

/** A road named by its towns is placed near the first of them that the gazetteer knows (ACLED: precision 2). */
function roadPlaces(text: string, ctx: PlaceContext, found: PlaceMatch[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (const m of text.matchAll(ROAD)) {
    const start = m.index;
    // p-road-people: "the Pan-American highway", "the Trans-African Highway": a road named by a people's word
    // crosses countries; it is no road between two towns, and "Pan" is no town of it
    if (m[1]!.split('-').some((w) => countryByDemonym(w))) continue;
    if (found.some((p) => p.index < start + m[1]!.length && start < p.end)) continue;
    for (const town of m[1]!.split('-')) {
      const records = placesByKey(normaliseName(town)).filter((r) => r.kind !== 'site');
      if (!records.length || isPlaceStopword(town)) continue;
      const record = choose(records, ctx, null, normaliseName(text));
      out.push({ place: recordPlace(record, 2), index: start, end: start + m[1]!.length, origin: false, ambiguous: records.some((r) => r.cc !== record.cc), rule: 'p-road' });
      break;
    }
  }
  return out;
}

// "in the Afghan capital", "Iraq's capital", "in the capital" (the article's country): a capital not named
const NATIONAL_CAPITAL = /\b(?:the\s+(?:(\p{Lu}[\p{L}-]+)\s+)?|(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,2})['’]s\s+)capital\b(?!\s+(?:city\s+)?(?:of\b|,?\s*\p{Lu}))/gu;

// p-region-capital: "the Catalan capital", a region's capital by its people's word (region-capitals.tsv)
let regionCapitals: Map<string, { cc: string; capital: string }> | undefined;
const regionCapital = (word: string) =>
  (regionCapitals ??= new Map(readTsv('places/region-capitals.tsv').map(([w, cc, capital]) => [w!, { cc: cc!, capital: capital! }]))).get(word);

/** A country's or a region's capital said without its name ("the Sudanese capital") is the town, as precise as its name. */
function capitalPlaces(text: string, ctx: PlaceContext, found: PlaceMatch[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  if (!text.includes('capital')) return out; // most sentences: the pattern's scan is the cost
  for (const m of text.matchAll(NATIONAL_CAPITAL)) {
    const start = m.index;
    const end = start + m[0].length;
    const region = m[1] ? regionCapital(m[1]) : undefined;
    if ((!region && found.some((p) => p.index < end + 3 && start < p.end)) || !(LOCATIVE.test(text.slice(0, start)) || RELATIVE.test(text.slice(0, start)))) continue;
    const country = region ? countryByCode(region.cc) : m[1] ? countryByDemonym(m[1]) : m[2] ? countryByName(m[2]) : countryByCode(ctx.focus[0]);
    const capital = region?.capital ?? country?.capital;
    const record = capital && country ? placesByKey(normaliseName(capital)).find((r) => r.cc === country.cc && r.kind !== 'region') : undefined;
    if (!record || (m[1] && !country)) continue;
    out.push({ place: recordPlace(record, RELATIVE.test(text.slice(0, start)) ? 2 : 1), index: start, end, origin: false, ambiguous: !m[1] && !m[2], rule: region ? 'p-region-capital' : 'p-national-capital' });
  }
  return out;
}

// p-legislature: "protesters gathered outside Congress", "clashes around parliament", "crowds stormed the Knesset":
// a house of a country's legislature stands for the town it sits in (legislatures.tsv), when the sentence names
// no town or region of its own; a word after the name makes it a party or the house's people ("Congress workers",
// "parliament's speaker", "Congress-ruled"), a word before it that names no country another house ("the European
// Parliament", "the Catalan parliament")
interface Legislature { name: string; cc: string; seat: string }
let legislatures: { rows: Legislature[]; pattern: RegExp; probe: RegExp } | undefined;
function legislatureTable(): { rows: Legislature[]; pattern: RegExp; probe: RegExp } {
  if (legislatures) return legislatures;
  const rows = readTable('places/legislatures.tsv', z.object({ name: z.string().min(1), country: z.string().min(1), seat: z.string().min(1) }))
    .map((r) => ({ name: r.name, cc: r.country, seat: r.seat }));
  const names = [...new Set(rows.map((r) => r.name))].sort((a, b) => b.length - a.length)
    .map((n) => (/^\p{Ll}/u.test(n) ? `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}` : n).replace(/ /g, '\\s+'));
  const pattern = new RegExp(`\\b(?:outside|around|at|near|in front of|before|below|from|to|towards?|into|inside|in|stormed|storm|storming|besieged|besiege|surrounded|surround|entered|enter)\\s+(?:the\\s+)?(?:(\\p{Lu}[\\p{L}-]+)(['’]s)?\\s+)?(${names.join('|')})\\b(?![-'’]|\\s+(?!(?:building|buildings|complex|grounds|gates|square|Square|House|on|in|at|and|to|after|as|over|for|from|with|while|where|when|until|during|late|early|last|this|yesterday|today|against|demanding|chanting|amid|following|since|which|that)\\b)\\p{L})`, 'gu');
  // (the probe has no global flag, so a test of it keeps no position between sentences)
  return (legislatures = { rows, pattern, probe: new RegExp(pattern.source, 'u') });
}

const onlyOne = (countries: ReadonlySet<string> | undefined): string | undefined => (countries?.size === 1 ? [...countries][0] : undefined);
// the countries a sentence names, by name or by any people's word ("Argentine", which PEOPLES_WORD's endings miss)
const peoplesSaid = (text: string): Set<string> =>
  new Set([...countriesSaid(text), ...[...text.matchAll(/\b\p{Lu}\p{Ll}+/gu)].flatMap(([w]) => countryByDemonym(w)?.cc ?? [])]);

/** Whether the text names a house of a legislature where it sits ("outside Congress"), whose town needs the article's country. */
export const namesLegislature = (text: string): boolean => legislatureTable().probe.test(text);

/** The town of a legislature said by its house's name ("outside Congress"), in a sentence that names no town. */
function legislaturePlaces(text: string, ctx: PlaceContext, found: PlaceMatch[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  if (found.some((p) => p.place.geo_precision < 3)) return out;
  const { rows, pattern } = legislatureTable();
  for (const m of text.matchAll(pattern)) {
    const start = m.index + m[0].lastIndexOf(m[3]!);
    if (ctx.taken.some(([s, e]) => s < start + m[3]!.length && start < e)) continue;
    const said = normaliseName(m[3]!);
    const named = rows.filter((r) => normaliseName(r.name) === said);
    // "the Knesset": a house of one country's only is that country's, whatever the article is about; else the
    // article's country, or the one country the sentence or the article names ("Argentine police" name no place, but their country)
    const sole = named.length === 1 && named[0]!.cc !== '-' ? named[0]!.cc : undefined;
    const country = m[1] ? (m[2] ? countryByName(m[1]) : countryByDemonym(m[1])) : countryByCode(sole ?? ctx.focus[0] ?? onlyOne(peoplesSaid(text)) ?? onlyOne(ctx.named));
    if (!country) continue;
    const row = named.find((r) => r.cc === country.cc) ?? named.find((r) => r.cc === '-');
    const seat = row && (row.seat === '-' ? country.capital : row.seat);
    const record = seat ? placesByKey(normaliseName(seat)).filter((r) => r.cc === country.cc && (r.kind === 'capital' || r.kind === 'town')).sort((a, b) => b.population - a.population)[0] : undefined;
    // an article that names the town tells it itself, and a sentence that names none may take it from there
    if (!record || ctx.names?.has(normaliseRecurring(seat!)) || ctx.names?.has(normaliseRecurring(record.name))) continue;
    out.push({ place: recordPlace(record, /^near\b/.test(m[0]) ? 2 : 1), index: start, end: start + m[3]!.length, origin: false, ambiguous: false, rule: 'p-legislature' });
  }
  return out;
}

// "spread across a number of Iranian cities", "in several Sudanese towns", "at an Israeli village": a people's
// word before a word for settlements names where, in that country ("the Syrian city of Aleppo" names its town)
const PEOPLES_PLACES = /\b(in|across|at|near|throughout|around|hit|struck|targeted|into)\s+((the|an?|a number of|several|many|some|multiple|various|other|major|dozens of|scores of|numerous|two|three|four|five|six|ten|\d+)\s+)?(?:[a-z-]+\s+)?(\p{Lu}\p{Ll}+(?:an|i|ese|ish))\s+(cities|towns|villages|city|town|village|provinces|regions|territory|soil)\b(?!\s+(?:of\b|\p{Lu}))/gu;

/** A country said by its people's word and a word for its settlements ("across Iranian cities"), in precision 3. */
export function peoplesPlaces(text: string, found: PlaceMatch[]): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  if (!/(an|i|ese|ish)\s+(cit|town|villag|provinc|region|territor|soil)/.test(text)) return out;
  for (const m of text.matchAll(PEOPLES_PLACES)) {
    const country = countryByDemonym(m[4]!);
    const index = m.index + m[0].indexOf(m[4]!, m[1]!.length);
    // "the Somali region": the word is a place's own name
    if (!country || found.some((p) => p.place.country_code === country.cc || (p.index <= index && index < p.end))) continue;
    out.push({ place: countryPlace(country), index, end: m.index + m[0].length, origin: false, ambiguous: false, rule: 'p-peoples-places' });
  }
  return out;
}

// the spans of a token list with no taken spans: an article's sentences are searched twice with the same
// tokens (once to rank its countries, once to resolve with that ranking), the names are looked up once
const untakenSpans = new WeakMap<Token[], Array<SpanMatch<Candidate>>>();

/**
 * Place names of the text that do not start in a taken span. Read from the untaken spans when none of
 * them starts in a taken one: the longest-match scan then visits the same positions, so the result is
 * the same as a scan that skips taken starts; otherwise the text is scanned again.
 */
function placeSpans(text: string, tokens: Token[], taken: Array<[number, number]>): Array<SpanMatch<Candidate>> {
  const isTaken = (start: number) => taken.some(([a, b]) => start >= a && start < b);
  let spans = untakenSpans.get(tokens);
  if (!spans) {
    spans = findSpans(text, tokens, 6, PLACE_NAMES, { startsAt: (first) => mayStartPlace(tokens[first]!) });
    untakenSpans.set(tokens, spans);
  }
  if (!spans.some((s) => isTaken(s.start))) return spans;
  return findSpans(text, tokens, 6, PLACE_NAMES, { startsAt: (first) => mayStartPlace(tokens[first]!) && !isTaken(tokens[first]!.start) });
}

// A place name starts with a capital, or an Arabic article ("al-", the sun letters' "at-", "ash-") and a capital. Read from the first token, the same for
// every span starting there (a span's text starts with its first token's), so other words cost no lookup.
const mayStartPlace = (token: Token): boolean => /^[\p{Lu}]/u.test(token.text) || /^(al|el|ad|as|ash|an|ar|at|ath|adh|az)-\p{Lu}/u.test(token.text);

const PLACE_NAMES: SpanIndex<Candidate> = {
  lookup: (key) => {
    const country = countryByKey(key);
    if (country) return { country };
    const records = placesByKey(key);
    return records.length ? { records } : undefined;
  },
  continues: placeNameContinues,
};

/** The kind of area the words after a name say it is: "Anbar province", "Hasakah, a province of Syria", "Gwoza LGA". */
function adminWord(after: string, longer: string): 'region' | 'district' | null {
  if (REGION_WORD.test(after) || REGION_APPOSITION.test(longer)) return 'region';
  return DISTRICT_WORD.test(after) ? 'district' : null;
}

// "in the southern province of Bukidnon", "the district of Sirajganj": the word for an area before the name, with
// "of", says the name may be that area as the word after it does (p-area-of); the word in lower case ("the
// Department of Defense" is an office)
const AREA_OF = new RegExp(`\\b(the|a|an|its|\\p{Lu}[\\p{L}-]*['’]s)\\s+([\\p{Ll}-]+\\s+){0,3}(?:(region|province|governorate|oblast|state)|${DISTRICT_NOUN.toLowerCase()})\\s+of\\s+$`, 'u');
function areaOf(before: string): 'region' | 'district' | null {
  const m = AREA_OF.exec(before);
  return !m ? null : m[3] ? 'region' : 'district';
}

/** Among same-named places: a region when the text says "province" (a district when it says "district"), then sites, the region the sentence or article names, the article's countries, regional capitals, then the larger town. */
function choose(records: GazRecord[], ctx: PlaceContext, word: 'region' | 'district' | null, sentence: string, said = '', sentenceCountries?: () => Set<string>): GazRecord {
  const near = (r: GazRecord) => (ctx.anchors ?? []).some((a) => Math.abs(a.lat - r.lat) < 2.5 && Math.abs(a.lon - r.lon) < 2.5);
  const dwarfed = dwarfedBy(records);
  const side = sideNamed(records, sentenceCountries);
  const score = (r: GazRecord): number => {
    const f = ctx.focus.indexOf(r.cc);
    // a hamlet named like a city of millions is placed by its region only when the sentence itself names it
    const named = regionNamed(r, ctx, sentence, said);
    const small = dwarfed(r);
    return (word && r.kind === word ? 100 : word === 'district' && r.kind === 'region' ? 50 : 0) + (r.kind === 'site' ? 50 : 0) + (small && named < IN_SENTENCE ? 0 : named) + (f >= 0 ? 40 - f * 5 : 0) + (near(r) && !small ? 25 : 0) +
      (r.kind === 'capital' ? 20 : r.kind === 'region' ? 10 : 0) + Math.log10(r.population + 1) + (side(r) ? IN_SENTENCE : 0);
  };
  return records.reduce((best, r) => (score(r) > score(best) ? r : best));
}

/**
 * "a Chadian army post on an island in Lake Chad": a curated site with a row in each country it spans is the
 * side of the country the sentence names, by name or people (p-site-side), however much the article says of the
 * other countries; a sentence naming both sides, or none, leaves the choice to the article.
 */
function sideNamed(records: GazRecord[], sentenceCountries?: () => Set<string>): (r: GazRecord) => boolean {
  const sites = new Set(records.filter((r) => r.kind === 'site').map((r) => r.cc));
  if (sites.size < 2 || !sentenceCountries) return () => false;
  const named = [...sites].filter((cc) => sentenceCountries().has(cc));
  return (r) => r.kind === 'site' && named.length === 1 && r.cc === named[0];
}

/**
 * "Los Angeles" in a list of American cities beside Madrid, "Surabaya" in a story that also names Jakarta: a
 * city of a million people or more is what its name means over a village of the name (fewer than STRAY_TOWN
 * people, or none known) that lies near another place the article names or in a region it names elsewhere.
 * Those are weak hints among places of a size; only a sentence that names the village's region places it (and
 * a country the article is about still counts). A town of its own ("Alexandria" of Louisiana) is not dwarfed.
 */
function dwarfedBy(records: GazRecord[]): (r: GazRecord) => boolean {
  const largest = Math.max(0, ...records.filter((r) => r.kind === 'town' || r.kind === 'capital').map((r) => r.population));
  return (r) => largest >= METROPOLIS && r.kind === 'town' && r.population < STRAY_TOWN;
}
const METROPOLIS = 1_000_000;
// the score of a region or district the sentence itself names (regionNamed)
const IN_SENTENCE = 45;

/**
 * How strongly the text places a candidate in its own region or district: "Pishin district of Balochistan" names
 * it in the sentence (45), the article resolved a place there (30), or a story that only says "Balochistan"
 * or "the Essex town" elsewhere (20; not for a curated site, whose border temple's sides are both named, nor a hamlet
 * of no known people, which a name in passing does not set above a city of the name). A region or district of the candidate's own name is no evidence,
 * nor one of the name the text said: "the capital, Santiago" names no Dominican region of Santiago, whose capital has a longer name.
 */
function regionNamed(r: GazRecord, ctx: PlaceContext, sentence: string, said = ''): number {
  if (r.kind === 'region') return 0;
  const own = normaliseRecurring(r.name);
  let best = 0;
  for (const [area, resolved] of [[r.admin1, true], [r.admin2, false]] as const) {
    const key = area ? normaliseRecurring(area) : '';
    if (!key || key === own || key === said) continue;
    if (sentence.includes(key)) return IN_SENTENCE;
    if (resolved && ctx.regions?.has(key)) best = 30;
    else if (r.kind !== 'site' && (r.kind !== 'town' || r.population >= MINOR_TOWN) && ctx.names?.has(key)) best = Math.max(best, 20);
  }
  return best;
}

// a capitalised name of up to three words: "Essex", "Lower Kurram", "Khyber Pakhtunkhwa"
const CAPITALISED = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/gu;

/** The capitalised names of a text and the words and word pairs within them, normalised. */
export function capitalisedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const [m] of text.matchAll(CAPITALISED)) {
    const words = m.split(/\s+/);
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) names.add(normaliseRecurring(words.slice(i, j).join(' ')));
  }
  names.delete('');
  return names;
}

function recordPlace(r: GazRecord, precision: 1 | 2 | 3): Place {
  return { name: r.name, admin1: r.admin1, country: countryByCode(r.cc)?.name ?? null, country_code: r.cc, lat: r.lat, lon: r.lon, geo_precision: precision };
}

export function countryPlace(c: Country, name: string | null = null): Place {
  return { name: name ?? c.name, admin1: null, country: c.name, country_code: c.cc, lat: c.lat, lon: c.lon, geo_precision: 3 };
}

