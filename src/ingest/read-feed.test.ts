import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from './load.js';
import { readFeed } from './read-feed.js';

const BODY = 'Gunmen killed four villagers near Menaka on Tuesday, a local official said.';
const rss = (items: string, channel = '<title>Wire</title>') => `<?xml version="1.0"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;
const fileWith = (name: string, text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-feed-')), name);
  writeFileSync(path, text);
  return path;
};

describe('readFeed', () => {
  it('reads each RSS item: title, link, day, HTML description as text, outlet from the channel', () => {
    const [a] = readFeed('f', rss(`<item><title>Menaka attack</title><link>https://x.test/a</link><pubDate>Wed, 15 May 2024 09:00:00 GMT</pubDate>
      <description><![CDATA[<p>${BODY}</p><p>The attackers fled.</p>]]></description></item>`));
    expect(a).toEqual({ id: null, title: 'Menaka attack', outlet: 'Wire', url: 'https://x.test/a', published: 'Wed, 15 May 2024 09:00:00 GMT', text: `${BODY}\n\nThe attackers fled.` });
  });

  it('reads past broken entities: HTML entities in XML, bare ampersands, undefined entities', () => {
    const [a] = readFeed('f', rss(`<item><title>Menaka&nbsp;attack &mdash; update</title><link>https://x.test/a?b=1&c=2</link>
      <description>${BODY} Granaries &amp; homes burned &foo; & more.</description></item>`, '<title>Sahel&nbsp;Wire</title>'));
    expect(a!.title).toBe('Menaka attack — update');
    expect(a!.outlet).toBe('Sahel Wire');
    expect(a!.url).toBe('https://x.test/a?b=1&c=2');
    expect(a!.text).toBe(`${BODY} Granaries & homes burned &foo; & more.`);
  });

  it('prefers the full content:encoded to the description teaser, and drops scripts', () => {
    const [a] = readFeed('f', rss(`<item><title>t</title><description>teaser</description>
      <content:encoded>&lt;p&gt;${BODY}&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</content:encoded></item>`));
    expect(a!.text).toBe(BODY);
  });

  it('reads Atom entries: alternate link, xhtml content, published before updated', () => {
    const [a] = readFeed('f', `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &amp;amp; Wire</title>
      <entry><title>Menaka</title><link rel="self" href="https://x.test/self"/><link rel="alternate" href="https://x.test/a"/>
      <updated>2024-05-17T10:00:00Z</updated><published>2024-05-15T09:00:00Z</published>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${BODY}</p><p>More.</p></div></content></entry></feed>`);
    expect(a).toMatchObject({ title: 'Menaka', outlet: 'Atom & Wire', url: 'https://x.test/a', published: '2024-05-15T09:00:00Z', text: `${BODY}\n\nMore.` });
  });

  it('reads RSS 1.0 (RDF) items with dc:date', () => {
    const [a] = readFeed('f', `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF Wire</title></channel><item><title>t</title><link>https://x.test/a</link><dc:date>2024-05-15T09:00:00Z</dc:date><description>${BODY}</description></item></rdf:RDF>`);
    expect(a).toMatchObject({ outlet: 'RDF Wire', published: '2024-05-15T09:00:00Z', text: BODY });
  });

  it('leaves a missing date empty and gives an item with no body its headline as text', () => {
    const [a] = readFeed('f', rss(`<item><title>${BODY}</title></item>`));
    expect(a).toMatchObject({ published: null, text: BODY, url: null });
  });

  it('refuses a feed cut off mid-file, and a feed with no items, naming the input', () => {
    expect(() => readFeed('cut.rss', rss(`<item><title>t</title><description>${BODY}</description></item>`).slice(0, -30))).toThrow(/^cut\.rss: feed is cut off/);
    expect(() => readFeed('none.xml', rss(''))).toThrow(/^none\.xml: feed holds no <item> or <entry>/);
  });
});

describe('feeds through loadFile', () => {
  it('are sniffed by content without an extension and by .rss/.atom/.xml', () => {
    const feed = rss(`<item><title>t</title><pubDate>Wed, 15 May 2024 09:00:00 GMT</pubDate><description>${BODY}</description></item>`);
    for (const name of ['feed', 'feed.rss', 'feed.atom', 'feed.xml']) expect(loadFile(fileWith(name, feed))[0]!.text).toBe(BODY);
  });

  it('keep the day the feed wrote, not the UTC day', () => {
    const feed = rss(`<item><title>t</title><pubDate>Wed, 15 May 2024 01:30:00 +0300</pubDate><description>${BODY}</description></item>`);
    expect(loadFile(fileWith('early.rss', feed))[0]!.published).toBe('2024-05-15');
  });

  it('name the item whose date is missing or impossible', () => {
    const item = (date: string) => `<item><title>t</title>${date}<description>${BODY}</description></item>`;
    expect(() => loadFile(fileWith('a.rss', rss(item('<pubDate>Wed, 15 May 2024 09:00:00 GMT</pubDate>') + item(''))))).toThrow(/a\.rss \(article 2\): no publication date/);
    expect(() => loadFile(fileWith('b.rss', rss(item('<pubDate>Fri, 30 Feb 2024 09:00:00 GMT</pubDate>'))))).toThrow(/b\.rss: publication date "Fri, 30 Feb 2024 09:00:00 GMT" is not a real date/);
  });
});
