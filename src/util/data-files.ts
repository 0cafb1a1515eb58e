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
 * Rows of a table whose first line that is not a comment names its columns, each row read by column
 * name and checked by `schema`, so a mistyped column or value stops the load with the file and line.
 */
export function readTable<S extends z.ZodType>(relative: string, schema: S): Array<z.infer<S>> {
  const lines = readFileSync(dataPath(relative), 'utf8').split('\n').map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'));
  const [header, ...rows] = lines;
  if (!header) throw new Error(`data/${relative}: no header line naming the columns`);
  const columns = header.line.split('\t').map((c) => c.trim());
  return rows.map(({ line, n }) => {
    const fields = line.split('\t').map((f) => f.trim());
    const parsed = schema.safeParse(Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? ''])));
    if (!parsed.success) throw new Error(`data/${relative}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ')}`);
    return parsed.data;
  });
}

export function readLines(relative: string): string[] {
  return readTsv(relative).map((fields) => fields[0]!);
}

export const splitList = (field: string | undefined): string[] =>
  (field ?? '').split('|').map((s) => s.trim()).filter((s) => s !== '' && s !== 'null');
