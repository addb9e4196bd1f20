import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { text, translations } from './common';
import { zonedDateTime } from './dates';

/** A correction notice. The corrected article's "updated" time is derived from these. */
export const correctionSchema = z.strictObject({
  /** The article corrected, by file name. */
  article: reference('articles'),
  /** When the correction was issued: a quoted date-time with offset. */
  issued: zonedDateTime,
  /** What the earlier version got wrong, in one or two plain sentences. */
  wrong: text,
  /** What is right, in one or two plain sentences. */
  right: text,
  /** How this site's own passage read before the correction, quoted exactly. */
  before: text,
  /** The passage as the article reads now, quoted exactly; the build checks the article has it. */
  after: text,
  /**
   * What was wrong and what is right in other languages: `es: { wrong, right }`. The wording
   * before and after is a quotation and stays in its original language.
   */
  translations: translations({ wrong: text, right: text }),
  /** Sources that establish what is right. */
  sources: z
    .array(reference('sources'))
    .min(1, { error: 'a correction needs at least one source' }),
});

export type CorrectionData = z.output<typeof correctionSchema>;
