// Readers for the analyst-editable TSV/line files in data/: `#` starts a comment line, fields are
// separated by tabs, lists inside a field by `|`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

export function readLines(relative: string): string[] {
  return readTsv(relative).map((fields) => fields[0]!);
}

export const splitList = (field: string | undefined): string[] =>
  (field ?? '').split('|').map((s) => s.trim()).filter((s) => s !== '' && s !== 'null');
