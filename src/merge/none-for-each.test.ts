import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/test-article.js';

const tolls = (text: string, published = '2024-07-31') => extractText(text, published).events.map((e) => [e.location.name, e.fatalities.best, e.injured.best]);

describe('noneForEach: a toll of none told of several acts is each one\'s', () => {
  it('"neither attack" after a paragraph of attacks covers each of them', () => {
    const events = tolls('On July 20, militants fired rockets at Ain al-Asad Air Base in Iraq and at a U.S. base in Kidal. More rockets were fired at the base in Kidal on July 22. Neither attack was reported to have caused injuries.');
    expect(events.length).toBe(2);
    for (const [, dead, hurt] of events) expect([dead, hurt]).toEqual([0, 0]);
  });
  it('a lead with its own day covers the attacks of that day told after it', () => {
    const events = tolls('Late on July 22, three attacks hit French forces in Mali, but no casualties resulted, an officer said.\nThe officer said French forces at two bases in Kidal came under attack from rockets.\nIn Gao, multiple drones were fired at the airport, while another was sent toward a base in Menaka.', '2024-07-23');
    expect(events.map(([place]) => place)).toEqual(['Kidal', 'Gao', 'Menaka']);
    for (const [, dead, hurt] of events) expect([dead, hurt]).toEqual([0, 0]);
  });
  it('an incident with a toll of its own keeps it', () => {
    const events = tolls('On July 20, militants fired rockets at a base in Kidal. On July 20, gunmen attacked a checkpoint in Gao, killing two soldiers. Neither attack caused any casualties among civilians.');
    expect(events.find(([place]) => place === 'Gao')?.[1]).toBe(2);
  });
  it('x-none-too: "here too, no injuries" covers the acts told before it, in other paragraphs too', () => {
    const events = tolls('On July 20, bombs went off at villas in Kidal and in Gao, police said.\n\nLater, a bomb hit a depot in Menaka. Here too, no injuries were reported.');
    expect(events.map(([place]) => place)).toEqual(['Kidal', 'Gao', 'Menaka']);
    for (const [, dead, hurt] of events) expect([dead, hurt]).toEqual([0, 0]);
  });
  it('a toll of none told of one act stays with that act', () => {
    const events = tolls('On July 20, militants fired rockets at a base in Kidal.\n\nOn July 21, gunmen attacked a police checkpoint in Gao. No one was hurt.');
    expect(events.find(([place]) => place === 'Kidal')?.[2]).toBeNull();
    expect(events.find(([place]) => place === 'Gao')?.[2]).toBe(0);
  });
});
