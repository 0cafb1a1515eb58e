// The project's own text files: a merge that commits its conflict markers breaks docs and data silently.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const TEXT = /\.(ts|js|mjs|json|md|tsv|csv|txt|yml|yaml|html|css|sql)$/;
const SKIP = new Set(['node_modules', 'dist', '.git']);

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (SKIP.has(name)) return [];
    if (statSync(path).isDirectory()) return textFiles(path);
    return TEXT.test(name) ? [path] : [];
  });
}

describe('repository', () => {
  it('holds no merge conflict markers', () => {
    const files = textFiles(ROOT);
    expect(files.length).toBeGreaterThan(100);
    const marked = files.filter((f) => /^(<{7} |>{7} |={7}$)/m.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(marked).toEqual([]);
  });
});
