/**
 * The content as its authors wrote it, read straight from the YAML files in content/ (not
 * through Astro or the build), so tests over the built site can work out what a page must show
 * (how many allies, which ones, in what state) instead of pinning today's numbers. Adding a
 * country then changes what the tests expect; a page that drops or doubles one still fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** The fields of a country file the tests compare with the built site. */
export interface CountryFile {
  /** The file name without its extension, which is the entry's slug. */
  slug: string;
  name: string;
  status: 'designated' | 'revoked' | 'treated-as';
  lifecycle: unknown[];
  /** Its words in other languages: the Spanish name and that name's grammatical gender. */
  translations?: { es?: { name?: string; gender?: 'feminine' | 'masculine' } } | undefined;
}

/** Every country file in content/countries, by slug. */
export function countryFiles(): CountryFile[] {
  const folder = join(CONTENT, 'countries');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => {
      const data = load(readFileSync(join(folder, file), 'utf8'), {
        schema: CORE_SCHEMA,
      }) as Omit<CountryFile, 'slug'>;
      return {
        slug: file.replace(/\.ya?ml$/, ''),
        name: data.name,
        status: data.status,
        lifecycle: data.lifecycle,
        translations: data.translations,
      };
    });
}

/**
 * A real country file's fields besides its translations and lifecycle, as written: the base of
 * test fixtures, so a field added to the schema and to the content reaches every fixture without
 * editing the tests (README, "How to add a field").
 */
export function countryFileFields(slug: string): Record<string, unknown> {
  const data = load(readFileSync(join(CONTENT, 'countries', `${slug}.yaml`), 'utf8'), {
    schema: CORE_SCHEMA,
  }) as Record<string, unknown>;
  const { translations: _translations, lifecycle: _lifecycle, ...fields } = data;
  return fields;
}
