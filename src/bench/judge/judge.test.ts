import { describe, expect, it } from 'vitest';
import { extractText, testArticle } from '../../extract/test-article.js';
import { incidentFeatures, pairFeatures } from './features.js';
import { auc, probability, train } from './logistic.js';

describe('logistic regression over named features', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['bias', 'told-as-news'], label: 1 as const })),
    ...Array.from({ length: 20 }, () => ({ features: ['bias', 'a-habit'], label: 0 as const })),
  ];

  it('learns which feature tells the labels apart', () => {
    const w = train(examples);
    expect(probability(w, ['bias', 'told-as-news'])).toBeGreaterThan(0.8);
    expect(probability(w, ['bias', 'a-habit'])).toBeLessThan(0.2);
    expect(w.get('told-as-news')!).toBeGreaterThan(0);
  });

  it('gives the same weights for the same rows', () => {
    expect([...train(examples)]).toEqual([...train(examples)]);
  });

  it('leaves out features seen too rarely and ignores unknown ones', () => {
    const w = train([...examples, { features: ['bias', 'once'], label: 1 }]);
    expect(w.has('once')).toBe(false);
    expect(probability(w, ['never-seen'])).toBe(0.5);
  });

  it('measures ranking by AUC, ties counting half', () => {
    expect(auc([{ p: 0.9, label: 1 }, { p: 0.1, label: 0 }])).toBe(1);
    expect(auc([{ p: 0.5, label: 1 }, { p: 0.5, label: 0 }])).toBe(0.5);
  });
});

describe('features of an event', () => {
  const x = extractText('Gunmen killed five villagers in Mopti on Monday. Separately, a drone struck a depot in Gao on Tuesday.');
  const shape = { article: testArticle(''), sentencesTold: 2, events: x.events };

  it('names its rules, its trigger and what its own sentence gave', () => {
    const f = incidentFeatures(x.events[0]!, shape);
    expect(f).toContain('trigger:killed');
    expect(f).toContain('place:own');
    expect(f).toContain('date:own');
    expect(f).toContain('fatalities:yes');
    expect(f.some((s) => s.startsWith('rule:'))).toBe(true);
  });

  it('compares two events of one article field by field', () => {
    expect(x.events).toHaveLength(2);
    const f = pairFeatures(x.events[0]!, x.events[1]!, x.events);
    expect(f).toContain('place:country');
    expect(f).toContain('day:other');
    expect(f).toContain('later-word:separately');
  });
});
