/**
 * The About, Methodology and Corrections policy pages (content/pages/) are a closed set: every
 * page's footer links all three, so each must exist in English, and no other file may claim an
 * address of its own beside them.
 */
import { INFO_PAGES, isInfoPage } from '../schemas/info-page';
import { fileOf, type IntegrityProblem } from './integrity-problem';
import type { Corpus } from './entry';
import { originalOf, translationKey } from './localize';

export function checkInfoPages(corpus: Corpus): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const entry of corpus.pages) {
    const key = translationKey(entry);
    if (isInfoPage(key)) continue;
    problems.push({
      file: fileOf('pages', entry),
      field: entry.data.translationKey ? 'translationKey' : 'file name',
      message: `"${key}" is not one of the site's pages (${INFO_PAGES.join(', ')}); name the file after one of them, or add the page to INFO_PAGES in src/schemas/info-page.ts with its footer link`,
    });
  }
  for (const slug of INFO_PAGES) {
    if (originalOf(corpus.pages, slug)) continue;
    problems.push({
      file: `content/pages/${slug}.mdx`,
      field: 'file',
      message: `is missing: every page's footer links the ${slug} page, so it needs its English text (and es/${slug}.mdx for Spanish)`,
    });
  }
  return problems;
}
