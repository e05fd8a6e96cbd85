// ESLint over RealistGraph's JavaScript, run from the repository root by run.sh (./realist test):
// the pages (browser ES modules), their unit tests and the Node tools and tests (ES modules).
import js from '@eslint/js';
import globals from 'globals';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export default [
  {
    // Patterns below are relative to the repository root, wherever ESLint is started.
    basePath: root,
    ignores: ['**/node_modules/**', 'src/RealistGraph.Api/wwwroot/**'],
  },
  {
    basePath: root,
    files: ['**/*.js', '**/*.mjs'],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      ...js.configs.recommended.rules,
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'all' }],
      'no-var': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'always'],
      'no-shadow': 'error',
      'no-implicit-globals': 'error',
      'no-use-before-define': ['error', { functions: false, variables: false }],
    },
  },
  {
    // The pages run in the browser; GraphiQL and React come as UMD globals from /lib.
    basePath: root,
    files: ['web/src/**/*.js'],
    languageOptions: { globals: { ...globals.browser, React: 'readonly', ReactDOM: 'readonly', GraphiQL: 'readonly' } },
  },
  {
    // Functions passed to page.evaluate / $$eval run in the page.
    basePath: root,
    files: ['tests/RealistGraph.BrowserTests/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
