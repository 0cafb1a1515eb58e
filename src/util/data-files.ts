// Readers for the analyst-editable TSV/line files in data/: `#` starts a comment line, fields are
// separated by tabs, lists inside a field by `|`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/** Absolute path of a file under the project's data/ folder (works from src/ and dist/). */
export function dataPath(relative: string): string {
  return fileURLToPath(new URL(`../../data/${relative}`, import.meta.url));
}

export function readTsv(relative: string): string[][] {
  return readFileSync(dataPath(relative), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((f) => f.trim()));
}

/**
 * Rows of a table whose first line (after comments) names its columns, each row read by column name and
 * checked against `row`: a file an analyst edited wrongly is refused with its name and line, not half-read.
 */
export function readTable<T>(relative: string, row: z.ZodType<T>): T[] {
  return parseTable(readFileSync(dataPath(relative), 'utf8'), relative, row);
}

/** `readTable` on a file's text. */
export function parseTable<T>(text: string, relative: string, row: z.ZodType<T>): T[] {
  const lines = text.split('\n').map((text, i) => ({ text, number: i + 1 }))
    .filter(({ text }) => text.trim() !== '' && !text.startsWith('#'));
  const [header, ...body] = lines;
  if (!header) throw new Error(`data/${relative}: no header line naming the columns`);
  const columns = header.text.split('\t').map((c) => c.trim());
  return body.map(({ text, number }) => {
    const fields = text.split('\t').map((f) => f.trim());
    const parsed = row.safeParse(Object.fromEntries(columns.map((c, i) => [c, fields[i]])));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`data/${relative}: line ${number}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
    }
    return parsed.data;
  });
}

export function readLines(relative: string): string[] {
  return readTsv(relative).map((fields) => fields[0]!);
}

export const splitList = (field: string | undefined): string[] =>
  (field ?? '').split('|').map((s) => s.trim()).filter((s) => s !== '' && s !== 'null');
