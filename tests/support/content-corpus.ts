/**
 * The content of a project folder as the build validates it, without the build: each file
 * through its collection's Zod schema, read as the loader reads it (YAML without timestamps), so
 * the integrity check can run over it in a unit test. Import through Vitest: the schemas import
 * `astro:content`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'astro/zod';
import type { Corpus } from '../../src/lib/entry';
import { countrySchema } from '../../src/schemas/country';
import { correctionSchema } from '../../src/schemas/correction';
import { eventSchema } from '../../src/schemas/event';
import { factSchema } from '../../src/schemas/fact';
import { glossarySchema } from '../../src/schemas/glossary';
import { infoPageSchema } from '../../src/schemas/info-page';
import { articleSchema, topicSchema } from '../../src/schemas/page';
import { sourceSchema } from '../../src/schemas/source';
import { treatySchema } from '../../src/schemas/treaty';

/** The project this checkout holds. */
export const ROOT = join(import.meta.dirname, '..', '..');

function filesIn(root: string, folder: string): string[] {
  const dir = join(root, 'content', folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|mdx)$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** YAML data, or an MDX file's frontmatter and body. */
function read(file: string): { data: unknown; body?: string } {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.mdx')) return { data: load(text, { schema: CORE_SCHEMA }) };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { data: load(match[1] ?? '', { schema: CORE_SCHEMA }), body: match[2] ?? '' };
}

function loadCollection<S extends z.ZodType>(root: string, folder: string, schema: S) {
  return filesIn(root, folder).map((file) => {
    const { data, body } = read(file);
    const parsed = schema.safeParse(data);
    const filePath = relative(root, file);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`${filePath} does not match the ${folder} schema: ${detail}`);
    }
    const id = relative(join(root, 'content', folder), file).replace(/\.(ya?ml|mdx)$/, '');
    return { id, filePath, body, data: parsed.data as z.output<S> };
  });
}

/** Every entry under `root`/content, validated; throws naming the first file that fails. */
export function loadCorpus(root = ROOT): Corpus {
  return {
    countries: loadCollection(root, 'countries', countrySchema),
    sources: loadCollection(root, 'sources', sourceSchema),
    facts: loadCollection(root, 'facts', factSchema),
    events: loadCollection(root, 'events', eventSchema),
    articles: loadCollection(root, 'articles', articleSchema),
    topics: loadCollection(root, 'topics', topicSchema),
    corrections: loadCollection(root, 'corrections', correctionSchema),
    treaties: loadCollection(root, 'treaties', treatySchema),
    glossary: loadCollection(root, 'glossary', glossarySchema),
    pages: loadCollection(root, 'pages', infoPageSchema),
  };
}
