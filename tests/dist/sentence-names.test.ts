/**
 * A country whose name takes an article in a sentence ("the Philippines") has it in every
 * sentence of every page, in both editions: generated lists and lines included, not only what
 * authors wrote. The check is in tests/support/sentence-names.ts, shown failing on broken pages
 * in tests/unit/sentence-names.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { countryFiles } from '../support/content-files';
import { bareNameProblems, type SentenceName } from '../support/sentence-names';
import { loadPages } from './built-site';

const pages = loadPages().filter((p) => p.path.endsWith('/'));
const countries = countryFiles();

/** Each country's name and its sentence form in `lang`, as the content gives them. */
function sentenceNames(lang: string): SentenceName[] {
  return countries.flatMap((c) => {
    const words = lang === 'es' ? c.translations?.es : undefined;
    const name = words?.name ?? c.name;
    const inSentence = words?.nameInSentence ?? (words?.name ? name : c.nameInSentence) ?? name;
    return [{ name, inSentence }];
  });
}

describe('country names in sentences', () => {
  test('some country takes an article in a sentence, so the check below has work to do', () => {
    expect(countries.some((c) => c.nameInSentence)).toBe(true);
  });

  test.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const lang = page.root.querySelector('html')?.getAttribute('lang') ?? 'en';
    expect(bareNameProblems(page.root, sentenceNames(lang), lang), path).toEqual([]);
  });
});
