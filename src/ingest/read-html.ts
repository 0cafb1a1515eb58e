import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../types.js';
import { InputError } from './input-error.js';

// Readability's cost climbs steeply with nesting (300 levels: ~0.8 s, 1,000: ~40 s) and it recurses, so
// 10,000 levels overflow the stack; news pages nest a few dozen levels deep.
const MAX_NESTING = 200;
const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued'];

/** A news page: the main text via Readability, title, outlet and date from meta tags. */
export function readHtml(origin: string, html: string): ArticleInput {
  const { document } = parseHTML(html);
  // text with no tag at all parses to a document with no root element, which Readability refuses to take
  if (!document.documentElement) throw new InputError(origin, 'HTML page holds no article text');
  const depth = nestingDepth(document);
  if (depth > MAX_NESTING) throw new InputError(origin, `HTML nests elements ${depth} deep (news pages need far fewer than ${MAX_NESTING}): not read`);
  const meta = (name: string): string | null =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute('content') ?? null;
  const published = DATE_META.map(meta).find((v) => v && /\d{4}-\d{2}-\d{2}/.test(v)) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const parsed = new Readability(document).parse();
  const text = (parsed?.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
  if (text.length < 80) throw new InputError(origin, 'HTML page holds no article text');
  return {
    id: null,
    title: parsed?.title || meta('og:title') || null,
    outlet: meta('og:site_name') ?? parsed?.siteName ?? null,
    url: meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    published: published ? published.match(/\d{4}-\d{2}-\d{2}/)![0] : null,
    text,
  };
}

/** The deepest element's depth, in one pass: elements come in document order, so a parent's depth is known before its children's. */
function nestingDepth(document: { querySelectorAll(selector: string): Iterable<Element> }): number {
  const depthOf = new Map<ParentNode | null, number>();
  let max = 0;
  for (const el of document.querySelectorAll('*')) {
    const depth = (depthOf.get(el.parentNode) ?? 0) + 1;
    depthOf.set(el, depth);
    max = Math.max(max, depth);
  }
  return max;
}
