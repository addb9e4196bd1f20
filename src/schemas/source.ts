import { z } from 'astro/zod';
import { httpsUrl, text } from './common';
import { partialDate } from './dates';

/** What kind of document a source is; readers weigh a statute differently from a news report. */
export const SOURCE_KINDS = ['statute', 'government', 'report', 'news'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One cited document. Everything that cites refers to these entries by id. */
export const sourceSchema = z.strictObject({
  title: text.describe("The document's title as its publisher gives it."),
  publisher: text.describe('Who published it: an agency, a court, a newspaper, a wire service.'),
  url: httpsUrl.describe('Where to read it; https only.'),
  published: partialDate
    .optional()
    .describe(
      'When it was published, to the precision known (YYYY, YYYY-MM or YYYY-MM-DD). Optional for statutes and living pages.',
    ),
  kind: z.enum(SOURCE_KINDS).describe('Statute, government document, report (GAO, CRS) or news.'),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, { error: 'use a two-letter language code such as en, es or pt' })
    .default('en')
    .describe(
      'Language the document is written in, as a two-letter ISO 639-1 code (en, es, pt). Defaults to en.',
    ),
  note: text
    .optional()
    .describe('Optional note for readers, e.g. which version of a page was read.'),
});

export type SourceData = z.output<typeof sourceSchema>;
