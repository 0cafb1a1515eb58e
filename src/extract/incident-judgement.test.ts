// The judgement "is this a reported incident?": each rule that says no is named and gives its reason.
import { describe, expect, it } from 'vitest';
import { extractText as run } from './test-article.js';

describe('not an incident, with the rule and its reason', () => {
  const cases: Array<[string, string]> = [
    ['For the past four months, federal forces have been fighting a local militia in the region.', 'n-durative'],
    ['In the two-year war in the north, the militia fought on the side of federal troops.', 'n-war-frame'],
    ['Its regional forces fought together with federal troops against the rebels.', 'n-alliance'],
    ['Tanks were sent into the capital by the junta on Friday.', 'n-sent-in'],
    ['The government imposed a curfew, aiming to rein in violent protests in Puno.', 'n-quell'],
    ['Forty villagers were killed in 12 incidents of cattle raiding in Jonglei last year.', 'n-counted-in'],
    ['The envoys in Geneva agreed on Friday to pause drone strikes on the Kherson port.', 'n-quell'],
    ['Rebels were trying to attack the town of Gwoza on Sunday.', 'n-aim'],
    ['It was the deadliest day since the 2008 Mumbai attacks.', 'n-since-marker'],
    ['Schools in Imphal stayed shut because of the unrest.', 'n-backdrop'],
    ['The ministry in Kyiv summoned the ambassador to protest the shelling of Kharkiv.', 'n-backdrop'],
    ['The opposition called on supporters to protest in Maputo on Thursday.', 'n-call-to-act'],
    ['A civil society collective in Dakar has called a fresh demonstration for Tuesday.', 'n-call-to-act'],
    ['The governor of Tbilisi imposed a three-day ban on rallies and marches on Friday.', 'n-ban-on-crowds'],
    ['In October, Washington hit the president with sanctions.', 'n-policy'],
    ['The army knew on Friday that an attack was coming.', 'n-expected'],
    ['The protests started a month ago, when the president was removed.', 'n-wave-start'],
    ['The protests in Belgrade began in November, after the station disaster.', 'n-wave-start'],
    ['The unrest began in Plovdiv earlier last week over the price of bread.', 'n-wave-start'],
    ['The marches had started last week in reaction to the new tax on fuel.', 'n-wave-start'],
    ['The militia in Goma ordered the troops out ahead of an expected offensive.', 'n-expected-adj'],
    ['The collapse of a station roof in Novi Sad killed 16 people on Friday.', 'n-accident'],
    ['Police in Balayan set up checkpoints to intercept the fleeing rebels on Sunday.', 'n-intent'],
    ['Zamfara is among the states worst hit by terrorism in north-west Nigeria.', 'n-descriptor'],
    ['Although the US strikes hit no locations inside Iran on Friday, they deepen worries.', 'n-negation-after'],
    ['In Leeds, the vigil ended on Sunday without injuries or clashes.', 'n-negated-list'],
    ['In Kathmandu on Monday, the ban was taken as a frontal attack on free speech.', 'n-figurative'],
    ['The ELN enforced a 72-hour armed strike in Cesar on Tuesday.', 'n-stoppage'],
    ['Yared was the sixth humanitarian worker to be killed this year in Amhara.', 'n-ordinal-victim'],
    ['Peru is going through a bout of civil unrest in Lima.', 'n-state'],
    ['Civil unrest in Lima has gripped the country since the vote.', 'n-state-subject'],
    ['"Each time the bus pulled away from one ambush, the shooting started again," a passenger said.', 'n-every-time'],
    ['The interim leader in Damascus faces a major test in the unrest in Sweida.', 'n-state'],
    ['Aid workers in Amhara face security threats including armed robberies and kidnappings.', 'n-threat'],
    ['Yared was the sixth aid worker to die this year in Amhara, where government forces are fighting local militias.', 'n-war-setting'],
    ['Northwest Nigeria has seen repeated school abductions by armed gangs.', 'n-repeated'],
    ['The US responded by starting an airstrike campaign in Yemen in January.', 'n-campaign'],
    ['Students in Dhaka looked back on earlier riots in Nepal and Chile.', 'n-earlier-plural'],
    ['Nine people had died in Sucre during weeks of previous protests against the mayor.', 'n-earlier-plural'],
    ['Residents of Khan Younis live with daily airstrikes on the town.', 'n-habitual-adj'],
    ['Karky led efforts in Nabatieh to rebuild Hezbollah\'s combat capabilities.', 'n-attributive'],
    ['The army killed 218 fighters in Lebanon in the year since the truce took effect.', 'n-since-span'],
    ['Turnout in Paris on Thursday was higher than on 1 May (150,000 demonstrators).', 'n-comparison'],
    ['The center said 49 percent of the assassinations took place south of the Litani in Lebanon.', 'n-share'],
    ['The group waved a flag of defiance carried by Gen Z protesters in Nepal.', 'n-bearer'],
    ['The province of Balochistan saw fourteen separate attacks in six months.', 'n-generic-count'],
    ['Shi\'ite armed groups in Iraq took a leading part in the fight against Islamic State, fighting within the Hashid Shaabi.', 'n-role-in'],
    ['The garrison in Baidoa played a key role in the fighting against al-Shabaab.', 'n-role-in'],
    ['Here\'s what happened in Caracas today', 'n-teaser'],
    ['Funeral prayers for the martyred policemen were held in Lakki Marwat.', 'n-victims-named'],
    ['Officials in Kyiv said the strikes have continued even as talks go on.', 'n-continued-perfect'],
    ['The demonstrations in Colombo had been peaceful for weeks.', 'n-durative'],
    ['Its raids in Ituri killed almost 900 people in the three years from 2018 to the end of 2021.', 'n-durative'],
    ['The militia attacks in Tillaberi have killed hundreds over the years.', 'n-durative'],
    ['Attacks by the group in Borno killed 2,000 people between 2016 and 2019.', 'n-durative'],
    ['VOA reported that clashes between Fano and the federal government erupted in April in Amhara.', 'n-wave-start'],
    ['Two journalists were hit in the legs by rubber bullets in Maputo on Monday.', 'n-hit-by-round'],
    ['The roof of the station in Novi Sad collapsed in November and killed 16 people.', 'n-accident-verb'],
    ['"Now they are killing our sons in Kindu," the priest wrote on Sunday.', 'n-progressive'],
    ['Residents of Goma are weary after 14 months of fighting between the army and the militia.', 'n-durative'],
    ['Two of the wounded were still fighting for their lives in a hospital in Kindu on Sunday.', 'n-fighting-for-life'],
    ['The junta is still bombing villages in Sagaing, the envoy said.', 'n-progressive'],
    ['Mourners in Zagreb remembered the nine killed when a footbridge roof outside the market fell on them.', 'n-accident-verb'],
    ['The collapse of a footbridge over the river near the old market in Zagreb on March 3 two years ago killed nine people.', 'n-accident'],
    ['Forty protesters in Lima now face criminal charges.', 'n-legal-aftermath'],
    ['The colonel is accused of murder over the deaths of six marchers killed by troops in Cochabamba.', 'n-charged-over'],
    ['The mayor of Potosi was later questioned by a new government over his part in the massacre in Llallagua.', 'n-charged-over'],
    ['Bombing a hospital in Idlib would be a grave breach of the truce.', 'n-gerund-subject'],
    ['Riot police in Lisbon fired tear gas to scatter the crowd.', 'n-crowd-control'],
    ['The union leader in Turin said the decree undermines the right to strike.', 'n-right-to-act'],
    ['The mayor of Lyon hit back on Monday at the minister\'s "lazy city" remarks.', 'n-retort'],
    ['Over the same month, at least 12 people were killed and 300 injured in political violence in Khulna.', 'n-stat-period'],
    ['Police figures show that 14 people were killed in Derry during the first half of the year.', 'n-stat-period'],
    ['Mob violence in Sylhet rose alarmingly in 2024.', 'n-trend'],
    ['The police in Armagh recorded a rise in bombing incidents.', 'n-rise-in'],
    ['In Khulna, 40 people have been killed in clashes since the election.', 'j-summary'],
    ['The union in Turin announced a general strike to mourn the dead workers.', 'n-plan-noun'],
    ['Officials said the movement had announced a peaceful protest in Lusaka.', 'n-plan-noun'],
    ['The army in Gedo is preparing a major offensive against the rebels.', 'n-plan-noun'],
    ['On Friday the rebels in Kivu claimed five recent attacks on army posts.', 'n-generic-count'],
    ['These rebel attacks in Kivu claimed 40 lives and injured 60 people.', 'n-generic-count'],
    ['Four of them happened in the Armagh district.', 'n-share'],
    ['One of those killed in Armagh was a retired teacher.', 'n-victims-named'],
    ['A brigade commander in Sulu identified the slain soldier as a father of three.', 'n-victims-named'],
    ['The police in Tijuana said the gang members killed on Tuesday were thought to belong to a rival faction.', 'n-victims-after'],
    ['"We ask the county in Jonglei to return the raided goats," the commissioner said.', 'n-participle-adjective'],
    ['Every deadly strike on Kharkiv shows that the pressure on Moscow is too weak, the mayor said.', 'n-every'],
    ['Most people in Dhaka are worried about mob violence, a poll found.', 'n-backdrop'],
    ['In a statement, the army in Gondar accused the militia of mounting attacks in several districts.', 'n-several-places'],
    ['In Sidon, the Israeli raids were widely read as a warning to the group, analysts said.', 'n-judged-as'],
    ['The analyst sees the rallies in Lome as part of a wider trend across the region.', 'n-trend-turn'],
    ['The bombing was the fourth on a market in Borno in two weeks.', 'n-ordinal-rank'],
    ['Friday\'s raid is the latest in a string of attacks in Zamfara.', 'n-ordinal-rank'],
    ['It was the second ambush of its kind near Gao within a day.', 'n-ordinal-rank-it'],
    ['It is the third time this month that militants have attacked the base in Gao.', 'n-ordinal-time'],
    ['Today is the 95th day of the sit-in outside the ministry in Lome.', 'n-ordinal-day'],
    ['By Friday, protesters had blocked the avenue in Quito for 120 consecutive days.', 'n-durative'],
    ['Cartels in Sinaloa, Mexico, show a growing reliance on drone strikes against rivals.', 'n-trend-turn'],
    ['About 300 of these recorded deaths in Borno came from raids on farming villages.', 'n-share-toll'],
    ['Kidnappings in Zamfara were up 20 percent on last year.', 'n-percent-change'],
    ['The total covers 60 local officials attacked in Guerrero, including nine who were shot dead.', 'n-total-covers'],
    ['Troops in Kunar killed 40 militants in a number of operations.', 'n-operations-count'],
    ['The army carried out 18 major operations in Kunar, in which 35 militants were killed.', 'n-operations-count'],
    ['Of those killed in Guerrero, more than half were local officials.', 'n-share-of-dead'],
    ['The province of Sindh also saw 30 incidents in which gunmen attacked police posts.', 'n-recorded-count'],
    ['Compared with the same period last year, 30 people were killed in Sindh.', 'n-stat-period'],
    ['In the first five months of this year, 62 guards were killed in Sindh.', 'n-stat-period'],
    ['Hundreds of people have been hurt in the riots of the past few days in Osh, doctors said on Friday.', 'n-days-span'],
    ['Mostly peaceful protests over the past year in Osh drew a harsh police response.', 'n-days-span'],
    ['Reporters in Osh were there on 3 and 4 May and give a first account of what took place.', 'n-what-happened'],
    ['The cabinet is wrong, said a farmers\' leader in Lima who backs the nationwide protests.', 'n-stance'],
    ['Protesters rally outside the ministry in Lusaka every Monday and Friday.', 'n-habitual'],
    ['In the past month the riots in Kano brought down two ministers.', 'n-past-month'],
    ['As calls for weekend street protests in Lusaka grew, police closed the square.', 'n-call-to-act'],
    ['Last month the rebels in Ituri killed 40 villagers in multiple attacks.', 'n-toll-in-plural'],
    ['Observers in Mamfe describe the attack as a heavy blow to the state.', 'n-described-as'],
    ['On Monday the minister in Lome said Togo had seen an ambush, 14 clashes with gunmen and 7 explosions in Kpendjal.', 'n-act-count'],
    ['Of these, 40 were killed and 12 abducted in Jonglei.', 'n-share-of-dead'],
    ['The envoy in Juba said the rising trend of abductions in Jonglei was alarming.', 'n-trend-turn'],
    ['Police in Lome listed some of last year\'s demonstrations.', 'n-period-plural'],
    ['Most of this year\'s airstrikes in Gedo were aimed at the militants.', 'n-period-plural'],
    ['Prosecutors in Tbilisi cited Criminal Code articles covering assault on a police officer.', 'n-legal-article'],
    ['Two years later a civil war broke out that was fought largely along ethnic lines in Jonglei.', 'n-war-fought'],
    ['The wake for the dead took place in Sacaba amid weeping.', 'n-occasion'],
    ['Police in Tel Aviv had approved a request to hold a protest at the junction.', 'n-permit'],
    ['The rally in Skopje is part of a nationwide movement against the new tax.', 'n-part-of'],
    ['Students in Skopje joined the protests held daily outside the ministry.', 'n-habitual-after'],
    ['Drivers in Amhara face security threats including armed robberies, illegal checkpoints, truck hijackings and the looting of food aid.', 'n-threat-list'],
    ['The attacks in Hasakah have taken many forms, among them bombings and ambushes.', 'n-kinds'],
    ['Traders in Dakar said the riots could return this week.', 'n-future-after'],
    ['The mission in Somalia now launches more airstrikes than the mission in Yemen.', 'n-more-acts-than'],
    ['Monitors in Sindh counted 40 violent incidents in which 60 people were killed.', 'n-counted-in-which'],
    ['In Kampala, the protesters had vowed to go ahead with the march.', 'n-crowd-intent'],
    ['Organisers in Kosice counted far more marchers than at the protests in March.', 'n-comparison'],
    ['Most of May\'s protests in Rosario were held on the 12th.', 'n-period-plural'],
    ['A general strike has been called by the unions in Turin for Friday.', 'n-call-to-act'],
    ['A concrete canopy fell at the station in Nis on Friday, killing nine people.', 'n-accident-verb'],
  ];
  for (const [text, rule] of cases) {
    it(`${rule}: "${text}"`, () => {
      const x = run(text);
      expect(x.events).toHaveLength(0);
      const r = x.rejected.find((y) => y.rule === rule);
      expect(r).toBeDefined();
      expect(r!.reason.length).toBeGreaterThan(10);
      expect(r!.sentence.text).toBe(text);
    });
  }

  it('n-durative spares an act with a backdrop told after it: ", as the government tries to end a decades-long war"', () => {
    const x = run('Four police officers were killed in an ambush in Tolima on Monday, as the government tries to end a decades-long war.', '2024-05-14');
    expect(x.rejected.map((r) => r.rule)).not.toContain('n-durative');
    expect(x.events).toHaveLength(1);
    expect(run('Four police officers were killed in Tolima on Monday, as part of a decades-long campaign of ambushes.', '2024-05-14').rejected.map((r) => r.rule)).toContain('n-durative');
  });

  it('n-inchoative spares a launch: "began a surprise offensive in Idlib on Thursday" is one incident', () => {
    const x = run('On Thursday, Hayat Tahrir al-Sham began a surprise offensive in Idlib province.', '2024-11-30');
    expect(x.events).toHaveLength(1);
    expect(run('The Houthis started attacking ships in the Red Sea in November.', '2024-11-30').rejected.map((r) => r.rule)).toContain('n-inchoative');
  });

  it('n-inchoative spares a scene: "began attacking the police officers" is the scene\'s violence starting', () => {
    const x = run('Riot police guarded the party office in Mombasa, Kenya on Monday night. A group of masked men began attacking the police officers at the gate with bottles and stones.', '2025-06-17');
    expect(x.rejected.map((r) => r.rule)).not.toContain('n-inchoative');
    expect(x.events).toHaveLength(1);
    expect(run('The Houthis began attacking the ships of Israel\'s allies in November.', '2024-11-30').rejected.map((r) => r.rule)).toContain('n-inchoative');
  });

  it('n-times counts acts, not a unit or a day of a wave', () => {
    const unit = run('Three soldiers of the 3rd Cavalry were killed when rebels ambushed their patrol in Sagada on Sunday.', '2025-03-03');
    expect(unit.rejected.map((r) => r.rule)).not.toContain('n-times');
    expect(unit.events).toHaveLength(1);
    const wave = run('On Friday, the 120th day of the protests in Skopje, police detained six marchers.', '2025-03-03');
    expect(wave.rejected.map((r) => r.rule)).not.toContain('n-times');
    expect(wave.events).toHaveLength(1);
    expect(run('Today is the 121st day of the protests in Skopje.', '2025-03-03').rejected.map((r) => r.rule)).toContain('n-ordinal-day');
    expect(run('The rebels said the raid on Sagada was their 14th attack this year.', '2025-03-03').rejected.map((r) => r.rule)).toContain('n-times');
  });

  it('a statistic sums up what points back to it: "wounded in the strikes" after a count of operations is no incident', () => {
    const x = run('The army in Kunar killed 40 militants in a number of operations. Another 70 people were wounded in the strikes.', '2025-03-01');
    expect(x.events).toHaveLength(0);
  });

  it('n-habitual-adj: "the weekly protest" told on its day is one incident, not a habit', () => {
    const x = run('On Wednesday afternoon, the weekly protest by pensioners in Buenos Aires turned violent.', '2025-03-13');
    expect(x.events).toHaveLength(1);
    expect(x.rejected.map((r) => r.rule)).not.toContain('n-habitual-adj');
  });

  it('j-summary counts the story\'s own sentences: menu, byline and image lines before the lead are not the lead', () => {
    const page = ['News update', '  • Hospitals overwhelmed in the east', 'World News Desk 2025-01-28, 12:34pm', 'image-241787.jpg', ''].join('\n');
    const lead = 'Hospital sources say at least 17 people have been killed in the fighting still going on in Goma.';
    const x = run(`${page}\n${lead}`, '2025-01-28');
    expect(x.rejected.map((r) => r.rule)).not.toContain('j-summary');
    expect(x.events).toHaveLength(1);
  });

  it('j-summary: past the lead, "have been attacking" is an ongoing campaign', () => {
    const x = run('US jets struck radar sites in Yemen on Friday. Officials gave no toll. Britain joined the operation. The Houthis, who control most of Yemen, have been attacking Red Sea shipping.');
    expect(x.events).toHaveLength(1);
    expect(x.rejected.map((r) => r.rule)).toContain('j-summary');
  });

  it('j-perfect-toll: past the lead, "N people have been killed" is the toll of the incident told, not a summary', () => {
    const lead = 'Two militias fought in the centre of Misrata on Tuesday night. The fighting went on until dawn. Shops stayed shut.';
    const x = run(`${lead} According to the city hospital, eight people have been killed, a nurse among them, and 30 others wounded.`, '2024-05-15');
    expect(x.events).toHaveLength(1);
    expect([x.events[0]!.fatalities?.best, x.events[0]!.injured?.best]).toEqual([8, 30]);
    const y = run(`${lead} Some 3,000 people have been killed since the war began.`, '2024-05-15');
    expect(y.events[0]!.fatalities?.best ?? null).toBeNull();
    const z = run(`${lead} Aid groups say 30 people have been killed and 5,000 displaced.`, '2024-05-15');
    expect(z.events[0]!.fatalities?.best ?? null).toBeNull();
  });

  it('x-perfect-telling: "have confirmed that", "reports have emerged of": the perfect is the telling\'s, not the act\'s', () => {
    const lead = 'Bandits raided the village of Kuyello on Monday. The raid left three dead. Residents fled. Police gave chase.';
    const x = run(`${lead} Officials have confirmed that gunmen attacked a school in Birnin Gwari, wounding two pupils.`, '2025-03-04');
    expect(x.rejected.map((r) => r.rule)).not.toContain('j-summary');
    expect(x.events.map((e) => e.location.name)).toContain('Birnin Gwari');
    const y = run(`${lead} Militants have attacked schools across the north, officials have said.`, '2025-03-04');
    expect(y.rejected.map((r) => r.rule)).toContain('j-summary');
  });

  it('j-summary: past the lead, "protesters from X have demanded" is a campaign, not one protest', () => {
    const { events, rejected } = run('Gen Z protests spread across the world this year. Young people lead them. Many are angry. In Morocco, protesters from a group called "Gen Z 212" have demanded better health and education services.', '2025-10-16');
    expect(events.flatMap((e) => e.mentions).filter((m) => m.sentence.text.includes('Gen Z 212'))).toHaveLength(0);
    expect(rejected.map((r) => r.rule)).toContain('j-summary');
  });
  it('n-ban-on-crowds: a crowd that defied a ban on rallies did gather', () => {
    const x = run('Thousands defied a ban on rallies in Tbilisi on Sunday, police said.', '2025-05-12');
    expect(x.events).toHaveLength(1);
    expect(x.rejected.map((r) => r.rule)).not.toContain('n-ban-on-crowds');
  });
  it('an incident beside the same words is still reported', () => {
    expect(run('Gunmen killed five villagers in Gwoza on Sunday, police said.').events).toHaveLength(1);
    expect(run('Fighters seeking to avenge the killing of four men attacked the town of Gwoza on Sunday.').events).toHaveLength(1);
    // "groups allied with them" names who acted; it reports no alliance
    expect(run('A war monitor on Tuesday accused government forces and groups allied with them of killing 19 civilians in Sweida.', '2025-07-15').events).toHaveLength(1);
    // "started by the air strike" is the strike's own fire, not the start of a campaign
    expect(run('A fire started by the air strike on Kyauk Ni Maw on Wednesday destroyed 500 houses.', '2025-01-09').rejected.map((r) => r.rule)).not.toContain('n-inchoative');
    // a plan, a count or a share named beside an act told in full leaves that act an incident
    expect(run('Thousands marched in Lusaka on Monday in a protest the union had announced.', '2025-03-04').events).toHaveLength(1);
    expect(run('Rebels attacked an army post in Gedo on Sunday, days after the army began preparing for operations.', '2025-03-04').events).toHaveLength(1);
    expect(run('Two of the rebels were killed when troops ambushed them in Gedo on Sunday.', '2025-03-04').events).toHaveLength(1);
    // a unit's number ("the 2nd Cavalry") and a day's ("the 40th day of the strike") count no incidents
    expect(run('Gunmen ambushed a patrol of the 2nd Cavalry near Gedo on Sunday, killing three soldiers.', '2025-03-04').events).toHaveLength(1);
    expect(run('On March 2, the 40th day of the sit-in, police detained six teachers in Lome.', '2025-03-04').events).toHaveLength(1);
    // the month is no modal verb; the modal still rules a possible act out
    expect(run('On May 10, militants fired rockets at an army post in Gedo.', '2025-05-12').events).toHaveLength(1);
    expect(run('Militants fired rockets at an army post in Gedo in mid-May, police said.', '2025-06-12').events).toHaveLength(1);
    expect(run('Militants may attack the army post in Gedo on Sunday, police said.', '2025-05-12').rejected.map((r) => r.rule)).toContain('n-future');
    // a verb with its object, or a relative clause's "that", is an act told, not a participle naming the dead or a ruin
    expect(run('The gunmen killed in Gedo on Sunday three traders who were returning from market.', '2025-03-04').rejected.map((r) => r.rule)).not.toContain('n-victims-after');
    expect(run('The militia that attacked the village of Gwoza on Sunday killed five farmers.', '2025-03-04').events).toHaveLength(1);
    // a crowd's size written with thousands separators is a crowd's size, not a count of acts (n-generic-count)
    expect(run('Turin saw large crowds on Saturday, with more than 12,000 people marching past the station.', '2025-03-04').events).toHaveLength(1);
    // a negated list leaves the gathering it describes told: "marches ... without incidents or clashes"
    expect(run('In Leeds, marches went through the centre on Sunday without incidents or clashes.', '2025-03-04').events.map((e) => e.sub_event_type)).toEqual(['Peaceful protest']);
  });
});

describe('j-year-only: an act dated only by a past year', () => {
  it('"hit by bomb attacks in 2019" is history at a year\'s grain, not an incident', () => {
    const x = run('The market in Kano was hit by bomb attacks in 2019.', '2024-05-14');
    expect(x.events).toHaveLength(0);
    expect(x.rejected.map((r) => r.rule)).toContain('j-year-only');
  });
  it('"last year" is a past year too: "Last year, 30 guards were killed in raids in Kano" is history; "in May last year" keeps its month', () => {
    const x = run('Last year, 30 guards were killed in raids in Kano.', '2024-05-14');
    expect(x.events).toHaveLength(0);
    expect(x.rejected.map((r) => r.rule)).toContain('j-year-only');
    expect(run('Gunmen killed five traders in Kano in May last year.', '2024-05-14').events).toHaveLength(1);
  });
  it('a year in a relative clause, or a day beside the year, leaves the act told', () => {
    expect(run('The junta, which seized power in 2021, shelled a village in Sagaing.', '2024-05-14').events).toHaveLength(1);
    expect(run('Gunmen killed five traders in Kano on May 3, 2022.', '2024-05-14').events).toHaveLength(1);
  });
  it('j-year-toll: a past year\'s dead with no killer and no place are its statistic; with them, a recalled incident', () => {
    const x = run('In 2022, at least 403 people were slain.', '2024-05-14');
    expect(x.events).toHaveLength(0);
    expect(x.rejected.map((r) => r.rule)).toContain('j-year-toll');
    expect(run('In 2022, gunmen killed 40 villagers in Zamfara, Nigeria.', '2024-05-14').events).toHaveLength(1);
  });
  it('"last year" alone dates an act at a year\'s grain too; a month of last year dates it', () => {
    const x = run('Officials in Pibor blamed the militia for killing a county chief last year.', '2024-05-14');
    expect(x.events).toHaveLength(0);
    expect(x.rejected.map((r) => r.rule)).toContain('j-year-only');
    expect(run('Gunmen killed a county chief in Pibor in March last year.', '2024-05-14').events).toHaveLength(1);
  });
  it('a year opening the sentence dates a recalled incident within it (t-year), as before', () => {
    expect(run('In 2014 Boko Haram kidnapped 270 schoolgirls in Chibok, Nigeria.', '2024-05-14').events[0]?.date?.earliest).toBe('2014-01-01');
  });
});

describe('time markers', () => {
  it('"the first killed since last year\'s October 7 Hamas attack" reports neither a killing nor the attack', () => {
    expect(run('It is the first time American soldiers have been killed in this region since last year\'s October 7 Hamas attack on Israel.').events).toHaveLength(0);
  });
});

describe('event types', () => {
  it('someone killed in no fight by no one named is an attack on civilians', () => {
    const [e] = run('A woman was murdered inside her home in Culiacan on Sunday, police said.').events;
    expect([e?.event_type, e?.sub_event_type]).toEqual(['Violence against civilians', 'Attack']);
  });
  it('an armed raid or shooting on civilians is an attack on them, not a clash; a bombing of them stays a bombing', () => {
    const type = (text: string) => { const [e] = run(text).events; return [e?.event_type, e?.sub_event_type]; };
    expect(type('Gunmen raided the village of Egbekaw in Mamfe on Sunday, killing 25 civilians.')).toEqual(['Violence against civilians', 'Attack']);
    expect(type('Gunmen opened fire on villagers in Mamfe on Sunday, killing 25 of them.')).toEqual(['Violence against civilians', 'Attack']);
    expect(type('Gunmen attacked an army post in Mamfe on Sunday, killing five soldiers.')).toEqual(['Battles', 'Armed clash']);
    expect(type('A car bombing killed 12 civilians in Cali on Thursday.')[0]).toBe('Explosions/Remote violence');
  });
  it('a bombing that names no weapon is no clash: the article\'s explosive weapon, else shelling; an army\'s came from the air', () => {
    const types = (text: string) => run(text).events.map((e) => e.sub_event_type);
    expect(types('Rebels bombed the village of Lyptsi in Russia on Monday, killing two.')).toEqual(['Shelling/artillery/missile attack']);
    expect(types('The army bombed the village of Lyptsi in Russia on Monday, killing two.')).toEqual(['Air/drone strike']);
    expect(types('Drones hit a depot in Kharkiv on Saturday. On Monday the army bombed the village of Lyptsi in Russia, killing two.')).toEqual(['Air/drone strike', 'Air/drone strike']);
  });
  it('a bare killing in a report that tells fighting more often than any weapon is the fighting\'s, not an air strike', () => {
    const { events } = run('Soldiers from Thailand and Cambodia fought each other along their border on Thursday. Thailand also carried out airstrikes in Cambodia. ' +
      'Fighting flared again near the border on Friday. In Bangkok, the Health Ministry said that two Thai soldiers had been killed.', '2025-07-26');
    expect(events.find((e) => e.location.name === 'Bangkok')?.sub_event_type).toBe('Armed clash');
  });
  it('tear gas grenades are no grenade attack', () => {
    const [e] = run('Police fired tear gas grenades at protesters in Marseille on Friday.').events;
    expect(e?.event_type).toBe('Protests');
  });
});

describe('a toll put at a figure is the incident\'s, not a running toll', () => {
  it('"put the number killed in the army drone strike at 85" keeps the strike and its 85', () => {
    const { events } = run('An army drone strike hit Tudun Biri village in Kaduna State on Sunday. Dahiru put the number killed in the army drone strike at 85, women and children among them.', '2023-12-05');
    expect(events.map((e) => e.fatalities.best)).toEqual([85]);
  });
  it('"have been killed in the conflict" is a war\'s toll, not the incident\'s', () => {
    const { events } = run('A drone strike hit a village in Shan State on Sunday, killing four. The dead were farmers. The army denied it. More than 5,000 civilians have been killed during the three-year civil war, the United Nations estimates.', '2023-12-05');
    expect(events.map((e) => e.fatalities.best)).toEqual([4]);
  });
  it('"24 have been killed in the armed conflict on the border", in the lead, is the incident\'s toll', () => {
    const { events } = run('Kyrgyz and Tajik troops clashed in Batken on Wednesday. Twenty-four soldiers have been killed in the armed conflict, the health minister said.', '2022-09-17');
    expect(events.map((e) => e.fatalities.best)).toEqual([24]);
  });
  it('a toll with no act of its own told over a year or months is background, not the incident\'s', () => {
    const a = run('Police raided a slum in Recife on Tuesday, killing three suspects. According to a rights group, 1,200 people died at the hands of police in Brazil in 2022.', '2023-08-03');
    expect(a.events.map((e) => e.fatalities.best)).toEqual([3]);
    const b = run('A bomb hit a patrol in Pattani on Sunday, killing one soldier. Over the past three months, militancy has left 40 people dead in the province.', '2024-07-18');
    expect(b.events.map((e) => e.fatalities.best)).toEqual([1]);
  });
  it('a toll told over a stretch of years, or of lives a war "had claimed since", is a conflict\'s, not the incident\'s', () => {
    const a = run('A roadside bomb hit an army truck in Tillia on Monday, killing two soldiers. The decade-long rebellion has killed more than 9,000 people, a monitoring group says.', '2024-03-12');
    expect(a.events.map((e) => e.fatalities.best)).toEqual([2]);
    const b = run('Rebels attacked a police post in Kisangani on Friday, killing three officers. A civil war between 2001 and 2009 left hundreds of thousands of people dead.', '2024-03-12');
    expect(b.events.map((e) => e.fatalities.best)).toEqual([3]);
    const c = run('Gunmen ambushed a convoy near Rioverde on Friday; one soldier died. The truce was meant to end a war that had claimed more than 80,000 lives since the 1980s.', '2024-03-12');
    expect(c.events.map((e) => e.fatalities.best)).toEqual([1]);
  });
  it('"the number of people killed since October" is still a running toll', () => {
    const { events } = run('A drone strike hit a village in Kaduna State on Sunday, killing four. The number of people killed in strikes since October has passed 300.', '2023-12-05');
    expect(events.map((e) => e.fatalities.best)).toEqual([4]);
  });
});

describe('j-joint-toll: one toll for several incidents', () => {
  it('"Two separate attacks left 19 dead" gives no incident the 19; the toll told of one does', () => {
    const { events } = run('Two separate attacks in Colombia on Thursday left at least 19 people dead: in Amalfi, dissidents used a drone to down a police helicopter. The attack on the helicopter killed thirteen police officers.', '2025-08-22');
    expect(events.map((e) => e.fatalities.best)).toEqual([13]);
  });
  it('"four attacks, but no casualties": none is each one\'s', () => {
    const { events } = run('Late on Thursday, four attacks hit US forces at Ain al-Asad, but neither casualties nor damage resulted.', '2023-11-24');
    expect(events.map((e) => e.fatalities.best)).toEqual([0]);
  });
});

describe('"the number killed" of one incident is its toll, of a period a summary', () => {
  it('"The number of people killed in the attack has risen to 23" raises the attack\'s toll', () => {
    const { events } = run('Gunmen attacked a market in Mopti on Monday, killing four people. The number of people killed in the attack has risen to 23, officials said.');
    expect(events.map((e) => e.fatalities.best)).toEqual([23]);
  });
  it('"the number of people killed in a month of protests climbed to 40" does not', () => {
    const { events } = run('Gunmen attacked a market in Mopti on Monday, killing four people. The number of people killed in a month of protests climbed to 40.');
    expect(events.map((e) => e.fatalities.best)).toEqual([4]);
  });
});

describe('acts that point back to a summary', () => {
  it('a toll over a span of months is a summary (j-summary), and "the strikes" after it are its strikes', () => {
    const { events, rejected } = run('Human Rights Watch said on Tuesday that drone strikes in Haiti killed at least 1,243 people between March 1, 2025, and January 21, 2026. The data also showed that 738 people were wounded in the strikes.', '2026-03-10');
    expect(events).toHaveLength(0);
    expect(rejected.map((r) => r.rule)).toContain('j-summary');
  });
  it('"the junta attacks" after a count of 409 attacks point back to the count, not to one incident', () => {
    const { events } = run('The Myanmar regime launched 409 attacks on Arakan Army-held townships in Rakhine State in April. One civilian was killed in the junta attacks and 28 others were injured. The HDCO condemned the attacks.', '2025-04-25');
    expect(events).toHaveLength(0);
  });
  it('a span of days keeps its last day as the act\'s', () => {
    const { events } = run('Gunmen killed 12 villagers in Zamfara between Monday and Tuesday.', '2025-04-25');
    expect(events).toHaveLength(1);
  });
});

describe('n-trend spares a toll that rose', () => {
  it('"the death toll from the bombing of a market in Jos rose sharply" keeps the bombing', () => {
    expect(run('The death toll from the bombing of a market in Jos on Monday rose sharply to 20.', '2024-05-14').events).toHaveLength(1);
  });
});

describe('n-reaction: the object of a reaction retells an incident already told', () => {
  it('"accused the protesters of setting fire to cars" after the clash told is no second incident', () => {
    const x = run('Police and supporters of the party clashed in Kragujevac on Monday, leaving two dead. Police also accused the protesters of setting fire to 40 cars.', '2024-05-14');
    expect(x.events).toHaveLength(1);
    expect(x.rejected.map((r) => r.rule)).toContain('n-reaction');
  });
  it('a reaction that names a new place tells an incident of its own', () => {
    const x = run('Protesters attacked police in Kragujevac on Monday night. The minister accused protesters of attacking police in Kragujevac and Nis.', '2024-05-14');
    expect(x.events.map((e) => e.location?.name).sort()).toEqual(['Kragujevac', 'Nis']);
  });
  it('regret voiced over an act, or "those behind the attack", retell it; the day it was said sets nothing apart', () => {
    const regret = run('Youths set fire to the council offices in Tamale on Monday, and police fired on them. The president voiced regret over the violent protest, his spokesman said on Tuesday.', '2024-05-15');
    expect(regret.events).toHaveLength(1);
    expect(regret.rejected.map((r) => r.rule)).toContain('n-reaction');
    const behind = run('A suicide bomber killed nine people at a checkpoint in Bannu on Monday. The premier vowed that those behind the attack would be punished.', '2024-05-15');
    expect(behind.events).toHaveLength(1);
    expect(behind.events[0]!.mentions.find((m) => m.trigger === 'attack')?.reaction).toBe(true);
  });
  it('a lead that opens with the reaction retells the incident told after it', () => {
    const x = run('The governor voiced regret over the violent protest in Tamale, his aide said on Tuesday. Youths set fire to the council offices in Tamale on Monday, and police fired on them.', '2024-05-15');
    expect(x.events).toHaveLength(1);
    expect(x.rejected.map((r) => r.rule)).toContain('n-reaction');
  });
  it('a reaction told alone is the report of its incident', () => {
    const x = run('The governor condemned the attack on the market in Jos on Monday.', '2024-05-14');
    expect(x.events).toHaveLength(1);
  });
});

describe('j-war-course: how a war began or grew, long ago, is its history', () => {
  it('a war that broke out or grew into a wider war long before the story reports no incident', () => {
    for (const text of [
      'Fighting broke out on April 15, 2023 between the army and the rebels in Darfur.',
      'Clashes between the army and the separatists in Mali erupted again in August 2023 after a lull of eight years.',
      'Combat between the army and Tuareg rebels in Mali resumed in January 2012.',
      'The army launched an offensive on Tigray in November 2020, which escalated into a full-scale war in 2021.',
      'The rebels answered with air strikes and shelling on Goma, and the low-level conflict grew into a full-scale war in March 2024.',
      'The two armies began a joint offensive against the rebels in Ituri in November 2022.',
    ]) {
      const x = run(text, '2025-06-10');
      expect(x.events, text).toHaveLength(0);
      expect(x.rejected.map((r) => r.rule), text).toContain('j-war-course');
    }
  });
  it('an offensive launched on a recent day is the news', () => {
    expect(run('The army launched an offensive against the rebels in Ituri on Monday.', '2025-06-12').events).toHaveLength(1);
  });
  it('fighting that broke out on a recent day is the news', () => {
    const x = run('Heavy fighting broke out again on Tuesday between the army and the rebels in Kurram, Pakistan.', '2025-06-12');
    expect(x.events).toHaveLength(1);
  });
  it('an attack that set off a war is a specific incident recalled, not the war\'s course', () => {
    const x = run('Hamas-led militants attacked southern Israel on October 7, 2023, killing about 1,200 people, an attack that set off the war in Gaza.', '2025-06-12');
    expect(x.rejected.map((r) => r.rule)).not.toContain('j-war-course');
  });
});

describe('j-took-up-arms: how people took up arms is how a war began', () => {
  it('an act told with the arms taken up, with no day of its own, is the war\'s origin', () => {
    const x = run('Once the street marches in Mandalay had been broken up by troops, many young opponents of the junta took up arms.', '2025-03-04');
    expect(x.events).toHaveLength(0);
    expect(x.rejected.map((r) => r.rule)).toContain('j-took-up-arms');
  });
  it('an act the clause dates is the news', () => {
    expect(run('Villagers in Kaura took up arms on Monday and drove off the bandits who raided the market.', '2025-03-04').events).toHaveLength(1);
  });
});

describe('a dateline town over a story set in another country', () => {
  it('"ERBIL, Kurdistan Region - protests spread across Iranian cities" is not placed in Erbil', () => {
    const x = run('ERBIL, Kurdistan Region - Protests spread across several Iranian cities on Thursday.', '2026-01-02');
    expect(x.events.map((e) => e.location?.name)).not.toContain('Erbil');
  });
  it('a dateline over a story in its own country places it', () => {
    const x = run('KABUL, Afghanistan (AP) — A suicide bomber struck a Shiite mosque on Friday, killing 12 Afghan worshippers.', '2024-05-14');
    expect(x.events.map((e) => e.location?.name)).toContain('Kabul');
  });
});

describe('running tolls of a campaign are no incident\'s toll', () => {
  const tolls = (text: string) => run(text, '2025-03-05').events.map((e) => e.fatalities.best);
  it('j-summary: acts in the plural that "have so far claimed" lives, past the lead, count many incidents', () => {
    const lead = 'Gunmen shot dead four farmers in Dorowa village on Monday, police said. The farmers were tending their fields. Police are searching for the attackers.';
    expect(tolls(`${lead} The communal clashes have so far claimed more than 200 lives.`)).toEqual([4]);
    expect(tolls(`${lead} Such raids have killed hundreds of villagers in the state.`)).toEqual([4]);
  });
  it('a toll told as what a campaign in the perfect has done ("have burned dozens of villages, killing ...") is no incident\'s', () => {
    const lead = 'Gunmen shot dead four farmers in Dorowa village on Monday, police said. The farmers were tending their fields. Police are searching for the attackers.';
    expect(tolls(`${lead} The pirates have damaged dozens of ships and sunk two, killing nine sailors.`)).toEqual([4]);
    expect(tolls(`${lead} The militia has emptied scores of villages, leaving hundreds dead.`)).toEqual([4]);
    // an act told with a day of its own keeps its toll
    expect(tolls(`${lead} On Tuesday the pirates damaged a ship and sank it, killing nine sailors.`)).toEqual([4, 9]);
  });
});
