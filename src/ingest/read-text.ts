import type { ArticleInput } from '../types.js';

const HEADER = /^(title|outlet|url|published|id):\s*(.*)$/i;

/** Plain text, with optional `Title:`/`Outlet:`/`URL:`/`Published:` header lines before a blank line. */
export function readText(text: string): ArticleInput {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && HEADER.test(lines[i]!)) {
    const [, key, value] = HEADER.exec(lines[i]!)!;
    header[key!.toLowerCase()] = value!.trim();
    i++;
  }
  const hasHeader = i > 0 && (i === lines.length || lines[i]!.trim() === '');
  const body = hasHeader ? lines.slice(i).join('\n').trim() : text.trim();
  return {
    id: hasHeader ? header.id ?? null : null,
    title: hasHeader ? header.title ?? null : null,
    outlet: hasHeader ? header.outlet ?? null : null,
    url: hasHeader ? header.url ?? null : null,
    published: hasHeader ? header.published ?? null : null,
    text: body,
  };
}
