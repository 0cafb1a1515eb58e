import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmp } from '../../test/helpers.js';
import { newReport, storeReports } from '../pipeline/ingest.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { Actor, ExportEvent } from '../types.js';

const base = { name: 'Erbil Air Base', admin1: 'Erbil', country: 'Iraq', country_code: 'IQ', lat: 36.2376, lon: 43.9632, geo_precision: 1 as const };
const none = { best: null, low: null, high: null, text: null };

function report(article: string, earliest: string, latest: string, date = earliest): ExportEvent {
  return {
    id: `rp-${article}`, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', weapon: 'drone', date, date_earliest: earliest, date_latest: latest,
    time_precision: earliest === latest ? 1 : 3, actor1: null, actor2: { name: 'Military Forces of the United States', type: 'state_military', country: 'US', affiliations: [] },
    assoc_actors1: [], assoc_actors2: [], location: base, fatalities: none, injured: none, status: 'confirmed', claimed_by: [], num_sources: 1, related: [], notes: '',
    sources: [{ article_id: article, outlet: 'Wire', url: null, published: latest, sentence: `${article} sentence`, attribution: null }],
  };
}

/** A report of `report`'s drone strike told otherwise: another place, other sides, a toll. */
function told(article: string, changes: Partial<ExportEvent>): ExportEvent {
  return { ...report(article, '2024-03-01', '2024-03-01'), ...changes };
}

const actor = (name: string, type: Actor['type'] = 'militia'): Actor => ({ name, type, country: null, affiliations: [] });
const killed = (n: number) => ({ best: n, low: n, high: n, text: `${n} killed` });
const together = (events: ExportEvent[], a: string, b: string) => events.some((e) => e.sources.some((s) => s.article_id === a) && e.sources.some((s) => s.article_id === b));

async function storeAll(reports: ExportEvent[]): Promise<ExportEvent[]> {
  const store = await SqliteStore.open(join(tmp(), 'links.db'));
  const counts = newReport(0, []);
  for (const r of reports) await storeReports({ id: r.sources[0]!.article_id, hash: r.id, title: null, outlet: 'Wire', url: null, published: r.date_latest, origin: 'test' }, [r], [], store, counts);
  const events = await store.events();
  await store.close();
  return events;
}

const permutations = <T>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));

describe('cross-article links', () => {
  const first = report('first', '2024-03-01', '2024-03-01');
  const vague = report('vague', '2024-03-01', '2024-03-31', '2024-03-02');
  const later = report('later', '2024-03-20', '2024-03-20');

  it('a vague report of a month of attacks at a base never chains two attacks there into one event, in any order', async () => {
    for (const order of permutations([first, vague, later])) {
      const events = await storeAll(order);
      const together = events.find((e) => e.sources.some((s) => s.article_id === 'first') && e.sources.some((s) => s.article_id === 'later'));
      expect(together, order.map((r) => r.sources[0]!.article_id).join(' → ')).toBeUndefined();
      expect(events.length).toBe(2);
    }
  });

  it('reports of single days that chain day to day make the same events in any order', async () => {
    // two outlets each tell attacks at the base on the 1st, 2nd and 3rd: each links to the other's next day
    const days = ['a', 'b'].flatMap((o) => ['01', '02', '03'].map((d) => report(`${o}${d}`, `2024-03-${d}`, `2024-03-${d}`)));
    const shape = (events: ExportEvent[]) => events.map((e) => e.sources.map((x) => x.article_id).sort().join(' ')).sort();
    const expected = shape(await storeAll(days));
    for (const order of [[...days].reverse(), [days[2]!, days[3]!, days[0]!, days[5]!, days[1]!, days[4]!]]) expect(shape(await storeAll(order))).toEqual(expected);
  });
  it('the same attack reported twice is one event', async () => {
    const events = await storeAll([first, report('again', '2024-03-01', '2024-03-01')]);
    expect(events).toHaveLength(1);
    expect(events[0]!.num_sources).toBe(2);
  });
});

describe('one side told two ways', () => {
  it("one state's police and army, or one country's protesters and rioters, are compatible sides; two states' forces are not", async () => {
    const { actorsCompatible, policeForces, stateForces } = await import('../resolve/actor/dictionary.js');
    expect(actorsCompatible(policeForces('ML')!, stateForces('ML')!)).toBe(true);
    expect(actorsCompatible({ name: 'Protesters (Kenya)', type: 'civilians', country: null, affiliations: [] }, { name: 'Rioters (Kenya)', type: 'civilians', country: null, affiliations: [] })).toBe(true);
    expect(actorsCompatible(stateForces('ML')!, stateForces('BF')!)).toBe(false);
  });

  it("a crowd whose country was not told is any country's crowd; two countries' crowds are not one", async () => {
    const { actorsCompatible } = await import('../resolve/actor/dictionary.js');
    const crowd = (name: string): Actor => ({ name, type: 'civilians', country: null, affiliations: [] });
    expect(actorsCompatible(crowd('Protesters'), crowd('Rioters (Utopia)'))).toBe(true);
    expect(actorsCompatible(crowd('Rioters'), crowd('Civilians (Utopia)'))).toBe(true);
    expect(actorsCompatible(crowd('Protesters (Utopia)'), crowd('Rioters (Oceania)'))).toBe(false);
  });

  it("a party's crowd in its own country and that country's protesters or rioters are one side; another country's are not", async () => {
    const { actorsCompatible } = await import('../resolve/actor/dictionary.js');
    const party: Actor = { name: 'Farmers Front', type: 'political_group', country: 'KE', affiliations: [] };
    const crowd = (name: string): Actor => ({ name, type: 'civilians', country: null, affiliations: [] });
    expect(actorsCompatible(party, crowd('Rioters (Kenya)'))).toBe(true);
    expect(actorsCompatible(crowd('Protesters (Kenya)'), party)).toBe(true);
    expect(actorsCompatible(party, crowd('Rioters (Uganda)'))).toBe(false);
    expect(actorsCompatible(party, crowd('Civilians (Kenya)'))).toBe(false);
  });
});

describe('Iran-aligned forces and the press descriptor for them', () => {
  it('the PMF or the IRGC hit by a strike and "Iran-backed militias" hit by it are one side; each is still apart from Hezbollah', async () => {
    const { actorsCompatible, lookupActor } = await import('../resolve/actor/dictionary.js');
    const named = (n: string) => lookupActor(n)!.actor;
    expect(actorsCompatible(named('Popular Mobilization Forces'), named('Iran-backed militias'))).toBe(true);
    expect(actorsCompatible(named('Islamic Revolutionary Guard Corps'), named('Iran-backed militias'))).toBe(true);
    expect(actorsCompatible(named('Popular Mobilization Forces'), named('Hezbollah'))).toBe(false);
    expect(actorsCompatible(named('Islamic Revolutionary Guard Corps'), named('Hezbollah'))).toBe(false);
  });
});

describe('same toll', () => {
  const town = { name: 'Dorvani', admin1: 'North', country: 'Utopia', country_code: 'UT', lat: 14.2, lon: 1.5, geo_precision: 1 as const };
  const villagers = actor('Civilians (Utopia)', 'civilians');
  const army = actor('Military Forces of Utopia', 'state_military');
  const hired = actor('Blackridge Contractors');

  it('an army and the contractors fighting beside it, blamed for one drone strike with the same toll: one incident', async () => {
    const events = await storeAll([
      told('army', { location: town, actor1: army, actor2: villagers, fatalities: killed(14) }),
      told('hired', { location: town, actor1: hired, actor2: villagers, fatalities: killed(14), date: '2024-03-02', date_earliest: '2024-03-02', date_latest: '2024-03-02' }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.num_sources).toBe(2);
  });

  it('a massacre at a village and one "near" a town 40 km off, one blaming a group, one unknown gunmen: one incident when the toll agrees', async () => {
    const village = told('village', { event_type: 'Violence against civilians', sub_event_type: 'Attack', weapon: null, location: town, actor1: hired, actor2: villagers, fatalities: killed(40) });
    const near = { ...town, name: 'Osk', lat: town.lat + 0.36, geo_precision: 2 as const };
    const gunmen = (n: number) => ({ ...village, id: 'rp-near', sources: [{ ...village.sources[0]!, article_id: 'near' }], location: near, actor1: actor('Unidentified armed group', 'unknown'), fatalities: killed(n) });
    expect(await storeAll([village, gunmen(40)])).toHaveLength(1);
    expect(await storeAll([village, gunmen(12)])).toHaveLength(2);
  });

  it('"more than 40 killed" and "44 killed", two groups blamed: one incident in either order; a count far above the bound, or an exact 40, stays apart', async () => {
    const at = (article: string, a1: Actor, fatalities: ExportEvent['fatalities']) => told(article, { location: town, actor1: a1, actor2: villagers, fatalities });
    const bound = at('bound', army, { best: 40, low: 40, high: null, text: 'more than 40 killed' });
    expect(await storeAll([bound, at('count', hired, killed(44))])).toHaveLength(1);
    expect(await storeAll([at('count', hired, killed(44)), bound])).toHaveLength(1);
    expect(await storeAll([bound, at('count', hired, killed(60))])).toHaveLength(2);
    expect(await storeAll([at('exact', army, killed(40)), at('count', hired, killed(44))])).toHaveLength(2);
  });

  it('a different toll, a single death or roles swapped leave two attackers apart', async () => {
    const at = (article: string, a1: Actor, a2: Actor, n: number) => told(article, { location: town, actor1: a1, actor2: a2, fatalities: killed(n) });
    expect(await storeAll([at('a', army, villagers, 14), at('b', hired, villagers, 3)])).toHaveLength(2);
    expect(await storeAll([at('a', army, villagers, 1), at('b', hired, villagers, 1)])).toHaveLength(2);
    expect(together(await storeAll([at('a', army, hired, 4), at('b', hired, army, 4)]), 'a', 'b')).toBe(false);
  });
});

describe('a massacre recalled days later', () => {
  const town = { name: 'Dorvani', admin1: 'North', country: 'Utopia', country_code: 'UT', lat: 14.2, lon: 1.5, geo_precision: 1 as const };
  const gunmen = actor('Unidentified armed group', 'unknown');
  const villagers = actor('Civilians (Utopia)', 'civilians');
  const attack = (article: string, day: string, toll: number, changes: Partial<ExportEvent> = {}) =>
    told(article, { event_type: 'Violence against civilians', sub_event_type: 'Attack', weapon: 'small arms', location: town, actor1: gunmen, actor2: villagers, fatalities: killed(toll), date: day, date_earliest: day, date_latest: day, ...changes });

  it('"the inquiry opened on Sunday into the attack that killed 26", dated five days late: one incident with the attack, in either order', async () => {
    const day = attack('day', '2024-03-01', 26);
    const recall = attack('recall', '2024-03-06', 26);
    expect(await storeAll([day, recall])).toHaveLength(1);
    expect(await storeAll([recall, day])).toHaveLength(1);
  });

  it('the same heavy toll told days later of the country or region the site is in: one incident, in either order; another region stays apart', async () => {
    const day = attack('day', '2024-03-01', 26);
    const country = attack('country', '2024-03-03', 26, { location: { ...town, name: 'Utopia', admin1: null, lat: 15, lon: 3, geo_precision: 3 } });
    const region = attack('region', '2024-03-03', 26, { location: { ...town, name: 'North', lat: 14, lon: 2, geo_precision: 3 } });
    const south = attack('south', '2024-03-03', 26, { location: { ...town, name: 'South', admin1: 'South', lat: 11, lon: 2, geo_precision: 3 } });
    for (const coarse of [country, region]) {
      expect(await storeAll([day, coarse])).toHaveLength(1);
      expect(await storeAll([coarse, day])).toHaveLength(1);
    }
    expect(await storeAll([day, south])).toHaveLength(2);
  });

  it('another toll, a light toll, another kind of act, a coarse place or more than a week apart stay apart', async () => {
    const day = attack('day', '2024-03-01', 26);
    expect(await storeAll([day, attack('other', '2024-03-06', 12)])).toHaveLength(2);
    expect(await storeAll([attack('a', '2024-03-01', 3), attack('b', '2024-03-06', 3)])).toHaveLength(2);
    expect(await storeAll([day, attack('abduction', '2024-03-06', 26, { sub_event_type: 'Abduction/forced disappearance' })])).toHaveLength(2);
    const region = { ...town, name: 'North', lat: 14, lon: 2, geo_precision: 3 as const };
    expect(await storeAll([attack('a', '2024-03-01', 26, { location: region }), attack('b', '2024-03-06', 26, { location: region })])).toHaveLength(2);
    expect(await storeAll([day, attack('late', '2024-03-10', 26)])).toHaveLength(2);
  });
});

describe('a follow-up dated the day it appeared', () => {
  const city = { name: 'Dorvani', admin1: 'North', country: 'Utopia', country_code: 'UT', lat: 14.2, lon: 1.5, geo_precision: 1 as const };
  const gunmen = actor('Unidentified armed group', 'unknown');
  const front = actor('Northern Front');
  const pupils = actor('Civilians (Utopia)', 'civilians');
  /** An article out on `out`, its bombing dated `day`. */
  const bombing = (article: string, day: string, out: string, toll: number, changes: Partial<ExportEvent> = {}): ExportEvent => {
    const r = told(article, { sub_event_type: 'Suicide bomb', weapon: 'suicide bomb', location: city, actor1: gunmen, actor2: pupils, fatalities: killed(toll), date: day, date_earliest: day, date_latest: day, ...changes });
    return { ...r, sources: r.sources.map((s) => ({ ...s, published: out })) };
  };

  it('"the toll from Wednesday\'s bombing rose to eight", dated Friday when it appeared: one incident with the first account, in either order', async () => {
    const first = bombing('first', '2024-03-06', '2024-03-06', 5);
    const risen = bombing('risen', '2024-03-08', '2024-03-08', 8, { sub_event_type: 'Shelling/artillery/missile attack', weapon: null, actor1: front });
    expect(await storeAll([first, risen])).toHaveLength(1);
    expect(await storeAll([risen, first])).toHaveLength(1);
  });

  it('a light toll told again two days later by the same attacker at the same city is one incident; without a death it is another attack', async () => {
    const drone = { sub_event_type: 'Air/drone strike', weapon: 'drone', actor1: front };
    expect(await storeAll([bombing('a', '2024-03-01', '2024-03-02', 1, drone), bombing('b', '2024-03-03', '2024-03-03', 1, drone)])).toHaveLength(1);
    const unhurt = { best: 0, low: 0, high: 0, text: null };
    expect(await storeAll([bombing('a', '2024-03-01', '2024-03-02', 1, { ...drone, fatalities: unhurt }), bombing('b', '2024-03-03', '2024-03-03', 1, { ...drone, fatalities: unhurt })])).toHaveLength(2);
  });

  it('a fallen or much higher toll, an account dated before it appeared, another kind of act or too many days apart stay apart', async () => {
    const first = bombing('first', '2024-03-06', '2024-03-06', 5);
    expect(await storeAll([first, bombing('fallen', '2024-03-08', '2024-03-08', 3)])).toHaveLength(2);
    expect(await storeAll([first, bombing('tripled', '2024-03-08', '2024-03-08', 16)])).toHaveLength(2);
    expect(await storeAll([first, bombing('dated', '2024-03-08', '2024-03-09', 8)])).toHaveLength(2);
    expect(await storeAll([first, bombing('raid', '2024-03-08', '2024-03-08', 8, { event_type: 'Violence against civilians', sub_event_type: 'Attack', weapon: null })])).toHaveLength(2);
    expect(await storeAll([bombing('a', '2024-03-01', '2024-03-01', 2), bombing('b', '2024-03-05', '2024-03-05', 2)])).toHaveLength(2);
    expect(await storeAll([first, bombing('late', '2024-03-14', '2024-03-14', 8)])).toHaveLength(2);
  });
});

describe('same area, weapon and day', () => {
  const country = { name: 'Utopia', admin1: null, country: 'Utopia', country_code: 'UT', lat: 14, lon: 2, geo_precision: 3 as const };
  const north = { ...country, name: 'northern Utopia', lat: 16 };
  const south = { ...country, name: 'southern Utopia', lat: 12 };
  const strikers = actor('Military Forces of Oceania', 'state_military');
  const militia = actor('Harbour Brigades');
  const on = (article: string, place: typeof country, day: string, changes: Partial<ExportEvent> = {}) =>
    told(article, { location: place, date: day, date_earliest: day, date_latest: day, weapon: 'airstrike', ...changes });

  it('air strikes in a country that name no site, one account naming the attacker and one the target, on one day: one incident', async () => {
    const events = await storeAll([on('attacker', country, '2024-03-01', { actor1: strikers, actor2: null }), on('target', north, '2024-03-01', { actor1: null, actor2: militia })]);
    expect(events).toHaveLength(1);
  });

  it('an overnight attack told as its two days by both, each outlet taking another of them for its day: one incident; the next night stays apart', async () => {
    const night = (article: string, first: string, last: string, day: string, changes: Partial<ExportEvent>) =>
      told(article, { location: country, date: day, date_earliest: first, date_latest: last, weapon: 'drone', ...changes });
    const one = night('one', '2024-03-01', '2024-03-02', '2024-03-01', { actor1: strikers, actor2: null });
    expect(await storeAll([one, night('two', '2024-03-01', '2024-03-02', '2024-03-02', { actor1: null, actor2: militia })])).toHaveLength(1);
    expect(await storeAll([one, night('next', '2024-03-02', '2024-03-03', '2024-03-02', { actor1: null, actor2: militia })])).toHaveLength(2);
  });

  it('another day, another region of the country or another weapon stays apart', async () => {
    const first = on('first', country, '2024-03-01', { actor1: strikers, actor2: null });
    expect(await storeAll([first, on('next', country, '2024-03-02', { actor1: null, actor2: militia })])).toHaveLength(2);
    expect(await storeAll([on('n', north, '2024-03-01', { actor1: strikers, actor2: null }), on('s', south, '2024-03-01', { actor1: null, actor2: militia })])).toHaveLength(2);
    expect(await storeAll([first, on('drone', country, '2024-03-01', { actor1: null, actor2: militia, weapon: 'drone' })])).toHaveLength(2);
  });
});

describe('same target and kind of weapon', () => {
  const country = { name: 'Utopia', admin1: null, country: 'Utopia', country_code: 'UT', lat: 14, lon: 2, geo_precision: 3 as const };
  const town = { ...country, name: 'Harbourtown', admin1: 'Coast', geo_precision: 1 as const };
  const strikers = actor('Military Forces of Oceania', 'state_military');
  const militia = actor('Harbour Brigades');
  const hit = (article: string, weapon: string, changes: Partial<ExportEvent> = {}) =>
    told(article, { location: country, actor1: null, actor2: militia, weapon, ...changes });

  it('a drone strike and an airstrike on one target on one day, one account naming the site and the attacker: one incident', async () => {
    const events = await storeAll([hit('airstrike', 'airstrike', { location: town, actor1: strikers }), hit('drone', 'drone')]);
    expect(events).toHaveLength(1);
    expect((await storeAll([hit('drone', 'drone'), hit('airstrike', 'airstrike', { location: town, actor1: strikers })]))).toHaveLength(1);
  });

  it('another kind of weapon on the same target stays apart', async () => {
    expect(await storeAll([hit('airstrike', 'airstrike', { location: town, actor1: strikers }), hit('shelling', 'artillery')])).toHaveLength(2);
  });
});

describe('a heavy toll over other weapons', () => {
  const province = { name: 'Coast', admin1: 'Coast', country: 'Utopia', country_code: 'UT', lat: 14, lon: 2, geo_precision: 3 as const };
  const troops = actor('Military Forces of Utopia', 'state_military');
  const militants = actor('Harbour Brigades');
  const told2 = (article: string, weapon: string, toll: number, changes: Partial<ExportEvent> = {}) =>
    told(article, { location: province, actor1: troops, actor2: militants, weapon, fatalities: killed(toll), ...changes });

  it('"troops backed by airstrikes and artillery killed 11": an airstrike and shelling with the same heavy toll that day are one incident', async () => {
    expect(await storeAll([told2('air', 'airstrike', 11), told2('guns', 'artillery', 11)])).toHaveLength(1);
  });

  it('a light toll, or the next day, does not join other weapons', async () => {
    expect(await storeAll([told2('air', 'airstrike', 2), told2('guns', 'artillery', 2)])).toHaveLength(2);
    expect(await storeAll([told2('air', 'airstrike', 11), told2('guns', 'artillery', 11, { date: '2024-03-02', date_earliest: '2024-03-02', date_latest: '2024-03-02' })])).toHaveLength(2);
  });
});

describe('a report that spans days', () => {
  const month = report('month', '2024-03-01', '2024-03-31', '2024-03-15');
  const clash = told('clash', { event_type: 'Battles', sub_event_type: 'Armed clash', weapon: null, date: '2024-03-10', date_earliest: '2024-03-10', date_latest: '2024-03-10' });

  it('a month of drone attacks at a base joins a drone attack there, not a gunfight there', async () => {
    expect(together(await storeAll([month, report('strike', '2024-03-10', '2024-03-10')]), 'month', 'strike')).toBe(true);
    expect(together(await storeAll([month, clash]), 'month', 'clash')).toBe(false);
  });

  it('x-crowd-confronted: a week of clashes at a rally site joins the police charge on the rally there, typed otherwise; not a peaceful march there', async () => {
    const field = { ...base, name: 'Marsh Field', admin1: 'West', country: 'Utopia', country_code: 'UT' };
    const crowd = (article: string, sub: string, earliest: string, latest: string) => told(article, {
      event_type: sub === 'Violent demonstration' ? 'Riots' : 'Protests', sub_event_type: sub, weapon: null, location: field, date: earliest, date_earliest: earliest, date_latest: latest,
      actor1: actor(sub === 'Violent demonstration' ? 'Rioters (Utopia)' : 'Protesters (Utopia)', 'civilians'), actor2: actor('Police Forces of Utopia', 'state_military'),
    });
    const week = crowd('week', 'Violent demonstration', '2024-03-04', '2024-03-10');
    expect(together(await storeAll([week, crowd('charge', 'Protest with intervention', '2024-03-09', '2024-03-09')]), 'week', 'charge')).toBe(true);
    expect(together(await storeAll([crowd('charge', 'Excessive force against protesters', '2024-03-09', '2024-03-09'), week]), 'week', 'charge')).toBe(true);
    expect(together(await storeAll([week, { ...crowd('march', 'Peaceful protest', '2024-03-09', '2024-03-09'), actor2: null }]), 'week', 'march')).toBe(false);
  });

  it('x-none-and-deaths: a month of drone attacks that killed one does not join a drone attack there that killed no one, in either order', async () => {
    const deadly = { ...month, fatalities: killed(1) };
    const harmless = { ...report('strike', '2024-03-10', '2024-03-10'), fatalities: killed(0) };
    expect(together(await storeAll([deadly, harmless]), 'month', 'strike')).toBe(false);
    expect(together(await storeAll([harmless, deadly]), 'month', 'strike')).toBe(false);
    // a toll the day's report does not tell, or a month told with none killed either, says nothing
    expect(together(await storeAll([deadly, report('strike', '2024-03-10', '2024-03-10')]), 'month', 'strike')).toBe(true);
    expect(together(await storeAll([{ ...month, fatalities: killed(0) }, harmless]), 'month', 'strike')).toBe(true);
  });

  it('a gunfight on one day still joins a drone attack there that day', async () => {
    expect(together(await storeAll([report('strike', '2024-03-10', '2024-03-10'), clash]), 'strike', 'clash')).toBe(true);
  });

  it("one article's two drone attacks on two days join the month's report once, the nearer one, in either order", async () => {
    // the second article tells of attacks on the 5th and the 13th; the month's report is dated the 15th
    const days = [report('days', '2024-03-05', '2024-03-05'), { ...report('days', '2024-03-13', '2024-03-13'), id: 'rp-days-13' }];
    const shapes: string[][] = [];
    for (const first of [true, false]) {
      const store = await SqliteStore.open(join(tmp(), 'once.db'));
      const counts = newReport(0, []);
      const put = (id: string, reports: ExportEvent[]) => storeReports({ id, hash: id, title: null, outlet: 'Wire', url: null, published: '2024-03-31', origin: 'test' }, reports, [], store, counts);
      if (first) await put('month', [month]);
      await put('days', days);
      if (!first) await put('month', [month]);
      shapes.push((await store.events()).map((e) => `${e.date} ${e.sources.map((x) => x.article_id).sort().join(' ')}`).sort());
      await store.close();
    }
    expect(shapes[0]).toEqual(['2024-03-05 days', '2024-03-13 days month']);
    expect(shapes[1]).toEqual(shapes[0]);
  });
});

describe('a vague report and a group under its umbrella', () => {
  const country = { name: 'Utopia', admin1: null, country: 'Utopia', country_code: 'UT', lat: 14, lon: 2, geo_precision: 3 as const };
  const town = { ...country, name: 'Dorvani', admin1: 'North', geo_precision: 1 as const };
  const villagers = actor('Civilians (Utopia)', 'civilians');
  const network = actor('Global Front');
  const branch: Actor = { ...actor('Sahel Front'), affiliations: ['Global Front'] };
  const month = (a1: Actor) => told('month', { event_type: 'Violence against civilians', sub_event_type: 'Attack', weapon: 'small arms', location: country, date: '2024-03-15', date_earliest: '2024-03-01', date_latest: '2024-03-31', actor1: a1, actor2: villagers });
  const day = told('day', { event_type: 'Violence against civilians', sub_event_type: 'Attack', weapon: 'small arms', location: town, date: '2024-03-10', date_earliest: '2024-03-10', date_latest: '2024-03-10', actor1: branch, actor2: villagers });

  it("a month of a network's attacks in a country joins its branch's attack on one day; a month of unknown gunmen's does not", async () => {
    expect(together(await storeAll([month(network), day]), 'month', 'day')).toBe(true);
    expect(together(await storeAll([month(actor('Unidentified armed group', 'unknown')), day]), 'month', 'day')).toBe(false);
  });
});

describe('one site, one day, one party told alike', () => {
  const troops = actor('Military Forces of the United States', 'state_military');
  const blamed = (article: string, attacker: Actor, day = '2024-03-01') => told(article, { actor1: attacker, actor2: troops, date: day, date_earliest: day, date_latest: day });

  it('a drone attack on the base that outlets blame on two different groups, with no toll: one incident', async () => {
    const events = await storeAll([blamed('one', actor('Harbour Brigades')), blamed('other', actor('Blackridge Contractors'))]);
    expect(together(events, 'one', 'other')).toBe(true);
  });

  it("a missile attack on a base hosting two countries' troops, one outlet naming the attacker and the one country's troops, the other no attacker and the other's: one incident", async () => {
    const hosts = actor('Military Forces of Utopia', 'state_military');
    const unknown = actor('Unidentified armed group', 'unknown');
    const hit = (article: string, attacker: Actor, target: Actor, weapon = 'missile', day = '2024-03-01') =>
      told(article, { sub_event_type: 'Shelling/artillery/missile attack', weapon, actor1: attacker, actor2: target, date: day, date_earliest: day, date_latest: day });
    expect(together(await storeAll([hit('one', actor('Harbour Brigades'), troops), hit('other', unknown, hosts)]), 'one', 'other')).toBe(true);
    // another weapon, another day, or two attackers named: two attacks
    expect(together(await storeAll([hit('one', actor('Harbour Brigades'), troops), hit('other', unknown, hosts, 'rocket')]), 'one', 'other')).toBe(false);
    expect(together(await storeAll([hit('one', actor('Harbour Brigades'), troops), hit('other', unknown, hosts, 'missile', '2024-03-02')]), 'one', 'other')).toBe(false);
    expect(together(await storeAll([hit('one', actor('Harbour Brigades'), troops), hit('other', actor('Blackridge Contractors'), hosts)]), 'one', 'other')).toBe(false);
  });

  it('a day apart, or civilians the only side told alike, they stay apart', async () => {
    expect(together(await storeAll([blamed('one', actor('Harbour Brigades')), blamed('other', actor('Blackridge Contractors'), '2024-03-02')]), 'one', 'other')).toBe(false);
    const villagers = actor('Civilians (Utopia)', 'civilians');
    expect(together(await storeAll([
      told('one', { actor1: actor('Harbour Brigades'), actor2: villagers }), told('other', { actor1: actor('Blackridge Contractors'), actor2: villagers }),
    ]), 'one', 'other')).toBe(false);
  });
});

describe('one strike at one site, its parties told otherwise', () => {
  const navy = actor('Military Forces of Utopia', 'state_military');
  const brigades = actor('Harbour Brigades');
  const villagers = actor('Civilians (Freedonia)', 'civilians');
  const strike = (article: string, attacker: Actor, target: Actor, changes: Partial<ExportEvent> = {}) =>
    told(article, { weapon: 'airstrike', actor1: attacker, actor2: target, ...changes });

  it('x-roles-misread: the navy striking the brigades at the port, and the brigades "striking" villagers there that day: one incident, in either order', async () => {
    const right = strike('right', navy, brigades);
    const misread = strike('misread', brigades, villagers, { weapon: null });
    expect(together(await storeAll([right, misread]), 'right', 'misread')).toBe(true);
    expect(together(await storeAll([misread, right]), 'right', 'misread')).toBe(true);
    // the next day still, with a day of slack for night and time zones
    expect(together(await storeAll([right, strike('misread', brigades, villagers, { date: '2024-03-02', date_earliest: '2024-03-02', date_latest: '2024-03-02' })]), 'right', 'misread')).toBe(true);
  });

  it('a reprisal told at the site, an unnamed other side, another kind of act, a region or two days apart stay apart', async () => {
    const right = strike('right', navy, brigades);
    // the same two parties each way round: the brigades' drone on the navy, the navy's strike back
    expect(together(await storeAll([right, strike('back', brigades, navy)]), 'right', 'back')).toBe(false);
    expect(together(await storeAll([right, strike('back', brigades, actor('Unidentified armed group', 'unknown'))]), 'right', 'back')).toBe(false);
    expect(together(await storeAll([right, strike('back', brigades, villagers, { sub_event_type: 'Shelling/artillery/missile attack', weapon: 'artillery' })]), 'right', 'back')).toBe(false);
    const region = { ...base, name: 'Erbil', geo_precision: 3 as const };
    expect(together(await storeAll([strike('right', navy, brigades, { location: region }), strike('back', brigades, villagers, { location: region })]), 'right', 'back')).toBe(false);
    expect(together(await storeAll([right, strike('back', brigades, villagers, { date: '2024-03-03', date_earliest: '2024-03-03', date_latest: '2024-03-03' })]), 'right', 'back')).toBe(false);
  });
});

describe("one party's operation told of the whole country", () => {
  const country = { name: 'Utopia', admin1: null, country: 'Utopia', country_code: 'UT', lat: 14, lon: 2, geo_precision: 3 as const };
  const north = { ...country, name: 'northern Utopia', lat: 16 };
  const south = { ...country, name: 'southern Utopia', lat: 12 };
  const strikers = actor('Military Forces of Oceania', 'state_military');
  const rebels = actor('Hill Front');
  const night = (article: string, place: typeof country, weapon: string, changes: Partial<ExportEvent> = {}) =>
    told(article, { location: place, weapon, date: '2024-03-01', date_earliest: '2024-03-01', date_latest: '2024-03-02', actor1: strikers, actor2: rebels, ...changes });

  it('strikes on a group in the north of a country, read as shelling by one outlet and as air strikes of the country by the next, that night: one incident', async () => {
    expect(await storeAll([night('shells', north, 'artillery', { sub_event_type: 'Shelling/artillery/missile attack' }), night('jets', country, 'airstrike')])).toHaveLength(1);
    expect(await storeAll([night('jets', country, 'airstrike'), night('shells', north, 'artillery', { sub_event_type: 'Shelling/artillery/missile attack' })])).toHaveLength(1);
  });

  it('two regions, another night, another target or one side unnamed stay apart', async () => {
    const jets = night('jets', north, 'airstrike');
    expect(await storeAll([jets, night('shells', south, 'artillery')])).toHaveLength(2);
    expect(await storeAll([jets, night('shells', country, 'artillery', { date: '2024-03-02', date_earliest: '2024-03-02', date_latest: '2024-03-03' })])).toHaveLength(2);
    expect(await storeAll([jets, night('shells', country, 'artillery', { actor2: actor('Valley Front') })])).toHaveLength(2);
    expect(await storeAll([jets, night('shells', country, 'artillery', { actor1: null })])).toHaveLength(2);
  });
});

describe("a clash and one side's act in it", () => {
  const town = { name: 'Dorvani', admin1: 'North', country: 'Utopia', country_code: 'UT', lat: 14.2, lon: 1.5, geo_precision: 1 as const };
  const tribes = actor('Valley Tribes');
  const fighters = actor('Hill Fighters');
  const clash = (article: string, a1: Actor, a2: Actor | null, changes: Partial<ExportEvent> = {}) =>
    told(article, { event_type: 'Battles', sub_event_type: 'Armed clash', weapon: null, location: town, actor1: a1, actor2: a2, fatalities: killed(18), ...changes });
  const shelling = (article: string, a1: Actor, changes: Partial<ExportEvent> = {}) =>
    told(article, { sub_event_type: 'Shelling/artillery/missile attack', weapon: 'artillery', location: town, actor1: a1, actor2: null, fatalities: killed(18), ...changes });

  it('fighting between two groups, and the shelling one outlet tells of the other group in it, with the same toll: one incident, in either order', async () => {
    expect(await storeAll([clash('clash', fighters, tribes), shelling('shells', tribes)])).toHaveLength(1);
    expect(await storeAll([shelling('shells', tribes), clash('clash', fighters, tribes)])).toHaveLength(1);
  });

  it("a third party's shelling there, or one group's shelling there two days later, stays apart", async () => {
    expect(await storeAll([clash('clash', fighters, tribes), shelling('shells', actor('Coast Army'))])).toHaveLength(2);
    expect(await storeAll([clash('clash', fighters, tribes), shelling('shells', tribes, { date: '2024-03-03', date_earliest: '2024-03-03', date_latest: '2024-03-03' })])).toHaveLength(2);
  });
});

describe('one side attacked, told of the whole country by one outlet and at a site by another', () => {
  const country = { name: 'Utopia', admin1: null, country: 'Utopia', country_code: 'UT', lat: 14, lon: 2, geo_precision: 3 as const };
  const outpost = { name: 'Kelvaro', admin1: 'North', country: 'Utopia', country_code: 'UT', lat: 15.1, lon: 1.2, geo_precision: 2 as const };
  const army = actor('Military Forces of Utopia', 'state_military');
  const unknown = actor('Unidentified armed group', 'unknown');
  const assault = (article: string, place: typeof country | typeof outpost, attacker: Actor, changes: Partial<ExportEvent> = {}) =>
    told(article, { event_type: 'Battles', sub_event_type: 'Armed clash', weapon: null, location: place, actor1: attacker, actor2: army, ...changes });

  it('an assault on the army at an outpost by a named group, and one by unknown attackers somewhere in the country that day: one incident, in either order', async () => {
    expect(await storeAll([assault('site', outpost, actor('Hill Front')), assault('country', country, unknown, { fatalities: killed(15) })])).toHaveLength(1);
    expect(await storeAll([assault('country', country, unknown, { fatalities: killed(15) }), assault('site', outpost, actor('Hill Front'))])).toHaveLength(1);
  });

  it('another day, another kind of act, another target, civilians as the target, two sites or two named attackers stay apart', async () => {
    const site = assault('site', outpost, actor('Hill Front'));
    const day = '2024-03-03';
    expect(await storeAll([site, assault('country', country, unknown, { date: day, date_earliest: day, date_latest: day })])).toHaveLength(2);
    expect(await storeAll([site, assault('country', country, unknown, { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED', weapon: 'ied' })])).toHaveLength(2);
    expect(await storeAll([site, assault('country', country, unknown, { actor2: actor('Police Forces of Utopia', 'state_military') })])).toHaveLength(2);
    const villagers = actor('Civilians (Utopia)', 'civilians');
    expect(await storeAll([assault('site', outpost, actor('Hill Front'), { sub_event_type: 'Attack', event_type: 'Violence against civilians', actor2: villagers }), assault('country', country, unknown, { sub_event_type: 'Attack', event_type: 'Violence against civilians', actor2: villagers })])).toHaveLength(2);
    expect(await storeAll([site, assault('other', { ...outpost, name: 'Sarbo', lat: 12.2, lon: 3.9 }, unknown)])).toHaveLength(2);
    expect(await storeAll([site, assault('country', country, actor('Valley Front'))])).toHaveLength(2);
  });
});

describe('a branch and its umbrella as the attacker', () => {
  const country = { name: 'Utopia', admin1: null, country: 'Utopia', country_code: 'UT', lat: 14, lon: 2, geo_precision: 3 as const };
  const villagers = actor('Civilians (Utopia)', 'civilians');
  const network = actor('Global Front');
  const branch: Actor = { ...actor('Sahel Front'), affiliations: ['Global Front'] };
  const sibling: Actor = { ...actor('Lake Front'), affiliations: ['Global Front'] };
  const raid = (article: string, attacker: Actor, day = '2024-03-10') =>
    told(article, { event_type: 'Violence against civilians', sub_event_type: 'Attack', weapon: null, location: country, actor1: attacker, actor2: villagers, date: day, date_earliest: day, date_latest: day });

  it("an attack on villagers the branch claimed and one the outlet gave its umbrella, that day in the country: one incident, in either order", async () => {
    expect(together(await storeAll([raid('branch', branch), raid('umbrella', network)]), 'branch', 'umbrella')).toBe(true);
    expect(together(await storeAll([raid('umbrella', network), raid('branch', branch)]), 'branch', 'umbrella')).toBe(true);
  });

  it('two branches of one umbrella, or the umbrella two days later, stay apart', async () => {
    expect(together(await storeAll([raid('branch', branch), raid('sibling', sibling)]), 'branch', 'sibling')).toBe(false);
    expect(together(await storeAll([raid('branch', branch), raid('umbrella', network, '2024-03-12')]), 'branch', 'umbrella')).toBe(false);
  });
});

describe('a crowd and the fire of the force it faced', () => {
  const stadium = { name: 'Velmora', admin1: 'Coast', country: 'Utopia', country_code: 'UT', lat: 9.1, lon: 3.3, geo_precision: 1 as const };
  const police = actor('Police Forces of Utopia', 'state_military');
  const fire = (article: string, changes: Partial<ExportEvent> = {}) => told(article, {
    event_type: 'Violence against civilians', sub_event_type: 'Attack', weapon: 'small arms', location: stadium, actor1: police,
    actor2: actor('Civilians (Utopia)', 'civilians'), fatalities: killed(3), ...changes,
  });
  const riot = (article: string, changes: Partial<ExportEvent> = {}) => told(article, {
    event_type: 'Riots', sub_event_type: 'Violent demonstration', weapon: null, location: stadium, actor1: actor('Rioters (Utopia)', 'civilians'),
    actor2: police, fatalities: killed(2), ...changes,
  });

  it('the police firing on a crowd and the crowd rioting against them, at one site on one day with deaths told, are one incident in any order', async () => {
    for (const order of permutations([fire('fire'), riot('riot')])) expect(together(await storeAll(order), 'fire', 'riot')).toBe(true);
  });

  it('a crowd that lost no one, another day, or another force stays apart from the fire', async () => {
    expect(together(await storeAll([fire('fire'), riot('riot', { fatalities: none })]), 'fire', 'riot')).toBe(false);
    expect(together(await storeAll([fire('fire'), riot('riot', { date: '2024-03-02', date_earliest: '2024-03-02', date_latest: '2024-03-02' })]), 'fire', 'riot')).toBe(false);
    expect(together(await storeAll([fire('fire', { actor1: actor('Military Forces of Utopia', 'state_military') }), riot('riot')]), 'fire', 'riot')).toBe(false);
  });

  // x-riot-armed
  const clash = (article: string, changes: Partial<ExportEvent> = {}) => told(article, {
    event_type: 'Battles', sub_event_type: 'Armed clash', weapon: 'small arms', location: stadium, actor1: actor('Unidentified armed group', 'unknown'),
    actor2: police, fatalities: killed(2), ...changes,
  });
  it('a riot against a force and armed men\'s clash with it, at one site on one day with one toll, are one incident in any order', async () => {
    for (const order of permutations([clash('clash'), riot('riot')])) expect(together(await storeAll(order), 'clash', 'riot')).toBe(true);
  });

  it('a riot stays apart from a clash with another toll, none told, or another force', async () => {
    expect(together(await storeAll([clash('clash', { fatalities: killed(3) }), riot('riot')]), 'clash', 'riot')).toBe(false);
    expect(together(await storeAll([clash('clash', { fatalities: none }), riot('riot', { fatalities: none })]), 'clash', 'riot')).toBe(false);
    expect(together(await storeAll([clash('clash', { actor2: actor('Military Forces of Utopia', 'state_military') }), riot('riot')]), 'clash', 'riot')).toBe(false);
  });

  // x-fired-on-crowd
  const army = { ...actor('Military Forces of Utopia', 'state_military'), country: 'Utopia' };
  const fired = (article: string, changes: Partial<ExportEvent> = {}) => riot(article, {
    event_type: 'Protests', sub_event_type: 'Excessive force against protesters', actor1: actor('Protesters (Utopia)', 'civilians'),
    actor2: { ...police, country: 'Utopia' }, ...changes,
  });
  it('a crowd told as fired on, with deaths, and the killing of civilians there that day by another force of the country or by gunmen, are one incident', async () => {
    for (const shooter of [army, actor('Unidentified armed group', 'unknown')]) {
      for (const order of permutations([fire('fire', { actor1: shooter, fatalities: none }), fired('fired')])) expect(together(await storeAll(order), 'fire', 'fired')).toBe(true);
    }
  });

  it('a crowd fired on stays apart from another country\'s force, a crowd that lost no one, and a killing the next day', async () => {
    expect(together(await storeAll([fire('fire', { actor1: { ...army, name: 'Military Forces of Ruritania', country: 'Ruritania' } }), fired('fired')]), 'fire', 'fired')).toBe(false);
    expect(together(await storeAll([fire('fire', { actor1: army }), fired('fired', { fatalities: none })]), 'fire', 'fired')).toBe(false);
    expect(together(await storeAll([fire('fire', { actor1: army, date: '2024-03-02', date_earliest: '2024-03-02', date_latest: '2024-03-02' }), fired('fired')]), 'fire', 'fired')).toBe(false);
  });
});
