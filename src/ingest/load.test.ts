import { describe, expect, it } from 'vitest';
import { loadBytes, normaliseDay } from './load.js';

describe('normaliseDay', () => {
  it('keeps the day as written, whatever the time zone', () => {
    expect(normaliseDay('2024-05-15')).toBe('2024-05-15');
    expect(normaliseDay('2024-05-15T01:30:00+03:00')).toBe('2024-05-15');
    expect(normaliseDay('Wed, 15 May 2024 01:30:00 +0300')).toBe('2024-05-15');
    expect(normaliseDay('Tue, 14 May 2024 23:30:00 -0500')).toBe('2024-05-14');
  });

  it('reads dates that name their month', () => {
    expect(normaliseDay('May 15, 2024')).toBe('2024-05-15');
    expect(normaliseDay('15th May 2024')).toBe('2024-05-15');
    expect(normaliseDay('Sept. 3, 2024')).toBe('2024-09-03');
  });

  it('refuses days that do not exist instead of rolling them into the next month', () => {
    for (const date of ['February 30, 2024', '31 April 2024', 'Fri, 30 Feb 2024 09:00:00 GMT', '2024-02-30', '2023-02-29', 'yesterday', '']) expect(normaliseDay(date), date).toBeNull();
    expect(normaliseDay('February 29, 2024')).toBe('2024-02-29');
  });
});

const TEXT = 'A drone struck a base near Erbil on Monday, killing two soldiers, officials said.';
const loadJson = (items: object[]) => loadBytes('test.json', Buffer.from(JSON.stringify(items)), '.json', { published: '2024-05-14' });

describe('article URLs', () => {
  it('keeps http and https URLs as written, without the spaces around them', () => {
    const urls = ['https://example.test/a?b=1&c=2', 'http://example.test/', ' HTTPS://Example.test/x '];
    expect(loadJson(urls.map((url, i) => ({ id: `u${i}`, url, text: `${TEXT} (${i})` }))).map((a) => a.url))
      .toEqual(['https://example.test/a?b=1&c=2', 'http://example.test/', 'HTTPS://Example.test/x']);
  });

  it('stores any other scheme, a relative or a broken URL as no URL, so nothing can make it a link', () => {
    const urls = ['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd', 'vbscript:msgbox(1)', 'ftp://example.test/a', '/news/relative', 'www.example.test/a', 'https://', ''];
    expect(loadJson(urls.map((url, i) => ({ id: `u${i}`, url, text: `${TEXT} (${i})` }))).map((a) => a.url)).toEqual(urls.map(() => null));
  });
});

describe('article text', () => {
  it('replaces lone surrogates by U+FFFD and C0 controls (but line feed and tab) by a space, in every field', () => {
    const [a] = loadJson([{
      id: 'id\u0000', title: 'Tit\uD800le\u0007', outlet: 'Wi\uDC00re\u001b[31m', url: 'https://example.test/\uDBFF\u0008',
      text: `${TEXT}\u0007\u001b]0;owned\u0007\nEnds \uDC00\uD800 here, \uD83D\uDE00 stays,\ttab\u000bstays apart.`,
    }]);
    expect(a).toMatchObject({
      id: 'id ', title: 'Tit\uFFFDle ', outlet: 'Wi\uFFFDre [31m', url: 'https://example.test/\uFFFD',
      text: `${TEXT}  ]0;owned \nEnds \uFFFD\uFFFD here, \uD83D\uDE00 stays,\ttab stays apart.`,
    });
  });

  it('a text that is only controls is empty', () => {
    expect(() => loadJson([{ id: 'c', text: '\u0007\u001b\u0000\r\n' }])).toThrow('test.json: article text is empty');
  });
});
