// The ACLED type of an incident from the words that tell it (merge/reconcile.ts, merge/crowd-events.ts):
// each case is a rule that carries to other conflicts and outlets, not one article's wording.
import { describe, expect, it } from 'vitest';
import { extractText as run } from '../extract/test-article.js';

const subTypes = (text: string, published = '2024-07-31') => run(text, published).events.map((e) => e.sub_event_type);

// [what the case shows, text, sub-event types of its incidents]
const cases: Array<[string, string, string[]]> = [
  ['a bare strike that killed a civilian is a strike, not a shooting', 'An Israeli strike targeting a car near Nabatieh, Lebanon, killed one person on Friday.', ['Air/drone strike']],
  ['a bare strike takes the attacker\'s own weapon', 'Houthi missiles hit a ship in the Red Sea on Monday. US jets bombed a radar site in Hodeidah, Yemen, on Tuesday. The US strikes on Saada, Yemen, on Wednesday killed two.', ['Shelling/artillery/missile attack', 'Air/drone strike', 'Air/drone strike']],
  ['a knife attack told in a report of riots is an attack on civilians, not the riot', 'Rioters threw bricks at police in Southport on Tuesday, a day after the stabbing attack in which three children were killed in Southport on Monday.', ['Violent demonstration', 'Attack']],
  ['a fight with machetes is still a fight', 'Herders clashed with farmers armed with machetes in Riyom, Nigeria, on Sunday, killing four.', ['Armed clash']],
  ['someone shot dead by no side named is an attack on civilians', 'The mayor of Uruapan, Mexico, was shot dead at a festival on Saturday.', ['Attack']],
  ['soldiers shot dead are a side of a fight', 'Two soldiers were shot dead near Gao, Mali, on Saturday.', ['Armed clash']],
  ['missiles and petrol bombs thrown at police are a riot\'s, not explosive weapons', 'Protesters threw missiles and petrol bombs at police outside a hotel in Dublin, Ireland, on Tuesday night.', ['Violent demonstration']],
  ['gunfire and explosions in a night of riots are the riot\'s; "the drone of helicopters" is no drone', 'Rioters burned cars in Noumea, New Caledonia, on Monday. During the night, residents heard gunfire, the drone of helicopters and explosions in Magenta.', ['Violent demonstration', 'Violent demonstration']],
  ['police who come to a burning are not who burned it', 'Protesters rallied in Ballymena, UK, on Monday. On Wednesday a leisure centre in Larne was set on fire. Police fired plastic baton rounds, hitting at least one protester.', ['Peaceful protest', 'Violent demonstration']],
  ['the sexual assault a protest was called over is no attack of the crowd\'s', 'Hundreds protested outside a hotel in Saggart, Ireland, on Tuesday after an alleged sexual assault nearby on Monday.', ['Peaceful protest']],
  ['"assault rifles" carried and "not a single shot was fired" name no act', 'Insurgents abducted seven people in Macomia, Mozambique, on Sunday. Although they carried assault rifles and grenades, not a single shot was fired.', ['Abduction/forced disappearance']],
  ['policemen killed at a protest are the crowd\'s violence, not force against it', 'Thousands of protesters marched in Islamabad, Pakistan, on Tuesday. Two policemen were killed during the protest, state media said.', ['Violent demonstration']],
  ['protesters killed by police are force against the crowd', 'Thousands of protesters marched in Islamabad, Pakistan, on Tuesday. Police shot dead two protesters, state media said.', ['Excessive force against protesters']],
  ['"the bomber" and "suicide bombers" are suicide bombs, not aircraft', 'At least 19 people were killed in Kabul, Afghanistan, on Friday when the bomber attacked an education centre. Al-Shabaab attacked four army bases near Eldheer, Somalia, on Saturday using suicide bombers.', ['Suicide bomb', 'Suicide bomb']],
  ['"B-1 bombers" are aircraft', 'Long-range B-1 bombers struck militia sites near Al-Qaim, Iraq, on Friday.', ['Air/drone strike']],
  ['gunmen opening fire on a plane, at no armed side, attack civilians', 'Gunmen opened fire on a plane landing at Port-au-Prince, Haiti, on Monday, wounding a flight attendant.', ['Attack']],
  ['soldiers firing on a boat are not attacking civilians by default', 'Soldiers opened fire on a boat near Ibo, Mozambique, on Monday.', ['Armed clash']],
  ['a protest that turned deadly was no peaceful protest', 'The Saba Saba demonstrations held on Monday in Nairobi, Kenya, turned deadly, leaving at least four people dead.', ['Excessive force against protesters']],
  ['a march over a killing is still a peaceful protest', 'Thousands of people marched in Uruapan, Mexico, on Sunday after the mayor was shot dead.', ['Peaceful protest', 'Attack']],
  ['a state\'s strike with no weapon named takes none of the other side\'s: not the gunmen\'s rifles, not the rebels\' missiles', 'Gunmen opened fire on a hotel in Izmir, Turkey, on Tuesday, killing five. Turkey struck PKK targets near Qandil, Iraq, on Wednesday. Rebel missiles hit a tanker off Mokha, Yemen, on Friday. Rebel missiles were fired at Eilat, Israel, on Saturday. US strikes on Hodeidah, Yemen, killed 12 on Sunday.', ['Attack', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Shelling/artillery/missile attack', 'Air/drone strike']],
  ['an explosion that hit or targeted a site, with no weapon named, was a bomb: no fight', 'A separatist group said on Monday that an explosion hit a holiday villa in Porto-Vecchio, France, on Sunday night. Two council offices in Bastia, France, were targeted by explosions on Saturday.', ['Remote explosive/landmine/IED', 'Remote explosive/landmine/IED']],
  ['a state\'s army that hits or targets a site with no weapon named struck it from afar', 'Israel hit the headquarters of Hamas in Doha, Qatar, on Tuesday. The army targeted a rebel hideout near Kidal, Mali, on Monday.', ['Air/drone strike', 'Air/drone strike']],
  ['gunmen who hit a checkpoint may have stormed it: still a fight', 'Gunmen hit a police checkpoint near Kidal, Mali, on Monday.', ['Armed clash']],
  ['attacks on a list of named villages attack civilians, however long the list', 'Gunmen attacked Kelo Bara, Tumsa, Wadi (Gero), Pindu and Lasa communities near Jos, Nigeria, on Friday.', ['Attack', 'Attack', 'Attack', 'Attack', 'Attack']],
  ['gunmen who attacked the village of X attacked civilians', 'Bandits attacked the village of Gurmi near Zurmi, Nigeria, on Friday.', ['Attack']],
  ['militants who overran a village, killing villagers, raided it: no fight', 'Militants overran Kolbe village near Mora, Cameroon, on Friday, killing three people.', ['Attack']],
  ['overrunning an army post is a fight', 'Militants overran an army post near Mora, Cameroon, on Friday, killing three soldiers.', ['Armed clash']],
  ['gunmen who attacked a village and fought soldiers there fought', 'Gunmen attacked Kolbe village near Mora, Cameroon, on Friday and clashed with soldiers, killing three soldiers.', ['Armed clash']],
  ['bombs dropped, from whatever craft, are an air strike, not planted bombs, and outrank the crowd they fell on', 'A paraglider dropped two bombs on a crowd staging a protest in Sagaing, Myanmar, on Monday, killing nine. Bombs were dropped on a school near Kosti, Sudan, on Tuesday.', ['Air/drone strike', 'Air/drone strike']],
  ['a bomb only aircraft carry is an air strike', 'A 250-kg bomb struck a clinic in Hpakant, Myanmar, on Friday. A barrel bomb hit a market in Idlib, Syria, on Sunday.', ['Air/drone strike', 'Air/drone strike']],
  ['a bombing by a state\'s army came from the air; a bomb of no army named was planted', 'The Myanmar military bombed a monastery in Sagaing, Myanmar, on Thursday, killing 14. A bomb exploded at a bus stop in Quetta, Pakistan, on Friday, killing three.', ['Air/drone strike', 'Remote explosive/landmine/IED']],
  ['grenades or bombs named in one breath with gunfire tell an assault on the spot: a fight with forces, an attack on civilians', 'The troops came under grenades, improvised explosive devices and gunfire near Suarez, Colombia, on Monday. Gunmen hurled grenades and opened fire on worshippers at a church in Owo, Nigeria, on Sunday.', ['Armed clash', 'Attack']],
  ['a mob that beats suspects to death is mob violence, not a demonstration', 'A mob beat two men to death on suspicion of stealing a van in Rangpur, Bangladesh, on Sunday.', ['Mob violence']],
  ['a crowd that lynches someone, named by the killing, attacks a civilian', 'Villagers lynched a suspected thief in Kisumu, Kenya, on Monday. An angry crowd beat a man accused of witchcraft to death in Goma, Congo, on Friday.', ['Attack', 'Attack']],
  ['a crowd that beats someone at a protest is still a violent demonstration', 'Protesters marched in Nairobi, Kenya, on Tuesday; the mob beat a police officer to death.', ['Violent demonstration']],
  ['a candidate shot at a campaign rally was attacked; the rally is no protest', 'Senator Ana Ruiz was shot and badly wounded while speaking at a campaign rally in Cali, Colombia, on Saturday. A mayoral candidate was shot dead during an election rally in Celaya, Mexico, on Monday.', ['Attack', 'Attack']],
  ['a relative\'s fate told to present a person is no incident', 'Senator Ana Ruiz was shot and wounded in Cali, Colombia, on Saturday. She is the daughter of a journalist who was kidnapped and killed in the 1990s.', ['Attack']],
  ['a beating to death on suspicion of theft in a report of mob violence is a mob\'s, not a demonstration', 'A mob torched a bus in Dhaka, Bangladesh, on August 8. The next case took place on August 9 in Rangpur, Bangladesh, where two men were beaten to death on suspicion of theft.', ['Violent demonstration', 'Mob violence']],
  ['militants that struck a post with no weapon named raided it: a fight, not an air strike', 'Militants struck a police checkpoint near Bannu, Pakistan, on Monday.', ['Armed clash']],
  ['a missile factory or shield is what was hit or what defended, not the weapon that struck', 'The Israeli military said it struck a missile production facility near Qusayr, Syria, on Friday.', ['Air/drone strike']],
  ['a crowd that sets fire to a building, or cars overturned in a town of unrest, is a riot', 'Protesters marched in Dakar, Senegal, on Friday and set fire to a police station. In Thies, Senegal, cars were turned over on Saturday during the protests.', ['Violent demonstration', 'Violent demonstration']],
  ['a bombing of no army, with no weapon named in the article, was a bomb set off there, not shelling', 'The bombing at a university gym in Jolo, Philippines, on Sunday killed four people.', ['Remote explosive/landmine/IED']],
  ['a bombing told in one sentence with a fight is typed by the bombing', 'Soldiers and rebels have fought since last year, after the bombing at a university gym in Jolo, Philippines, on Sunday.', ['Remote explosive/landmine/IED']],
  ['bandits who ambushed villagers attacked them; an ambush of soldiers is a fight', 'Bandits ambushed Kware village near Gusau, Nigeria, on Friday, killing three villagers. Bandits ambushed a patrol near Gusau, Nigeria, on Saturday, killing three soldiers.', ['Attack', 'Armed clash']],
  ['the part of a wave\'s sentence told of another town is that town\'s', 'Workers held a general strike across Italy on Monday. In Bari, protesters smashed shop windows; in Lecce, demonstrators waved flags outside the town hall.', ['Peaceful protest', 'Violent demonstration', 'Peaceful protest']],
];

describe('event types', () => {
  for (const [shows, text, types] of cases) it(shows, () => expect(subTypes(text)).toEqual(types));
});
