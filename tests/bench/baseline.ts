/**
 * The bare-Astro baseline for the build benchmark: the smallest Astro site that renders the same
 * MDX articles: the MDX integration, one content collection with no schema, one page per entry
 * and stand-ins for the three components the articles use. No layout, styles, i18n, OG images,
 * search index, sitemap or feeds. It shares the project's node_modules, so both builds use the
 * same Astro.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkPackages } from '../support/project-copy.ts';

/**
 * Stand-ins for the three components the synthetic articles use, by path in a site: each prints
 * its props and nothing else. The Starlight comparison (tests/bench/starlight.ts) uses them too.
 */
export const STAND_INS: Record<string, string> = {
  'src/components/Fact.astro': `---
const { id } = Astro.props;
---
<strong data-fact={id}>{id}</strong>
`,
  'src/components/CountryLink.astro': `---
const { id } = Astro.props;
---
<a href={\`/allies/\${id}/\`}>{id}</a>
`,
  'src/components/AllyCount.astro': `---
const { on } = Astro.props;
---
<span data-on={on}>n</span>
`,
};

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'bare-astro-baseline',
    private: true,
    type: 'module',
    scripts: { build: 'astro build' },
  }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ site: 'http://localhost:4321', integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/articles' }) }),
};
`,
  ...STAND_INS,
};

/** One page per article; `prefix` '../' for a page one folder down (the /es/ copy). */
const page = (lang: string, prefix = '') => `---
import { getCollection, render } from 'astro:content';
import Fact from '${prefix}../components/Fact.astro';
import CountryLink from '${prefix}../components/CountryLink.astro';
import AllyCount from '${prefix}../components/AllyCount.astro';
export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="${lang}">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><h1>{entry.data.title}</h1><Content components={{ Fact, CountryLink, AllyCount }} /></body>
</html>
`;

/**
 * Creates the baseline project in a new temporary folder and returns its path. With
 * `bilingual`, every article is also rendered under /es/, as the full site does.
 */
export function createBaseline({ bilingual = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  const files: Record<string, string> = {
    ...FILES,
    'src/pages/[slug].astro': page('en'),
    ...(bilingual ? { 'src/pages/es/[slug].astro': page('es', '../') } : {}),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  linkPackages(dir);
  return dir;
}
