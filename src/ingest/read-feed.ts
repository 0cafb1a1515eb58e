// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each <item> or <entry> is one article. Feeds in the wild are
// seldom valid XML (HTML entities such as &nbsp;, bare &), so they are read leniently: linkedom's XML
// parser keeps what it cannot decode as text, and every field then goes through an HTML parse that
// decodes HTML entities and strips the markup feeds put in descriptions. A feed cut off mid-file is
// refused as a whole, since its last item would be stored with part of its text.
import { DOMParser, parseHTML } from 'linkedom';
import type { ArticleInput } from '../types.js';
import { InputError } from './input-error.js';

const ROOT_CLOSED = /<\/(?:[\w-]+:)?(?:rss|feed|RDF)\s*>$/i;
const BLOCK_TAG = /<(?=\/?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b)/gi;

export function readFeed(origin: string, xml: string): ArticleInput[] {
  if (!ROOT_CLOSED.test(xml.slice(-4096).replace(/<!--[\s\S]*?-->/g, '').trimEnd())) throw new InputError(origin, 'feed is cut off: the XML ends before its closing </rss>, </feed> or </rdf:RDF> tag');
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const items = [...document.getElementsByTagName('item'), ...document.getElementsByTagName('entry')];
  if (items.length === 0) throw new InputError(origin, 'feed holds no <item> or <entry>');
  const root = document.documentElement as unknown as Element;
  const outlet = oneLine(child(child(root, 'channel') ?? root, 'title'));
  return items.map((item) => {
    const title = oneLine(child(item, 'title'));
    return {
      id: null,
      title,
      outlet,
      url: link(item),
      published: child(item, 'pubDate', 'published', 'dc:date', 'updated')?.textContent?.trim() || null,
      // an item with no body still has its headline, which is news text too
      text: htmlToText(markup(child(item, 'content:encoded', 'content', 'description', 'summary'))) || (title ?? ''),
    };
  });
}

/** The first direct child with one of these tag names, in the order given (the preferred name first). */
function child(parent: Element | null, ...names: string[]): Element | null {
  if (!parent) return null;
  for (const name of names) {
    const found = [...parent.children].find((c) => c.tagName === name);
    if (found) return found;
  }
  return null;
}

/** An Atom link is an attribute (the alternate one, not `self` or `enclosure`); an RSS link is the element's text. */
function link(item: Element): string | null {
  const links = [...item.children].filter((c) => c.tagName === 'link');
  const atom = links.find((l) => l.hasAttribute('href') && ['alternate', null].includes(l.getAttribute('rel')));
  return atom?.getAttribute('href') ?? (oneLine(links[0] ?? null) || null);
}

/** A field's HTML: Atom's xhtml content is child elements, RSS escapes it or wraps it in CDATA (both read back as text). */
function markup(el: Element | null): string {
  if (!el) return '';
  return el.children.length > 0 ? el.innerHTML : (el.textContent ?? '');
}

function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(BLOCK_TAG, '\n<')}</body></html>`);
  for (const el of [...document.querySelectorAll('script, style')]) el.remove();
  return (document.body.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l: string) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function oneLine(el: Element | null): string | null {
  return htmlToText(markup(el)).replace(/\s+/g, ' ') || null;
}
