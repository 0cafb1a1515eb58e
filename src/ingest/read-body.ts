// An HTTP request body as articles, read as the CLI reads a file: the media type stands for the
// extension. It runs in an extraction worker (pipeline/extract-worker.ts), so parsing a big HTML page or feed
// never holds up the server's thread, and what it returns is plain data that crosses threads.
import { InputError } from './input-error.js';
import { loadBytesItems } from './load.js';
import type { LoadedArticle } from './load.js';

export interface BodyOptions {
  /** the request's Content-Type header */
  contentType: string;
  /** YYYY-MM-DD for articles that carry no date of their own */
  published?: string;
  /** most UTF-8 bytes of text one article may have */
  articleBytes: number;
}

export type BodyRead =
  | { articles: LoadedArticle[]; errors: string[] }
  /** `too_large`: an article is over `articleBytes` (HTTP 413); `bad_input`: nothing readable (HTTP 400) */
  | { refused: 'bad_input' | 'too_large'; message: string };

const ORIGIN = 'request body';

// the body's media type stands for the file extension the CLI would go by
const EXTENSIONS: Array<[RegExp, string]> = [
  [/^application\/(x-)?(ndjson|jsonl|json-seq)/, '.jsonl'],
  [/^application\/([\w.+-]+\+)?json/, '.json'],
  [/^(text|application)\/(xhtml\+xml|html)/, '.html'],
  [/^application\/(rss|atom)\+xml|^(text|application)\/xml/, '.xml'],
  [/^text\/plain/, '.txt'],
];

export function readBody(bytes: Uint8Array, o: BodyOptions): BodyRead {
  // a Buffer posted to a worker arrives as a plain Uint8Array
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ext = EXTENSIONS.find(([re]) => re.test(o.contentType.toLowerCase()))?.[1] ?? '';
  // HTML and feeds sent as text/plain are recognised by their markup; JSON read as prose would be
  // refused as "not English" (or, worse, stored with its braces), so say what it is instead
  const json = ext === '.txt' ? jsonKind(body.toString('utf8')) : null;
  if (json) return { refused: 'bad_input', message: `${ORIGIN}: this looks like ${json.name}: send it as ${json.type}` };
  let loaded;
  try {
    loaded = loadBytesItems(ORIGIN, body, ext, { published: o.published });
  } catch (err) {
    if (err instanceof InputError) return { refused: 'bad_input', message: err.message };
    throw err;
  }
  const { articles, errors } = loaded;
  const big = articles.map((a) => a.article).find((a) => Buffer.byteLength(a.text) > o.articleBytes);
  if (big) {
    const which = articles.length + errors.length > 1 ? `article "${big.id}" has` : 'the article has';
    return { refused: 'too_large', message: `${ORIGIN}: ${which} ${size(Buffer.byteLength(big.text))} of text, over the limit of ${size(o.articleBytes)} for one article: split it` };
  }
  if (articles.length === 0) return { refused: 'bad_input', message: errors.map((e) => e.message).join('; ') };
  return { articles, errors: errors.map((e) => e.message) };
}

/** JSON or JSON Lines, by whether it parses; null for anything else. */
function jsonKind(text: string): { name: string; type: string } | null {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return null;
  const parses = (s: string): boolean => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  };
  if (parses(trimmed)) return { name: 'JSON', type: 'application/json' };
  const lines = trimmed.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 1 && lines.every(parses) ? { name: 'JSON Lines', type: 'application/x-ndjson' } : null;
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
