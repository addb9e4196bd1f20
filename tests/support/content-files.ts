/**
 * The content as its authors wrote it, read straight from the YAML files in content/ (not
 * through Astro or the build), so tests over the built site can work out what a page must show
 * (how many allies, which ones, in what state) instead of pinning today's numbers. Adding a
 * country then changes what the tests expect; a page that drops or doubles one still fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * The content folder of the build under test: beside `DIST_DIR` when that names another build (the
 * fixture site's copy), else the project's own.
 */
export const CONTENT = process.env['DIST_DIR']
  ? join(process.env['DIST_DIR'], '..', 'content')
  : join(import.meta.dirname, '..', '..', 'content');

/** The fields of a country file the tests compare with the built site. */
export interface CountryFile {
  /** The file name without its extension, which is the entry's slug. */
  slug: string;
  name: string;
  /** The name inside a sentence, where it takes an article ("the Philippines"). */
  nameInSentence?: string | undefined;
  status: 'designated' | 'revoked' | 'treated-as';
  lifecycle: unknown[];
  /** Its words in other languages: the Spanish name and that name's grammatical gender. */
  translations?:
    | {
        es?: {
          name?: string;
          nameInSentence?: string;
          gender?: 'feminine' | 'masculine';
          summary?: string;
        };
      }
    | undefined;
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
        nameInSentence: data.nameInSentence,
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

/** A lifecycle step's words, as far as the translation checks need them. */
interface StepWords {
  note?: string;
  instrument?: string;
  translations?: { es?: { note?: string; instrument?: string } };
}

/**
 * Whether a country file leaves anything a Spanish reader sees untranslated: its name, summary,
 * or a step's note or instrument. Such a page is shown with English parts, under a notice.
 */
export function isPartlyTranslated(country: CountryFile): boolean {
  const es = country.translations?.es;
  if (!es?.name || !es.summary) return true;
  return (country.lifecycle as StepWords[]).some(
    (step) =>
      (step.note !== undefined && !step.translations?.es?.note) ||
      (step.instrument !== undefined && !step.translations?.es?.instrument),
  );
}

/**
 * The slugs of the articles or topics written in English with no Spanish version
 * (`content/<collection>/es/<slug>.mdx`), drafts included.
 */
export function untranslatedLongforms(collection: 'articles' | 'topics'): string[] {
  const folder = join(CONTENT, collection);
  const files = readdirSync(folder, { encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  const spanish = new Set(
    readdirSync(join(folder, 'es'), { encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')),
  );
  return files.filter((f) => !spanish.has(f)).map((f) => f.replace(/\.mdx$/, ''));
}

/** An article or topic marked `draft: true`, by the slug its page would have and its title. */
export interface DraftFile {
  collection: 'articles' | 'topics';
  slug: string;
  title: string;
}

/** Every draft article and topic in the content, any language. */
export function draftLongforms(): DraftFile[] {
  return (['articles', 'topics'] as const).flatMap((collection) => {
    const folder = join(CONTENT, collection);
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((file) => {
        const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, file), 'utf8'));
        const data = load(front?.[1] ?? '', { schema: CORE_SCHEMA }) as {
          draft?: boolean;
          title?: string;
        };
        const slug = file.replace(/^.*\//, '').replace(/\.mdx$/, '');
        return data.draft === true ? [{ collection, slug, title: data.title ?? slug }] : [];
      });
  });
}

/** The fields of a glossary file the tests compare with the built site, in one language. */
export interface GlossaryFile {
  /** The file name without its extension: the id of its entry on the glossary page. */
  slug: string;
  /** The term and its phrases in each language. */
  words: Record<'en' | 'es', { term: string; phrases: string[] }>;
}

/** Every glossary file in content/glossary, by slug. */
export function glossaryFiles(): GlossaryFile[] {
  const folder = join(CONTENT, 'glossary');
  return readdirSync(folder, { encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => {
      const data = load(readFileSync(join(folder, file), 'utf8'), { schema: CORE_SCHEMA }) as {
        term: string;
        phrases: string[];
        translations: { es: { term: string; phrases: string[] } };
      };
      return {
        slug: file.replace(/\.ya?ml$/, ''),
        words: {
          en: { term: data.term, phrases: data.phrases },
          es: { term: data.translations.es.term, phrases: data.translations.es.phrases },
        },
      };
    });
}
