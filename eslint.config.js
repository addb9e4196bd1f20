// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, bottom to top (README, "Architecture"). A module may import from its own
 * layer and the layers below; `forbidden` lists the top-level folders (or files) above it, and
 * `runtime` which of Astro's runtime modules it may not import: `astro:*` for pure layers,
 * `astro:content` for the layers that get content from src/data instead.
 */
const ABOVE_ROUTE_DATA = ['data', 'middleware', 'components', 'layouts', 'pages'];
/** The page context (src/data/locals.ts) is the one part of src/data components may read. */
const DATA_BUT_LOCALS = 'data(?!/locals(?:\\.ts)?$)';
const LAYERS = [
  {
    files: ['src/settings.ts'],
    forbidden: ['schemas', 'i18n', 'lib', 'route-data', ...ABOVE_ROUTE_DATA],
    runtime: 'astro:*',
    hint: 'settings.ts is the bottom layer: it imports nothing from src/.',
  },
  {
    files: ['src/schemas/**'],
    forbidden: ['i18n', 'lib', 'route-data', ...ABOVE_ROUTE_DATA],
    hint: 'Schemas may import settings.ts and each other only.',
  },
  {
    files: ['src/i18n/**'],
    forbidden: ['lib', 'route-data', ...ABOVE_ROUTE_DATA],
    runtime: 'astro:*',
    hint: 'Dictionaries are data: they may import settings.ts and schema types only.',
  },
  {
    files: ['src/lib/**'],
    forbidden: ['route-data', ...ABOVE_ROUTE_DATA],
    runtime: 'astro:*',
    hint: 'src/lib is pure: pass what it needs in as parameters.',
  },
  {
    files: ['src/route-data/**'],
    forbidden: ABOVE_ROUTE_DATA,
    runtime: 'astro:*',
    hint: 'Route data is pure: the middleware hands it the corpus and the page context.',
  },
  {
    files: ['src/data/**', 'src/loaders/**'],
    forbidden: ['middleware', 'components', 'layouts', 'pages'],
    hint: 'src/data adapts Astro for the layers above; it must not depend on them.',
  },
  {
    files: ['src/components/**'],
    forbidden: ['middleware', 'layouts', 'pages', DATA_BUT_LOCALS],
    runtime: 'astro:content',
    hint: 'Components read routeOf/corpusOf (src/data/locals.ts) and Astro.locals.t, never the corpus loader.',
  },
  {
    files: ['src/layouts/**'],
    forbidden: ['middleware', 'pages', DATA_BUT_LOCALS],
    runtime: 'astro:content',
    hint: 'Layouts render the route data (src/data/locals.ts), never the corpus loader.',
  },
  {
    files: ['src/pages/**'],
    forbidden: ['middleware'],
    runtime: 'astro:content',
    hint: 'Pages get content through src/data (static paths, route data, renderBody).',
  },
];

/**
 * `no-restricted-imports` patterns for a layer: relative imports that climb into `forbidden`
 * (with or without `src/`, with or without an extension), and Astro runtime modules it may not use.
 * @param {{ forbidden: string[], runtime?: string, hint: string }} layer
 * @returns {object[]}
 */
function restrictedImports({ forbidden, runtime, hint }) {
  return [
    {
      regex: `^(?:\\.\\.?/)+(?:src/)?(?:${forbidden.join('|')})(?:[/.]|$)`,
      message: `This import goes against the layers (README, "Architecture"). ${hint}`,
    },
    ...(runtime ? [{ group: [runtime], message: `Not in this layer. ${hint}` }] : []),
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
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Pure modules must not read the environment.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pure modules must not read the clock.',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'Pure modules must not read the clock.',
        },
        {
          selector: 'ImportExpression',
          message: 'Pure modules import statically, so the layer rules can see every import.',
        },
      ],
    },
  },
  // The layers (README, "Architecture"): each may import only from the layers below it.
  .../** @type {import('eslint').Linter.Config[]} */ (
    LAYERS.map((layer) => ({
      files: layer.files,
      rules: { 'no-restricted-imports': ['error', { patterns: restrictedImports(layer) }] },
    }))
  ),
  {
    // Small modules: none grows into a 600-line grab bag again. The dictionaries are exempt:
    // they are flat lists of messages, one per line, kept whole so a translator sees them all.
    files: ['src/**/*.{ts,astro}'],
    ignores: ['src/i18n/en.ts', 'src/i18n/es.ts'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
);
