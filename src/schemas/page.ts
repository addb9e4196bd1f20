import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { locale, text } from './common';
import { timestamp, zonedDateTime } from './dates';
import { SLUG } from './slug';

/** Frontmatter shared by MDX articles and topics. */
const longformFields = {
  title: text
    .max(100, { error: 'keep the title under 100 characters' })
    .describe('The headline. Keep it under 100 characters so it fits search results.'),
  description: text
    .min(50, { error: 'write at least 50 characters' })
    .max(200, { error: 'keep the description under 200 characters' })
    .describe('One or two sentences for search results and link previews (50–200 characters).'),
  published: timestamp.describe(
    'When it was first published: a date, or a quoted date-time with offset when the time is known.',
  ),
  updated: zonedDateTime
    .optional()
    .describe(
      'A quoted date-time with offset for an edit that is not a correction; corrections date themselves.',
    ),
  countries: z
    .array(reference('countries'))
    .default([])
    .describe('Countries it discusses, by file name (e.g. colombia).'),
  sources: z.array(reference('sources')).default([]).describe('Sources it cites, by file name.'),
  draft: z
    .boolean()
    .default(false)
    .describe('Drafts show in `astro dev` but never in a production build.'),
  locale: locale.default('en').describe('Language of this version. Defaults to English.'),
  translationKey: z
    .string()
    .regex(SLUG) // Zod's own error: "must match pattern …"
    .optional()
    .describe("Shared by the language versions of one piece; defaults to the entry's slug."),
};

/** A news article or explainer, written in MDX. */
export const articleSchema = z.strictObject({
  ...longformFields,
  topics: z
    .array(reference('topics'))
    .default([])
    .describe('Topics it belongs to, by file name (e.g. plan-colombia).'),
});

/** A topic page: background on one subject, written in MDX. */
export const topicSchema = z.strictObject({
  ...longformFields,
  topics: z.array(reference('topics')).default([]).describe('Related topics, by file name.'),
  order: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      "Where the topic stands in topic lists (the home page's Background, /topics/): 1 first. Topics without it follow, by title. Set it on the original; translations follow it.",
    ),
  keyPoints: z
    .boolean()
    .default(false)
    .describe(
      "Show the site's Key points box (what a major non-NATO ally is, that it is no defense commitment, how many there are, the treaty allies, the correction) at the top of the page, as the home page does. Set it on the original; translations follow it.",
    ),
});

export type ArticleData = z.output<typeof articleSchema>;
export type TopicData = z.output<typeof topicSchema>;
