#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through "prepare").
import('../dist/cli/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('sitrep: not built yet — run `npm ci` (or `npm run build`) in the project folder first');
  } else {
    console.error(`sitrep: ${err && err.message ? err.message : err}`);
  }
  process.exit(1);
});
