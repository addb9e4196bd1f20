/**
 * The import rules of the architecture (README, "Architecture"; eslint.config.js) reject imports
 * that go against the layers. Each case lints a line of code as if it sat in the named file.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages ESLint gives `code` placed in `file`. */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'max-lines')
    .map((m) => m.message);
}

describe('imports that go against the layers fail lint', () => {
  test.each([
    ['src/settings.ts', "import type { Corpus } from './lib/entry';\nexport type X = Corpus;\n"],
    ['src/schemas/page.ts', "import { ui } from '../i18n/ui';\nexport const x = ui;\n"],
    ['src/i18n/ui.ts', "import { pathTo } from '../lib/paths';\nexport const x = pathTo;\n"],
    [
      'src/lib/paths.ts',
      "import type { RouteData } from '../route-data';\nexport type X = RouteData;\n",
    ],
    [
      'src/lib/dates.ts',
      "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n",
    ],
    [
      'src/route-data/ally.ts',
      "import { loadCorpus } from '../data/corpus';\nexport const x = loadCorpus;\n",
    ],
    [
      'src/data/corpus.ts',
      "import { onRequest } from '../middleware';\nexport const x = onRequest;\n",
    ],
    [
      'src/components/mdx/Fact.astro',
      "---\nimport { loadCorpus } from '../../data/corpus';\nconst x = await loadCorpus();\n---\n<p>{x.facts.length}</p>\n",
    ],
    [
      'src/layouts/BaseLayout.astro',
      "---\nimport { loadCorpus } from '../data/corpus';\nconst x = await loadCorpus();\n---\n<p>{x.facts.length}</p>\n",
    ],
    [
      'src/pages/index.astro',
      "---\nimport { onRequest } from '../middleware.ts';\nconst x = onRequest;\n---\n<p>{String(x)}</p>\n",
    ],
    ['src/loaders/strict-glob.ts', "import { x } from '../components/mdx';\nexport const y = x;\n"],
    [
      'src/components/SiteFooter.astro',
      "---\nimport { loadCorpus } from '../../src/data/corpus';\nconst x = await loadCorpus();\n---\n<p>{x.facts.length}</p>\n",
    ],
    [
      'src/components/SiteFooter.astro',
      "---\nimport { getCollection } from 'astro:content';\nconst x = await getCollection('facts');\n---\n<p>{x.length}</p>\n",
    ],
  ])('%s', async (file, code) => {
    expect(await problems(file, code)).toEqual([
      expect.stringMatching(/goes against the layers|Not in this layer/),
    ]);
  });

  test.each([
    ['the environment', 'export const x = process.env.SITE_URL;\n'],
    ['the clock', 'export const x = Date();\n'],
    ['a dynamic import', "export const x = await import('../data/corpus');\n"],
  ])('a pure module may not read %s', async (_what, code) => {
    const [result] = await eslint.lintText(code, { filePath: 'src/lib/x.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
  });
});

describe('imports that follow the layers pass', () => {
  test.each([
    [
      'src/lib/paths.ts',
      "import { DEFAULT_LOCALE } from '../settings';\nexport const x = DEFAULT_LOCALE;\n",
    ],
    ['src/route-data/ally.ts', "import { byId } from '../lib/lookup';\nexport const x = byId;\n"],
    [
      'src/components/mdx/Fact.astro',
      "---\nimport { corpusOf } from '../../data/locals';\nconst x = corpusOf(Astro.locals);\n---\n<p>{x.facts.length}</p>\n",
    ],
    [
      'src/pages/404.astro',
      "---\nimport { loadCorpus } from '../data/corpus';\nconst x = await loadCorpus();\n---\n<p>{x.facts.length}</p>\n",
    ],
  ])('%s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

test('a module of more than 300 lines of code fails lint', async () => {
  const long = Array.from({ length: 301 }, (_, i) => `export const x${i} = ${i};`).join('\n');
  expect(await problems('src/lib/long.ts', `${long}\n`)).toEqual([
    expect.stringMatching(/too many lines/),
  ]);
});
