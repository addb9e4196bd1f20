// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, bottom to top (README, "Architecture"). A module may import from its own
 * layer and the layers below; `forbidden` lists the top-level folders (or files) above it.
 * `astro: false` also forbids Astro's runtime modules (`astro:*`).
 */
const ABOVE_ROUTE_DATA = ['data', 'middleware', 'components', 'layouts', 'pages'];
const LAYERS = [
  {
    files: ['src/settings.ts'],
    forbidden: ['schemas', 'i18n', 'lib', 'route-data', ...ABOVE_ROUTE_DATA],
    astro: false,
  },
  {
    files: ['src/schemas/**'],
    forbidden: ['i18n', 'lib', 'route-data', ...ABOVE_ROUTE_DATA],
    astro: true,
  },
  { files: ['src/i18n/**'], forbidden: ['lib', 'route-data', ...ABOVE_ROUTE_DATA], astro: false },
  { files: ['src/lib/**'], forbidden: ['route-data', ...ABOVE_ROUTE_DATA], astro: false },
  { files: ['src/route-data/**'], forbidden: ABOVE_ROUTE_DATA, astro: false },
  {
    files: ['src/data/**', 'src/loaders/**'],
    forbidden: ['middleware', 'components', 'layouts', 'pages'],
    astro: true,
  },
  {
    // Components read the page context through src/data/locals.ts, never the corpus loader.
    files: ['src/components/**'],
    forbidden: ['middleware', 'layouts', 'pages', 'data(?!/locals$)'],
    astro: true,
  },
  {
    files: ['src/layouts/**'],
    forbidden: ['middleware', 'pages', 'data(?!/locals$)'],
    astro: true,
  },
  { files: ['src/pages/**'], forbidden: ['middleware'], astro: true },
];

/**
 * `no-restricted-imports` patterns for a layer: relative imports that climb into `forbidden`.
 * @param {string[]} forbidden
 * @param {boolean} astro
 * @returns {object[]}
 */
function restrictedImports(forbidden, astro) {
  return [
    {
      regex: `^(?:\\.\\.?/)+(?:${forbidden.join('|')})(?:/|$)`,
      message: 'This import goes against the layers (README, "Architecture").',
    },
    ...(astro
      ? []
      : [{ group: ['astro:*'], message: 'This layer is pure: no Astro runtime modules.' }]),
  ];
}

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.scratch/',
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      // Named exports only (STYLE.md); Astro and tool configs need a default export, so those
      // files are exempted below.
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['*.config.{js,mjs,ts}', 'tests/**/*.config.ts', '.htmlvalidate.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // src/lib and src/route-data are pure: no clock, no environment (STYLE.md habit 3).
    files: ['src/lib/**/*.ts', 'src/route-data/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the date in as a parameter.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "MemberExpression[object.meta.name='import'][property.name='env']",
          message: 'Pure modules must not read the environment.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pure modules must not read the clock.',
        },
      ],
    },
  },
  // The layers (README, "Architecture"): each may import only from the layers below it.
  .../** @type {import('eslint').Linter.Config[]} */ (
    LAYERS.map(({ files, forbidden, astro }) => ({
      files,
      rules: {
        'no-restricted-imports': ['error', { patterns: restrictedImports(forbidden, astro) }],
      },
    }))
  ),
  {
    // Small modules: none grows into a 600-line grab bag again. The dictionaries are exempt:
    // they are flat lists of messages, one per line, kept whole so a translator sees them all.
    files: ['src/**/*.{ts,astro}'],
    ignores: ['src/i18n/*.ts'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
);
