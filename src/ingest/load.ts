// Turns the paths a user names into articles: directories are walked, `-` is stdin, each file is read
// by the reader its extension (or its first byte) calls for. A bad file becomes an InputError for that
// file alone; the others go on.
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Article, ArticleInput } from '../types.js';
import { cleanText, webUrl } from './hygiene.js';
import { InputError } from './input-error.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { readJson } from './read-json.js';
import { readText } from './read-text.js';
import { isEnglish, looksBinary, looksLikeFeed } from './sniff.js';

export const MAX_FILE_BYTES = 64 * 1024 * 1024;
const READABLE = new Set(['.json', '.jsonl', '.ndjson', '.txt', '.text', '.html', '.htm', '.rss', '.atom', '.xml', '']);
const FEED = new Set(['.rss', '.atom', '.xml']);

export interface LoadOptions {
  /** YYYY-MM-DD used for articles that carry no date of their own */
  published?: string;
}

/** Every file a list of paths stands for, in a stable order; unreadable paths come back as errors. */
export function expandPaths(paths: string[]): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  const walk = (path: string, top: boolean): void => {
    if (path === '-') return void files.push(path);
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      return void errors.push(new InputError(path, isDanglingLink(path) ? 'is a symbolic link to a file that does not exist' : describeFsError(err)));
    }
    if (stat.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (err) {
        return void errors.push(new InputError(path, describeFsError(err)));
      }
      for (const entry of entries) if (!entry.startsWith('.')) walk(join(path, entry), false);
    } else if (!top && !stat.isFile() && READABLE.has(extname(path).toLowerCase())) {
      // a pipe found in a folder would block the run until something writes to it; one named on the command line is read
      errors.push(new InputError(path, 'is not a regular file (a pipe, socket or device): not read'));
    } else if (top || READABLE.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const p of paths) walk(p, true);
  return { files, errors };
}

/** An article and how a message names it: the file, with its place in the file when there are several. */
export interface LoadedArticle {
  article: Article;
  where: string;
}

/** A file's articles, and the items of it (an array element, a feed entry) that could not be articles. */
export interface Loaded {
  articles: LoadedArticle[];
  errors: InputError[];
}

/** Reads one file (or stdin); a bad item is an error beside the others, a bad file an InputError thrown. */
export function loadFileItems(path: string, options: LoadOptions = {}): Loaded {
  const origin = path === '-' ? 'stdin' : path;
  return loadBytesItems(origin, readBytes(path, origin), extname(path).toLowerCase(), options);
}

/** Reads articles from bytes already in memory (a file's, an HTTP body's); `ext` says the format when known. */
export function loadBytesItems(origin: string, bytes: Buffer, ext: string, options: LoadOptions = {}): Loaded {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new InputError(origin, 'is empty');
  if (looksBinary(bytes)) throw new InputError(origin, 'is binary, not text (expected JSON, text or HTML)');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const inputs = parseByKind(origin, text, ext);
  const loaded: Loaded = { articles: [], errors: [] };
  inputs.forEach((input, i) => {
    const where = inputs.length > 1 ? `${origin} (article ${i + 1})` : origin;
    try {
      loaded.articles.push({ article: toArticle(where, origin, input, options), where });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      loaded.errors.push(err);
    }
  });
  return loaded;
}

/** Every article of a file, or the first error: for readers that need the whole file (eval, benches). */
export const loadFile = (path: string, options: LoadOptions = {}): Article[] => allOrFirstError(loadFileItems(path, options));
export const loadBytes = (origin: string, bytes: Buffer, ext: string, options: LoadOptions = {}): Article[] => allOrFirstError(loadBytesItems(origin, bytes, ext, options));

function allOrFirstError({ articles, errors }: Loaded): Article[] {
  if (errors[0]) throw errors[0];
  return articles.map((a) => a.article);
}

function readBytes(path: string, origin: string): Buffer {
  try {
    if (path === '-') return readStream(0, origin);
    const stat = statSync(path);
    if (!stat.isFile()) return readNamedStream(path, origin);
    if (stat.size > MAX_FILE_BYTES) throw tooLarge(origin);
    return readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(origin, describeFsError(err));
  }
}

function readNamedStream(path: string, origin: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    return readStream(fd, origin);
  } finally {
    closeSync(fd);
  }
}

/** Pipes and stdin have no size to check first: they are read a chunk at a time and refused once past the limit. */
function readStream(fd: number, origin: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1024 * 1024);
  for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
    total += n;
    if (total > MAX_FILE_BYTES) throw tooLarge(origin);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

const tooLarge = (origin: string) => new InputError(origin, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: split it into smaller files`);

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function parseByKind(origin: string, text: string, ext: string): ArticleInput[] {
  const first = text.trimStart()[0];
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson' || ((ext === '' || origin === 'stdin') && (first === '{' || first === '['))) {
    return readJson(origin, text);
  }
  if (FEED.has(ext) || (first === '<' && looksLikeFeed(text))) return readFeed(origin, text);
  if (ext === '.html' || ext === '.htm' || (first === '<' && /<html|<body|<article|<!doctype/i.test(text.slice(0, 2000)))) {
    return [readHtml(origin, text)];
  }
  return [readText(text)];
}

function toArticle(where: string, origin: string, input: ArticleInput, options: LoadOptions): Article {
  const text = cleanText(input.text.replace(/\r\n?/g, '\n')).trim();
  if (text === '') throw new InputError(where, 'article text is empty');
  if (!isEnglish(text)) throw new InputError(where, 'text is not English (sitrep reads English reporting only)');
  const published = normaliseDay(input.published) ?? options.published;
  if (!published && input.published?.trim()) throw new InputError(where, `publication date "${input.published.trim().slice(0, 40)}" is not a real date: fix it or pass --published YYYY-MM-DD`);
  if (!published) throw new InputError(where, 'no publication date: add a `Published: YYYY-MM-DD` header or pass --published YYYY-MM-DD');
  const hash = createHash('sha256').update(text).digest('hex');
  return {
    id: clean(input.id) ?? `sha-${hash.slice(0, 12)}`,
    title: clean(input.title),
    outlet: clean(input.outlet),
    url: webUrl(clean(input.url)),
    published,
    text,
    hash,
    origin,
  };
}

const clean = (value: string | null | undefined): string | null => (value == null ? null : cleanText(value));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i; // "Wed, 15 May 2024 01:30 +0300"
const MONTH_DAY_YEAR = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i; // "May 15, 2024"

/**
 * YYYY-MM-DD from an ISO or RFC 822 date, or one that names its month ("15 May 2024", "May 15, 2024"),
 * else from anything Date can read; null if none or if the day does not exist ("February 30": Date would
 * quietly make it March 1). The day is the one written, not the UTC one, since that is the day the
 * story's "today" and "on Monday" refer to.
 */
export function normaliseDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return realDay(iso[1]!, Number(iso[2]), iso[3]!);
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy && MONTHS.includes(dmy[2]!.toLowerCase())) return realDay(dmy[3]!, MONTHS.indexOf(dmy[2]!.toLowerCase()) + 1, dmy[1]!);
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy && MONTHS.includes(mdy[1]!.toLowerCase())) return realDay(mdy[3]!, MONTHS.indexOf(mdy[1]!.toLowerCase()) + 1, mdy[2]!);
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function realDay(year: string, month: number, day: string): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error).message;
}
