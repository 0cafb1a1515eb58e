// `npm run lint`, part of `npm test`. typescript-eslint's type-checked recommended rules with the few
// changes below; docs/contributing.md says why each is on or off.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The layers of docs/architecture.md, lowest first: a folder of src/ imports its own layer and those
// beneath it, never one above. src/types.ts is the model's. The store knows only the model, and the
// server reads what was stored, reaching the extractor only through the pipeline. Tests, and the
// made-up articles the extractor's tests share, drive whole pipelines and may import anything.
const LAYERS = ['util', 'model', 'ingest', 'read', 'resolve', 'extract', 'merge', 'store', 'pipeline', 'export', 'serve', 'cli', 'bench'];
const ALSO_BARRED = {
  store: ['ingest', 'read', 'resolve', 'extract', 'merge'],
  serve: ['ingest', 'read', 'resolve', 'extract', 'merge'],
};

/** The rule that keeps `folder` (its files: `files`) from importing what is above it or barred to it. */
function layer(folder, files) {
  const barred = LAYERS.filter((other, i) => i > LAYERS.indexOf(folder) || ALSO_BARRED[folder]?.includes(other));
  // the first folder a relative import names past its ./ and ../ is a folder of src/: no subfolder is named like one
  const pattern = { regex: `^(\\.{1,2}/)+(${barred.join('|')})/`, message: `src/${folder} may not import src/${barred.join(', src/')} (docs/architecture.md, "Layers").` };
  return {
    files,
    ignores: ['**/*.test.ts', 'src/extract/test-article.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pattern] }] },
  };
}

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'web/', 'eval/', 'bin/', 'test/screenshots/'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // scripts whose output is their purpose
    files: ['src/bench/**', 'src/resolve/place/build-gazetteer.ts'],
    rules: { 'no-console': 'off' },
  },
  ...LAYERS.map((folder) => layer(folder, [`src/${folder}/**/*.ts`])),
  layer('model', ['src/types.ts']),
  {
    files: ['test/**', 'src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
