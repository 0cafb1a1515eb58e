import { describe, expect, it } from 'vitest';
import { generateArticles } from '../bench/generate.js';
import { splitSentences } from '../read/sentences.js';
import { normaliseName } from '../read/normalise.js';
import { titleTest } from './context.js';
import { testArticle } from './test-article.js';

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

describe('captions', () => {
  const published = '2025-04-18';
  it('drops screengrabs, handout stills, embedded posts and agency credits, keeps the report', async () => {
    const { buildContext } = await import('./context.js');
    const text = [
      'US strikes hit the port of Hodeidah on Thursday, killing 12 people.',
      'Screengrab from handout video released April 18, 2025: flames rise beside burnt-out vehicles.',
      '[Embedded post from the army, April 17: forces struck a depot]',
      'Handout photo: a fuel tank burns at the port after a strike (Al-Masirah TV/Handout via Reuters)',
      'The admiral said the attacks on shipping had not been deterred. (Image; CMF)',
      'A screengrab of a video posted by the ministry on Friday, showing a boat hit in a strike.',
      'Witnesses reported hearing an explosion near the port... pic.twitter.com/abc123 - Port Watch (@portwatch) April 18, 2025',
    ].join('\n\n');
    const kept = buildContext(testArticle(text, published)).sentences.map((s) => s.text);
    expect(kept).toEqual(['US strikes hit the port of Hodeidah on Thursday, killing 12 people.']);
  });
});

describe('the countries an article is about', () => {
  it('a people\'s word after "pro-" or "anti-" names a cause, not where the story is', async () => {
    const { buildContext } = await import('./context.js');
    const focus = (text: string) => buildContext(testArticle(text)).focus;
    expect(focus('Counterprotesters attacked a pro-Palestinian encampment on campus on Tuesday night.')).toEqual([]);
    expect(focus('Youths chanting anti-Russian slogans threw stones at the consulate. A pro-Ukrainian crowd gathered.')).toEqual([]);
    expect(focus('Police dispersed an Anti-American rally outside the embassy.')).toEqual([]);
    // the people's word alone still points to the country
    expect(focus('Gunmen attacked a Palestinian village at dawn.')).toEqual(['PS']);
  });
});
