/**
 * Every real file under content/ goes through the same schemas and integrity checks as the
 * build, so a broken entry fails here with its file named, before anyone runs a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import type { Corpus } from '../../src/lib/entry';
import { findIntegrityProblems, formatProblems } from '../../src/lib/integrity';
import { countrySchema } from '../../src/schemas/country';
import { correctionSchema } from '../../src/schemas/correction';
import { factSchema } from '../../src/schemas/fact';
import { articleSchema, topicSchema } from '../../src/schemas/page';
import { sourceSchema } from '../../src/schemas/source';

const ROOT = join(import.meta.dirname, '..', '..');

function filesIn(folder: string): string[] {
  const dir = join(ROOT, 'content', folder);
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

function loadCollection<S extends z.ZodType>(folder: string, schema: S) {
  return filesIn(folder).map((file) => {
    const { data, body } = read(file);
    const parsed = schema.safeParse(data);
    const filePath = relative(ROOT, file);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`${filePath} does not match the ${folder} schema: ${detail}`);
    }
    const id = relative(join(ROOT, 'content', folder), file).replace(/\.(ya?ml|mdx)$/, '');
    return { id, filePath, body, data: parsed.data as z.output<S> };
  });
}

function loadCorpus(): Corpus {
  return {
    countries: loadCollection('countries', countrySchema),
    sources: loadCollection('sources', sourceSchema),
    facts: loadCollection('facts', factSchema),
    articles: loadCollection('articles', articleSchema),
    topics: loadCollection('topics', topicSchema),
    corrections: loadCollection('corrections', correctionSchema),
  };
}

describe('the real content', () => {
  const corpus = loadCorpus();

  test.each(['countries', 'sources', 'facts', 'articles', 'topics', 'corrections'] as const)(
    'has at least one valid %s entry',
    (collection) => {
      expect(corpus[collection].length).toBeGreaterThan(0);
    },
  );

  test('is consistent across entries (references, facts, statuses, corrections)', () => {
    const problems = findIntegrityProblems(corpus);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  test('names every file by its slug', () => {
    for (const collection of Object.keys(corpus) as (keyof Corpus)[]) {
      for (const entry of corpus[collection]) {
        expect(entry.id, entry.filePath).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }
    }
  });
});
