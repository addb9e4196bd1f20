import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { text, translations } from './common';
import { zonedDateTime } from './dates';

/** A correction notice. The corrected article's "updated" time is derived from these. */
export const correctionSchema = z.strictObject({
  article: reference('articles').describe('The article corrected, by file name.'),
  issued: zonedDateTime.describe('When the correction was issued: a quoted date-time with offset.'),
  wrong: text.describe('What the earlier version got wrong, in one or two plain sentences.'),
  right: text.describe('What is right, in one or two plain sentences.'),
  before: text.describe("How this site's own passage read before the correction, quoted exactly."),
  after: text.describe(
    'The passage as the article reads now, quoted exactly; the build checks the article has it.',
  ),
  translations: translations({ wrong: text, right: text }).describe(
    'What was wrong and what is right in other languages: `es: { wrong, right }`. The wording before and after is a quotation and stays in its original language.',
  ),
  sources: z
    .array(reference('sources'))
    .min(1, { error: 'a correction needs at least one source' })
    .describe('Sources that establish what is right.'),
  keyPoint: z
    .boolean()
    .default(false)
    .describe(
      'Link this correction from the Key points box (the home page and the explainer), for a correction about what major non-NATO ally status is. At most one correction sets it.',
    ),
});

export type CorrectionData = z.output<typeof correctionSchema>;
