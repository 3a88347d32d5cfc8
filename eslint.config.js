// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserOnly = ['dexie', 'preact', 'preact/*', '@preact/*', 'wxt', 'wxt/*', 'webextension-polyfill'];

export default tseslint.config(
  { ignores: ['.output/**', '.output-test/**', '.wxt/**', 'node_modules/**', 'data/**', 'server/demo-desk/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unhandled promises lose users' work silently; `void` marks a deliberate fire-and-forget.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is the core: it never reaches up into pages or components.
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**', '**/components/**', '@/entrypoints/*', '@/components/*'], message: 'lib/ must not import entrypoints/ or components/.' }] },
      ],
    },
  },
  {
    // Pure layers: no browser-extension API, no database, no UI.
    files: ['lib/domain/**', 'lib/scoring/**', 'lib/detect/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...browserOnly, '**/store/**', '**/sync/**', '**/state/**', '**/entrypoints/**', '**/components/**'], message: 'domain, scoring and detect are pure: no I/O, no UI, no extension APIs.' }] },
      ],
    },
  },
  {
    // The server shares lib/domain and lib/scoring, and nothing that runs in a browser.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...browserOnly, '**/lib/store/**', '**/lib/store', '**/lib/state/**', '**/lib/sync/**', '**/lib/sync', '**/lib/messaging/**', '**/lib/sites/**', '**/entrypoints/**', '**/components/**', '@/*'], message: 'server/ must not import browser code.' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly' } },
  },
);
