import { describe, expect, it } from 'vitest';
import { extractArticle } from '../pipeline/extract-article.js';
import { testArticle } from '../extract/test-article.js';

const tolls = (title: string, text: string) => extractArticle({ ...testArticle(text, '2024-06-12'), title }).events.map((e) => [e.location.name, e.fatalities.best, e.injured.best]);

describe('x-title-toll: the headline\'s toll is the lead incident\'s', () => {
  const body = 'Gunmen ambushed a police patrol near Tillaberi on Tuesday, officials said.\n\nThe attackers fled on motorcycles.';
  it('fills the counts the lead leaves untold', () => {
    expect(tolls('Ambush in western Niger leaves four officers dead and two injured', body)).toEqual([['Tillaberi', 4, 2]]);
  });
  it('a figure the body gives wins', () => {
    expect(tolls('Ambush in western Niger leaves four officers dead', 'Gunmen ambushed a police patrol near Tillaberi on Tuesday, killing three officers, officials said.')[0]?.[1]).toBe(3);
  });
  it('no toll told of separate acts', () => {
    expect(tolls('Two separate ambushes leave four officers dead', body)).toEqual([['Tillaberi', null, null]]);
  });
  it('an incident first told past the lead takes none', () => {
    const text = 'Officials in Niger met on Wednesday to discuss the budget.\n\nThe talks ran late into the night.\n\nThe minister left for Paris.\n\nSeparately, gunmen ambushed a police patrol near Tillaberi on Tuesday.';
    expect(tolls('Four officers dead in Niger', text).map(([, dead]) => dead)).not.toContain(4);
  });
});
