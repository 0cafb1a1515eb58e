import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../types.js';
import { InputError } from './input-error.js';

const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'DC.date.issued'];

/** A news page: the main text via Readability, title, outlet and date from meta tags. */
export function readHtml(origin: string, html: string): ArticleInput {
  const { document } = parseHTML(html);
  const meta = (name: string): string | null =>
    document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute('content') ?? null;
  const published = DATE_META.map(meta).find((v) => v && /\d{4}-\d{2}-\d{2}/.test(v)) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const parsed = new Readability(document as unknown as Document).parse();
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
