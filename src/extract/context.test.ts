import { describe, expect, it } from 'vitest';
import { generateArticles } from '../bench/generate.js';
import { splitSentences } from '../read/sentences.js';
import { normaliseName } from '../read/normalise.js';
import { titleTest } from './context.js';

describe('titleTest', () => {
  it('agrees with comparing normal forms, on variants of the title and on other sentences', () => {
    const title = normaliseName('Drone strike hits al-Asad base as Hashd claims attack');
    const isTitle = titleTest(title);
    const variants = ['Drone strike hits al-Asad base as Hashd claims attack', 'DRONE STRIKE HITS AL ASAD BASE, AS HASHD CLAIMS THE ATTACK', 'Drone strike hits Asad base as Hashd’s claims attack',
      'Dróne strike hits el-Asad base as Hashd claims attack.', 'Drone strike hits Asad base as Hashd claims attack 2', 'Drone strike hits a base'];
    const others = [...generateArticles(30, 9)].flatMap((a) => splitSentences(a.text).map((s) => s.text));
    for (const text of [...variants, ...others]) expect(isTitle(text), text).toBe(normaliseName(text) === title);
    expect(variants.filter(isTitle)).toHaveLength(4);
  });

  it('never takes a sentence for a missing title', () => {
    expect(titleTest('')('')).toBe(false);
  });
});
