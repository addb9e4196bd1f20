import { z } from 'astro/zod';
import { locale, text } from './common';
import { partialDate } from './dates';
import { SLUG } from './slug';

/**
 * The pages that say how the site works, each at `/<slug>/` (and `/es/<slug>/`), each written in
 * MDX under content/pages/ (`about.mdx`, `es/about.mdx`). Every page's footer links all three, so
 * the set is closed: a file with another name fails the build (src/lib/integrity.ts).
 */
export const INFO_PAGES = ['about', 'methodology', 'corrections-policy'] as const;
export type InfoPage = (typeof INFO_PAGES)[number];

/** Whether `slug` names one of the {@link INFO_PAGES}. */
export function isInfoPage(slug: string): slug is InfoPage {
  return (INFO_PAGES as readonly string[]).includes(slug);
}

/** The frontmatter of an About, Methodology or Corrections policy page. */
export const infoPageSchema = z.strictObject({
  title: text
    .max(60, { error: 'keep the title under 60 characters' })
    .describe('The page’s title, its `<h1>` (e.g. "About this site"); under 60 characters.'),
  description: text
    .min(50, { error: 'write at least 50 characters' })
    .max(200, { error: 'keep the description under 200 characters' })
    .describe('One or two sentences for search results and link previews (50–200 characters).'),
  updated: partialDate.describe(
    'When the text last changed in what it says, as YYYY-MM-DD; the page’s last-modified date.',
  ),
  locale: locale.default('en').describe('Language of this version. Defaults to English.'),
  translationKey: z
    .string()
    .regex(SLUG)
    .optional()
    .describe(
      'Shared by the language versions of one page; defaults to the file name without es/.',
    ),
});

export type InfoPageData = z.output<typeof infoPageSchema>;
