import { ArticleInput } from '../types.js';
import { InputError } from './input-error.js';

/** One article object, an array of them, or JSON Lines. */
export function readJson(origin: string, text: string): ArticleInput[] {
  const trimmed = text.trim();
  let values: unknown[];
  try {
    const parsed: unknown = JSON.parse(trimmed);
    values = Array.isArray(parsed) ? parsed : [parsed];
  } catch (err) {
    values = parseJsonLines(origin, trimmed, err as Error);
  }
  if (values.length === 0) throw new InputError(origin, 'holds an empty JSON array: no articles');
  return values.map((value, i) => {
    const result = ArticleInput.safeParse(value);
    if (!result.success) {
      const where = values.length > 1 ? ` (item ${i + 1})` : '';
      const issue = result.error.issues[0];
      const field = issue?.path.join('.') || 'article';
      throw new InputError(origin, `not an article${where}: ${field}: ${issue?.message ?? 'wrong shape'} (expected {id,title,outlet,url,published,text})`);
    }
    return result.data;
  });
}

function parseJsonLines(origin: string, text: string, firstError: Error): unknown[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) throw new InputError(origin, `broken JSON: ${firstError.message}`);
  return lines.map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch (err) {
      throw new InputError(origin, `broken JSON on line ${i + 1}: ${(err as Error).message}`);
    }
  });
}
