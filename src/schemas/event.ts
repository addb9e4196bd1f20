import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { confidence, text, translations } from './common';
import { partialDate } from './dates';

/**
 * A dated event in the story that is not a step in a country's designation: an election, a
 * law, a visit. Articles and topics draw their timelines and "since then" lists from these.
 */
export const eventSchema = z.strictObject({
  /** What happened, as one short sentence in the past tense. */
  title: text.max(160, { error: 'keep the title under 160 characters' }),
  /** When, written YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate,
  /** How sure the fact sheet is of this event. Defaults to high. */
  confidence: confidence.default('high'),
  /** Countries involved, by file name. */
  countries: z.array(reference('countries')).default([]),
  /** Topics it belongs to, by file name. */
  topics: z.array(reference('topics')).default([]),
  /** One or more sources. */
  sources: z.array(reference('sources')).min(1, { error: 'every event needs at least one source' }),
  /** Optional note for readers. */
  note: text.optional(),
  /** The title (and note) in other languages: `es: { title, note }`. */
  translations: translations({ title: text, note: text.optional() }),
});

export type EventData = z.output<typeof eventSchema>;
