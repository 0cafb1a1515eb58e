// `node dist/bench/generate.js --count 20000 --seed 7 --out DIR`: writes a corpus of generated wire
// articles as JSON Lines files of GENERATED_FILE_SIZE articles each (the article format `sitrep ingest` reads).
// The same count and seed give byte-identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateArticle, type GeneratedArticle } from './article.js';
import { seededRandom } from './random.js';
import { loadVocabulary } from './vocabulary.js';

export const GENERATED_FILE_SIZE = 1000;

export function* generateArticles(count: number, seed: number): Generator<GeneratedArticle> {
  const rng = seededRandom(seed);
  const vocab = loadVocabulary();
  for (let i = 0; i < count; i++) yield generateArticle(rng, vocab, `gen-${seed}-${String(i + 1).padStart(6, '0')}`);
}

/** Writes the corpus into `out` and returns the files written. */
export function writeCorpus(out: string, count: number, seed: number): string[] {
  mkdirSync(out, { recursive: true });
  const files: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    const file = join(out, `generated-${String(files.length + 1).padStart(3, '0')}.jsonl`);
    writeFileSync(file, lines.join('\n') + '\n');
    files.push(file);
    lines = [];
  };
  for (const article of generateArticles(count, seed)) {
    lines.push(JSON.stringify(article));
    if (lines.length === GENERATED_FILE_SIZE) flush();
  }
  if (lines.length) flush();
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '20000' }, seed: { type: 'string', default: '7' }, out: { type: 'string' } } });
  const [count, seed] = [Number(values.count), Number(values.seed)];
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('usage: node dist/bench/generate.js --count N --seed S --out DIR');
    process.exit(2);
  }
  const files = writeCorpus(values.out, count, seed);
  console.error(`wrote ${count} article(s) in ${files.length} file(s) to ${values.out}`);
}
