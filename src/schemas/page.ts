import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { locale, text } from './common';
import { timestamp, zonedDateTime } from './dates';
import { SLUG } from './slug';

/** Frontmatter shared by MDX articles and topics. */
const longformFields = {
  /** The headline. Keep it under 100 characters so it fits search results. */
  title: text.max(100, { error: 'keep the title under 100 characters' }),
  /** One or two sentences for search results and link previews (50–200 characters). */
  description: text
    .min(50, { error: 'write at least 50 characters' })
    .max(200, { error: 'keep the description under 200 characters' }),
  /** When it was first published: a date, or a quoted date-time with offset when the time is known. */
  published: timestamp,
  /** A quoted date-time with offset for an edit that is not a correction; corrections date themselves. */
  updated: zonedDateTime.optional(),
  /** Countries it discusses, by file name (e.g. colombia). */
  countries: z.array(reference('countries')).default([]),
  /** Sources it cites, by file name. */
  sources: z.array(reference('sources')).default([]),
  /** Drafts show in `astro dev` but never in a production build. */
  draft: z.boolean().default(false),
  /** Language of this version. Defaults to English. */
  locale: locale.default('en'),
  /** Shared by the language versions of one piece; defaults to the entry's slug. */
  translationKey: z.string().regex(SLUG).optional(), // Zod's error: "must match pattern …"
};

/** A news article or explainer, written in MDX. */
export const articleSchema = z.strictObject({
  ...longformFields,
  /** Topics it belongs to, by file name (e.g. plan-colombia). */
  topics: z.array(reference('topics')).default([]),
});

/** A topic page: background on one subject, written in MDX. */
export const topicSchema = z.strictObject({
  ...longformFields,
  /** Related topics, by file name. */
  topics: z.array(reference('topics')).default([]),
});

export type ArticleData = z.output<typeof articleSchema>;
export type TopicData = z.output<typeof topicSchema>;
