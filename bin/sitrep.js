#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through "prepare").
import { setFlagsFromString } from 'node:v8';

// V8 runs a new regular expression in its bytecode interpreter and compiles it to machine code only
// later; the extractor's few hundred long expressions spent much of a run interpreted. Compiled at once
// they give the same matches for ~15 % less CPU (docs/performance.md). The flag is read when an
// expression is created, so it is set before any module is loaded; worker threads share it.
setFlagsFromString('--regexp-tier-up-ticks=0');
import('../dist/cli/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('sitrep: not built yet — run `npm ci` (or `npm run build`) in the project folder first');
  } else {
    console.error(`sitrep: ${err && err.message ? err.message : err}`);
  }
  process.exit(1);
});
